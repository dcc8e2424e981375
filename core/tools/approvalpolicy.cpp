#include "approvalpolicy.h"

#include "settings/settings.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

ApprovalPolicy::ApprovalPolicy(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

Stake ApprovalPolicy::stakeFor(const ToolDefinition &tool) const
{
    const Stake builtIn = Stakes::fromName(tool.metadata.value(QStringLiteral("stake")).toString(), Stake::High);
    const QString overridden = m_settings->raw().value(QStringLiteral("approval/stake/") + tool.name).toString();
    return Stakes::fromName(overridden, builtIn);
}

void ApprovalPolicy::setStakeOverride(const QString &tool, Stake stake)
{
    m_settings->raw().setValue(QStringLiteral("approval/stake/") + tool, Stakes::name(stake));
}

void ApprovalPolicy::clearStakeOverride(const QString &tool)
{
    m_settings->raw().remove(QStringLiteral("approval/stake/") + tool);
}

QStringList ApprovalPolicy::rememberedAnswers() const
{
    return m_settings->raw().value(QStringLiteral("approval/remembered")).toStringList();
}

void ApprovalPolicy::clearRemembered()
{
    m_settings->raw().remove(QStringLiteral("approval/remembered"));
}

void ApprovalPolicy::remember(const QString &entry)
{
    QStringList entries = rememberedAnswers();
    if (!entries.contains(entry)) {
        entries.append(entry);
        m_settings->raw().setValue(QStringLiteral("approval/remembered"), entries);
    }
}

void ApprovalPolicy::askThroughClient(const ToolDefinition &tool, const ToolCall &call, Stake stake, McpServer::Decide decide)
{
    // The MCP client asks its user (elicitation/create): the only answer that allows is an
    // explicit "allow"; decline, cancel, errors and anything else deny.
    const QJsonObject schema{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("decision"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                                                         {QStringLiteral("title"), QStringLiteral("Decision")},
                                                                                         {QStringLiteral("enum"), QJsonArray{QStringLiteral("allow"), QStringLiteral("deny")}}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("decision")}}};
    const QString message = tr("PostHog Companion: allow the agent to run '%1' (%2, stake %3) with %4?")
                                .arg(tool.name, tool.title, Stakes::name(stake),
                                     QString::fromUtf8(QJsonDocument(call.arguments()).toJson(QJsonDocument::Compact)).left(500));
    const QString name = tool.name;
    call.requestClient(QStringLiteral("elicitation/create"), {{QStringLiteral("message"), message}, {QStringLiteral("requestedSchema"), schema}},
                       [decide, name](const QJsonObject &result, const QJsonObject &error) {
        const bool allowed = error.isEmpty() && result.value(QLatin1String("action")).toString() == QLatin1String("accept")
            && result.value(QLatin1String("content")).toObject().value(QLatin1String("decision")).toString() == QLatin1String("allow");
        if (allowed)
            decide(true, QString());
        else
            decide(false, tr("Denied: the user declined '%1' when your client asked them. Do not retry it unchanged; ask them what they want instead.").arg(name));
    });
}

QString ApprovalPolicy::argumentsDigest(const QString &tool, const QJsonObject &arguments)
{
    // QJsonObject keeps keys sorted, so equal arguments give equal bytes.
    const QByteArray bytes = QJsonDocument(arguments).toJson(QJsonDocument::Compact);
    return tool + QLatin1Char('#') + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32));
}

void ApprovalPolicy::decide(const ToolDefinition &tool, const ToolCall &call, McpServer::Decide decide)
{
    const Stake stake = stakeFor(tool);
    if (stake == Stake::NeverAsk) {
        decide(true, QString());
        return;
    }
    const QString toolEntry = tool.name;
    const QString argsEntry = argumentsDigest(tool.name, call.arguments());
    const QStringList remembered = rememberedAnswers();
    if ((stake == Stake::Low && remembered.contains(toolEntry)) || (stake == Stake::Medium && remembered.contains(argsEntry))) {
        decide(true, QString());
        return;
    }
    if (!m_interactive) {
        const bool elicit = m_settings->headlessApprovalPolicy() == QLatin1String("elicit");
        if (elicit && call.clientCapabilities().contains(QLatin1String("elicitation"))) {
            askThroughClient(tool, call, stake, decide);
            return;
        }
        const QString note = elicit ? tr(" The 'elicit' policy is configured, but this client cannot ask its user (no elicitation capability).")
                                    : QString();
        decide(false, tr("Denied: '%1' changes data (stake: %2) and needs a person's approval, but PostHog Companion runs headless with "
                         "the policy '%3'.%4 Ask the person to run the desktop app (which prompts them), or to mark this tool as "
                         "never_ask on its MCP server page.")
                          .arg(tool.name, Stakes::name(stake), elicit ? QStringLiteral("elicit") : QStringLiteral("deny"), note));
        return;
    }
    auto *request = new ApprovalRequest(tool.name, tool.title, stake, call.arguments(), call.clientName(), this);
    ++m_pending;
    Q_EMIT pendingCountChanged(m_pending);
    auto *timer = new QTimer(request);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, request, [request] { request->answer(ApprovalRequest::Answer::TimedOut); });
    timer->start(m_timeoutMs);
    call.onCancelled(request, [request] { request->answer(ApprovalRequest::Answer::Deny); });
    const QString name = tool.name;
    const int minutes = qMax(1, m_timeoutMs / 60000);
    connect(request, &ApprovalRequest::answered, this, [this, request, decide, toolEntry, argsEntry, stake, name, minutes](ApprovalRequest::Answer answer) {
        --m_pending;
        Q_EMIT pendingCountChanged(m_pending);
        request->deleteLater();
        switch (answer) {
        case ApprovalRequest::Answer::AllowAlways:
            remember(stake == Stake::Low ? toolEntry : argsEntry);
            decide(true, QString());
            return;
        case ApprovalRequest::Answer::AllowOnce:
            decide(true, QString());
            return;
        case ApprovalRequest::Answer::Deny:
            decide(false, tr("Denied: the person using PostHog Companion declined this call to '%1'. Do not retry it unchanged; ask "
                             "them what they want instead.").arg(name));
            return;
        case ApprovalRequest::Answer::TimedOut:
            decide(false, tr("Denied: nobody answered the approval prompt for '%1' within %2 minute(s). Ask the person to look at "
                             "PostHog Companion and try again.").arg(name).arg(minutes));
            return;
        }
    });
    Q_EMIT approvalRequested(request);
}
