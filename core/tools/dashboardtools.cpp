#include "dashboardtools.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"

#include "posthog/posthogclient.h"

using namespace Qt::StringLiterals;

using Active = ActiveProjectStore::Active;

namespace {

QString dashboardText(const PostHogToolset *ts, qint64 projectId, const Dashboard &d)
{
    QString text = u"**%1** (id %2) — %3\n"_s.arg(MarkdownRenderer::escape(d.name))
                       .arg(d.id)
                       .arg(MarkdownRenderer::link(u"open in PostHog"_s, ts->webUrl(projectId, u"dashboard/%1"_s.arg(d.id))));
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

} // namespace

void DashboardTools::registerTools(PostHogToolset &toolset)
{
    PostHogToolset *ts = &toolset;
    const QJsonObject dashboardId = Schema::integer(u"Numeric dashboard id (from get_all_dashboards)."_s, 1, 2147483647);
    const QJsonObject name = Schema::string(u"Dashboard name."_s, 1, 400);
    const QJsonObject description = Schema::string(u"Description."_s, 0, 2000);
    const QJsonObject pinned = Schema::boolean(u"Pin it in PostHog's sidebar."_s);
    const QJsonObject tags = Schema::stringArray(u"Tags (replaces existing)."_s, 20);

    toolset.add({u"get_all_dashboards"_s,
                 u"List dashboards"_s,
                 u"Dashboards of the active project, pinned first; search by name."_s,
                 Stake::NeverAsk,
                 true,
                 Schema::object({{u"search"_s, Schema::string(u"Words in the name."_s, 0, 200)},
                                 {u"limit"_s, Schema::integer(u"Page size (default 20)."_s, 1, 100)},
                                 {u"offset"_s, Schema::integer(u"Skip this many (paging)."_s, 0, 1000000)}}),
                 {},
                 [ts](const ToolCall &call) {
                     ts->withProject(call, [ts, call](const Active &active) {
                         const ListOptions options = PostHogToolset::listOptions(call.arguments(), 20);
                         ts->client()->dashboards(
                             active.projectId, options, ts, [ts, call, active, options](const PostHogResult<Page<Dashboard>> &page) {
                                 if (!page.ok())
                                     return call.finish(PostHogToolset::apiError(page.error()));
                                 QList<QStringList> rows;
                                 for (const Dashboard &d : page.value().results)
                                     rows.append({MarkdownRenderer::escape(d.name), QString::number(d.id), d.pinned ? u"yes"_s : QString(),
                                                  MarkdownRenderer::escape(d.description.left(80)),
                                                  MarkdownRenderer::link(u"open"_s, ts->webUrl(active.projectId, u"dashboard/%1"_s.arg(d.id)))});
                                 ts->finishText(call, PostHogToolset::projectLine(active) + QLatin1Char('\n')
                                                          + MarkdownRenderer::table({u"name"_s, u"id"_s, u"pinned"_s, u"description"_s, u"link"_s},
                                                                                    rows, ts->budgetChars() - 300)
                                                          + QLatin1Char('\n')
                                                          + MarkdownRenderer::pageNote(options.offset, int(page.value().results.size()),
                                                                                       page.value().count, page.value().hasMore));
                             });
                     });
                 }});

    toolset.add({u"get_dashboard"_s,
                 u"Get a dashboard"_s,
                 u"One dashboard with its tiles (insight names, ids, short_ids)."_s,
                 Stake::NeverAsk,
                 true,
                 Schema::object({{u"dashboard_id"_s, dashboardId}}, {u"dashboard_id"_s}),
                 {},
                 [ts](const ToolCall &call) {
                     ts->withProject(call, [ts, call](const Active &active) {
                         ts->client()->dashboard(
                             active.projectId, PostHogToolset::intArgument(call.arguments(), "dashboard_id", 0), ts,
                             [ts, call, active](const PostHogResult<Dashboard> &d) {
                                 if (!d.ok())
                                     return call.finish(PostHogToolset::apiError(d.error(), u"get_all_dashboards"_s));
                                 QList<QStringList> rows;
                                 for (const DashboardTile &tile : d.value().tiles) {
                                     if (tile.hasInsight)
                                         rows.append({MarkdownRenderer::escape(tile.insight.displayName()), QString::number(tile.insight.id),
                                                      u"`%1`"_s.arg(tile.insight.shortId), tile.insight.hogql().isEmpty() ? u"insight"_s : u"SQL"_s});
                                     else
                                         rows.append({MarkdownRenderer::escape(tile.text.left(60)), QString(), QString(), u"text"_s});
                                 }
                                 ts->finishText(call, PostHogToolset::projectLine(active) + QLatin1Char('\n')
                                                          + dashboardText(ts, active.projectId, d.value()) + u"\n%1 tile(s):\n"_s.arg(rows.size())
                                                          + MarkdownRenderer::table({u"insight"_s, u"id"_s, u"short_id"_s, u"kind"_s}, rows,
                                                                                    ts->budgetChars() - 1000)
                                                          + u"\nget_insight shows a tile's results."_s);
                             });
                     });
                 }});

    toolset.add({u"create_dashboard"_s,
                 u"Create a dashboard"_s,
                 u"Create an empty dashboard in the active project; add insights with add_insight_to_dashboard."_s,
                 Stake::Low,
                 false,
                 Schema::object({{u"name"_s, name}, {u"description"_s, description}, {u"pinned"_s, pinned}, {u"tags"_s, tags}}, {u"name"_s}),
                 {},
                 [ts](const ToolCall &call) {
                     ts->withProject(call, [ts, call](const Active &active) {
                         ts->client()->createDashboard(
                             active.projectId, dashboardFields(call.arguments()), ts, [ts, call, active](const PostHogResult<Dashboard> &d) {
                                 if (!d.ok())
                                     return call.finish(PostHogToolset::apiError(d.error()));
                                 ts->finishText(call, u"Created. "_s + PostHogToolset::projectLine(active) + QLatin1Char('\n')
                                                          + dashboardText(ts, active.projectId, d.value()));
                             });
                     });
                 }});

    toolset.add(
        {u"update_dashboard"_s,
         u"Update a dashboard"_s,
         u"Change a dashboard's name, description, pinned state or tags. Unmentioned fields stay."_s,
         Stake::Low,
         true,
         Schema::object(
             {{u"dashboard_id"_s, dashboardId}, {u"name"_s, name}, {u"description"_s, description}, {u"pinned"_s, pinned}, {u"tags"_s, tags}},
             {u"dashboard_id"_s}),
         {},
         [ts](const ToolCall &call) {
             const QJsonObject changes = dashboardFields(call.arguments());
             if (changes.isEmpty())
                 return call.finish(ToolResult::error(u"Input validation error: nothing to change; give name, description, pinned or tags."_s));
             ts->withProject(call, [ts, call, changes](const Active &active) {
                 ts->client()->updateDashboard(active.projectId, PostHogToolset::intArgument(call.arguments(), "dashboard_id", 0), changes, ts,
                                               [ts, call, active](const PostHogResult<Dashboard> &d) {
                                                   if (!d.ok())
                                                       return call.finish(PostHogToolset::apiError(d.error(), u"get_all_dashboards"_s));
                                                   ts->finishText(call, u"Updated. "_s + PostHogToolset::projectLine(active) + QLatin1Char('\n')
                                                                            + dashboardText(ts, active.projectId, d.value()));
                                               });
             });
         }});

    toolset.add({u"add_insight_to_dashboard"_s,
                 u"Add insight to dashboard"_s,
                 u"Put an existing insight on a dashboard, keeping the dashboards it is already on."_s,
                 Stake::Low,
                 true,
                 Schema::object({{u"insight_id"_s, Schema::integer(u"Numeric insight id."_s, 1, 2147483647)}, {u"dashboard_id"_s, dashboardId}},
                                {u"insight_id"_s, u"dashboard_id"_s}),
                 {},
                 [ts](const ToolCall &call) {
                     ts->withProject(call, [ts, call](const Active &active) {
                         const qint64 dashboard = PostHogToolset::intArgument(call.arguments(), "dashboard_id", 0);
                         // Check the dashboard exists first: PostHog would accept a dangling id.
                         ts->client()->dashboard(active.projectId, dashboard, ts, [ts, call, active, dashboard](const PostHogResult<Dashboard> &d) {
                             if (!d.ok())
                                 return call.finish(PostHogToolset::apiError(d.error(), u"get_all_dashboards"_s));
                             ts->client()->addInsightToDashboard(
                                 active.projectId, PostHogToolset::intArgument(call.arguments(), "insight_id", 0), dashboard, ts,
                                 [ts, call, active, d](const PostHogResult<Insight> &insight) {
                                     if (!insight.ok())
                                         return call.finish(PostHogToolset::apiError(insight.error(), u"get_all_insights"_s));
                                     QStringList on;
                                     for (qint64 id : insight.value().dashboards)
                                         on.append(QString::number(id));
                                     ts->finishText(call, u"Insight \"%1\" (id %2) is on dashboard \"%3\" (id %4); it is on dashboards %5. %6"_s
                                                              .arg(insight.value().displayName())
                                                              .arg(insight.value().id)
                                                              .arg(d.value().name)
                                                              .arg(d.value().id)
                                                              .arg(on.join(u", "_s), PostHogToolset::projectLine(active)));
                                 });
                         });
                     });
                 }});

    toolset.add({u"delete_dashboard"_s,
                 u"Delete a dashboard"_s,
                 u"Delete a dashboard (soft delete; its insights stay). Needs the person's approval."_s,
                 Stake::Medium,
                 true,
                 Schema::object({{u"dashboard_id"_s, dashboardId}}, {u"dashboard_id"_s}),
                 {},
                 [ts](const ToolCall &call) {
                     ts->withProject(call, [ts, call](const Active &active) {
                         const qint64 id = PostHogToolset::intArgument(call.arguments(), "dashboard_id", 0);
                         ts->client()->deleteDashboard(active.projectId, id, ts, [ts, call, active, id](const PostHogResult<Dashboard> &d) {
                             if (!d.ok())
                                 return call.finish(PostHogToolset::apiError(d.error(), u"get_all_dashboards"_s));
                             ts->finishText(call, u"Deleted dashboard %1 (\"%2\") from %3 Its insights were kept."_s.arg(id).arg(
                                                      d.value().name, PostHogToolset::projectLine(active)));
                         });
                     });
                 }});
}
