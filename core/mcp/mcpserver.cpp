#include "mcpserver.h"

#include "mcplogging.h"
#include "schemavalidator.h"
#include "toolregistry.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString metaPrefix = u"io.modelcontextprotocol/"_s;
const QString tasksExtension = u"io.modelcontextprotocol/tasks"_s;

bool declaresTasks(const QJsonObject &clientCapabilities)
{
    return clientCapabilities.value("extensions"_L1).toObject().value(tasksExtension).isObject();
}

QJsonObject tasksRequired()
{
    return {{u"requiredCapabilities"_s, QJsonObject{{u"extensions"_s, QJsonObject{{tasksExtension, QJsonObject()}}}}}};
}

QString taskSupportName(ToolDefinition::TaskSupport support)
{
    return support == ToolDefinition::TaskSupport::Required ? u"required"_s : u"optional"_s;
}

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

QString idText(const QJsonValue &id)
{
    if (id.isString())
        return u"'%1'"_s.arg(id.toString().left(64));
    if (id.isDouble())
        return QString::number(id.toDouble(), 'g', 17);
    return id.isNull() ? u"null"_s : u"none"_s;
}

// With phc.mcp debug on, every answer gets one line: method, id, outcome, duration.
McpServer::Respond logged(const QString &method, const QJsonValue &id, McpServer::Respond respond)
{
    if (!lcMcp().isDebugEnabled())
        return respond;
    QElapsedTimer clock;
    clock.start();
    return [method = method.left(100), id, clock, respond = std::move(respond)](const QJsonObject &answer, int status) {
        const QString outcome
            = answer.contains("error"_L1) ? u"error %1"_s.arg(answer.value("error"_L1).toObject().value("code"_L1).toInt()) : u"ok"_s;
        const QString http = status == 200 ? QString() : u" (%1)"_s.arg(status);
        qCDebug(lcMcp).noquote()
            << u"%1 id %2 -> %3%4 in %5 ms"_s.arg(method.isEmpty() ? u"(no method)"_s : method, idText(id), outcome, http).arg(clock.elapsed());
        respond(answer, status);
    };
}

// Why a message is not a valid JSON-RPC 2.0 request or notification; empty when it is.
QString invalidRequestReason(const QJsonObject &message)
{
    if (!message.value("method"_L1).isString())
        return u"Invalid request: a JSON-RPC 2.0 message needs a 'method' string."_s;
    if (message.value("jsonrpc"_L1).toString() != "2.0"_L1)
        return u"Invalid request: 'jsonrpc' must be \"2.0\"."_s;
    const QJsonValue params = message.value("params"_L1);
    if (!params.isUndefined() && !params.isObject() && !params.isNull())
        return u"Invalid request: 'params' must be an object."_s;
    return {};
}

bool isModernRequest(const QString &method, const QJsonObject &params, const McpSession &session)
{
    const QJsonObject meta = params.value("_meta"_L1).toObject();
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (it.key().startsWith(metaPrefix))
            return true;
    }
    return session.protocolVersionHeader == McpServer::modernVersion() || method == "server/discover"_L1;
}

// The stateless revision's HTTP headers must mirror the body; what differs, or empty.
QString headerMismatch(const McpSession &session, const QString &method, const QJsonObject &params, const QString &version)
{
    if (session.protocolVersionHeader != version)
        return u"MCP-Protocol-Version must equal params._meta protocolVersion ('%1')"_s.arg(version);
    if (!session.hasMethodHeader || session.methodHeader != method)
        return u"Mcp-Method must be present and equal the method ('%1')"_s.arg(method);
    static const QStringList named = {u"tools/call"_s, u"resources/read"_s, u"prompts/get"_s, u"tasks/get"_s, u"tasks/update"_s, u"tasks/cancel"_s};
    if (named.contains(method)) {
        const QString name = params.value(method == "resources/read"_L1    ? "uri"_L1
                                          : method.startsWith("tasks/"_L1) ? "taskId"_L1
                                                                           : "name"_L1)
                                 .toString();
        if (!session.hasNameHeader || session.nameHeader != name)
            return u"Mcp-Name must be present and equal '%1'"_s.arg(name);
    }
    return {};
}

