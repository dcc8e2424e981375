#include "dashboardtools.h"

#include "listtoolhelper.h"
#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"
#include "toolrendering.h"

#include "posthog/posthogclient.h"

using namespace Qt::StringLiterals;

using Active = ActiveProjectStore::Active;

namespace {

QString dashboardText(const ToolInvocation &tool, qint64 projectId, const Dashboard &d)
{
    QString text = u"**%1** (id %2) — %3\n"_s.arg(MarkdownRenderer::escape(d.name))
                       .arg(d.id)
                       .arg(MarkdownRenderer::link(u"open in PostHog"_s, tool.webUrl(projectId, u"dashboard/%1"_s.arg(d.id))));
    if (!d.description.isEmpty())
        text += u"Description: %1\n"_s.arg(d.description);
    text += u"Pinned: %1. Tags: %2. Created %3.\n"_s.arg(d.pinned ? u"yes"_s : u"no"_s, d.tags.isEmpty() ? u"none"_s : d.tags.join(u", "_s),
                                                         MarkdownRenderer::when(d.createdAt));
    return text;
}

QJsonObject dashboardFields(const QJsonObject &args)
{
    QJsonObject fields;
    for (const char *field : {"name", "description", "pinned", "tags"}) {
        if (args.contains(QLatin1String(field)))
            fields.insert(QLatin1String(field), args.value(QLatin1String(field)));
    }
    return fields;
}

// "Created." / "Updated." with the project line and the dashboard, or PostHog's error.
PostHogClient::Callback<Dashboard> reportDashboard(const ToolInvocation &tool, const Active &active, const QString &what, const QString &listTool)
{
    return [tool, active, what, listTool](const PostHogResult<Dashboard> &d) {
        if (!d.ok())
            return tool.fail(d.error(), listTool);
        tool.finishText(ToolRendering::done(what, active, dashboardText(tool, active.projectId, d.value())));
    };
}

void getAllDashboards(const ToolInvocation &tool)
{
    const ListLayout layout({u"name"_s, u"id"_s, u"pinned"_s, u"description"_s, u"link"_s});
    ListToolHelper::run<Dashboard>(
        tool, ListToolHelper::options(tool.arguments(), 20), &PostHogClient::dashboards, layout, [tool](const Active &active, const Dashboard &d) {
            return QStringList{MarkdownRenderer::escape(d.name), QString::number(d.id), d.pinned ? u"yes"_s : QString(),
                               MarkdownRenderer::escape(d.description.left(80)),
                               MarkdownRenderer::link(u"open"_s, tool.webUrl(active.projectId, u"dashboard/%1"_s.arg(d.id)))};
        });
}

QString dashboardWithTiles(const ToolInvocation &tool, const Active &active, const Dashboard &dashboard)
{
    QList<QStringList> rows;
    for (const DashboardTile &tile : dashboard.tiles) {
        if (tile.hasInsight)
            rows.append({MarkdownRenderer::escape(tile.insight.displayName()), QString::number(tile.insight.id), u"`%1`"_s.arg(tile.insight.shortId),
                         tile.insight.hogql().isEmpty() ? u"insight"_s : u"SQL"_s});
        else
            rows.append({MarkdownRenderer::escape(tile.text.left(60)), QString(), QString(), u"text"_s});
    }
    return ToolRendering::underProject(active, dashboardText(tool, active.projectId, dashboard)) + u"\n%1 tile(s):\n"_s.arg(rows.size())
           + MarkdownRenderer::table({u"insight"_s, u"id"_s, u"short_id"_s, u"kind"_s}, rows, tool.budgetChars() - 1000)
           + u"\nget_insight shows a tile's results."_s;
}

void getDashboard(const ToolInvocation &tool)
{
    tool.withProject([tool](const Active &active) {
        tool.bind(tool.client()->dashboard(active.projectId, tool.integer("dashboard_id"), tool.context(),
                                           [tool, active](const PostHogResult<Dashboard> &d) {
                                               if (!d.ok())
                                                   return tool.fail(d.error(), u"get_all_dashboards"_s);
                                               tool.finishText(dashboardWithTiles(tool, active, d.value()));
                                           }));
    });
}

void createDashboard(const ToolInvocation &tool)
{
    tool.withProject([tool](const Active &active) {
        tool.bind(tool.client()->createDashboard(active.projectId, dashboardFields(tool.arguments()), tool.context(),
                                                 reportDashboard(tool, active, u"Created."_s, {})));
    });
}

void updateDashboard(const ToolInvocation &tool)
{
    const QJsonObject changes = dashboardFields(tool.arguments());
    if (changes.isEmpty())
        return tool.fail(u"Input validation error: nothing to change; give name, description, pinned or tags."_s);
    tool.withProject([tool, changes](const Active &active) {
        tool.bind(tool.client()->updateDashboard(active.projectId, tool.integer("dashboard_id"), changes, tool.context(),
                                                 reportDashboard(tool, active, u"Updated."_s, u"get_all_dashboards"_s)));
    });
}

void addInsightTo(const ToolInvocation &tool, const Active &active, const Dashboard &dashboard)
{
    tool.bind(tool.client()->addInsightToDashboard(
        active.projectId, tool.integer("insight_id"), tool.integer("dashboard_id"), tool.context(),
        [tool, active, dashboard](const PostHogResult<Insight> &insight) {
            if (!insight.ok())
                return tool.fail(insight.error(), u"get_all_insights"_s);
            QStringList on;
            for (qint64 id : insight.value().dashboards)
                on.append(QString::number(id));
            tool.finishText(u"Insight \"%1\" (id %2) is on dashboard \"%3\" (id %4); it is on dashboards %5. %6"_s.arg(insight.value().displayName())
                                .arg(insight.value().id)
                                .arg(dashboard.name)
                                .arg(dashboard.id)
                                .arg(on.join(u", "_s), ToolRendering::projectLine(active)));
        }));
}

void addInsightToDashboard(const ToolInvocation &tool)
{
    tool.withProject([tool](const Active &active) {
        // Check the dashboard exists first: PostHog would accept a dangling id.
        tool.bind(tool.client()->dashboard(active.projectId, tool.integer("dashboard_id"), tool.context(),
                                           [tool, active](const PostHogResult<Dashboard> &d) {
                                               if (!d.ok())
                                                   return tool.fail(d.error(), u"get_all_dashboards"_s);
                                               addInsightTo(tool, active, d.value());
                                           }));
    });
}

void deleteDashboard(const ToolInvocation &tool)
{
    tool.withProject([tool](const Active &active) {
        const qint64 id = tool.integer("dashboard_id");
        tool.bind(tool.client()->deleteDashboard(active.projectId, id, tool.context(), [tool, active, id](const PostHogResult<Dashboard> &d) {
            if (!d.ok())
                return tool.fail(d.error(), u"get_all_dashboards"_s);
            tool.finishText(
                u"Deleted dashboard %1 (\"%2\") from %3 Its insights were kept."_s.arg(id).arg(d.value().name, ToolRendering::projectLine(active)));
        }));
    });
}

const QJsonObject dashboardId = Schema::integer(u"Numeric dashboard id (from get_all_dashboards)."_s, 1, 2147483647);
const QJsonObject name = Schema::string(u"Dashboard name."_s, 1, 400);
const QJsonObject description = Schema::string(u"Description."_s, 0, 2000);
const QJsonObject pinned = Schema::boolean(u"Pin it in PostHog's sidebar."_s);
const QJsonObject tags = Schema::stringArray(u"Tags (replaces existing)."_s, 20);

const ToolSpec tools[] = {
    {u"get_all_dashboards"_s,
     u"List dashboards"_s,
     u"Dashboards of the active project, pinned first; search by name."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"search"_s, Schema::string(u"Words in the name."_s, 0, 200)},
                     {u"limit"_s, Schema::pageSize(20, 100)},
                     {u"offset"_s, Schema::pageOffset()}}),
     {},
     getAllDashboards},
    {u"get_dashboard"_s,
     u"Get a dashboard"_s,
     u"One dashboard with its tiles (insight names, ids, short_ids)."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"dashboard_id"_s, dashboardId}}, {u"dashboard_id"_s}),
     {},
     getDashboard},
    {u"create_dashboard"_s,
     u"Create a dashboard"_s,
     u"Create an empty dashboard in the active project; add insights with add_insight_to_dashboard."_s,
     Stake::Low,
     false,
     Schema::object({{u"name"_s, name}, {u"description"_s, description}, {u"pinned"_s, pinned}, {u"tags"_s, tags}}, {u"name"_s}),
     {},
     createDashboard},
    {u"update_dashboard"_s,
     u"Update a dashboard"_s,
     u"Change a dashboard's name, description, pinned state or tags. Unmentioned fields stay."_s,
     Stake::Low,
     true,
     Schema::object({{u"dashboard_id"_s, dashboardId}, {u"name"_s, name}, {u"description"_s, description}, {u"pinned"_s, pinned}, {u"tags"_s, tags}},
                    {u"dashboard_id"_s}),
     {},
     updateDashboard},
    {u"add_insight_to_dashboard"_s,
     u"Add insight to dashboard"_s,
     u"Put an existing insight on a dashboard, keeping the dashboards it is already on."_s,
     Stake::Low,
     true,
     Schema::object({{u"insight_id"_s, Schema::integer(u"Numeric insight id."_s, 1, 2147483647)}, {u"dashboard_id"_s, dashboardId}},
                    {u"insight_id"_s, u"dashboard_id"_s}),
     {},
     addInsightToDashboard},
    {u"delete_dashboard"_s,
     u"Delete a dashboard"_s,
     u"Delete a dashboard (soft delete; its insights stay). Needs the person's approval."_s,
     Stake::Medium,
     true,
     Schema::object({{u"dashboard_id"_s, dashboardId}}, {u"dashboard_id"_s}),
     {},
     deleteDashboard},
};

} // namespace

void DashboardTools::registerTools(PostHogToolset &toolset)
{
    toolset.add(tools);
}
