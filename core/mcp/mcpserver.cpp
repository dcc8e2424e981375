#include "mcpserver.h"

#include "schemavalidator.h"
#include "toolregistry.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace {

const QString metaPrefix = QStringLiteral("io.modelcontextprotocol/");

QString idKey(const QString &clientId, const QJsonValue &id)
{
    const QByteArray text = id.isString() ? id.toString().toUtf8() : QByteArray::number(id.toDouble(), 'g', 17);
    return clientId + QLatin1Char('\n') + (id.isString() ? QStringLiteral("s") : QStringLiteral("n")) + QString::fromUtf8(text);
}

QJsonObject redact(const QJsonObject &arguments)
{
    static const QRegularExpression secret(QStringLiteral("key|token|secret|password|authorization"), QRegularExpression::CaseInsensitiveOption);
    QJsonObject out;
    for (auto it = arguments.begin(); it != arguments.end(); ++it) {
        if (secret.match(it.key()).hasMatch())
            out.insert(it.key(), QStringLiteral("[redacted]"));
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
    return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), QStringLiteral("notifications/tools/list_changed")}};
}

QStringList McpServer::legacyVersions()
{
    return {QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"), QStringLiteral("2025-03-26"), QStringLiteral("2024-11-05")};
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
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!data.isUndefined())
        error.insert(QStringLiteral("data"), data);
    return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), isValidId(id) ? id : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("error"), error}};
}

QJsonObject McpServer::capabilities() const
{
    QJsonObject capabilities = m_extraCapabilities;
    capabilities.insert(QStringLiteral("tools"), QJsonObject{{QStringLiteral("listChanged"), true}});
    capabilities.insert(QStringLiteral("logging"), QJsonObject());
    return capabilities;
}

void McpServer::addMethod(const QString &method, const QString &capability, const QJsonObject &capabilityValue, bool cacheable,
                          MethodHandler handler)
{
    m_methods.insert(method, {cacheable, std::move(handler)});
    if (!capability.isEmpty())
        m_extraCapabilities.insert(capability, capabilityValue);
}

QJsonObject McpServer::result(const QJsonValue &id, QJsonObject result, bool modern, bool cacheable) const
{
    if (modern) {
        result.insert(QStringLiteral("resultType"), QStringLiteral("complete"));
        QJsonObject meta = result.value(QLatin1String("_meta")).toObject();
        meta.insert(metaPrefix + QStringLiteral("serverInfo"),
                    QJsonObject{{QStringLiteral("name"), m_info.name}, {QStringLiteral("version"), m_info.version}});
        result.insert(QStringLiteral("_meta"), meta);
        if (cacheable) {
            result.insert(QStringLiteral("ttlMs"), 60000);
            result.insert(QStringLiteral("cacheScope"), QStringLiteral("private"));
        }
    }
    return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("result"), result}};
}

void McpServer::handle(const QJsonObject &message, const std::shared_ptr<McpSession> &session, Notify notify, Respond respond)
{
    const QJsonValue id = message.value(QLatin1String("id"));
    const bool hasId = message.contains(QLatin1String("id"));
    const QJsonValue methodValue = message.value(QLatin1String("method"));

    if (!methodValue.isString()) {
        if (hasId && (message.contains(QLatin1String("result")) || message.contains(QLatin1String("error")))) {
            // A client's answer to something a tool asked it (sampling, elicitation).
            const auto pending = m_pendingClientRequests.take(id.toVariant().toString());
            if (pending)
                pending(message.value(QLatin1String("result")).toObject(), message.value(QLatin1String("error")).toObject());
            return;
        }
        respond(errorMessage(id, InvalidRequest, QStringLiteral("Invalid request: a JSON-RPC 2.0 message needs a 'method' string.")), 400);
        return;
    }
    if (message.value(QLatin1String("jsonrpc")).toString() != QLatin1String("2.0")) {
        if (hasId)
            respond(errorMessage(id, InvalidRequest, QStringLiteral("Invalid request: 'jsonrpc' must be \"2.0\".")), 400);
        return;
    }
    const QString method = methodValue.toString();
    const QJsonValue paramsValue = message.value(QLatin1String("params"));
    if (!paramsValue.isUndefined() && !paramsValue.isObject() && !paramsValue.isNull()) {
        if (hasId)
            respond(errorMessage(id, InvalidRequest, QStringLiteral("Invalid request: 'params' must be an object.")), 400);
        return;
    }
    const QJsonObject params = paramsValue.toObject();

    if (!hasId) { // a notification: never answered
        if (method == QLatin1String("notifications/cancelled")) {
            const QString key = idKey(session->clientId, params.value(QLatin1String("requestId")));
            if (m_inFlight.contains(key))
                m_inFlight.value(key).cancel();
        }
        return;
    }
    if (!isValidId(id)) {
        respond(errorMessage(QJsonValue::Null, InvalidRequest, QStringLiteral("Invalid request: 'id' must be a string or a number.")), 400);
        return;
    }

    const QJsonObject meta = params.value(QLatin1String("_meta")).toObject();
    bool modernMeta = false;
    for (auto it = meta.begin(); it != meta.end() && !modernMeta; ++it)
        modernMeta = it.key().startsWith(metaPrefix);
    const bool modern = modernMeta || session->protocolVersionHeader == modernVersion() || method == QLatin1String("server/discover");
    if (modern) {
        handleModern(message, session, std::move(notify), std::move(respond));
        return;
    }
    dispatch(method, id, params, session, false, std::move(notify), std::move(respond));
}

