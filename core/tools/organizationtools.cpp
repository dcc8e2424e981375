#include "organizationtools.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"

#include "posthog/posthogclient.h"

using Active = ActiveProjectStore::Active;

namespace {
const QString scopedNote = QStringLiteral("The API key is limited to some projects, so PostHog refuses organization-level requests "
                                          "with it (\"API keys with scoped projects are only supported on project-based endpoints\"); "
                                          "the organization below comes from the active project.");

// A project-scoped key may not list organizations; the active project still names its own
// (GET /api/projects/{id}/ answers `organization`), which is what the organization tools need.
void organizationFromActiveProject(PostHogToolset *ts, const ToolCall &call)
{
    ts->projects()->resolve(call.clientId(), ts, [ts, call](const Active &active, const PostHogError &resolveError) {
        if (active.projectId <= 0)
            return call.finish(PostHogToolset::apiError(resolveError));
        ts->client()->project(active.projectId, ts, [ts, call, active](const PostHogResult<Project> &project) {
            if (!project.ok())
                return call.finish(PostHogToolset::apiError(project.error(), QStringLiteral("get_projects")));
            // The name comes from /api/users/@me/ (exempt from scopes) when the store has it.
            const bool named = !active.organizationName.isEmpty() && active.organizationId == project.value().organizationId;
            const QList<QStringList> rows{{named ? MarkdownRenderer::escape(active.organizationName) : QStringLiteral("(name not readable with this key)"),
                                           project.value().organizationId,
                                           QString(), QStringLiteral("yes")}};
            ts->finishText(call, scopedNote + QStringLiteral(" Active project: %1 (id %2).\n\n").arg(project.value().name).arg(active.projectId)
                                     + MarkdownRenderer::table({QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("slug"), QStringLiteral("active")},
                                                               rows, ts->budgetChars()));
        });
    });
}

// With a project-scoped key, the projects it may reach are not listable per organization: show
// the active one and say how to switch.
void projectsOfScopedKey(PostHogToolset *ts, const ToolCall &call, const Active &active)
{
    ts->client()->project(active.projectId, ts, [ts, call, active](const PostHogResult<Project> &project) {
        if (!project.ok())
            return call.finish(PostHogToolset::apiError(project.error(), QStringLiteral("get_organizations")));
        const QList<QStringList> rows{{MarkdownRenderer::escape(project.value().name), QString::number(active.projectId),
                                       project.value().timezone, QStringLiteral("yes")}};
        ts->finishText(call, QStringLiteral("The API key is limited to some projects, so PostHog does not list the organization's "
                                            "projects with it. The active project is below; switch with set_active_project and a "
                                            "project id the key was given.\n\n")
                                 + MarkdownRenderer::table({QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("timezone"), QStringLiteral("active")},
                                                           rows, ts->budgetChars()));
    });
}
} // namespace

