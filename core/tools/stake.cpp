#include "stake.h"

using namespace Qt::StringLiterals;

QString Stakes::name(Stake stake)
{
    switch (stake) {
    case Stake::NeverAsk: return u"never_ask"_s;
    case Stake::Low: return u"low"_s;
    case Stake::Medium: return u"medium"_s;
    case Stake::High: return u"high"_s;
    }
    return u"high"_s;
}

Stake Stakes::fromName(const QString &name, Stake fallback)
{
    if (name == "never_ask"_L1)
        return Stake::NeverAsk;
    if (name == "low"_L1)
        return Stake::Low;
    if (name == "medium"_L1)
        return Stake::Medium;
    if (name == "high"_L1)
        return Stake::High;
    return fallback;
}

QJsonObject Stakes::annotations(Stake stake, bool idempotent, const QString &title)
{
    QJsonObject json{{u"readOnlyHint"_s, stake == Stake::NeverAsk},
                     {u"destructiveHint"_s, stake == Stake::Medium || stake == Stake::High},
                     {u"openWorldHint"_s, true}};
    if (idempotent)
        json.insert(u"idempotentHint"_s, true);
    if (!title.isEmpty())
        json.insert(u"title"_s, title);
    return json;
}