// SEP-2243: an argument whose schema names an x-mcp-header travels in Mcp-Param-{Name} too, and
// the two must agree ("=?base64?…?=" carries UTF-8, strictly encoded); what differs, or empty.
QString paramHeaderMismatch(const McpSession &session, const ToolDefinition &tool, const QJsonObject &arguments)
{
    static const QRegularExpression base64(u"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"_s);
    const QJsonObject properties = tool.inputSchema.value("properties"_L1).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString header = it.value().toObject().value("x-mcp-header"_L1).toString();
        if (header.isEmpty())
            continue;
        const QString headerName = u"Mcp-Param-"_s + header;
        const QJsonValue argument = arguments.value(it.key());
        const bool sent = session.paramHeaders.contains(header.toLower());
        if (argument.isUndefined() || argument.isNull()) {
            if (sent)
                return u"%1 is present but the argument '%2' is not"_s.arg(headerName, it.key());
            continue;
        }
        if (!sent)
            return u"%1 must be present and equal the argument '%2'"_s.arg(headerName, it.key());
        QByteArray raw = session.paramHeaders.value(header.toLower());
        if (raw.startsWith("=?base64?") && raw.endsWith("?=") && raw.size() >= 11) {
            raw = raw.mid(9, raw.size() - 11);
            if (!base64.match(QString::fromLatin1(raw)).hasMatch())
                return u"%1 is not valid Base64 inside =?base64?…?="_s.arg(headerName);
            raw = QByteArray::fromBase64(raw);
        }
        const QString expected = argument.isString() ? argument.toString()
                                 : argument.isBool()
                                     ? (argument.toBool() ? u"true"_s : u"false"_s)
                                     : QString::fromUtf8(QJsonDocument(QJsonArray{argument}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        if (QString::fromUtf8(raw) != expected)
            return u"%1 must equal the argument '%2'"_s.arg(headerName, it.key());
    }
    return {};
}

// A stateless request says who the client is in every request's _meta.
void adoptModernMeta(McpSession &session, const QJsonObject &meta)
{
    session.clientCapabilities = meta.value(metaPrefix + u"clientCapabilities"_s).toObject();
    const QString clientName = meta.value(metaPrefix + u"clientInfo"_s).toObject().value("name"_L1).toString();
    if (!clientName.isEmpty()) {
        session.clientName = clientName;
        if (session.isHttp)
            session.clientId = clientName;
    }
    session.logLevel = meta.value(metaPrefix + u"logLevel"_s).toString();
}

// A modern-era call that needs a capability the client did not declare is a 400 on HTTP (SEP-2575).
int httpStatus(const QJsonObject &message, bool modern)
{
    const int code = message.value("error"_L1).toObject().value("code"_L1).toInt();
    return modern && code == McpServer::MissingCapability ? 400 : 200;
}

QJsonObject callEndedError()
{
    return {{u"code"_s, McpServer::InternalError}, {u"message"_s, u"The call has ended."_s}};
}

// Why a tools/call must not run, found before anyone is asked to approve it.
struct Refusal
{
    QString outcome; // the activity log's word: denied, invalid
    QString message;
};

std::optional<Refusal> validateCall(const ToolRegistry &registry, const ToolDefinition &tool, const QJsonObject &params)
{
    if (!registry.isGroupEnabled(tool.group)) {
        return Refusal{u"denied"_s,
                       u"The tool '%1' belongs to the tool group '%2', which is switched off in PostHog Companion. A person "
                       "can switch the group on on the MCP server page of the app (or start it without --tools)."_s.arg(tool.name, tool.group)};
    }
    if (!registry.isEnabled(tool.name)) {
        return Refusal{u"denied"_s, u"The tool '%1' is disabled in PostHog Companion. A person can enable it on the "
                                    "MCP server page of the app."_s.arg(tool.name)};
    }
    const QJsonValue arguments = params.value("arguments"_L1);
    if (!arguments.isUndefined() && !arguments.isNull() && !arguments.isObject())
        return Refusal{u"invalid"_s, u"Input validation error: 'arguments' must be an object."_s};
    QString error;
    if (!SchemaValidator::validate(arguments.toObject(), tool.inputSchema, &error))
        return Refusal{u"invalid"_s, u"Input validation error: %1 Fix the arguments and call %2 again."_s.arg(error, tool.name)};
    return std::nullopt;
}

void runTool(const ToolDefinition &tool, const ToolCall &call)
{
    if (call.isCancelled()) {
        call.finish(ToolResult::error(u"The call was cancelled."_s));
        return;
    }
    tool.handler(call);
}

} // namespace

// What finishing one tools/call needs: how to answer it, and the record the activity log gets.
struct McpServer::PendingCall
{
    QJsonValue id;
    bool modern = false;
    Respond respond;
    ToolCallRecord record;
    QElapsedTimer clock;
    QString key; // in m_inFlight
    std::weak_ptr<ToolCallState> state;
    QString forcedOutcome; // a refusal that never ran the tool: denied, invalid
    // For an input_required answer: what its requestState is bound to, and what the client can do.
    RequestStateCodec::Binding binding;
    QJsonObject clientCapabilities;
    // Once the call became a task: the task its rounds settle, and what a next round needs.
    // Weak: the store owns tasks, and a task waiting for input owns its call (task->resume).
    std::weak_ptr<TaskStore::Task> task;
    bool isTask = false;
    ToolDefinition tool;
    ToolCallState firstRound;
};

