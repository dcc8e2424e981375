#include "dashboardtools.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"

#include "posthog/posthogclient.h"

using Active = ActiveProjectStore::Active;

namespace {

QString dashboardText(const PostHogToolset *ts, qint64 projectId, const Dashboard &d)
{
    QString text = QStringLiteral("**%1** (id %2) — %3\n").arg(MarkdownRenderer::escape(d.name)).arg(d.id)
                       .arg(MarkdownRenderer::link(QStringLiteral("open in PostHog"), ts->webUrl(projectId, QStringLiteral("dashboard/%1").arg(d.id))));
    if (!d.description.isEmpty())
        text += QStringLiteral("Description: %1\n").arg(d.description);
    text += QStringLiteral("Pinned: %1. Tags: %2. Created %3.\n").arg(d.pinned ? QStringLiteral("yes") : QStringLiteral("no"),
                                                                    d.tags.isEmpty() ? QStringLiteral("none") : d.tags.join(QStringLiteral(", ")),
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
    const QJsonObject dashboardId = Schema::integer(QStringLiteral("Numeric dashboard id (from get_all_dashboards)."), 1, 2147483647);
    const QJsonObject name = Schema::string(QStringLiteral("Dashboard name."), 1, 400);
    const QJsonObject description = Schema::string(QStringLiteral("Description."), 0, 2000);
    const QJsonObject pinned = Schema::boolean(QStringLiteral("Pin it in PostHog's sidebar."));
    const QJsonObject tags = Schema::stringArray(QStringLiteral("Tags (replaces existing)."), 20);

    toolset.add({QStringLiteral("get_all_dashboards"), QStringLiteral("List dashboards"),
                 QStringLiteral("Dashboards of the active project, pinned first; search by name."), Stake::NeverAsk, true,
                 Schema::object({{QStringLiteral("search"), Schema::string(QStringLiteral("Words in the name."), 0, 200)},
                                 {QStringLiteral("limit"), Schema::integer(QStringLiteral("Page size (default 20)."), 1, 100)},
                                 {QStringLiteral("offset"), Schema::integer(QStringLiteral("Skip this many (paging)."), 0, 1000000)}}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            const ListOptions options = PostHogToolset::listOptions(call.arguments(), 20);
            ts->client()->dashboards(active.projectId, options, ts, [ts, call, active, options](const PostHogResult<Page<Dashboard>> &page) {
                if (!page.ok())
                    return call.finish(PostHogToolset::apiError(page.error()));
                QList<QStringList> rows;
                for (const Dashboard &d : page.value().results)
                    rows.append({MarkdownRenderer::escape(d.name), QString::number(d.id), d.pinned ? QStringLiteral("yes") : QString(),
                                 MarkdownRenderer::escape(d.description.left(80)),
                                 MarkdownRenderer::link(QStringLiteral("open"), ts->webUrl(active.projectId, QStringLiteral("dashboard/%1").arg(d.id)))});
                ts->finishText(call, PostHogToolset::projectLine(active) + QLatin1Char('\n')
                                         + MarkdownRenderer::table({QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("pinned"), QStringLiteral("description"),
                                                                    QStringLiteral("link")}, rows, ts->budgetChars() - 300)
                                         + QLatin1Char('\n') + MarkdownRenderer::pageNote(options.offset, int(page.value().results.size()), page.value().count, page.value().hasMore));
            });
        });
    }});

