#include "mcpserver.h"

#include "schemavalidator.h"
#include "toolregistry.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString metaPrefix = u"io.modelcontextprotocol/"_s;

QString idKey(const QString &clientId, const QJsonValue &id)
{
    const QByteArray text = id.isString() ? id.toString().toUtf8() : QByteArray::number(id.toDouble(), 'g', 17);
    return clientId + QLatin1Char('\n') + (id.isString() ? u"s"_s : u"n"_s) + QString::fromUtf8(text);
}

QJsonObject redact(const QJsonObject &arguments)
{
    static const QRegularExpression secret(u"key|token|secret|password|authorization"_s, QRegularExpression::CaseInsensitiveOption);
    QJsonObject out;
    for (auto it = arguments.begin(); it != arguments.end(); ++it) {
        if (secret.match(it.key()).hasMatch())
            out.insert(it.key(), u"[redacted]"_s);
        else if (it.value().isObject())
            out.insert(it.key(), redact(it.value().toObject()));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0).left(200);
}

} // namespace

McpServer::McpServer(ToolRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
    connect(registry, &ToolRegistry::changed, this, [this] { m_toolsCacheValid = false; });
    // Hiding tools for a key's scopes changes many at once: one notification per batch.
    connect(registry, &ToolRegistry::listChanged, this, [this] {
        if (m_listChangePending)
            return;
        m_listChangePending = true;
        QTimer::singleShot(0, this, [this] {
            m_listChangePending = false;
            Q_EMIT toolsListChanged();
        });
    });
}

QJsonObject McpServer::toolsListChangedNotification()
{
    return {{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/tools/list_changed"_s}};
}

QStringList McpServer::legacyVersions()
{
    return {u"2025-11-25"_s, u"2025-06-18"_s, u"2025-03-26"_s, u"2024-11-05"_s};
}

QStringList McpServer::allVersions()
{
    return QStringList{modernVersion()} + legacyVersions();
}

bool McpServer::isValidId(const QJsonValue &id)
{
    return id.isString() || id.isDouble();
}

QJsonObject McpServer::errorMessage(const QJsonValue &id, int code, const QString &message, const QJsonValue &data)
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    if (!data.isUndefined())
        error.insert(u"data"_s, data);
    return {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, isValidId(id) ? id : QJsonValue(QJsonValue::Null)}, {u"error"_s, error}};
}

QJsonObject McpServer::capabilities() const
{
    QJsonObject capabilities = m_extraCapabilities;
    capabilities.insert(u"tools"_s, QJsonObject{{u"listChanged"_s, true}});
    capabilities.insert(u"logging"_s, QJsonObject());
    return capabilities;
}

void McpServer::addMethod(const QString &method, const QString &capability, const QJsonObject &capabilityValue, bool cacheable, MethodHandler handler)
{
    m_methods.insert(method, {cacheable, std::move(handler)});
    if (!capability.isEmpty())
        m_extraCapabilities.insert(capability, capabilityValue);
}

QJsonObject McpServer::result(const QJsonValue &id, QJsonObject result, bool modern, bool cacheable) const
{
    if (modern) {
        result.insert(u"resultType"_s, u"complete"_s);
        QJsonObject meta = result.value("_meta"_L1).toObject();
        meta.insert(metaPrefix + u"serverInfo"_s, QJsonObject{{u"name"_s, m_info.name}, {u"version"_s, m_info.version}});
        result.insert(u"_meta"_s, meta);
        if (cacheable) {
            result.insert(u"ttlMs"_s, 60000);
            result.insert(u"cacheScope"_s, u"private"_s);
        }
    }
    return {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"result"_s, result}};
}

