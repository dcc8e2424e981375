#pragma once

#include "mcpsession.h"
#include "requeststatecodec.h"
#include "taskstore.h"
#include "toolcall.h"
#include "toolcallrecord.h"
#include "tooldefinition.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

class ToolRegistry;

// The MCP protocol engine, independent of transports and of PostHog: JSON-RPC 2.0 framing,
// the legacy handshake era (2024-11-05 … 2025-11-25) and the stateless 2026-07-28 revision,
// tools/list and tools/call with input validation, an approval gate, progress, logging and
// cancellation. Transports hand it one message at a time with a way to answer.
class McpServer : public QObject
{
    Q_OBJECT

public:
    struct ServerInfo
    {
        QString name = QStringLiteral("posthog-companion");
        QString version = QStringLiteral(PHC_VERSION);
        QString title = QStringLiteral("PostHog Companion");
        QString description;
        QString websiteUrl;
    };
    // `httpStatus` matters to HTTP only: 200, or the status a modern-era error carries.
    using Respond = std::function<void(const QJsonObject &message, int httpStatus)>;
    using Notify = std::function<void(const QJsonObject &notification)>;
    using Decide = std::function<void(bool allowed, const QString &denialMessage)>;
    using CallGate = std::function<void(const ToolDefinition &tool, const ToolCall &call, Decide decide)>;
    // Answers one request of an extra method: call exactly one of `result`, `error` or
    // `inputRequired` (the last for prompts/get and resources/read of 2026-07-28 clients: the
    // engine seals `requestState`, and on the retry the handler's params carry the opened state
    // under "requestState" and the client's answers under "inputResponses").
    struct MethodReply
    {
        std::function<void(const QJsonObject &result)> result;
        std::function<void(int code, const QString &message, const QJsonValue &data)> error;
        std::function<void(const QJsonObject &inputRequests, const QString &requestState)> inputRequired;
    };
    using MethodHandler = std::function<void(const QJsonObject &params, const std::shared_ptr<McpSession> &session, MethodReply reply)>;

    static constexpr int ParseError = -32700;
    static constexpr int InvalidRequest = -32600;
    static constexpr int MethodNotFound = -32601;
    static constexpr int InvalidParams = -32602;
    static constexpr int InternalError = -32603;
    static constexpr int HeaderMismatch = -32020;
    static constexpr int MissingCapability = -32021;
    static constexpr int UnsupportedVersion = -32022;

    explicit McpServer(ToolRegistry *registry, QObject *parent = nullptr);

    void setServerInfo(const ServerInfo &info) { m_info = info; }
    ServerInfo serverInfo() const { return m_info; }
    void setInstructions(const QString &instructions) { m_instructions = instructions.left(2048); }
    void setCallGate(CallGate gate) { m_gate = std::move(gate); }
    // Serves another method (resources/*, prompts/*, completion/complete …) and advertises
    // `capability` in initialize and server/discover. `cacheable` results carry ttlMs/cacheScope
    // in the stateless revision.
    void addMethod(const QString &method, const QString &capability, const QJsonObject &capabilityValue, bool cacheable, MethodHandler handler);
    ToolRegistry *registry() const { return m_registry; }

    // One JSON-RPC message (an object). Requests are answered through `respond` exactly once;
    // notifications and client responses never are. `notify` carries progress and log
    // notifications of a tools/call before its response.
    void handle(const QJsonObject &message, const std::shared_ptr<McpSession> &session, Notify notify, Respond respond);

    static QStringList legacyVersions();
    static QString modernVersion() { return QStringLiteral("2026-07-28"); }
    static QStringList allVersions();
    static QJsonObject toolsListChangedNotification();
    static QJsonObject errorMessage(const QJsonValue &id, int code, const QString &message, const QJsonValue &data = QJsonValue::Undefined);
    static bool isValidId(const QJsonValue &id);
    int inFlightCalls() const { return int(m_inFlight.size()); }
    // The client behind `session` is gone (an HTTP connection closed before its answer, stdin
    // closed): its running calls are cancelled, so their PostHog requests are aborted.
    void cancelCalls(McpSession &session);

Q_SIGNALS:
    void toolCallStarted(const ToolCallRecord &record);
    void toolCallFinished(const ToolCallRecord &record);
    // The tools/list answer changed (coalesced per event loop turn): transports with a channel to
    // the client send toolsListChangedNotification().
    void toolsListChanged();

private:
    // One request on its way through the engine.
    struct Request
    {
        QJsonValue id;
        QString method;
        QJsonObject params;
        std::shared_ptr<McpSession> session;
        bool modern = false; // the stateless 2026-07-28 revision
        Notify notify;
        Respond respond;
    };
    using Builtin = void (McpServer::*)(Request &request);
    // A row of the method table: one of the engine's own methods, or one added with addMethod().
    struct Method
    {
        Builtin builtin = nullptr;
        bool cacheable = false;
        MethodHandler handler;
    };
    struct PendingCall;
    using ClientAnswer = std::function<void(const QJsonObject &result, const QJsonObject &error)>;