    toolset.add({QStringLiteral("get_dashboard"), QStringLiteral("Get a dashboard"),
                 QStringLiteral("One dashboard with its tiles (insight names, ids, short_ids)."), Stake::NeverAsk, true,
                 Schema::object({{QStringLiteral("dashboard_id"), dashboardId}}, {QStringLiteral("dashboard_id")}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            ts->client()->dashboard(active.projectId, PostHogToolset::intArgument(call.arguments(), "dashboard_id", 0), ts,
                                    [ts, call, active](const PostHogResult<Dashboard> &d) {
                if (!d.ok())
                    return call.finish(PostHogToolset::apiError(d.error(), QStringLiteral("get_all_dashboards")));
                QList<QStringList> rows;
                for (const DashboardTile &tile : d.value().tiles) {
                    if (tile.hasInsight)
                        rows.append({MarkdownRenderer::escape(tile.insight.displayName()), QString::number(tile.insight.id),
                                     QStringLiteral("`%1`").arg(tile.insight.shortId), tile.insight.hogql().isEmpty() ? QStringLiteral("insight") : QStringLiteral("SQL")});
                    else
                        rows.append({MarkdownRenderer::escape(tile.text.left(60)), QString(), QString(), QStringLiteral("text")});
                }
                ts->finishText(call, PostHogToolset::projectLine(active) + QLatin1Char('\n') + dashboardText(ts, active.projectId, d.value())
                                         + QStringLiteral("\n%1 tile(s):\n").arg(rows.size())
                                         + MarkdownRenderer::table({QStringLiteral("insight"), QStringLiteral("id"), QStringLiteral("short_id"), QStringLiteral("kind")},
                                                                   rows, ts->budgetChars() - 1000)
                                         + QStringLiteral("\nget_insight shows a tile's results."));
            });
        });
    }});

    toolset.add({QStringLiteral("create_dashboard"), QStringLiteral("Create a dashboard"),
                 QStringLiteral("Create an empty dashboard in the active project; add insights with add_insight_to_dashboard."), Stake::Low, false,
                 Schema::object({{QStringLiteral("name"), name}, {QStringLiteral("description"), description}, {QStringLiteral("pinned"), pinned},
                                 {QStringLiteral("tags"), tags}}, {QStringLiteral("name")}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            ts->client()->createDashboard(active.projectId, dashboardFields(call.arguments()), ts, [ts, call, active](const PostHogResult<Dashboard> &d) {
                if (!d.ok())
                    return call.finish(PostHogToolset::apiError(d.error()));
                ts->finishText(call, QStringLiteral("Created. ") + PostHogToolset::projectLine(active) + QLatin1Char('\n') + dashboardText(ts, active.projectId, d.value()));
            });
        });
    }});

    toolset.add({QStringLiteral("update_dashboard"), QStringLiteral("Update a dashboard"),
                 QStringLiteral("Change a dashboard's name, description, pinned state or tags. Unmentioned fields stay."), Stake::Low, true,
                 Schema::object({{QStringLiteral("dashboard_id"), dashboardId}, {QStringLiteral("name"), name}, {QStringLiteral("description"), description},
                                 {QStringLiteral("pinned"), pinned}, {QStringLiteral("tags"), tags}}, {QStringLiteral("dashboard_id")}),
                 {}, [ts](const ToolCall &call) {
        const QJsonObject changes = dashboardFields(call.arguments());
        if (changes.isEmpty())
            return call.finish(ToolResult::error(QStringLiteral("Input validation error: nothing to change; give name, description, pinned or tags.")));
        ts->withProject(call, [ts, call, changes](const Active &active) {
            ts->client()->updateDashboard(active.projectId, PostHogToolset::intArgument(call.arguments(), "dashboard_id", 0), changes, ts,
                                          [ts, call, active](const PostHogResult<Dashboard> &d) {
                if (!d.ok())
                    return call.finish(PostHogToolset::apiError(d.error(), QStringLiteral("get_all_dashboards")));
                ts->finishText(call, QStringLiteral("Updated. ") + PostHogToolset::projectLine(active) + QLatin1Char('\n') + dashboardText(ts, active.projectId, d.value()));
            });
        });
    }});

    toolset.add({QStringLiteral("add_insight_to_dashboard"), QStringLiteral("Add insight to dashboard"),
                 QStringLiteral("Put an existing insight on a dashboard, keeping the dashboards it is already on."), Stake::Low, true,
                 Schema::object({{QStringLiteral("insight_id"), Schema::integer(QStringLiteral("Numeric insight id."), 1, 2147483647)},
                                 {QStringLiteral("dashboard_id"), dashboardId}},
                                {QStringLiteral("insight_id"), QStringLiteral("dashboard_id")}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            const qint64 dashboard = PostHogToolset::intArgument(call.arguments(), "dashboard_id", 0);
            // Check the dashboard exists first: PostHog would accept a dangling id.
            ts->client()->dashboard(active.projectId, dashboard, ts, [ts, call, active, dashboard](const PostHogResult<Dashboard> &d) {
                if (!d.ok())
                    return call.finish(PostHogToolset::apiError(d.error(), QStringLiteral("get_all_dashboards")));
                ts->client()->addInsightToDashboard(active.projectId, PostHogToolset::intArgument(call.arguments(), "insight_id", 0), dashboard, ts,
                                                    [ts, call, active, d](const PostHogResult<Insight> &insight) {
                    if (!insight.ok())
                        return call.finish(PostHogToolset::apiError(insight.error(), QStringLiteral("get_all_insights")));
                    QStringList on;
                    for (qint64 id : insight.value().dashboards)
                        on.append(QString::number(id));
                    ts->finishText(call, QStringLiteral("Insight \"%1\" (id %2) is on dashboard \"%3\" (id %4); it is on dashboards %5. %6")
                                             .arg(insight.value().displayName()).arg(insight.value().id).arg(d.value().name).arg(d.value().id)
                                             .arg(on.join(QStringLiteral(", ")), PostHogToolset::projectLine(active)));
                });
            });
        });
    }});

    toolset.add({QStringLiteral("delete_dashboard"), QStringLiteral("Delete a dashboard"),
                 QStringLiteral("Delete a dashboard (soft delete; its insights stay). Needs the person's approval."), Stake::Medium, true,
                 Schema::object({{QStringLiteral("dashboard_id"), dashboardId}}, {QStringLiteral("dashboard_id")}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            const qint64 id = PostHogToolset::intArgument(call.arguments(), "dashboard_id", 0);
            ts->client()->deleteDashboard(active.projectId, id, ts, [ts, call, active, id](const PostHogResult<Dashboard> &d) {
                if (!d.ok())
                    return call.finish(PostHogToolset::apiError(d.error(), QStringLiteral("get_all_dashboards")));
                ts->finishText(call, QStringLiteral("Deleted dashboard %1 (\"%2\") from %3 Its insights were kept.")
                                         .arg(id).arg(d.value().name, PostHogToolset::projectLine(active)));
            });
        });
    }});
}