void McpServer::handle(const QJsonObject &message, const std::shared_ptr<McpSession> &session, Notify notify, Respond respond)
{
    const QJsonValue id = message.value("id"_L1);
    const bool hasId = message.contains("id"_L1);
    const QJsonValue methodValue = message.value("method"_L1);

    if (!methodValue.isString()) {
        if (hasId && (message.contains("result"_L1) || message.contains("error"_L1))) {
            // A client's answer to something a tool asked it (sampling, elicitation).
            const auto pending = m_pendingClientRequests.take(id.toVariant().toString());
            if (pending)
                pending(message.value("result"_L1).toObject(), message.value("error"_L1).toObject());
            return;
        }
        respond(errorMessage(id, InvalidRequest, u"Invalid request: a JSON-RPC 2.0 message needs a 'method' string."_s), 400);
        return;
    }
    if (message.value("jsonrpc"_L1).toString() != "2.0"_L1) {
        if (hasId)
            respond(errorMessage(id, InvalidRequest, u"Invalid request: 'jsonrpc' must be \"2.0\"."_s), 400);
        return;
    }
    const QString method = methodValue.toString();
    const QJsonValue paramsValue = message.value("params"_L1);
    if (!paramsValue.isUndefined() && !paramsValue.isObject() && !paramsValue.isNull()) {
        if (hasId)
            respond(errorMessage(id, InvalidRequest, u"Invalid request: 'params' must be an object."_s), 400);
        return;
    }
    const QJsonObject params = paramsValue.toObject();

    if (!hasId) { // a notification: never answered
        if (method == "notifications/cancelled"_L1) {
            const QString key = idKey(session->clientId, params.value("requestId"_L1));
            if (m_inFlight.contains(key))
                m_inFlight.value(key).cancel();
        }
        return;
    }
    if (!isValidId(id)) {
        respond(errorMessage(QJsonValue::Null, InvalidRequest, u"Invalid request: 'id' must be a string or a number."_s), 400);
        return;
    }

    const QJsonObject meta = params.value("_meta"_L1).toObject();
    bool modernMeta = false;
    for (auto it = meta.begin(); it != meta.end() && !modernMeta; ++it)
        modernMeta = it.key().startsWith(metaPrefix);
    const bool modern = modernMeta || session->protocolVersionHeader == modernVersion() || method == "server/discover"_L1;
    if (modern) {
        handleModern(message, session, std::move(notify), std::move(respond));
        return;
    }
    dispatch(method, id, params, session, false, std::move(notify), std::move(respond));
}

void McpServer::handleModern(const QJsonObject &message, const std::shared_ptr<McpSession> &session, Notify notify, Respond respond)
{
    const QJsonValue id = message.value("id"_L1);
    const QString method = message.value("method"_L1).toString();
    const QJsonObject params = message.value("params"_L1).toObject();
    const QJsonValue metaValue = params.value("_meta"_L1);
    const QJsonObject meta = metaValue.toObject();
    const QJsonValue version = meta.value(metaPrefix + u"protocolVersion"_s);
    const QJsonValue capabilities = meta.value(metaPrefix + u"clientCapabilities"_s);

    // 1. the _meta every modern request must carry
    if (!metaValue.isObject() || !version.isString() || !capabilities.isObject()) {
        respond(errorMessage(id, InvalidParams,
                             u"Invalid params: a 2026-07-28 request needs params._meta with '%1protocolVersion' (a string) "
                             "and '%1clientCapabilities' (an object)."_s.arg(metaPrefix)),
                400);
        return;
    }
    // 2. HTTP headers must mirror the body
    if (session->isHttp) {
        auto mismatch = [&](const QString &what) { respond(errorMessage(id, HeaderMismatch, u"Header mismatch: %1."_s.arg(what)), 400); };
        if (version.isString() && session->protocolVersionHeader != version.toString())
            return mismatch(u"MCP-Protocol-Version must equal params._meta protocolVersion ('%1')"_s.arg(version.toString()));
        if (!session->hasMethodHeader || session->methodHeader != method)
            return mismatch(u"Mcp-Method must be present and equal the method ('%1')"_s.arg(method));
        static const QStringList named = {u"tools/call"_s, u"resources/read"_s, u"prompts/get"_s};
        if (named.contains(method)) {
            const QString name = params.value(method == "resources/read"_L1 ? "uri"_L1 : "name"_L1).toString();
            if (!session->hasNameHeader || session->nameHeader != name)
                return mismatch(u"Mcp-Name must be present and equal '%1'"_s.arg(name));
        }
    }
    // 3. a version we speak
    if (version.isString() && version.toString() != modernVersion()) {
        respond(errorMessage(id, UnsupportedVersion, u"Unsupported protocol version '%1'."_s.arg(version.toString()),
                             QJsonObject{{u"supported"_s, QJsonArray{modernVersion()}}, {u"requested"_s, version}}),
                400);
        return;
    }
    session->clientCapabilities = capabilities.toObject();
    const QJsonObject clientInfo = meta.value(metaPrefix + u"clientInfo"_s).toObject();
    if (!clientInfo.value("name"_L1).toString().isEmpty()) {
        session->clientName = clientInfo.value("name"_L1).toString();
        if (session->isHttp)
            session->clientId = session->clientName;
    }
    session->logLevel = meta.value(metaPrefix + u"logLevel"_s).toString();
    // 4. methods the stateless revision removed, and unknown ones
    static const QStringList removed = {u"initialize"_s, u"ping"_s, u"logging/setLevel"_s, u"resources/subscribe"_s, u"resources/unsubscribe"_s};
    if (removed.contains(method)) {
        respond(errorMessage(id, MethodNotFound, u"Method not found: '%1' does not exist in protocol version %2."_s.arg(method, modernVersion())),
                404);
        return;
    }
    dispatch(method, id, params, session, true, std::move(notify), std::move(respond));
}

