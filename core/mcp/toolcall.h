#pragma once

#include "toolresult.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

// Shared by every copy of a ToolCall handle; owned by the engine while the call runs.
struct ToolCallState
{
    QString callId;
    QString toolName;
    QJsonObject arguments;
    QString clientId;
    QString clientName;
    QJsonObject clientCapabilities;
    QJsonValue progressToken;
    QString logLevel;
    // The stateless revision's multi-round-trip input (SEP-2322): this round's answers, and the
    // state the tool left in the previous round (verified by the engine; empty on a first round).
    bool canRequestInput = false;
    QJsonObject inputResponses;
    QString requestState;
    bool cancelled = false;
    bool finished = false;
    double lastProgress = -1;
    std::function<void(const QJsonObject &notification)> notify;
    std::function<void(const ToolResult &result)> complete;
    // Sends a request to the client on this call's channel; set by the engine.
    std::function<void(const QString &method, const QJsonObject &params,
                       std::function<void(const QJsonObject &result, const QJsonObject &error)> answer)>
        requestClient;
    QList<QPair<QPointer<QObject>, std::function<void()>>> cancelHandlers;
    // Set by the engine when this call may become a task (ToolDefinition::taskAfterMs == -1).
    std::function<bool()> runAsTask;
};

// A handle to one in-flight tools/call, given to the tool's handler. Copyable; finish() once.
class ToolCall
{
public:
    ToolCall() = default;
    explicit ToolCall(std::shared_ptr<ToolCallState> state);

    QString callId() const;
    QString toolName() const;
    const QJsonObject &arguments() const;
    // stdio: one client per process; HTTP: the client's name from modern `_meta`, else its
    // User-Agent, else "http-client".
    QString clientId() const;
    QString clientName() const;

    bool isCancelled() const;
    bool isFinished() const;
    // Runs `callback` once if the client cancels the call (receiver guards its lifetime).
    void onCancelled(QObject *receiver, std::function<void()> callback) const;

    // Progress notifications go out only when the request asked for them (progressToken).
    void reportProgress(double progress, double total = -1, const QString &message = {}) const;
    // RFC 5424 level; sent only when the client set a level that lets it through.
    void log(const QString &level, const QString &logger, const QJsonValue &data) const;

    // Asks the client something mid-call (sampling/createMessage, elicitation/create, …): the
    // request goes out on the call's stream and `answer` gets the client's result or error.
    void requestClient(const QString &method, const QJsonObject &params,
                       std::function<void(const QJsonObject &result, const QJsonObject &error)> answer) const;
    const QJsonObject &clientCapabilities() const;
    // Whether the client declared the capability a request to it needs (elicitation/create ->
    // elicitation, sampling/createMessage -> sampling, roots/list -> roots).
    bool clientSupports(const QString &method) const;
    static QString capabilityFor(const QString &method);

    // Multi-round-trip input (2026-07-28 clients): instead of asking mid-call, a tool finishes
    // with ToolResult::inputRequired(); the client asks and calls again, and the new call sees
    // the answers here. requestState() is only ever what this tool sealed in the round before.
    bool canRequestInput() const;
    const QJsonObject &inputResponses() const;
    const QString &requestState() const;
    // Answers the client now with a task it polls, and keeps running (tools whose taskAfterMs is
    // -1); false when this call cannot become a task (the client did not declare the extension).
    bool runAsTask() const;

    void finish(const ToolResult &result) const;

    // For the engine: marks the call cancelled and runs the cancel handlers.
    void cancel() const;

private:
    std::shared_ptr<ToolCallState> m_state;
};
