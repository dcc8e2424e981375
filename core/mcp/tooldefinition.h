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
    std::function<void(ToolCall)> handler;
};