QJsonObject McpServer::initializeResult(const QJsonObject &params) const
{
    const QString requested = params.value("protocolVersion"_L1).toString();
    const QString version = legacyVersions().contains(requested) ? requested : legacyVersions().first();
    QJsonObject info{{u"name"_s, m_info.name}, {u"version"_s, m_info.version}};
    if (version >= "2025-06-18"_L1)
        info.insert(u"title"_s, m_info.title);
    if (version >= "2025-11-25"_L1) {
        if (!m_info.description.isEmpty())
            info.insert(u"description"_s, m_info.description);
        if (!m_info.websiteUrl.isEmpty())
            info.insert(u"websiteUrl"_s, m_info.websiteUrl);
    }
    QJsonObject result{{u"protocolVersion"_s, version}, {u"capabilities"_s, capabilities()}, {u"serverInfo"_s, info}};
    if (!m_instructions.isEmpty())
        result.insert(u"instructions"_s, m_instructions);
    return result;
}

QJsonObject McpServer::toolsListResult() const
{
    if (m_toolsCacheValid)
        return {{u"tools"_s, m_toolsCache}};
    QJsonArray tools;
    for (const ToolDefinition &tool : m_registry->enabledTools()) {
        QJsonObject json{{u"name"_s, tool.name}, {u"description"_s, tool.description}, {u"inputSchema"_s, tool.inputSchema}};
        if (!tool.title.isEmpty())
            json.insert(u"title"_s, tool.title);
        if (!tool.outputSchema.isEmpty())
            json.insert(u"outputSchema"_s, tool.outputSchema);
        if (!tool.annotations.isEmpty())
            json.insert(u"annotations"_s, tool.annotations);
        tools.append(json);
    }
    m_toolsCache = tools;
    m_toolsCacheValid = true;
    return {{u"tools"_s, tools}};
}

void McpServer::dispatch(const QString &method, const QJsonValue &id, const QJsonObject &params, const std::shared_ptr<McpSession> &session,
                         bool modern, Notify notify, Respond respond)
{
    if (method == "initialize"_L1) {
        const QJsonObject clientInfo = params.value("clientInfo"_L1).toObject();
        if (!clientInfo.value("name"_L1).toString().isEmpty())
            session->clientName = clientInfo.value("name"_L1).toString();
        session->clientCapabilities = params.value("capabilities"_L1).toObject();
        session->initialized = true;
        m_clientCapabilities.insert(session->clientId, session->clientCapabilities);
        respond(result(id, initializeResult(params), false, false), 200);
        return;
    }
    if (method == "ping"_L1) {
        respond(result(id, QJsonObject(), modern, false), 200);
        return;
    }
    if (method == "server/discover"_L1) {
        QJsonObject discover{{u"supportedVersions"_s, QJsonArray{modernVersion()}}, {u"capabilities"_s, capabilities()}};
        if (!m_instructions.isEmpty())
            discover.insert(u"instructions"_s, m_instructions);
        respond(result(id, discover, true, true), 200);
        return;
    }
    if (method == "tools/list"_L1) {
        respond(result(id, toolsListResult(), modern, true), 200);
        return;
    }
    if (method == "logging/setLevel"_L1) {
        static const QStringList levels = {u"debug"_s, u"info"_s, u"notice"_s, u"warning"_s, u"error"_s, u"critical"_s, u"alert"_s, u"emergency"_s};
        const QString level = params.value("level"_L1).toString();
        if (!levels.contains(level)) {
            respond(errorMessage(id, InvalidParams, u"Invalid params: 'level' must be one of %1."_s.arg(levels.join(u", "_s))), 200);
            return;
        }
        session->logLevel = level;
        m_logLevels.insert(session->clientId, level);
        respond(result(id, QJsonObject(), false, false), 200);
        return;
    }
    if (method == "tools/call"_L1) {
        callTool(id, params, session, modern, std::move(notify), std::move(respond));
        return;
    }
    if (m_methods.contains(method)) {
        const ExtraMethod extra = m_methods.value(method);
        QPointer<McpServer> self(this);
        auto done = std::make_shared<bool>(false);
        MethodReply reply{[self, id, modern, respond, extra, done](const QJsonObject &value) {
                              if (*done || !self)
                                  return;
                              *done = true;
                              respond(self->result(id, value, modern, extra.cacheable), 200);
                          },
                          [id, respond, done](int code, const QString &message, const QJsonValue &data) {
                              if (*done)
                                  return;
                              *done = true;
                              respond(errorMessage(id, code, message, data), 200);
                          }};
        extra.handler(params, session, reply);
        return;
    }
    respond(errorMessage(id, MethodNotFound, u"Method not found: '%1'."_s.arg(method)), modern ? 404 : 200);
}

