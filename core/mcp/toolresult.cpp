#include "toolresult.h"

ToolResult ToolResult::text(const QString &text)
{
    ToolResult result;
    result.addText(text);
    return result;
}

ToolResult ToolResult::error(const QString &message)
{
    ToolResult result;
    result.m_isError = true;
    result.addText(message);
    return result;
}

ToolResult &ToolResult::addText(const QString &text)
{
    m_content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}});
    return *this;
}

ToolResult &ToolResult::addContent(const QJsonObject &block)
{
    m_content.append(block);
    return *this;
}

ToolResult &ToolResult::setStructuredContent(const QJsonObject &structured)
{
    m_structured = structured;
    return *this;
}

QString ToolResult::firstText() const
{
    for (const QJsonValue &block : m_content) {
        if (block.toObject().value(QLatin1String("type")).toString() == QLatin1String("text"))
            return block.toObject().value(QLatin1String("text")).toString();
    }
    return {};
}

QJsonObject ToolResult::toJson() const
{
    QJsonObject json{{QStringLiteral("content"), m_content}};
    if (m_isError)
        json.insert(QStringLiteral("isError"), true);
    else if (!m_structured.isEmpty())
        json.insert(QStringLiteral("structuredContent"), m_structured);
    return json;
}