void OrganizationTools::registerTools(PostHogToolset &toolset)
{
    PostHogToolset *ts = &toolset;

    toolset.add({QStringLiteral("get_organizations"), QStringLiteral("List organizations"),
                 QStringLiteral("Organizations the API key can access, marking the active one."), Stake::NeverAsk, true,
                 Schema::object({}), {}, [ts](const ToolCall &call) {
        ts->client()->organizations(ts, [ts, call](const PostHogResult<QList<Organization>> &orgs) {
            if (!orgs.ok() && orgs.error().isProjectScopedKey())
                return organizationFromActiveProject(ts, call);
            if (!orgs.ok())
                return call.finish(PostHogToolset::apiError(orgs.error()));
            ts->projects()->resolve(call.clientId(), ts, [ts, call, orgs](const Active &active, const PostHogError &) {
                QList<QStringList> rows;
                for (const Organization &o : orgs.value())
                    rows.append({MarkdownRenderer::escape(o.name), o.id, o.slug, o.id == active.organizationId ? QStringLiteral("yes") : QString()});
                ts->finishText(call, QStringLiteral("%1 organization(s).\n\n").arg(orgs.value().size())
                                         + MarkdownRenderer::table({QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("slug"), QStringLiteral("active")},
                                                                   rows, ts->budgetChars()));
            });
        });
    }});

    toolset.add({QStringLiteral("set_active_organization"), QStringLiteral("Switch organization"),
                 QStringLiteral("Make an organization active for this client; its first project becomes active. Ids from get_organizations."),
                 Stake::NeverAsk, true,
                 Schema::object({{QStringLiteral("organization_id"), Schema::string(QStringLiteral("Organization id (uuid)."), 1, 100)}},
                                {QStringLiteral("organization_id")}),
                 {}, [ts](const ToolCall &call) {
        const QString orgId = PostHogToolset::stringArgument(call.arguments(), "organization_id");
        ts->client()->projects(orgId, ts, [ts, call, orgId](const PostHogResult<QList<Project>> &projects) {
            if (!projects.ok())
                return call.finish(PostHogToolset::apiError(projects.error(), QStringLiteral("get_organizations")));
            if (projects.value().isEmpty())
                return call.finish(ToolResult::error(QStringLiteral("Organization %1 has no project this key can reach; choose another with get_organizations.").arg(orgId)));
            const Project &first = projects.value().first();
            ts->projects()->set(call.clientId(), {first.id, first.name, orgId, QStringLiteral("chosen with set_active_organization")});
            ts->finishText(call, QStringLiteral("Active organization: %1. Active project: %2 (id %3). Other projects: get_projects.")
                                     .arg(orgId, first.name).arg(first.id));
        });
    }});

    toolset.add({QStringLiteral("get_projects"), QStringLiteral("List projects"),
                 QStringLiteral("Projects of the active organization (or of organization_id), marking the active one."), Stake::NeverAsk, true,
                 Schema::object({{QStringLiteral("organization_id"), Schema::string(QStringLiteral("Organization id; default: the active one."), 1, 100)}}),
                 {}, [ts](const ToolCall &call) {
        ts->projects()->resolve(call.clientId(), ts, [ts, call](const Active &active, const PostHogError &) {
            QString orgId = PostHogToolset::stringArgument(call.arguments(), "organization_id", active.organizationId);
            if (orgId.isEmpty())
                orgId = QStringLiteral("@current");
            ts->client()->projects(orgId, ts, [ts, call, active, orgId](const PostHogResult<QList<Project>> &projects) {
                if (!projects.ok() && projects.error().isProjectScopedKey() && active.projectId > 0)
                    return projectsOfScopedKey(ts, call, active);
                if (!projects.ok())
                    return call.finish(PostHogToolset::apiError(projects.error(), QStringLiteral("get_organizations")));
                QList<QStringList> rows;
                for (const Project &p : projects.value())
                    rows.append({MarkdownRenderer::escape(p.name), QString::number(p.id), p.timezone,
                                 p.id == active.projectId ? QStringLiteral("yes") : QString()});
                ts->finishText(call, QStringLiteral("%1 project(s) in organization %2.\n\n").arg(projects.value().size()).arg(orgId)
                                         + MarkdownRenderer::table({QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("timezone"), QStringLiteral("active")},
                                                                   rows, ts->budgetChars()));
            });
        });
    }});

    toolset.add({QStringLiteral("set_active_project"), QStringLiteral("Switch project"),
                 QStringLiteral("Make a project active for this client's next calls. Ids from get_projects."), Stake::NeverAsk, true,
                 Schema::object({{QStringLiteral("project_id"), Schema::integer(QStringLiteral("Numeric project id."), 1, 2147483647)}},
                                {QStringLiteral("project_id")}),
                 {}, [ts](const ToolCall &call) {
        const qint64 projectId = PostHogToolset::intArgument(call.arguments(), "project_id", 0);
        ts->client()->project(projectId, ts, [ts, call, projectId](const PostHogResult<Project> &project) {
            if (!project.ok())
                return call.finish(PostHogToolset::apiError(project.error(), QStringLiteral("get_projects")));
            ts->projects()->set(call.clientId(), {projectId, project.value().name, project.value().organizationId,
                                                  QStringLiteral("chosen with set_active_project")});
            ts->finishText(call, QStringLiteral("Active project: %1 (id %2) in organization %3.")
                                     .arg(project.value().name).arg(projectId).arg(project.value().organizationId));
        });
    }});
}