void McpServer::handleModern(const QJsonObject &message, const std::shared_ptr<McpSession> &session, Notify notify, Respond respond)
{
    const QJsonValue id = message.value(QLatin1String("id"));
    const QString method = message.value(QLatin1String("method")).toString();
    const QJsonObject params = message.value(QLatin1String("params")).toObject();
    const QJsonValue metaValue = params.value(QLatin1String("_meta"));
    const QJsonObject meta = metaValue.toObject();
    const QJsonValue version = meta.value(metaPrefix + QStringLiteral("protocolVersion"));
    const QJsonValue capabilities = meta.value(metaPrefix + QStringLiteral("clientCapabilities"));

    // 1. the _meta every modern request must carry
    if (!metaValue.isObject() || !version.isString() || !capabilities.isObject()) {
        respond(errorMessage(id, InvalidParams,
                             QStringLiteral("Invalid params: a 2026-07-28 request needs params._meta with '%1protocolVersion' (a string) "
                                            "and '%1clientCapabilities' (an object).").arg(metaPrefix)),
                400);
        return;
    }
    // 2. HTTP headers must mirror the body
    if (session->isHttp) {
        auto mismatch = [&](const QString &what) {
            respond(errorMessage(id, HeaderMismatch, QStringLiteral("Header mismatch: %1.").arg(what)), 400);
        };
        if (version.isString() && session->protocolVersionHeader != version.toString())
            return mismatch(QStringLiteral("MCP-Protocol-Version must equal params._meta protocolVersion ('%1')").arg(version.toString()));
        if (!session->hasMethodHeader || session->methodHeader != method)
            return mismatch(QStringLiteral("Mcp-Method must be present and equal the method ('%1')").arg(method));
        static const QStringList named = {QStringLiteral("tools/call"), QStringLiteral("resources/read"), QStringLiteral("prompts/get")};
        if (named.contains(method)) {
            const QString name = params.value(method == QLatin1String("resources/read") ? QLatin1String("uri") : QLatin1String("name")).toString();
            if (!session->hasNameHeader || session->nameHeader != name)
                return mismatch(QStringLiteral("Mcp-Name must be present and equal '%1'").arg(name));
        }
    }
    // 3. a version we speak
    if (version.isString() && version.toString() != modernVersion()) {
        respond(errorMessage(id, UnsupportedVersion, QStringLiteral("Unsupported protocol version '%1'.").arg(version.toString()),
                             QJsonObject{{QStringLiteral("supported"), QJsonArray{modernVersion()}}, {QStringLiteral("requested"), version}}),
                400);
        return;
    }
    session->clientCapabilities = capabilities.toObject();
    const QJsonObject clientInfo = meta.value(metaPrefix + QStringLiteral("clientInfo")).toObject();
    if (!clientInfo.value(QLatin1String("name")).toString().isEmpty()) {
        session->clientName = clientInfo.value(QLatin1String("name")).toString();
        if (session->isHttp)
            session->clientId = session->clientName;
    }
    session->logLevel = meta.value(metaPrefix + QStringLiteral("logLevel")).toString();
    // 4. methods the stateless revision removed, and unknown ones
    static const QStringList removed = {QStringLiteral("initialize"), QStringLiteral("ping"), QStringLiteral("logging/setLevel"),
                                        QStringLiteral("resources/subscribe"), QStringLiteral("resources/unsubscribe")};
    if (removed.contains(method)) {
        respond(errorMessage(id, MethodNotFound, QStringLiteral("Method not found: '%1' does not exist in protocol version %2.").arg(method, modernVersion())),
                404);
        return;
    }
    dispatch(method, id, params, session, true, std::move(notify), std::move(respond));
}

