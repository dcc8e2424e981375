#include "approvalpolicy.h"

#include "settings/settings.h"

#include <QCryptographicHash>
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
        const QString elicitNote = m_settings->headlessApprovalPolicy() == QLatin1String("elicit")
            ? tr(" (The 'elicit' headless policy is configured, but asking through the MCP client is not implemented yet.)") : QString();
        decide(false, tr("Denied: '%1' changes data (stake: %2) and needs a person's approval, but PostHog Companion runs headless with "
                         "the policy 'deny'.%3 Ask the person to run the desktop app (which prompts them), or to mark this tool as "
                         "never_ask on its MCP server page.")
                          .arg(tool.name, Stakes::name(stake), elicitNote));
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
