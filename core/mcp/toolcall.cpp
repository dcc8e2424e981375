#include "toolcall.h"

using namespace Qt::StringLiterals;

namespace {
int severity(const QString &level)
{
    static const QStringList levels = {u"debug"_s, u"info"_s, u"notice"_s, u"warning"_s, u"error"_s, u"critical"_s, u"alert"_s, u"emergency"_s};
    return int(levels.indexOf(level));
}
} // namespace

ToolCall::ToolCall(std::shared_ptr<ToolCallState> state)
    : m_state(std::move(state))
{ }

QString ToolCall::callId() const
{
    return m_state->callId;
}
QString ToolCall::toolName() const
{
    return m_state->toolName;
}
const QJsonObject &ToolCall::arguments() const
{
    return m_state->arguments;
}
QString ToolCall::clientId() const
{
    return m_state->clientId;
}
QString ToolCall::clientName() const
{
    return m_state->clientName;
}
bool ToolCall::isCancelled() const
{
    return m_state->cancelled;
}
bool ToolCall::isFinished() const
{
    return m_state->finished;
}

void ToolCall::onCancelled(QObject *receiver, std::function<void()> callback) const
{
    if (m_state->cancelled) {
        callback();
        return;
    }
    m_state->cancelHandlers.append({QPointer<QObject>(receiver), std::move(callback)});
}

void ToolCall::reportProgress(double progress, double total, const QString &message) const
{
    if (m_state->finished || m_state->progressToken.isUndefined() || m_state->progressToken.isNull() || !m_state->notify)
        return;
    if (progress <= m_state->lastProgress)
        return; // progress must increase
    m_state->lastProgress = progress;
    QJsonObject params{{u"progressToken"_s, m_state->progressToken}, {u"progress"_s, progress}};
    if (total >= 0)
        params.insert(u"total"_s, total);
    if (!message.isEmpty())
        params.insert(u"message"_s, message);
    m_state->notify(QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/progress"_s}, {u"params"_s, params}});
}

void ToolCall::log(const QString &level, const QString &logger, const QJsonValue &data) const
{
    if (m_state->finished || m_state->logLevel.isEmpty() || !m_state->notify)
        return;
    if (severity(level) < severity(m_state->logLevel))
        return;
    m_state->notify(QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                                {u"method"_s, u"notifications/message"_s},
                                {u"params"_s, QJsonObject{{u"level"_s, level}, {u"logger"_s, logger}, {u"data"_s, data}}}});
}

void ToolCall::requestClient(const QString &method, const QJsonObject &params,
                             std::function<void(const QJsonObject &result, const QJsonObject &error)> answer) const
{
    if (m_state->finished || !m_state->requestClient) {
        answer({}, QJsonObject{{u"code"_s, -32601}, {u"message"_s, u"The client cannot be asked on this transport."_s}});
        return;
    }
    m_state->requestClient(method, params, std::move(answer));
}

const QJsonObject &ToolCall::clientCapabilities() const
{
    return m_state->clientCapabilities;
}

QString ToolCall::capabilityFor(const QString &method)
{
    if (method == "elicitation/create"_L1)
        return u"elicitation"_s;
    if (method == "sampling/createMessage"_L1)
        return u"sampling"_s;
    if (method == "roots/list"_L1)
        return u"roots"_s;
    return {};
}

bool ToolCall::clientSupports(const QString &method) const
{
    const QString capability = capabilityFor(method);
    return !capability.isEmpty() && m_state->clientCapabilities.value(capability).isObject();
}

bool ToolCall::canRequestInput() const
{
    return m_state->canRequestInput;
}

const QJsonObject &ToolCall::inputResponses() const
{
    return m_state->inputResponses;
}

const QString &ToolCall::requestState() const
{
    return m_state->requestState;
}

bool ToolCall::runAsTask() const
{
    return !m_state->finished && m_state->runAsTask && m_state->runAsTask();
}

void ToolCall::finish(const ToolResult &result) const
{
    if (m_state->finished)
        return;
    m_state->finished = true;
    if (m_state->complete)
        m_state->complete(result);
    m_state->notify = nullptr;
    m_state->complete = nullptr;
    m_state->cancelHandlers.clear();
}

void ToolCall::cancel() const
{
    if (m_state->cancelled || m_state->finished)
        return;
    m_state->cancelled = true;
    const auto handlers = m_state->cancelHandlers;
    m_state->cancelHandlers.clear();
    for (const auto &[receiver, callback] : handlers) {
        if (receiver)
            callback();
    }
}