void McpServer::callTool(const QJsonValue &id, const QJsonObject &params, const std::shared_ptr<McpSession> &session, bool modern, Notify notify,
                         Respond respond)
{
    const QString name = params.value("name"_L1).toString();
    const ToolDefinition *found = m_registry->find(name);
    if (!found) {
        QStringList names;
        for (const ToolDefinition &tool : m_registry->enabledTools())
            names.append(tool.name);
        respond(errorMessage(id, InvalidParams, u"Unknown tool '%1'. Available tools: %2."_s.arg(name.left(100), names.join(u", "_s))), 200);
        return;
    }
    const ToolDefinition tool = *found;
    const QJsonValue argumentsValue = params.value("arguments"_L1);
    const QJsonObject arguments = argumentsValue.toObject();

    auto state = std::make_shared<ToolCallState>();
    state->callId = QString::number(m_nextCallId++);
    state->toolName = name;
    state->arguments = arguments;
    state->clientId = session->clientId;
    state->clientName = session->clientName.isEmpty() ? session->clientId : session->clientName;
    state->clientCapabilities = session->clientCapabilities.isEmpty() ? m_clientCapabilities.value(session->clientId) : session->clientCapabilities;
    state->progressToken = params.value("_meta"_L1).toObject().value("progressToken"_L1);
    state->logLevel = session->logLevel.isEmpty() ? m_logLevels.value(session->clientId) : session->logLevel;
    state->notify = std::move(notify);
    {
        QPointer<McpServer> self(this);
        std::weak_ptr<ToolCallState> weak = state;
        state->requestClient
            = [self, weak](const QString &method, const QJsonObject &params, std::function<void(const QJsonObject &, const QJsonObject &)> answer) {
                  const auto callState = weak.lock();
                  if (!self || !callState || !callState->notify) {
                      answer({}, QJsonObject{{u"code"_s, InternalError}, {u"message"_s, u"The call has ended."_s}});
                      return;
                  }
                  const QString requestId = u"phc-%1"_s.arg(self->m_nextClientRequestId++);
                  self->m_pendingClientRequests.insert(requestId, std::move(answer));
                  callState->notify(QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, requestId}, {u"method"_s, method}, {u"params"_s, params}});
              };
    }
    ToolCall call(state);

    ToolCallRecord record;
    record.callId = state->callId;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.clientId = state->clientId;
    record.clientName = state->clientName;
    record.tool = name;
    record.arguments = redact(arguments);
    record.outcome = u"running"_s;
    Q_EMIT toolCallStarted(record);

    const QString key = idKey(session->clientId, id);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QPointer<McpServer> self(this);
    std::weak_ptr<ToolCallState> weakState = state;
    // What happens when the call ends; `forcedOutcome` names refusals that never ran the tool.
    auto completion = [self, id, modern, respond, record, clock, key, weakState](const QString &forcedOutcome) {
        return [self, id, modern, respond, record, clock, key, weakState, forcedOutcome](const ToolResult &toolResult) mutable {
            if (!self)
                return;
            self->m_inFlight.remove(key);
            const auto state = weakState.lock();
            record.durationMs = clock->elapsed();
            record.outcome = !forcedOutcome.isEmpty()      ? forcedOutcome
                             : (state && state->cancelled) ? u"cancelled"_s
                             : toolResult.isError()        ? u"error"_s
                                                           : u"ok"_s;
            record.summary = firstLine(toolResult.firstText());
            respond(self->result(id, toolResult.toJson(), modern, false), 200);
            Q_EMIT self->toolCallFinished(record);
        };
    };
    auto refuse = [state, call, completion](const QString &outcome, const QString &message) {
        state->complete = completion(outcome);
        call.finish(ToolResult::error(message));
    };
    state->complete = completion(QString());

    if (!m_registry->isEnabled(name)) {
        refuse(u"denied"_s, u"The tool '%1' is disabled in PostHog Companion. A person can enable it on the "
                            "MCP server page of the app."_s.arg(name));
        return;
    }
    if (!argumentsValue.isUndefined() && !argumentsValue.isNull() && !argumentsValue.isObject()) {
        refuse(u"invalid"_s, u"Input validation error: 'arguments' must be an object."_s);
        return;
    }
    QString validationError;
    if (!SchemaValidator::validate(arguments, tool.inputSchema, &validationError)) {
        refuse(u"invalid"_s, u"Input validation error: %1 Fix the arguments and call %2 again."_s.arg(validationError, name));
        return;
    }
    m_inFlight.insert(key, call);

    auto run = [tool, call] {
        if (call.isCancelled()) {
            call.finish(ToolResult::error(u"The call was cancelled."_s));
            return;
        }
        tool.handler(call);
    };
    if (!m_gate) {
        run();
        return;
    }
    m_gate(tool, call, [run, call, refuse](bool allowed, const QString &denial) {
        if (call.isFinished())
            return;
        if (allowed)
            run();
        else
            refuse(u"denied"_s, denial);
    });
}