QJsonObject McpServer::initializeResult(const QJsonObject &params) const
{
    const QString requested = params.value(QLatin1String("protocolVersion")).toString();
    const QString version = legacyVersions().contains(requested) ? requested : legacyVersions().first();
    QJsonObject info{{QStringLiteral("name"), m_info.name}, {QStringLiteral("version"), m_info.version}};
    if (version >= QLatin1String("2025-06-18"))
        info.insert(QStringLiteral("title"), m_info.title);
    if (version >= QLatin1String("2025-11-25")) {
        if (!m_info.description.isEmpty())
            info.insert(QStringLiteral("description"), m_info.description);
        if (!m_info.websiteUrl.isEmpty())
            info.insert(QStringLiteral("websiteUrl"), m_info.websiteUrl);
    }
    QJsonObject result{{QStringLiteral("protocolVersion"), version}, {QStringLiteral("capabilities"), capabilities()},
                       {QStringLiteral("serverInfo"), info}};
    if (!m_instructions.isEmpty())
        result.insert(QStringLiteral("instructions"), m_instructions);
    return result;
}

QJsonObject McpServer::toolsListResult() const
{
    if (m_toolsCacheValid)
        return {{QStringLiteral("tools"), m_toolsCache}};
    QJsonArray tools;
    for (const ToolDefinition &tool : m_registry->enabledTools()) {
        QJsonObject json{{QStringLiteral("name"), tool.name}, {QStringLiteral("description"), tool.description},
                         {QStringLiteral("inputSchema"), tool.inputSchema}};
        if (!tool.title.isEmpty())
            json.insert(QStringLiteral("title"), tool.title);
        if (!tool.outputSchema.isEmpty())
            json.insert(QStringLiteral("outputSchema"), tool.outputSchema);
        if (!tool.annotations.isEmpty())
            json.insert(QStringLiteral("annotations"), tool.annotations);
        tools.append(json);
    }
    m_toolsCache = tools;
    m_toolsCacheValid = true;
    return {{QStringLiteral("tools"), tools}};
}

