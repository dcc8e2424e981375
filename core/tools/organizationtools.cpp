#include "organizationtools.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"

#include "posthog/posthogclient.h"

using namespace Qt::StringLiterals;

using Active = ActiveProjectStore::Active;

namespace {
const QString scopedNote = u"The API key is limited to some projects, so PostHog refuses organization-level requests "
                           "with it (\"API keys with scoped projects are only supported on project-based endpoints\"); "
                           "the organization below comes from the active project."_s;

// A project-scoped key may not list organizations; the active project still names its own
// (GET /api/projects/{id}/ answers `organization`), which is what the organization tools need.
void organizationFromActiveProject(PostHogToolset *ts, const ToolCall &call)
{
    ts->projects()->resolve(call.clientId(), ts, [ts, call](const Active &active, const PostHogError &resolveError) {
        if (active.projectId <= 0)
            return call.finish(PostHogToolset::apiError(resolveError));
        ts->client()->project(active.projectId, ts, [ts, call, active](const PostHogResult<Project> &project) {
            if (!project.ok())
                return call.finish(PostHogToolset::apiError(project.error(), u"get_projects"_s));
            // The name comes from /api/users/@me/ (exempt from scopes) when the store has it.
            const bool named = !active.organizationName.isEmpty() && active.organizationId == project.value().organizationId;
            const QList<QStringList> rows{{named ? MarkdownRenderer::escape(active.organizationName) : u"(name not readable with this key)"_s,
                                           project.value().organizationId, QString(), u"yes"_s}};
            ts->finishText(call, scopedNote + u" Active project: %1 (id %2).\n\n"_s.arg(project.value().name).arg(active.projectId)
                                     + MarkdownRenderer::table({u"name"_s, u"id"_s, u"slug"_s, u"active"_s}, rows, ts->budgetChars()));
        });
    });
}

// With a project-scoped key, the projects it may reach are not listable per organization: show
// the active one and say how to switch.
void projectsOfScopedKey(PostHogToolset *ts, const ToolCall &call, const Active &active)
{
    ts->client()->project(active.projectId, ts, [ts, call, active](const PostHogResult<Project> &project) {
        if (!project.ok())
            return call.finish(PostHogToolset::apiError(project.error(), u"get_organizations"_s));
        const QList<QStringList> rows{
            {MarkdownRenderer::escape(project.value().name), QString::number(active.projectId), project.value().timezone, u"yes"_s}};
        ts->finishText(call, u"The API key is limited to some projects, so PostHog does not list the organization's "
                             "projects with it. The active project is below; switch with set_active_project and a "
                             "project id the key was given.\n\n"_s
                                 + MarkdownRenderer::table({u"name"_s, u"id"_s, u"timezone"_s, u"active"_s}, rows, ts->budgetChars()));
    });
}
} // namespace