McpServer::McpServer(ToolRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
    addBuiltinMethods();
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

void McpServer::addBuiltinMethods()
{
    const std::pair<QString, Builtin> rows[] = {
        {u"initialize"_s, &McpServer::initialize},
        {u"ping"_s, &McpServer::ping},
        {u"server/discover"_s, &McpServer::discover},
        {u"tools/list"_s, &McpServer::listTools},
        {u"logging/setLevel"_s, &McpServer::setLogLevel},
        {u"tools/call"_s, &McpServer::callTool},
        {u"tasks/get"_s, &McpServer::getTask},
        {u"tasks/update"_s, &McpServer::updateTask},
        {u"tasks/cancel"_s, &McpServer::cancelTask},
    };
    for (const auto &[name, builtin] : rows)
        m_methods.insert(name, Method{builtin, false, {}});
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

QJsonObject McpServer::capabilities(bool modern) const
{
    QJsonObject capabilities = m_extraCapabilities;
    // A stateless client would hear of changes only on subscriptions/listen, which this server
    // does not serve: listChanged is promised to the legacy era (stdio notifies) alone.
    capabilities.insert(u"tools"_s, QJsonObject{{u"listChanged"_s, !modern}});
    const auto tools = m_registry->enabledTools();
    const bool tasks
        = std::any_of(tools.begin(), tools.end(), [](const ToolDefinition &t) { return t.taskSupport != ToolDefinition::TaskSupport::Forbidden; });
    if (modern && tasks) {
        QJsonObject extensions = capabilities.value("extensions"_L1).toObject();
        extensions.insert(tasksExtension, QJsonObject());
        capabilities.insert(u"extensions"_s, extensions);
    }
    capabilities.insert(u"logging"_s, QJsonObject());
    return capabilities;
}

QJsonObject McpServer::result(const QJsonValue &id, QJsonObject result, bool modern, bool cacheable) const
{
    if (modern) {
        if (!result.contains("resultType"_L1))
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

void McpServer::addMethod(const QString &method, const QString &capability, const QJsonObject &capabilityValue, bool cacheable, MethodHandler handler)
{
    Method &row = m_methods[method];
    if (!row.builtin) { // the engine's own methods cannot be replaced
        row.cacheable = cacheable;
        row.handler = std::move(handler);
    }
    if (!capability.isEmpty())
        m_extraCapabilities.insert(capability, capabilityValue);
}

void McpServer::handle(const QJsonObject &message, const std::shared_ptr<McpSession> &session, Notify notify, Respond respond)
{
    const QJsonValue id = message.value("id"_L1);
    const bool hasId = message.contains("id"_L1);
    const QJsonValue methodValue = message.value("method"_L1);
    if (!methodValue.isString() && hasId && (message.contains("result"_L1) || message.contains("error"_L1))) {
        answerFromClient(message);
        return;
    }
    respond = logged(methodValue.toString(), id, std::move(respond));
    if (const QString reason = invalidRequestReason(message); !reason.isEmpty()) {
        if (hasId || !methodValue.isString())
            respond(errorMessage(id, InvalidRequest, reason), 400);
        return;
    }
    const QString method = methodValue.toString();
    const QJsonObject params = message.value("params"_L1).toObject();
    if (!hasId) { // a notification: never answered
        handleNotification(method, params, *session);
        return;
    }
    if (!isValidId(id)) {
        respond(errorMessage(QJsonValue::Null, InvalidRequest, u"Invalid request: 'id' must be a string or a number."_s), 400);
        return;
    }
    Request request{id, method, params, session, false, std::move(notify), std::move(respond)};
    if (isModernRequest(method, params, *session))
        handleModern(request);
    else
        dispatch(request);
}

// A client's answer to something a tool asked it (sampling, elicitation).
void McpServer::answerFromClient(const QJsonObject &message)
{
    const QString id = message.value("id"_L1).toVariant().toString();
    const ClientAnswer pending = m_pendingClientRequests.take(id);
    qCDebug(lcMcp).noquote() << u"Client answer to %1%2"_s.arg(id.left(64), pending ? QString() : u" (nothing asked it)"_s);
    if (pending)
        pending(message.value("result"_L1).toObject(), message.value("error"_L1).toObject());
}

void McpServer::handleNotification(const QString &method, const QJsonObject &params, const McpSession &session)
{
    qCDebug(lcMcp).noquote() << u"Notification %1"_s.arg(method.left(100));
    if (method != "notifications/cancelled"_L1)
        return;
    const QString key = idKey(session.clientId, params.value("requestId"_L1));
    if (m_inFlight.contains(key))
        cancelCall(m_inFlight.value(key)); // a copy: cancelling may finish the call, which removes it
}

void McpServer::cancelCalls(McpSession &session)
{
    const auto calls = std::exchange(session.calls, {});
    for (const auto &weak : calls) {
        if (const auto state = weak.lock())
            cancelCall(ToolCall(state));
    }
}

// A tool whose PostHog request was aborted finishes as cancelled by itself; one that waits for
// something else (an approval, a timer) is finished here, so no call outlives its client.
void McpServer::cancelCall(const ToolCall &call)
{
    if (call.isFinished())
        return;
    qCDebug(lcMcp).noquote() << u"Cancelling tools/call %1 (%2)"_s.arg(call.toolName(), call.callId());
    call.cancel();
    QTimer::singleShot(0, this, [call] {
        if (!call.isFinished())
            call.finish(ToolResult::error(u"The call was cancelled."_s));
    });
}

void McpServer::handleModern(Request &request)
{
    request.modern = true;
    const QJsonValue metaValue = request.params.value("_meta"_L1);
    const QJsonObject meta = metaValue.toObject();
    const QJsonValue version = meta.value(metaPrefix + u"protocolVersion"_s);
    // 1. the _meta every modern request must carry
    if (!metaValue.isObject() || !version.isString() || !meta.value(metaPrefix + u"clientCapabilities"_s).isObject()) {
        request.respond(errorMessage(request.id, InvalidParams,
                                     u"Invalid params: a 2026-07-28 request needs params._meta with '%1protocolVersion' (a string) "
                                     "and '%1clientCapabilities' (an object)."_s.arg(metaPrefix)),
                        400);
        return;
    }
    // 2. HTTP headers must mirror the body
    const QString mismatch
        = request.session->isHttp ? headerMismatch(*request.session, request.method, request.params, version.toString()) : QString();
    if (!mismatch.isEmpty()) {
        request.respond(errorMessage(request.id, HeaderMismatch, u"Header mismatch: %1."_s.arg(mismatch)), 400);
        return;
    }
    // 3. a version we speak
    if (version.toString() != modernVersion()) {
        request.respond(errorMessage(request.id, UnsupportedVersion, u"Unsupported protocol version '%1'."_s.arg(version.toString()),
                                     QJsonObject{{u"supported"_s, QJsonArray{modernVersion()}}, {u"requested"_s, version}}),
                        400);
        return;
    }
    adoptModernMeta(*request.session, meta);
    // 4. methods the stateless revision removed (unknown ones are dispatch's)
    static const QStringList removed = {u"initialize"_s, u"ping"_s, u"logging/setLevel"_s, u"resources/subscribe"_s, u"resources/unsubscribe"_s};
    if (removed.contains(request.method)) {
        request.respond(errorMessage(request.id, MethodNotFound,
                                     u"Method not found: '%1' does not exist in protocol version %2."_s.arg(request.method, modernVersion())),
                        404);
        return;
    }
    dispatch(request);
}

void McpServer::dispatch(Request &request)
{
    // A copy: a handler may add methods while it runs.
    const Method method = m_methods.value(request.method);
    if (method.builtin)
        (this->*method.builtin)(request);
    else if (method.handler)
        callExtra(method, request);
    else
        request.respond(errorMessage(request.id, MethodNotFound, u"Method not found: '%1'."_s.arg(request.method)), request.modern ? 404 : 200);
}

void McpServer::callExtra(const Method &method, Request &request)
{
    QJsonObject params = request.params;
    const bool takesInput = request.modern && (request.method == "prompts/get"_L1 || request.method == "resources/read"_L1);
    const RequestStateCodec::Binding binding{request.method, params.value(request.method == "resources/read"_L1 ? "uri"_L1 : "name"_L1).toString(),
                                             params.value("arguments"_L1).toObject(), request.session->clientId};
    if (takesInput) {
        QString openedState;
        if (!openInputRound(request, binding, &openedState))
            return;
        params.remove(u"requestState"_s);
        if (!openedState.isEmpty())
            params.insert(u"requestState"_s, openedState);
    }
    QPointer<McpServer> self(this);
    auto done = std::make_shared<bool>(false);
    const Respond respond = request.respond;
    const QJsonValue id = request.id;
    MethodReply reply{[self, id, modern = request.modern, respond, cacheable = method.cacheable, done](const QJsonObject &value) {
                          if (*done || !self)
                              return;
                          *done = true;
                          respond(self->result(id, value, modern, cacheable), 200);
                      },
                      [id, respond, done](int code, const QString &message, const QJsonValue &data) {
                          if (*done)
                              return;
                          *done = true;
                          respond(errorMessage(id, code, message, data), 200);
                      },
                      [self, id, respond, done, takesInput, binding,
                       capabilities = request.session->clientCapabilities](const QJsonObject &inputRequests, const QString &state) {
                          if (*done || !self)
                              return;
                          *done = true;
                          if (!takesInput) {
                              respond(errorMessage(id, InternalError, u"This request needs input that only a 2026-07-28 client can give."_s), 200);
                              return;
                          }
                          const QJsonObject message = self->inputRequiredMessage(id, binding, capabilities, inputRequests, state);
                          respond(message, httpStatus(message, true));
                      }};
    method.handler(params, request.session, reply);
}

void McpServer::initialize(Request &request)
{
    McpSession &session = *request.session;
    const QString clientName = request.params.value("clientInfo"_L1).toObject().value("name"_L1).toString();
    if (!clientName.isEmpty())
        session.clientName = clientName;
    session.clientCapabilities = request.params.value("capabilities"_L1).toObject();
    session.initialized = true;
    m_clientCapabilities.insert(session.clientId, session.clientCapabilities);
    request.respond(result(request.id, initializeResult(request.params), false, false), 200);
}

void McpServer::ping(Request &request)
{
    request.respond(result(request.id, QJsonObject(), request.modern, false), 200);
}

void McpServer::discover(Request &request)
{
    QJsonObject discover{{u"supportedVersions"_s, QJsonArray{modernVersion()}}, {u"capabilities"_s, capabilities(true)}};
    if (!m_instructions.isEmpty())
        discover.insert(u"instructions"_s, m_instructions);
    request.respond(result(request.id, discover, true, true), 200);
}

void McpServer::listTools(Request &request)
{
    request.respond(result(request.id, toolsListResult(request.modern), request.modern, true), 200);
}

void McpServer::setLogLevel(Request &request)
{
    static const QStringList levels = {u"debug"_s, u"info"_s, u"notice"_s, u"warning"_s, u"error"_s, u"critical"_s, u"alert"_s, u"emergency"_s};
    const QString level = request.params.value("level"_L1).toString();
    if (!levels.contains(level)) {
        request.respond(errorMessage(request.id, InvalidParams, u"Invalid params: 'level' must be one of %1."_s.arg(levels.join(u", "_s))), 200);
        return;
    }
    request.session->logLevel = level;
    m_logLevels.insert(request.session->clientId, level);
    request.respond(result(request.id, QJsonObject(), false, false), 200);
}

void McpServer::callTool(Request &request)
{
    const QString name = request.params.value("name"_L1).toString();
    const ToolDefinition *found = m_registry->find(name);
    if (!found) {
        refuseUnknownTool(request, name);
        return;
    }
    const ToolDefinition tool = *found; // a copy: the registry may change while the call runs
    if (request.modern && request.session->isHttp) {
        const QString mismatch = paramHeaderMismatch(*request.session, tool, request.params.value("arguments"_L1).toObject());
        if (!mismatch.isEmpty()) {
            request.respond(errorMessage(request.id, HeaderMismatch, u"Header mismatch: %1."_s.arg(mismatch)), 400);
            return;
        }
    }
    const RequestStateCodec::Binding binding{request.method, name, request.params.value("arguments"_L1).toObject(), request.session->clientId};
    QString openedState;
    if (request.modern && !openInputRound(request, binding, &openedState))
        return;
    const QJsonObject capabilities = request.session->clientCapabilities;
    const bool taskClient = request.modern && declaresTasks(capabilities);
    if (tool.taskSupport == ToolDefinition::TaskSupport::Required && !taskClient) {
        request.respond(errorMessage(request.id, MissingCapability,
                                     u"Missing client capability: '%1' runs only as a task; declare the extension '%2' in "
                                     "_meta['%3clientCapabilities'].extensions."_s.arg(name, tasksExtension, metaPrefix),
                                     tasksRequired()),
                        request.modern ? 400 : 200);
        return;
    }
    const auto state = newCallState(name, request);
    state->canRequestInput = request.modern;
    state->inputResponses = request.params.value("inputResponses"_L1).toObject();
    state->requestState = openedState;
    const ToolCall call(state);
    const auto pending = startRecord(request, state);
    pending->binding = binding;
    pending->clientCapabilities = state->clientCapabilities;
    state->complete = completion(pending);
    QList<std::weak_ptr<ToolCallState>> &running = request.session->calls;
    running.removeIf([](const std::weak_ptr<ToolCallState> &weak) { return weak.expired() || weak.lock()->finished; });
    running.append(state);
    if (const auto refusal = validateCall(*m_registry, tool, request.params)) {
        refuse(call, *pending, refusal->outcome, refusal->message);
        return;
    }
    m_inFlight.insert(pending->key, call);
    if (taskClient && tool.taskSupport != ToolDefinition::TaskSupport::Forbidden)
        armTask(tool, pending, state);
    gateThenRun(tool, call, pending);
}

// A task-capable call becomes a task at once, after taskAfterMs, or when its handler asks.
void McpServer::armTask(const ToolDefinition &tool, const std::shared_ptr<PendingCall> &pending, const std::shared_ptr<ToolCallState> &state)
{
    pending->tool = tool;
    pending->firstRound = *state;
    pending->firstRound.complete = nullptr;
    pending->firstRound.notify = nullptr;
    pending->firstRound.requestClient = nullptr;
    const std::weak_ptr<PendingCall> weak = pending;
    auto promote = [self = QPointer<McpServer>(this), weak] {
        const auto call = weak.lock();
        const auto running = call ? call->state.lock() : nullptr;
        if (!self || !running || running->finished || call->isTask)
            return false;
        self->promoteToTask(*call);
        return true;
    };
    if (tool.taskAfterMs == 0)
        promote();
    else if (tool.taskAfterMs > 0)
        QTimer::singleShot(tool.taskAfterMs, this, promote);
    else
        state->runAsTask = promote;
}

// The client gets a CreateTaskResult now; the call goes on, and its rounds settle the task.
void McpServer::promoteToTask(PendingCall &pending)
{
    const auto task = m_tasks.create(pending.record.clientId);
    pending.task = task;
    pending.isTask = true;
    task->cancel = [self = QPointer<McpServer>(this), weak = pending.state] {
        if (const auto state = weak.lock(); self && state)
            self->cancelCall(ToolCall(state));
    };
    m_inFlight.remove(pending.key);
    qCDebug(lcMcp).noquote() << u"tools/call %1 continues as task %2"_s.arg(pending.record.tool, task->id);
    QJsonObject created = TaskStore::envelope(*task);
    created.insert(u"resultType"_s, u"task"_s);
    const Respond respond = std::exchange(pending.respond, [](const QJsonObject &, int) {});
    respond(result(pending.id, created, true, false), 200);
}

// A round of a task ended: the task records it, or asks the client for input and waits.
void McpServer::settleTask(const std::shared_ptr<PendingCall> &pending, const ToolResult &toolResult)
{
    const auto owned = pending->task.lock();
    if (!owned)
        return; // expired while it ran: nobody can ask for it any more
    TaskStore::Task &task = *owned;
    const auto state = pending->state.lock();
    QJsonObject missing;
    for (auto it = toolResult.inputRequests().begin(); it != toolResult.inputRequests().end(); ++it) {
        const QString capability = ToolCall::capabilityFor(it.value().toObject().value("method"_L1).toString());
        if (!capability.isEmpty() && !pending->clientCapabilities.value(capability).isObject())
            missing.insert(capability, QJsonObject());
    }
    if (task.status == "cancelled"_L1 || (state && state->cancelled)) {
        task.setStatus(u"cancelled"_s);
    } else if (!missing.isEmpty()) {
        task.error = QJsonObject{{u"code"_s, MissingCapability},
                                 {u"message"_s, u"Missing client capability: %1."_s.arg(missing.keys().join(u", "_s))},
                                 {u"data"_s, QJsonObject{{u"requiredCapabilities"_s, missing}}}};
        task.setStatus(u"failed"_s);
    } else if (toolResult.isFailure()) {
        task.error = QJsonObject{{u"code"_s, InternalError}, {u"message"_s, toolResult.firstText()}};
        task.setStatus(u"failed"_s);
    } else if (toolResult.isInputRequired()) {
        task.inputRequests = toolResult.inputRequests();
        task.answers = {};
        task.toolState = toolResult.requestState();
        task.resume = [self = QPointer<McpServer>(this), pending] {
            if (self)
                self->resumeTask(pending);
        };
        task.setStatus(u"input_required"_s);
    } else {
        task.result = toolResult.toJson();
        task.setStatus(u"completed"_s);
    }
    if (task.isTerminal())
        task.resume = nullptr;
}

// Every input a task asked for is answered: its tool runs again with the answers.
void McpServer::resumeTask(const std::shared_ptr<PendingCall> &pending)
{
    const auto owned = pending->task.lock();
    if (!owned)
        return;
    TaskStore::Task &task = *owned;
    auto state = std::make_shared<ToolCallState>(pending->firstRound);
    state->callId = QString::number(m_nextCallId++);
    state->inputResponses = task.answers;
    state->requestState = task.toolState;
    state->complete = completion(pending);
    pending->state = state;
    task.cancel = [self = QPointer<McpServer>(this), weak = std::weak_ptr<ToolCallState>(state)] {
        if (const auto running = weak.lock(); self && running)
            self->cancelCall(ToolCall(running));
    };
    pending->forcedOutcome.clear();
    pending->record.callId = state->callId;
    pending->record.outcome = u"running"_s;
    pending->clock.start();
    Q_EMIT toolCallStarted(pending->record);
    task.setStatus(u"working"_s);
    gateThenRun(pending->tool, ToolCall(state), pending);
}

// tasks/get, tasks/update, tasks/cancel: only for clients that declared the extension, and only
// their own tasks; an unknown one is -32602.
std::shared_ptr<TaskStore::Task> McpServer::taskFor(Request &request)
{
    if (!declaresTasks(request.session->clientCapabilities)) {
        request.respond(errorMessage(request.id, MissingCapability,
                                     u"Missing client capability: %1 needs the extension '%2' in _meta['%3clientCapabilities'].extensions."_s.arg(
                                         request.method, tasksExtension, metaPrefix),
                                     tasksRequired()),
                        request.modern ? 400 : 200);
        return nullptr;
    }
    const QString id = request.params.value("taskId"_L1).toString();
    auto task = m_tasks.find(id, request.session->clientId);
    if (!task) {
        request.respond(
            errorMessage(request.id, InvalidParams,
                         u"Invalid params: no task '%1' (unknown, expired, or another client's); call the tool again."_s.arg(id.left(64))),
            200);
    }
    return task;
}

void McpServer::getTask(Request &request)
{
    if (const auto task = taskFor(request))
        request.respond(result(request.id, TaskStore::detailed(*task), true, false), 200);
}

void McpServer::updateTask(Request &request)
{
    const auto task = taskFor(request);
    if (!task)
        return;
    const QJsonValue responses = request.params.value("inputResponses"_L1);
    if (!responses.isObject()) {
        request.respond(errorMessage(request.id, InvalidParams, u"Invalid params: 'inputResponses' must be an object."_s), 200);
        return;
    }
    const QJsonObject answers = responses.toObject();
    bool answered = false;
    if (task->status == "input_required"_L1) {
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            if (task->inputRequests.contains(it.key()) && it.value().isObject()) {
                task->answers.insert(it.key(), it.value());
                task->inputRequests.remove(it.key());
                answered = true;
            }
        }
        if (answered)
            task->lastUpdatedAt = QDateTime::currentDateTimeUtc();
    }
    request.respond(result(request.id, QJsonObject(), true, false), 200);
    // Moved out first: the next round may set a new resume while this one runs.
    if (answered && task->inputRequests.isEmpty() && task->resume)
        std::exchange(task->resume, nullptr)();
}

void McpServer::cancelTask(Request &request)
{
    const auto task = taskFor(request);
    if (!task)
        return;
    if (!task->isTerminal()) {
        const bool running = task->status == "working"_L1;
        task->setStatus(u"cancelled"_s);
        task->resume = nullptr;
        if (running && task->cancel)
            task->cancel();
    }
    request.respond(result(request.id, QJsonObject(), true, false), 200);
}

bool McpServer::openInputRound(Request &request, const RequestStateCodec::Binding &binding, QString *state)
{
    QString problem;
    const QJsonValue responses = request.params.value("inputResponses"_L1);
    if (!responses.isUndefined() && !responses.isObject())
        problem = u"Invalid params: 'inputResponses' must be an object mapping each key of inputRequests to the client's result."_s;
    const QJsonObject answers = responses.toObject();
    for (auto it = answers.begin(); problem.isEmpty() && it != answers.end(); ++it) {
        if (!it.value().isObject())
            problem = u"Invalid params: inputResponses['%1'] must be the result object of the request it answers."_s.arg(it.key().left(64));
    }
    const QJsonValue sealed = request.params.value("requestState"_L1);
    if (problem.isEmpty() && !sealed.isUndefined()) {
        if (!sealed.isString())
            problem = u"Invalid params: 'requestState' must be the string this server returned, unchanged."_s;
        else if (const auto opened = m_stateCodec.open(binding, sealed.toString(), &problem))
            *state = *opened;
    }
    if (problem.isEmpty())
        return true;
    qCDebug(lcMcp).noquote() << u"%1 %2 refused: %3"_s.arg(binding.method, binding.name.left(100), problem);
    request.respond(errorMessage(request.id, InvalidParams, problem), 200);
    return false;
}

// The client may only be asked what it declared it can answer (SEP-2322).
QJsonObject McpServer::inputRequiredMessage(const QJsonValue &id, const RequestStateCodec::Binding &binding, const QJsonObject &clientCapabilities,
                                            const QJsonObject &inputRequests, const QString &state)
{
    QJsonObject missing;
    for (auto it = inputRequests.begin(); it != inputRequests.end(); ++it) {
        const QString capability = ToolCall::capabilityFor(it.value().toObject().value("method"_L1).toString());
        if (!capability.isEmpty() && !clientCapabilities.value(capability).isObject())
            missing.insert(capability, QJsonObject());
    }
    if (!missing.isEmpty()) {
        return errorMessage(id, MissingCapability,
                            u"Missing client capability: answering this request needs the client to declare %1 in "
                            "_meta['%2clientCapabilities']."_s.arg(missing.keys().join(u", "_s), metaPrefix),
                            QJsonObject{{u"requiredCapabilities"_s, missing}});
    }
    const QJsonObject body{
        {u"resultType"_s, u"input_required"_s}, {u"inputRequests"_s, inputRequests}, {u"requestState"_s, m_stateCodec.seal(binding, state)}};
    return result(id, body, true, false);
}

void McpServer::refuseUnknownTool(Request &request, const QString &name)
{
    QStringList names;
    for (const ToolDefinition &tool : m_registry->enabledTools())
        names.append(tool.name);
    request.respond(errorMessage(request.id, InvalidParams, u"Unknown tool '%1'. Available tools: %2."_s.arg(name.left(100), names.join(u", "_s))),
                    200);
}

std::shared_ptr<ToolCallState> McpServer::newCallState(const QString &name, Request &request)
{
    const McpSession &session = *request.session;
    auto state = std::make_shared<ToolCallState>();
    state->callId = QString::number(m_nextCallId++);
    state->toolName = name;
    state->arguments = request.params.value("arguments"_L1).toObject();
    state->clientId = session.clientId;
    state->clientName = session.clientName.isEmpty() ? session.clientId : session.clientName;
    state->clientCapabilities = session.clientCapabilities.isEmpty() ? m_clientCapabilities.value(session.clientId) : session.clientCapabilities;
    state->progressToken = request.params.value("_meta"_L1).toObject().value("progressToken"_L1);
    state->logLevel = session.logLevel.isEmpty() ? m_logLevels.value(session.clientId) : session.logLevel;
    state->notify = std::move(request.notify);
    state->requestClient = [self = QPointer<McpServer>(this),
                            weak = std::weak_ptr<ToolCallState>(state)](const QString &method, const QJsonObject &params, ClientAnswer answer) {
        if (self)
            self->sendClientRequest(weak.lock(), method, params, std::move(answer));
        else
            answer({}, callEndedError());
    };
    return state;
}

// A request to the client goes out on the call's own channel, before the call's answer.
void McpServer::sendClientRequest(const std::shared_ptr<ToolCallState> &state, const QString &method, const QJsonObject &params, ClientAnswer answer)
{
    if (!state || !state->notify) {
        answer({}, callEndedError());
        return;
    }
    const QString requestId = u"phc-%1"_s.arg(m_nextClientRequestId++);
    m_pendingClientRequests.insert(requestId, std::move(answer));
    state->notify(QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, requestId}, {u"method"_s, method}, {u"params"_s, params}});
}

std::shared_ptr<McpServer::PendingCall> McpServer::startRecord(Request &request, const std::shared_ptr<ToolCallState> &state)
{
    auto pending = std::make_shared<PendingCall>();
    pending->id = request.id;
    pending->modern = request.modern;
    pending->respond = std::move(request.respond);
    pending->state = state;
    ToolCallRecord &record = pending->record;
    record.callId = state->callId;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.clientId = state->clientId;
    record.clientName = state->clientName;
    record.tool = state->toolName;
    record.arguments = redact(state->arguments);
    record.outcome = u"running"_s;
    Q_EMIT toolCallStarted(record);
    pending->key = idKey(request.session->clientId, request.id);
    pending->clock.start();
    return pending;
}

std::function<void(const ToolResult &)> McpServer::completion(const std::shared_ptr<PendingCall> &pending)
{
    return [self = QPointer<McpServer>(this), pending](const ToolResult &toolResult) {
        if (self)
            self->finishCall(pending, toolResult);
    };
}

void McpServer::gateThenRun(const ToolDefinition &tool, const ToolCall &call, const std::shared_ptr<PendingCall> &pending)
{
    if (!m_gate) {
        runTool(tool, call);
        return;
    }
    m_gate(tool, call, [tool, call, pending](bool allowed, const QString &denial) {
        if (call.isFinished())
            return;
        if (allowed)
            runTool(tool, call);
        else
            refuse(call, *pending, u"denied"_s, denial);
    });
}

void McpServer::finishCall(const std::shared_ptr<PendingCall> &call, const ToolResult &toolResult)
{
    PendingCall &pending = *call;
    m_inFlight.remove(pending.key);
    recordOutcome(pending, toolResult);
    qCDebug(lcMcp).noquote() << u"tools/call %1 -> %2 in %3 ms"_s.arg(pending.record.tool, pending.record.outcome).arg(pending.record.durationMs);
    if (pending.isTask) {
        settleTask(call, toolResult);
    } else {
        const QJsonObject message = renderResult(pending, toolResult);
        pending.respond(message, httpStatus(message, pending.modern));
    }
    Q_EMIT toolCallFinished(pending.record);
}

void McpServer::recordOutcome(PendingCall &pending, const ToolResult &toolResult)
{
    const auto state = pending.state.lock();
    ToolCallRecord &record = pending.record;
    record.durationMs = pending.clock.elapsed();
    record.outcome = !pending.forcedOutcome.isEmpty() ? pending.forcedOutcome
                     : (state && state->cancelled)    ? u"cancelled"_s
                     : toolResult.isInputRequired()   ? u"input_required"_s
                     : toolResult.isError()           ? u"error"_s
                                                      : u"ok"_s;
    record.summary = toolResult.isInputRequired() ? u"Asked the client for: %1"_s.arg(toolResult.inputRequests().keys().join(u", "_s))
                                                  : firstLine(toolResult.firstText());
}

QJsonObject McpServer::renderResult(const PendingCall &pending, const ToolResult &toolResult)
{
    if (toolResult.isFailure())
        return errorMessage(pending.id, InternalError, toolResult.firstText());
    if (!toolResult.isInputRequired())
        return result(pending.id, toolResult.toJson(), pending.modern, false);
    if (!pending.modern) {
        const ToolResult refusal = ToolResult::error(u"This call needs an answer from your client (multi-round-trip input), which only "
                                                     "2026-07-28 clients can give."_s);
        return result(pending.id, refusal.toJson(), false, false);
    }
    return inputRequiredMessage(pending.id, pending.binding, pending.clientCapabilities, toolResult.inputRequests(), toolResult.requestState());
}

void McpServer::refuse(const ToolCall &call, PendingCall &pending, const QString &outcome, const QString &message)
{
    pending.forcedOutcome = outcome;
    call.finish(ToolResult::error(message));
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
    QJsonObject result{{u"protocolVersion"_s, version}, {u"capabilities"_s, capabilities(false)}, {u"serverInfo"_s, info}};
    if (!m_instructions.isEmpty())
        result.insert(u"instructions"_s, m_instructions);
    return result;
}

QJsonObject McpServer::toolsListResult(bool modern) const
{
    if (m_toolsCacheValid)
        return {{u"tools"_s, m_toolsCache[modern]}};
    QJsonArray tools;
    QJsonArray modernTools;
    for (const ToolDefinition &tool : m_registry->enabledTools()) {
        QJsonObject json{{u"name"_s, tool.name}, {u"description"_s, tool.description}, {u"inputSchema"_s, tool.inputSchema}};
        if (!tool.title.isEmpty())
            json.insert(u"title"_s, tool.title);
        if (!tool.outputSchema.isEmpty())
            json.insert(u"outputSchema"_s, tool.outputSchema);
        if (!tool.annotations.isEmpty())
            json.insert(u"annotations"_s, tool.annotations);
        tools.append(json);
        // The tasks extension is the stateless revision's (the 2025-11-25 tasks are another design).
        if (tool.taskSupport != ToolDefinition::TaskSupport::Forbidden)
            json.insert(u"execution"_s, QJsonObject{{u"taskSupport"_s, taskSupportName(tool.taskSupport)}});
        modernTools.append(json);
    }
    m_toolsCache[0] = tools;
    m_toolsCache[1] = modernTools;
    m_toolsCacheValid = true;
    return {{u"tools"_s, m_toolsCache[modern]}};
}
