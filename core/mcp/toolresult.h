#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// What a tool answers: content blocks for the model, optional structured content matching the
// tool's outputSchema, and whether it is an error the model should read and correct.
class ToolResult
{
public:
    static ToolResult text(const QString &text);
    static ToolResult error(const QString &message);
    // A 2026-07-28 multi-round-trip answer (SEP-2322): the client must ask its user or model
    // (`inputRequests`, key -> {method, params}) and call again with the answers; the engine seals
    // `requestState` before it leaves.
    // Not a tool error but the server failing (JSON-RPC -32603; a task ends "failed").
    static ToolResult failure(const QString &message);
    static ToolResult inputRequired(const QJsonObject &inputRequests, const QString &requestState = {});

    ToolResult &addText(const QString &text);
    ToolResult &addContent(const QJsonObject &block);
    ToolResult &setStructuredContent(const QJsonObject &structured);

    bool isError() const { return m_isError; }
    bool isInputRequired() const { return m_inputRequired; }
    bool isFailure() const { return m_failure; }
    const QJsonObject &inputRequests() const { return m_inputRequests; }
    const QString &requestState() const { return m_requestState; }
    const QJsonArray &content() const { return m_content; }
    const QJsonObject &structuredContent() const { return m_structured; }
    QString firstText() const;
    // structuredContent is left out of errors: SDK clients validated errors against the
    // outputSchema (mcp-notes pitfall 10). An input-required result carries its inputRequests
    // (requestState is the engine's to add).
    QJsonObject toJson() const;

private:
    QJsonArray m_content;
    QJsonObject m_structured;
    bool m_isError = false;
    bool m_inputRequired = false;
    bool m_failure = false;
    QJsonObject m_inputRequests;
    QString m_requestState;
};