void OrganizationTools::registerTools(PostHogToolset &toolset)
{
    PostHogToolset *ts = &toolset;

    toolset.add({u"get_organizations"_s,
                 u"List organizations"_s,
                 u"Organizations the API key can access, marking the active one."_s,
                 Stake::NeverAsk,
                 true,
                 Schema::object({}),
                 {},
                 [ts](const ToolCall &call) {
                     ts->client()->organizations(ts, [ts, call](const PostHogResult<QList<Organization>> &orgs) {
                         if (!orgs.ok() && orgs.error().isProjectScopedKey())
                             return organizationFromActiveProject(ts, call);
                         if (!orgs.ok())
                             return call.finish(PostHogToolset::apiError(orgs.error()));
                         ts->projects()->resolve(call.clientId(), ts, [ts, call, orgs](const Active &active, const PostHogError &) {
                             QList<QStringList> rows;
                             for (const Organization &o : orgs.value())
                                 rows.append({MarkdownRenderer::escape(o.name), o.id, o.slug, o.id == active.organizationId ? u"yes"_s : QString()});
                             ts->finishText(call,
                                            u"%1 organization(s).\n\n"_s.arg(orgs.value().size())
                                                + MarkdownRenderer::table({u"name"_s, u"id"_s, u"slug"_s, u"active"_s}, rows, ts->budgetChars()));
                         });
                     });
                 }});

    toolset.add(
        {u"set_active_organization"_s,
         u"Switch organization"_s,
         u"Make an organization active for this client; its first project becomes active. Ids from get_organizations."_s,
         Stake::NeverAsk,
         true,
         Schema::object({{u"organization_id"_s, Schema::string(u"Organization id (uuid)."_s, 1, 100)}}, {u"organization_id"_s}),
         {},
         [ts](const ToolCall &call) {
             const QString orgId = PostHogToolset::stringArgument(call.arguments(), "organization_id");
             ts->client()->projects(orgId, ts, [ts, call, orgId](const PostHogResult<QList<Project>> &projects) {
                 if (!projects.ok())
                     return call.finish(PostHogToolset::apiError(projects.error(), u"get_organizations"_s));
                 if (projects.value().isEmpty())
                     return call.finish(ToolResult::error(
                         u"Organization %1 has no project this key can reach; choose another with get_organizations."_s.arg(orgId)));
                 const Project &first = projects.value().first();
                 ts->projects()->set(call.clientId(), {first.id, first.name, orgId, u"chosen with set_active_organization"_s});
                 ts->finishText(
                     call,
                     u"Active organization: %1. Active project: %2 (id %3). Other projects: get_projects."_s.arg(orgId, first.name).arg(first.id));
             });
         }});

    toolset.add({u"get_projects"_s,
                 u"List projects"_s,
                 u"Projects of the active organization (or of organization_id), marking the active one."_s,
                 Stake::NeverAsk,
                 true,
                 Schema::object({{u"organization_id"_s, Schema::string(u"Organization id; default: the active one."_s, 1, 100)}}),
                 {},
                 [ts](const ToolCall &call) {
                     ts->projects()->resolve(call.clientId(), ts, [ts, call](const Active &active, const PostHogError &) {
                         QString orgId = PostHogToolset::stringArgument(call.arguments(), "organization_id", active.organizationId);
                         if (orgId.isEmpty())
                             orgId = u"@current"_s;
                         ts->client()->projects(orgId, ts, [ts, call, active, orgId](const PostHogResult<QList<Project>> &projects) {
                             if (!projects.ok() && projects.error().isProjectScopedKey() && active.projectId > 0)
                                 return projectsOfScopedKey(ts, call, active);
                             if (!projects.ok())
                                 return call.finish(PostHogToolset::apiError(projects.error(), u"get_organizations"_s));
                             QList<QStringList> rows;
                             for (const Project &p : projects.value())
                                 rows.append({MarkdownRenderer::escape(p.name), QString::number(p.id), p.timezone,
                                              p.id == active.projectId ? u"yes"_s : QString()});
                             ts->finishText(call,
                                            u"%1 project(s) in organization %2.\n\n"_s.arg(projects.value().size()).arg(orgId)
                                                + MarkdownRenderer::table({u"name"_s, u"id"_s, u"timezone"_s, u"active"_s}, rows, ts->budgetChars()));
                         });
                     });
                 }});

    toolset.add({u"set_active_project"_s,
                 u"Switch project"_s,
                 u"Make a project active for this client's next calls. Ids from get_projects."_s,
                 Stake::NeverAsk,
                 true,
                 Schema::object({{u"project_id"_s, Schema::integer(u"Numeric project id."_s, 1, 2147483647)}}, {u"project_id"_s}),
                 {},
                 [ts](const ToolCall &call) {
                     const qint64 projectId = PostHogToolset::intArgument(call.arguments(), "project_id", 0);
                     ts->client()->project(projectId, ts, [ts, call, projectId](const PostHogResult<Project> &project) {
                         if (!project.ok())
                             return call.finish(PostHogToolset::apiError(project.error(), u"get_projects"_s));
                         ts->projects()->set(call.clientId(),
                                             {projectId, project.value().name, project.value().organizationId, u"chosen with set_active_project"_s});
                         ts->finishText(call, u"Active project: %1 (id %2) in organization %3."_s.arg(project.value().name)
                                                  .arg(projectId)
                                                  .arg(project.value().organizationId));
                     });
                 }});
}
