#include "toolinvocation.h"

#include "posthogtoolset.h"
#include "toolcancellation.h"
#include "toolrendering.h"
#include "toolslogging.h"

#include "posthog/posthogclient.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

struct ToolInvocation::Run
{
    QElapsedTimer clock;
    qint64 projectId = 0;
};

ToolInvocation::ToolInvocation(PostHogToolset *toolset, const ToolCall &call)
    : m_toolset(toolset)
    , m_call(call)
    , m_run(std::make_shared<Run>())
{
    m_run->clock.start();
}

PostHogClient *ToolInvocation::client() const
{
    return m_toolset->client();
}

QObject *ToolInvocation::context() const
{
    return m_toolset;
}

bool ToolInvocation::has(const char *name) const
{
    return arguments().contains(QLatin1String(name));
}

QString ToolInvocation::string(const char *name, const QString &fallback) const
{
    return PostHogToolset::stringArgument(arguments(), name, fallback);
}

int ToolInvocation::integer(const char *name, int fallback) const
{
    return PostHogToolset::intArgument(arguments(), name, fallback);
}

int ToolInvocation::budgetChars() const
{
    return m_toolset->budgetChars();
}

QString ToolInvocation::webUrl(qint64 projectId, const QString &path) const
{
    return m_toolset->webUrl(projectId, path);
}

void ToolInvocation::withProject(std::function<void(const Active &active)> then) const
{
    const ToolInvocation tool = *this;
    resolveProject([tool, then](const Active &active, const PostHogError &error) {
        if (!error.isNone())
            return tool.fail(error, u"get_projects"_s);
        then(active);
    });
}

void ToolInvocation::resolveProject(std::function<void(const Active &active, const PostHogError &error)> then) const
{
    const ToolInvocation tool = *this;
    m_toolset->projects()->resolve(m_call.clientId(), m_toolset, [tool, then](const Active &active, const PostHogError &error) {
        tool.noteProject(active.projectId);
        then(active, error);
    });
}

PostHogCall *ToolInvocation::bind(PostHogCall *request) const
{
    return ToolCancellation::bind(m_call, request, m_toolset);
}

void ToolInvocation::finishText(const QString &markdown, const QJsonObject &structured) const
{
    finish(ToolRendering::result(markdown, budgetChars(), structured), u"ok"_s);
}

void ToolInvocation::fail(const QString &message) const
{
    finish(ToolResult::error(message), u"error"_s);
}

void ToolInvocation::fail(const PostHogError &error, const QString &listTool) const
{
    finish(ToolRendering::apiError(error, listTool), u"error (%1)"_s.arg(error.categoryName()));
}

void ToolInvocation::finish(const ToolResult &result, const QString &outcome) const
{
    if (m_call.isFinished())
        return;
    qCDebug(lcTools, "%s in project %lld: %s after %lld ms", qPrintable(m_call.toolName()), m_run->projectId,
            qPrintable(m_call.isCancelled() ? u"cancelled"_s : outcome), m_run->clock.elapsed());
    m_call.finish(result);
}

void ToolInvocation::noteProject(qint64 projectId) const
{
    m_run->projectId = projectId;
}
