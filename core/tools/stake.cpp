#include "stake.h"

QString Stakes::name(Stake stake)
{
    switch (stake) {
    case Stake::NeverAsk: return QStringLiteral("never_ask");
    case Stake::Low: return QStringLiteral("low");
    case Stake::Medium: return QStringLiteral("medium");
    case Stake::High: return QStringLiteral("high");
    }
    return QStringLiteral("high");
}

Stake Stakes::fromName(const QString &name, Stake fallback)
{
    if (name == QLatin1String("never_ask"))
        return Stake::NeverAsk;
    if (name == QLatin1String("low"))
        return Stake::Low;
    if (name == QLatin1String("medium"))
        return Stake::Medium;
    if (name == QLatin1String("high"))
        return Stake::High;
    return fallback;
}

QJsonObject Stakes::annotations(Stake stake, bool idempotent, const QString &title)
{
    QJsonObject json{{QStringLiteral("readOnlyHint"), stake == Stake::NeverAsk},
                     {QStringLiteral("destructiveHint"), stake == Stake::Medium || stake == Stake::High},
                     {QStringLiteral("openWorldHint"), true}};
    if (idempotent)
        json.insert(QStringLiteral("idempotentHint"), true);
    if (!title.isEmpty())
        json.insert(QStringLiteral("title"), title);
    return json;
}
