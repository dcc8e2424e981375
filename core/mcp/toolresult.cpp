#include "toolresult.h"

using namespace Qt::StringLiterals;

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

ToolResult ToolResult::failure(const QString &message)
{
    ToolResult result = error(message);
    result.m_failure = true;
    return result;
}

ToolResult ToolResult::inputRequired(const QJsonObject &inputRequests, const QString &requestState)
{
    ToolResult result;
    result.m_inputRequired = true;
    result.m_inputRequests = inputRequests;
    result.m_requestState = requestState;
    return result;
}

ToolResult &ToolResult::addText(const QString &text)
{
    m_content.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}});
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
        if (block.toObject().value("type"_L1).toString() == "text"_L1)
            return block.toObject().value("text"_L1).toString();
    }
    return {};
}

QJsonObject ToolResult::toJson() const
{
    if (m_inputRequired)
        return {{u"resultType"_s, u"input_required"_s}, {u"inputRequests"_s, m_inputRequests}};
    QJsonObject json{{u"content"_s, m_content}};
    if (m_isError)
        json.insert(u"isError"_s, true);
    else if (!m_structured.isEmpty())
        json.insert(u"structuredContent"_s, m_structured);
    return json;
}