    void addBuiltinMethods();
    void answerFromClient(const QJsonObject &message);
    void handleNotification(const QString &method, const QJsonObject &params, const McpSession &session);
    void handleModern(Request &request);
    void dispatch(Request &request);
    void callExtra(const Method &method, Request &request);

    // The built-in methods.
    void initialize(Request &request);
    void ping(Request &request);
    void discover(Request &request);
    void listTools(Request &request);
    void setLogLevel(Request &request);
    void callTool(Request &request);
    void getTask(Request &request);
    void updateTask(Request &request);
    void cancelTask(Request &request);

    // The steps of tools/call: validate, gate, run, record, render.
    void refuseUnknownTool(Request &request, const QString &name);
    // The inputResponses and requestState of a multi-round-trip retry: false (answered with an
    // error) when they are malformed or the state does not verify; `state` gets the opened state.
    bool openInputRound(Request &request, const RequestStateCodec::Binding &binding, QString *state);
    QJsonObject inputRequiredMessage(const QJsonValue &id, const RequestStateCodec::Binding &binding, const QJsonObject &clientCapabilities,
                                     const QJsonObject &inputRequests, const QString &state);
    void cancelCall(const ToolCall &call);
    std::shared_ptr<ToolCallState> newCallState(const QString &name, Request &request);
    void sendClientRequest(const std::shared_ptr<ToolCallState> &state, const QString &method, const QJsonObject &params, ClientAnswer answer);
    std::shared_ptr<PendingCall> startRecord(Request &request, const std::shared_ptr<ToolCallState> &state);
    std::function<void(const ToolResult &)> completion(const std::shared_ptr<PendingCall> &pending);
    void gateThenRun(const ToolDefinition &tool, const ToolCall &call, const std::shared_ptr<PendingCall> &pending);
    void finishCall(const std::shared_ptr<PendingCall> &call, const ToolResult &toolResult);
    // The tasks extension: a call that goes on after its request was answered.
    void armTask(const ToolDefinition &tool, const std::shared_ptr<PendingCall> &pending, const std::shared_ptr<ToolCallState> &state);
    void promoteToTask(PendingCall &pending);
    void settleTask(const std::shared_ptr<PendingCall> &pending, const ToolResult &toolResult);
    void resumeTask(const std::shared_ptr<PendingCall> &pending);
    std::shared_ptr<TaskStore::Task> taskFor(Request &request);
    static void refuse(const ToolCall &call, PendingCall &pending, const QString &outcome, const QString &message);
    static void recordOutcome(PendingCall &pending, const ToolResult &toolResult);
    QJsonObject renderResult(const PendingCall &pending, const ToolResult &toolResult);

    QJsonObject initializeResult(const QJsonObject &params) const;
    QJsonObject toolsListResult(bool modern) const;
    QJsonObject capabilities(bool modern) const;
    QJsonObject result(const QJsonValue &id, QJsonObject result, bool modern, bool cacheable) const;

    ToolRegistry *m_registry;
    RequestStateCodec m_stateCodec;
    TaskStore m_tasks;
    ServerInfo m_info;
    QString m_instructions;
    CallGate m_gate;
    bool m_listChangePending = false;
    mutable QJsonArray m_toolsCache[2]; // tools/list answers (legacy, modern), built once per registry change
    mutable bool m_toolsCacheValid = false;
    QHash<QString, ToolCall> m_inFlight; // by client id + request id, for notifications/cancelled
    QHash<QString, Method> m_methods; // the method table: dispatch is a lookup
    QJsonObject m_extraCapabilities;
    QHash<QString, ClientAnswer> m_pendingClientRequests;
    QHash<QString, QString> m_logLevels; // per client: HTTP is stateless, so setLevel outlives its request
    QHash<QString, QJsonObject> m_clientCapabilities; // per client, from initialize, for the same reason
    quint64 m_nextClientRequestId = 1;
    quint64 m_nextCallId = 1;
};
