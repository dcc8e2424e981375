#include "toolrendering.h"

#include "markdownrenderer.h"

#include "posthog/posthogerror.h"

using namespace Qt::StringLiterals;

QString ToolRendering::projectLine(const ActiveProjectStore::Active &active)
{
    // The rule that chose the project (posthog-api.md), so an agent knows why it works there.
    const QString name = active.projectName.isEmpty() ? u"unnamed"_s : active.projectName;
    if (active.rule.isEmpty())
        return u"Project: %1 (id %2)."_s.arg(name).arg(active.projectId);
    return u"Project: %1 (id %2), %3."_s.arg(name).arg(active.projectId).arg(active.rule);
}

QString ToolRendering::underProject(const ActiveProjectStore::Active &active, const QString &body)
{
    return projectLine(active) + QLatin1Char('\n') + body;
}

QString ToolRendering::done(const QString &what, const ActiveProjectStore::Active &active, const QString &body)
{
    return what + u" "_s + underProject(active, body);
}

ToolResult ToolRendering::result(const QString &markdown, int budgetChars, const QJsonObject &structured)
{
    ToolResult result = ToolResult::text(MarkdownRenderer::fit(markdown, budgetChars));
    if (!structured.isEmpty())
        result.setStructuredContent(structured);
    return result;
}

ToolResult ToolRendering::apiError(const PostHogError &error, const QString &listTool)
{
    QString message = error.message();
    if (error.category() == PostHogError::Category::NotFound && !listTool.isEmpty())
        message += u" List valid ids with %1."_s.arg(listTool);
    if (error.category() == PostHogError::Category::BadRequest && error.detail().contains("line"_L1))
        message += u" Fix the query and call again; get_event_definitions and get_property_definitions list valid names."_s;
    return ToolResult::error(u"%1 (%2)"_s.arg(message, error.categoryName()));
}
