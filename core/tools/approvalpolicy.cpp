#include "approvalpolicy.h"

#include "settings/settings.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

ApprovalPolicy::ApprovalPolicy(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_timeoutMs(settings->approvalTimeoutSeconds() * 1000)
{ }

Stake ApprovalPolicy::stakeFor(const ToolDefinition &tool) const
{
    const Stake builtIn = Stakes::fromName(tool.metadata.value(u"stake"_s).toString(), Stake::High);
    return Stakes::fromName(m_settings->stakeOverride(tool.name), builtIn);
}

void ApprovalPolicy::setStakeOverride(const QString &tool, Stake stake)
{
    m_settings->setStakeOverride(tool, Stakes::name(stake));
}

void ApprovalPolicy::clearStakeOverride(const QString &tool)
{
    m_settings->clearStakeOverride(tool);
}

QStringList ApprovalPolicy::rememberedAnswers() const
{
    return m_settings->rememberedApprovals();
}

void ApprovalPolicy::clearRemembered()
{
    m_settings->clearRememberedApprovals();
    Q_EMIT rememberedChanged();
}

QList<ApprovalPolicy::Remembered> ApprovalPolicy::remembered() const
{
    const QMap<QString, QString> arguments = m_settings->rememberedApprovalArguments();
    QList<Remembered> list;
    for (const QString &entry : rememberedAnswers())
        list.append({entry, entry.section(QLatin1Char('#'), 0, 0), arguments.value(entry)});
    return list;
}

void ApprovalPolicy::forget(const QString &entry)
{
    QStringList entries = rememberedAnswers();
    if (!entries.removeAll(entry))
        return;
    m_settings->setRememberedApprovals(entries);
    QMap<QString, QString> arguments = m_settings->rememberedApprovalArguments();
    arguments.remove(entry);
    m_settings->setRememberedApprovalArguments(arguments);
    Q_EMIT rememberedChanged();
}

void ApprovalPolicy::remember(const QString &entry, const QJsonObject &arguments)
{
    QStringList entries = rememberedAnswers();
    if (entries.contains(entry))
        return;
    entries.append(entry);
    m_settings->setRememberedApprovals(entries);
    if (entry.contains(QLatin1Char('#'))) {
        QMap<QString, QString> stored = m_settings->rememberedApprovalArguments();
        stored.insert(entry, QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact)));
        m_settings->setRememberedApprovalArguments(stored);
    }
    Q_EMIT rememberedChanged();
}

namespace {

// The elicitation/create params that ask the client's user; shown by the agent's client, whose
// language we do not know: plain English like every MCP text.
QJsonObject approvalQuestion(const ToolDefinition &tool, const ToolCall &call, Stake stake)
{
    const QJsonObject schema{{u"type"_s, u"object"_s},
                             {u"properties"_s, QJsonObject{{u"decision"_s, QJsonObject{{u"type"_s, u"string"_s},
                                                                                       {u"title"_s, u"Decision"_s},
                                                                                       {u"enum"_s, QJsonArray{u"allow"_s, u"deny"_s}}}}}},
                             {u"required"_s, QJsonArray{u"decision"_s}}};
    const QString message = u"PostHog Companion: allow the agent to run '%1' (%2, stake %3) with %4?"_s.arg(
        tool.name, tool.title, Stakes::name(stake), QString::fromUtf8(QJsonDocument(call.arguments()).toJson(QJsonDocument::Compact)).left(500));
    return {{u"message"_s, message}, {u"requestedSchema"_s, schema}};
}

// The only answer that allows is an explicit "allow"; decline, cancel and anything else deny.
bool allowsCall(const QJsonObject &elicitResult)
{
    return elicitResult.value("action"_L1).toString() == "accept"_L1
           && elicitResult.value("content"_L1).toObject().value("decision"_L1).toString() == "allow"_L1;
}

QString declinedByClient(const QString &tool)
{
    return u"Denied: the user declined '%1' when your client asked them. Do not retry it unchanged; ask them what they want instead."_s.arg(tool);
}

const QString approvalKey = u"approval"_s;

} // namespace

void ApprovalPolicy::askThroughClient(const ToolDefinition &tool, const ToolCall &call, Stake stake, McpServer::Decide decide)
{
    // Legacy eras: the client's user is asked mid-call, on the call's own SSE stream.
    call.requestClient(u"elicitation/create"_s, approvalQuestion(tool, call, stake),
                       [decide, name = tool.name](const QJsonObject &result, const QJsonObject &error) {
                           const bool allowed = error.isEmpty() && allowsCall(result);
                           decide(allowed, allowed ? QString() : declinedByClient(name));
                       });
}

