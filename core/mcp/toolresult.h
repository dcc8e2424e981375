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

    ToolResult &addText(const QString &text);
    ToolResult &addContent(const QJsonObject &block);
    ToolResult &setStructuredContent(const QJsonObject &structured);

    bool isError() const { return m_isError; }
    const QJsonArray &content() const { return m_content; }
    const QJsonObject &structuredContent() const { return m_structured; }
    QString firstText() const;
    // structuredContent is left out of errors: SDK clients validated errors against the
    // outputSchema (mcp-notes pitfall 10).
    QJsonObject toJson() const;

private:
    QJsonArray m_content;
    QJsonObject m_structured;
    bool m_isError = false;
};
