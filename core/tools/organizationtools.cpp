#include "organizationtools.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"
#include "toolinvocation.h"

#include "posthog/posthogclient.h"

using namespace Qt::StringLiterals;

using Active = ActiveProjectStore::Active;

namespace {
const QString scopedNote = u"The API key is limited to some projects, so PostHog refuses organization-level requests "
                           "with it (\"API keys with scoped projects are only supported on project-based endpoints\"); "
                           "the organization below comes from the active project."_s;

const QStringList organizationHeaders = {u"name"_s, u"id"_s, u"slug"_s, u"active"_s};
const QStringList projectHeaders = {u"name"_s, u"id"_s, u"timezone"_s, u"active"_s};

// A project-scoped key may not list organizations; the active project still names its own
// (GET /api/projects/{id}/ answers `organization`), which is what the organization tools need.
void organizationFromActiveProject(const ToolInvocation &tool)
{
    tool.resolveProject([tool](const Active &active, const PostHogError &resolveError) {
        if (active.projectId <= 0)
            return tool.fail(resolveError);
        tool.bind(tool.client()->project(active.projectId, tool.context(), [tool, active](const PostHogResult<Project> &project) {
            if (!project.ok())
                return tool.fail(project.error(), u"get_projects"_s);
            // The name comes from /api/users/@me/ (exempt from scopes) when the store has it.
            const bool named = !active.organizationName.isEmpty() && active.organizationId == project.value().organizationId;
            const QList<QStringList> rows{{named ? MarkdownRenderer::escape(active.organizationName) : u"(name not readable with this key)"_s,
                                           project.value().organizationId, QString(), u"yes"_s}};
            tool.finishText(scopedNote + u" Active project: %1 (id %2).\n\n"_s.arg(project.value().name).arg(active.projectId)
                            + MarkdownRenderer::table(organizationHeaders, rows, tool.budgetChars()));
        }));
    });
}

// With a project-scoped key, the projects it may reach are not listable per organization: show
// the active one and say how to switch.
void projectsOfScopedKey(const ToolInvocation &tool, const Active &active)
{
    tool.bind(tool.client()->project(active.projectId, tool.context(), [tool, active](const PostHogResult<Project> &project) {
        if (!project.ok())
            return tool.fail(project.error(), u"get_organizations"_s);
        const QList<QStringList> rows{
            {MarkdownRenderer::escape(project.value().name), QString::number(active.projectId), project.value().timezone, u"yes"_s}};
        tool.finishText(u"The API key is limited to some projects, so PostHog does not list the organization's "
                        "projects with it. The active project is below; switch with set_active_project and a "
                        "project id the key was given.\n\n"_s
                        + MarkdownRenderer::table(projectHeaders, rows, tool.budgetChars()));
    }));
}

void listOrganizations(const ToolInvocation &tool, const QList<Organization> &organizations)
{
    tool.resolveProject([tool, organizations](const Active &active, const PostHogError &) {
        QList<QStringList> rows;
        for (const Organization &o : organizations)
            rows.append({MarkdownRenderer::escape(o.name), o.id, o.slug, o.id == active.organizationId ? u"yes"_s : QString()});
        tool.finishText(u"%1 organization(s).\n\n"_s.arg(organizations.size())
                        + MarkdownRenderer::table(organizationHeaders, rows, tool.budgetChars()));
    });
}

void getOrganizations(const ToolInvocation &tool)
{
    tool.bind(tool.client()->organizations(tool.context(), [tool](const PostHogResult<QList<Organization>> &orgs) {
        if (!orgs.ok() && orgs.error().isProjectScopedKey())
            return organizationFromActiveProject(tool);
        if (!orgs.ok())
            return tool.fail(orgs.error());
        listOrganizations(tool, orgs.value());
    }));
}

void setActiveOrganization(const ToolInvocation &tool)
{
    const QString orgId = tool.string("organization_id");
    tool.bind(tool.client()->projects(orgId, tool.context(), [tool, orgId](const PostHogResult<QList<Project>> &projects) {
        if (!projects.ok())
            return tool.fail(projects.error(), u"get_organizations"_s);
        if (projects.value().isEmpty())
            return tool.fail(u"Organization %1 has no project this key can reach; choose another with get_organizations."_s.arg(orgId));
        const Project &first = projects.value().first();
        tool.noteProject(first.id);
        tool.toolset()->projects()->set(tool.call().clientId(), {first.id, first.name, orgId, u"chosen with set_active_organization"_s});
        tool.finishText(u"Active organization: %1. Active project: %2 (id %3). Other projects: get_projects."_s.arg(orgId, first.name).arg(first.id));
    }));
}

void getProjects(const ToolInvocation &tool)
{
    tool.resolveProject([tool](const Active &active, const PostHogError &) {
        QString orgId = tool.string("organization_id", active.organizationId);
        if (orgId.isEmpty())
            orgId = u"@current"_s;
        tool.bind(tool.client()->projects(orgId, tool.context(), [tool, active, orgId](const PostHogResult<QList<Project>> &projects) {
            if (!projects.ok() && projects.error().isProjectScopedKey() && active.projectId > 0)
                return projectsOfScopedKey(tool, active);
            if (!projects.ok())
                return tool.fail(projects.error(), u"get_organizations"_s);
            QList<QStringList> rows;
            for (const Project &p : projects.value())
                rows.append({MarkdownRenderer::escape(p.name), QString::number(p.id), p.timezone, p.id == active.projectId ? u"yes"_s : QString()});
            tool.finishText(u"%1 project(s) in organization %2.\n\n"_s.arg(projects.value().size()).arg(orgId)
                            + MarkdownRenderer::table(projectHeaders, rows, tool.budgetChars()));
        }));
    });
}

void setActiveProject(const ToolInvocation &tool)
{
    const qint64 projectId = tool.integer("project_id", 0);
    tool.noteProject(projectId);
    tool.bind(tool.client()->project(projectId, tool.context(), [tool, projectId](const PostHogResult<Project> &project) {
        if (!project.ok())
            return tool.fail(project.error(), u"get_projects"_s);
        tool.toolset()->projects()->set(tool.call().clientId(),
                                        {projectId, project.value().name, project.value().organizationId, u"chosen with set_active_project"_s});
        tool.finishText(
            u"Active project: %1 (id %2) in organization %3."_s.arg(project.value().name).arg(projectId).arg(project.value().organizationId));
    }));
}

const QJsonObject organizationId = Schema::string(u"Organization id (uuid)."_s, 1, 100);

const ToolSpec tools[] = {
    {u"get_organizations"_s,
     u"List organizations"_s,
     u"Organizations the API key can access, marking the active one."_s,
     Stake::NeverAsk,
     true,
     Schema::object({}),
     {},
     getOrganizations},
    {u"set_active_organization"_s,
     u"Switch organization"_s,
     u"Make an organization active for this client; its first project becomes active. Ids from get_organizations."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"organization_id"_s, organizationId}}, {u"organization_id"_s}),
     {},
     setActiveOrganization},
    {u"get_projects"_s,
     u"List projects"_s,
     u"Projects of the active organization (or of organization_id), marking the active one."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"organization_id"_s, Schema::string(u"Organization id; default: the active one."_s, 1, 100)}}),
     {},
     getProjects},
    {u"set_active_project"_s,
     u"Switch project"_s,
     u"Make a project active for this client's next calls. Ids from get_projects."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"project_id"_s, Schema::integer(u"Numeric project id."_s, 1, 2147483647)}}, {u"project_id"_s}),
     {},
     setActiveProject},
};

} // namespace

void OrganizationTools::registerTools(PostHogToolset &toolset)
{
    toolset.add(tools);
}