void ApprovalPolicy::askThroughInputRound(const ToolDefinition &tool, const ToolCall &call, Stake stake, McpServer::Decide decide)
{
    // 2026-07-28: the first round answers input_required and nothing runs; the retry carries the
    // user's answer, and only with the requestState the engine sealed for this very call (tool,
    // arguments, client; single use), so an answer cannot be forged for another call or replayed.
    const QJsonObject answer = call.inputResponses().value(approvalKey).toObject();
    if (call.requestState() == approvalKey && !answer.isEmpty()) {
        const bool allowed = allowsCall(answer);
        decide(allowed, allowed ? QString() : declinedByClient(tool.name));
        return;
    }
    const QJsonObject request{{u"method"_s, u"elicitation/create"_s}, {u"params"_s, approvalQuestion(tool, call, stake)}};
    call.finish(ToolResult::inputRequired({{approvalKey, request}}, approvalKey));
}

QString ApprovalPolicy::argumentsDigest(const QString &tool, const QJsonObject &arguments)
{
    // QJsonObject keeps keys sorted, so equal arguments give equal bytes.
    const QByteArray bytes = QJsonDocument(arguments).toJson(QJsonDocument::Compact);
    return tool + QLatin1Char('#') + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32));
}

bool ApprovalPolicy::alreadyAllowed(const ToolDefinition &tool, const ToolCall &call, Stake stake) const
{
    if (stake == Stake::NeverAsk)
        return true;
    const QStringList remembered = rememberedAnswers();
    return (stake == Stake::Low && remembered.contains(tool.name))
           || (stake == Stake::Medium && remembered.contains(argumentsDigest(tool.name, call.arguments())));
}

void ApprovalPolicy::decide(const ToolDefinition &tool, const ToolCall &call, McpServer::Decide decide)
{
    const Stake stake = stakeFor(tool);
    if (alreadyAllowed(tool, call, stake)) {
        decide(true, QString());
        return;
    }
    if (m_interactive)
        askPerson(tool, call, stake, std::move(decide));
    else
        decideHeadless(tool, call, stake, std::move(decide));
}

void ApprovalPolicy::decideHeadless(const ToolDefinition &tool, const ToolCall &call, Stake stake, McpServer::Decide decide)
{
    const bool elicit = m_elicitWhenDeclared || m_settings->headlessApprovalPolicy() == "elicit"_L1;
    if (elicit && call.canRequestInput() && call.clientSupports(u"elicitation/create"_s)) {
        askThroughInputRound(tool, call, stake, decide);
        return;
    }
    if (elicit && !call.canRequestInput() && call.clientCapabilities().contains("elicitation"_L1)) {
        askThroughClient(tool, call, stake, decide);
        return;
    }
    const QString note
        = elicit ? u" Asking through the client was possible, but this client cannot ask its user (no elicitation capability)."_s : QString();
    decide(false, u"Denied: '%1' changes data (stake: %2) and needs a person's approval, but PostHog Companion runs headless with "
                  "the policy '%3'.%4 Ask the person to run the desktop app (which prompts them), or to mark this tool as "
                  "never_ask on its MCP server page."_s.arg(tool.name, Stakes::name(stake), elicit ? u"elicit"_s : u"deny"_s, note));
}

void ApprovalPolicy::askPerson(const ToolDefinition &tool, const ToolCall &call, Stake stake, McpServer::Decide decide)
{
    auto *request = new ApprovalRequest(tool.name, tool.title, stake, call.arguments(), call.clientName(), this);
    request->setCall(call.callId(), call.clientId());
    request->setDeadline(QDateTime::currentDateTimeUtc().addMSecs(m_timeoutMs));
    m_requests.append(request);
    Q_EMIT pendingCountChanged(pendingCount());
    auto *timer = new QTimer(request);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, request, [request] { request->answer(ApprovalRequest::Answer::TimedOut); });
    timer->start(m_timeoutMs);
    call.onCancelled(request, [request] { request->answer(ApprovalRequest::Answer::Deny); });
    // "Always allow" remembers the tool for a low stake, the tool with these arguments for medium.
    const QString entry = stake == Stake::Low ? tool.name : argumentsDigest(tool.name, call.arguments());
    connect(request, &ApprovalRequest::answered, this, [this, request, decide, entry, name = tool.name](ApprovalRequest::Answer answer) {
        m_requests.removeAll(request);
        Q_EMIT pendingCountChanged(pendingCount());
        request->deleteLater();
        if (answer == ApprovalRequest::Answer::AllowAlways)
            remember(entry, request->arguments());
        const bool allowed = answer == ApprovalRequest::Answer::AllowAlways || answer == ApprovalRequest::Answer::AllowOnce;
        decide(allowed, allowed ? QString() : denial(answer, name));
    });
    Q_EMIT approvalRequested(request);
}

QString ApprovalPolicy::denial(ApprovalRequest::Answer answer, const QString &tool) const
{
    if (answer == ApprovalRequest::Answer::TimedOut)
        return u"Denied: nobody answered the approval prompt for '%1' within %2 minute(s). Ask the person to look at "
               "PostHog Companion and try again."_s.arg(tool)
                   .arg(qMax(1, m_timeoutMs / 60000));
    return u"Denied: the person using PostHog Companion declined this call to '%1'. Do not retry it unchanged; ask "
           "them what they want instead."_s.arg(tool);
}
