#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

#include <functional>

class ToolCall;

// A tool as the engine sees it; the engine knows nothing of PostHog. `metadata` carries what
// the layer above needs (the tools layer keeps the tool's stake there).
struct ToolDefinition
{
    QString name; // 1-64 of [A-Za-z0-9_-]
    QString title;
    QString description;
    QJsonObject inputSchema;
    QJsonObject outputSchema; // empty: none
    QJsonObject annotations; // readOnlyHint, destructiveHint, idempotentHint, openWorldHint
    QVariantMap metadata;
    // The family a person switches on or off as a whole ("errors", "llm"); empty: always served.
    QString group;
    // The tasks extension (io.modelcontextprotocol/tasks, SEP-2663), for 2026-07-28 clients that
    // declare it: a Forbidden tool always answers in the call; an Optional or Required one may
    // answer with a task the client polls (tasks/get), and Required refuses other clients (-32021).
    enum class TaskSupport { Forbidden, Optional, Required };
    TaskSupport taskSupport = TaskSupport::Forbidden;
    // When a task-capable call becomes a task: at once (0), once it has run this long (> 0), or
    // when its handler asks with ToolCall::runAsTask() (-1).
    int taskAfterMs = 0;
    std::function<void(ToolCall)> handler;
};
