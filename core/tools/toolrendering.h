#pragma once

#include "activeprojectstore.h"

#include "mcp/toolresult.h"

#include <QJsonObject>
#include <QString>

class PostHogError;

// How every tool's answer is put together: the project line that says where it ran (and why
// there), Markdown cut to the output budget, and the structured result beside it.
class ToolRendering
{
public:
    // "Project: Hedgebox Web (id 1), the project you last opened in PostHog."
    static QString projectLine(const ActiveProjectStore::Active &active);
    // The project line, then `body` on the next line.
    static QString underProject(const ActiveProjectStore::Active &active, const QString &body);
    // "Created. Project: … \n<body>" and the like, for the write tools.
    static QString done(const QString &what, const ActiveProjectStore::Active &active, const QString &body);
    // Markdown cut to `budgetChars`, with `structured` when there is one.
    static ToolResult result(const QString &markdown, int budgetChars, const QJsonObject &structured = {});
    // An isError result with PostHog's message and what to do next (`listTool` lists valid ids).
    static ToolResult apiError(const PostHogError &error, const QString &listTool = {});
};