void McpServer::dispatch(const QString &method, const QJsonValue &id, const QJsonObject &params, const std::shared_ptr<McpSession> &session,
                         bool modern, Notify notify, Respond respond)
{
    if (method == QLatin1String("initialize")) {
        const QJsonObject clientInfo = params.value(QLatin1String("clientInfo")).toObject();
        if (!clientInfo.value(QLatin1String("name")).toString().isEmpty())
            session->clientName = clientInfo.value(QLatin1String("name")).toString();
        session->clientCapabilities = params.value(QLatin1String("capabilities")).toObject();
        session->initialized = true;
        m_clientCapabilities.insert(session->clientId, session->clientCapabilities);
        respond(result(id, initializeResult(params), false, false), 200);
        return;
    }
    if (method == QLatin1String("ping")) {
        respond(result(id, QJsonObject(), modern, false), 200);
        return;
    }
    if (method == QLatin1String("server/discover")) {
        QJsonObject discover{{QStringLiteral("supportedVersions"), QJsonArray{modernVersion()}}, {QStringLiteral("capabilities"), capabilities()}};
        if (!m_instructions.isEmpty())
            discover.insert(QStringLiteral("instructions"), m_instructions);
        respond(result(id, discover, true, true), 200);
        return;
    }
    if (method == QLatin1String("tools/list")) {
        respond(result(id, toolsListResult(), modern, true), 200);
        return;
    }
    if (method == QLatin1String("logging/setLevel")) {
        static const QStringList levels = {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("notice"), QStringLiteral("warning"),
                                           QStringLiteral("error"), QStringLiteral("critical"), QStringLiteral("alert"), QStringLiteral("emergency")};
        const QString level = params.value(QLatin1String("level")).toString();
        if (!levels.contains(level)) {
            respond(errorMessage(id, InvalidParams, QStringLiteral("Invalid params: 'level' must be one of %1.").arg(levels.join(QStringLiteral(", ")))), 200);
            return;
        }
        session->logLevel = level;
        m_logLevels.insert(session->clientId, level);
        respond(result(id, QJsonObject(), false, false), 200);
        return;
    }
    if (method == QLatin1String("tools/call")) {
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
    respond(errorMessage(id, MethodNotFound, QStringLiteral("Method not found: '%1'.").arg(method)), modern ? 404 : 200);
}

void McpServer::callTool(const QJsonValue &id, const QJsonObject &params, const std::shared_ptr<McpSession> &session, bool modern,
                         Notify notify, Respond respond)
{
    const QString name = params.value(QLatin1String("name")).toString();
    const ToolDefinition *found = m_registry->find(name);
    if (!found) {
        QStringList names;
        for (const ToolDefinition &tool : m_registry->enabledTools())
            names.append(tool.name);
        respond(errorMessage(id, InvalidParams, QStringLiteral("Unknown tool '%1'. Available tools: %2.").arg(name.left(100), names.join(QStringLiteral(", ")))),
                200);
        return;
    }
    const ToolDefinition tool = *found;
    const QJsonValue argumentsValue = params.value(QLatin1String("arguments"));
    const QJsonObject arguments = argumentsValue.toObject();

    auto state = std::make_shared<ToolCallState>();
    state->callId = QString::number(m_nextCallId++);
    state->toolName = name;
    state->arguments = arguments;
    state->clientId = session->clientId;
    state->clientName = session->clientName.isEmpty() ? session->clientId : session->clientName;
    state->clientCapabilities = session->clientCapabilities.isEmpty() ? m_clientCapabilities.value(session->clientId) : session->clientCapabilities;
    state->progressToken = params.value(QLatin1String("_meta")).toObject().value(QLatin1String("progressToken"));
    state->logLevel = session->logLevel.isEmpty() ? m_logLevels.value(session->clientId) : session->logLevel;
    state->notify = std::move(notify);
    {
        QPointer<McpServer> self(this);
        std::weak_ptr<ToolCallState> weak = state;
        state->requestClient = [self, weak](const QString &method, const QJsonObject &params,
                                            std::function<void(const QJsonObject &, const QJsonObject &)> answer) {
            const auto callState = weak.lock();
            if (!self || !callState || !callState->notify) {
                answer({}, QJsonObject{{QStringLiteral("code"), InternalError}, {QStringLiteral("message"), QStringLiteral("The call has ended.")}});
                return;
            }
            const QString requestId = QStringLiteral("phc-%1").arg(self->m_nextClientRequestId++);
            self->m_pendingClientRequests.insert(requestId, std::move(answer));
            callState->notify(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), requestId},
                                          {QStringLiteral("method"), method}, {QStringLiteral("params"), params}});
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
    record.outcome = QStringLiteral("running");
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
            record.outcome = !forcedOutcome.isEmpty() ? forcedOutcome
                : (state && state->cancelled) ? QStringLiteral("cancelled")
                : toolResult.isError() ? QStringLiteral("error") : QStringLiteral("ok");
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
        refuse(QStringLiteral("denied"), QStringLiteral("The tool '%1' is disabled in PostHog Companion. A person can enable it on the "
                                                        "MCP server page of the app.").arg(name));
        return;
    }
    if (!argumentsValue.isUndefined() && !argumentsValue.isNull() && !argumentsValue.isObject()) {
        refuse(QStringLiteral("invalid"), QStringLiteral("Input validation error: 'arguments' must be an object."));
        return;
    }
    QString validationError;
    if (!SchemaValidator::validate(arguments, tool.inputSchema, &validationError)) {
        refuse(QStringLiteral("invalid"), QStringLiteral("Input validation error: %1 Fix the arguments and call %2 again.").arg(validationError, name));
        return;
    }
    m_inFlight.insert(key, call);

    auto run = [tool, call] {
        if (call.isCancelled()) {
            call.finish(ToolResult::error(QStringLiteral("The call was cancelled.")));
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
            refuse(QStringLiteral("denied"), denial);
    });
}
