#include "insighttools.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"

#include "posthog/posthogclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUrl>

using Active = ActiveProjectStore::Active;

namespace {

QJsonObject hogqlNode(const QString &sql)
{
    return {{QStringLiteral("kind"), QStringLiteral("DataVisualizationNode")},
            {QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("HogQLQuery")}, {QStringLiteral("query"), sql}}}};
}

QString insightLink(const PostHogToolset *ts, qint64 projectId, const Insight &insight)
{
    return MarkdownRenderer::link(QStringLiteral("open in PostHog"), ts->webUrl(projectId, QStringLiteral("insights/") + insight.shortId));
}

QString insightSummary(const PostHogToolset *ts, qint64 projectId, const Insight &insight)
{
    QString text = QStringLiteral("**%1** (id %2, short_id `%3`) — %4\n").arg(MarkdownRenderer::escape(insight.displayName()))
                       .arg(insight.id).arg(insight.shortId, insightLink(ts, projectId, insight));
    if (!insight.description.isEmpty())
        text += QStringLiteral("Description: %1\n").arg(insight.description);
    text += QStringLiteral("Last modified: %1. Dashboards: %2.\n").arg(MarkdownRenderer::when(insight.lastModifiedAt),
                                                                     insight.dashboards.isEmpty() ? QStringLiteral("none") : [&] {
                                                                         QStringList ids;
                                                                         for (qint64 id : insight.dashboards)
                                                                             ids.append(QString::number(id));
                                                                         return ids.join(QStringLiteral(", "));
                                                                     }());
    const QString hogql = insight.hogql();
    if (!hogql.isEmpty())
        text += QStringLiteral("HogQL:\n```sql\n%1\n```\n").arg(hogql);
    else if (!insight.query.isEmpty())
        text += QStringLiteral("Query kind: %1.\n").arg(insight.query.value(QLatin1String("source")).toObject().value(QLatin1String("kind")).toString(
            insight.query.value(QLatin1String("kind")).toString()));
    return text;
}

// A trends result: one line per series with its total and the last points.
QString renderSeries(const QJsonArray &series, int budget)
{
    QList<QStringList> rows;
    for (const QJsonValue &s : series) {
        const QJsonObject o = s.toObject();
        const QJsonArray data = o.value(QLatin1String("data")).toArray();
        const QJsonArray days = o.value(QLatin1String("days")).toArray();
        QStringList recent;
        for (qsizetype i = qMax<qsizetype>(0, data.size() - 7); i < data.size(); ++i)
            recent.append(QStringLiteral("%1: %2").arg(days.at(i).toString().right(5), MarkdownRenderer::cell(data.at(i))));
        rows.append({MarkdownRenderer::escape(o.value(QLatin1String("label")).toString()), MarkdownRenderer::cell(o.value(QLatin1String("count"))),
                     recent.join(QStringLiteral(", "))});
    }
    return MarkdownRenderer::table({QStringLiteral("series"), QStringLiteral("total"), QStringLiteral("last points")}, rows, budget);
}

// A funnel result (FunnelsQuery): one object per step with `name`, `custom_name`, `count`,
// `order`; conversion is against the first step and the previous one.
QString renderFunnel(const QJsonArray &steps, int budget)
{
    QList<QStringList> rows;
    const double first = steps.first().toObject().value(QLatin1String("count")).toDouble();
    double previous = first;
    for (const QJsonValue &s : steps) {
        const QJsonObject o = s.toObject();
        const double count = o.value(QLatin1String("count")).toDouble();
        const QString name = o.value(QLatin1String("custom_name")).toString(o.value(QLatin1String("name")).toString());
        auto percent = [](double part, double whole) {
            return whole > 0 ? QStringLiteral("%1%").arg(QString::number(100.0 * part / whole, 'f', 1)) : QStringLiteral("-");
        };
        rows.append({QString::number(o.value(QLatin1String("order")).toInt() + 1), MarkdownRenderer::escape(name),
                     QString::number(qint64(count)), percent(count, first), percent(count, previous)});
        previous = count;
    }
    return QStringLiteral("Funnel:\n") + MarkdownRenderer::table({QStringLiteral("step"), QStringLiteral("event"), QStringLiteral("count"),
                                                                  QStringLiteral("conversion from first"), QStringLiteral("from previous")}, rows, budget);
}

// A retention result (RetentionQuery): one cohort per row, `values[i].count` people still there
// in period i.
QString renderRetention(const QJsonArray &cohorts, int budget)
{
    // Cohorts are one period apart, so their dates give the period length; a period that has not
    // started yet reads "–", not a misleading 0.
    auto dateOf = [&](qsizetype i) {
        return QDateTime::fromString(cohorts.at(i).toObject().value(QLatin1String("date")).toString(), Qt::ISODate);
    };
    const qint64 periodSecs = cohorts.size() > 1 && dateOf(0).isValid() && dateOf(1).isValid() ? dateOf(0).secsTo(dateOf(1)) : 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QStringList> rows;
    int periods = 0;
    for (qsizetype i = 0; i < cohorts.size(); ++i) {
        const QJsonObject o = cohorts.at(i).toObject();
        const QJsonArray values = o.value(QLatin1String("values")).toArray();
        periods = qMax(periods, int(values.size()));
        const double size = values.isEmpty() ? 0 : values.first().toObject().value(QLatin1String("count")).toDouble();
        const QString day = dateOf(i).isValid() ? dateOf(i).toString(QStringLiteral("yyyy-MM-dd")) : QString();
        const QString label = o.value(QLatin1String("label")).toString();
        QStringList row{MarkdownRenderer::escape(day.isEmpty() ? label : label.isEmpty() ? day : QStringLiteral("%1 (%2)").arg(day, label))};
        for (qsizetype k = 0; k < values.size(); ++k) {
            if (periodSecs > 0 && dateOf(i).addSecs(periodSecs * k) > now) {
                row.append(QStringLiteral("–"));
                continue;
            }
            const double n = values.at(k).toObject().value(QLatin1String("count")).toDouble();
            row.append(size > 0 ? QStringLiteral("%1 (%2%)").arg(qint64(n)).arg(QString::number(100.0 * n / size, 'f', 0)) : QString::number(qint64(n)));
        }
        rows.append(row);
    }
    QStringList header{QStringLiteral("cohort")};
    for (int p = 0; p < periods; ++p)
        header.append(QStringLiteral("period %1").arg(p));
    for (QStringList &row : rows)
        while (row.size() < header.size())
            row.append(QString());
    return QStringLiteral("Retention (people still active per period, share of the cohort; – = period not reached yet):\n") + MarkdownRenderer::table(header, rows, budget);
}

QString renderResult(const Insight &insight, int budget)
{
    const QJsonArray result = insight.result.toArray();
    if (result.isEmpty())
        return QStringLiteral("No results.");
    const QJsonObject first = result.first().toObject();
    if (result.first().isObject() && first.contains(QLatin1String("values")))
        return renderRetention(result, budget);
    if (result.first().isObject() && first.contains(QLatin1String("order")) && !first.contains(QLatin1String("data")))
        return renderFunnel(result, budget);
    if (result.first().isArray() && result.first().toArray().first().isObject()) // a funnel with breakdown: one funnel each
        return renderFunnel(result.first().toArray(), budget) + QStringLiteral("\n(First breakdown value shown; %1 in all.)").arg(result.size());
    if (result.first().isObject())
        return renderSeries(result, budget);
    QStringList columns = insight.columns;
    for (qsizetype c = columns.size(); c < result.first().toArray().size(); ++c)
        columns.append(QStringLiteral("col%1").arg(c + 1)); // only when PostHog sent no names
    return MarkdownRenderer::queryTable(columns, result, budget);
}

QJsonObject queryOutputSchema()
{
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("project_id"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}},
                         {QStringLiteral("columns"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                                 {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                         {QStringLiteral("types"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                               {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                         {QStringLiteral("rows"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                              {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                                                                    {QStringLiteral("items"), QJsonObject()}}}}},
                         {QStringLiteral("has_more"), QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}}},
                         {QStringLiteral("rows_in_text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}}},
            {QStringLiteral("required"), QJsonArray{QStringLiteral("project_id"), QStringLiteral("columns"), QStringLiteral("rows"), QStringLiteral("has_more")}}};
}

} // namespace

namespace {
// Changing an insight's HogQL replaces only the SQL text: a bare new node would drop display,
// chartSettings, tableSettings and variables, which live beside it (posthog-api.md, insights).
QJsonObject withNewHogql(const QJsonObject &current, const QString &sql)
{
    const QString kind = current.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("HogQLQuery")) {
        QJsonObject node = current;
        node.insert(QStringLiteral("query"), sql);
        return node;
    }
    QJsonObject source = current.value(QLatin1String("source")).toObject();
    if (kind == QLatin1String("DataVisualizationNode") && source.value(QLatin1String("kind")).toString() == QLatin1String("HogQLQuery")) {
        source.insert(QStringLiteral("query"), sql);
        QJsonObject node = current;
        node.insert(QStringLiteral("source"), source);
        return node;
    }
    return hogqlNode(sql); // a product insight becomes an SQL insight: nothing of the old node applies
}

void patchInsight(PostHogToolset *ts, const ToolCall &call, const Active &active, qint64 id, const QJsonObject &changes)
{
    ts->client()->updateInsight(active.projectId, id, changes, ts, [ts, call, active](const PostHogResult<Insight> &insight) {
        if (!insight.ok())
            return call.finish(PostHogToolset::apiError(insight.error(), QStringLiteral("get_all_insights")));
        ts->finishText(call, QStringLiteral("Updated. ") + PostHogToolset::projectLine(active) + QLatin1Char('\n')
                                 + insightSummary(ts, active.projectId, insight.value()));
    });
}
} // namespace

void InsightTools::registerTools(PostHogToolset &toolset)
{
    PostHogToolset *ts = &toolset;

    toolset.add({QStringLiteral("get_sql_insight"), QStringLiteral("Run HogQL"),
                 QStringLiteral(
                     "Run a HogQL (ClickHouse-flavoured SQL) query on the active project; returns columns and rows. Discover names first "
                     "with get_event_definitions/get_property_definitions. Tables: events (event, timestamp, distinct_id, person_id, "
                     "properties.$x, person.properties.x), persons, sessions. Always filter time, e.g.\n"
                     "SELECT properties.$geoip_country_name AS country, count() AS views FROM events WHERE event = '$pageview' AND "
                     "timestamp > now() - INTERVAL 7 DAY GROUP BY country ORDER BY views DESC LIMIT 10\n"
                     "SELECT toDate(timestamp) AS day, count(DISTINCT person_id) AS dau FROM events WHERE timestamp > now() - INTERVAL 30 DAY "
                     "GROUP BY day ORDER BY day\n"
                     "Without LIMIT, 100 rows come back; has_more says more exist."),
                 Stake::NeverAsk, true,
                 Schema::object({{QStringLiteral("query"), Schema::string(QStringLiteral("HogQL SELECT."), 1, 20000)},
                                 {QStringLiteral("question"), Schema::string(QStringLiteral("Optional: the question in plain words, kept with the call."), 0, 2000)}},
                                {QStringLiteral("query")}),
                 queryOutputSchema(), [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            const QString sql = PostHogToolset::stringArgument(call.arguments(), "query");
            call.reportProgress(0, 1, QStringLiteral("running the query"));
            PostHogCall *request = ts->client()->hogql(active.projectId, sql, ts, [ts, call, active, sql](const PostHogResult<QueryResult> &result) {
                if (call.isFinished())
                    return;
                if (!result.ok())
                    return call.finish(PostHogToolset::apiError(result.error()));
                const QueryResult &r = result.value();
                int shown = 0;
                const QString table = MarkdownRenderer::queryTable(r.columns, r.rows, ts->budgetChars() - 1500, &shown);
                const QString url = ts->webUrl(active.projectId, QStringLiteral("sql?open_query=") + QString::fromLatin1(QUrl::toPercentEncoding(sql)));
                QString text = PostHogToolset::projectLine(active) + QStringLiteral(" %1 row(s)%2.\n\n").arg(r.rows.size())
                                   .arg(r.hasMore ? QStringLiteral(", more exist (the query's LIMIT %1 was reached: narrow it, aggregate, or page with OFFSET)").arg(r.limit) : QString())
                               + table;
                if (url.size() < 2000)
                    text += QStringLiteral("\n%1\n").arg(MarkdownRenderer::link(QStringLiteral("Open this query in PostHog"), url));
                QJsonArray types;
                for (const QString &t : r.types)
                    types.append(t);
                call.reportProgress(1, 1);
                ts->finishText(call, text, QJsonObject{{QStringLiteral("project_id"), active.projectId},
                                                       {QStringLiteral("columns"), QJsonArray::fromStringList(r.columns)},
                                                       {QStringLiteral("types"), types},
                                                       {QStringLiteral("rows"), shown < r.rows.size() ? QJsonArray() : r.rows},
                                                       {QStringLiteral("has_more"), r.hasMore},
                                                       {QStringLiteral("rows_in_text"), shown}});
            });
            QPointer<PostHogCall> guard(request);
            call.onCancelled(ts, [guard] { if (guard) guard->cancel(); });
        });
    }});

    const QJsonObject limit = Schema::integer(QStringLiteral("Page size (default 20)."), 1, 100);
    const QJsonObject offset = Schema::integer(QStringLiteral("Skip this many (paging)."), 0, 1000000);
    toolset.add({QStringLiteral("get_all_insights"), QStringLiteral("List insights"),
                 QStringLiteral("Saved insights of the active project, newest first; search by name or description."), Stake::NeverAsk, true,
                 Schema::object({{QStringLiteral("search"), Schema::string(QStringLiteral("Words in the name or description."), 0, 200)},
                                 {QStringLiteral("limit"), limit}, {QStringLiteral("offset"), offset}}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            const ListOptions options = PostHogToolset::listOptions(call.arguments(), 20);
            ts->client()->insights(active.projectId, options, ts, [ts, call, active, options](const PostHogResult<Page<Insight>> &page) {
                if (!page.ok())
                    return call.finish(PostHogToolset::apiError(page.error()));
                QList<QStringList> rows;
                for (const Insight &i : page.value().results)
                    rows.append({MarkdownRenderer::escape(i.displayName()), QString::number(i.id), QStringLiteral("`%1`").arg(i.shortId),
                                 i.hogql().isEmpty() ? QStringLiteral("insight") : QStringLiteral("SQL"), MarkdownRenderer::when(i.lastModifiedAt),
                                 MarkdownRenderer::link(QStringLiteral("open"), ts->webUrl(active.projectId, QStringLiteral("insights/") + i.shortId))});
                ts->finishText(call, PostHogToolset::projectLine(active) + QLatin1Char('\n')
                                         + MarkdownRenderer::table({QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("short_id"), QStringLiteral("kind"),
                                                                    QStringLiteral("last modified"), QStringLiteral("link")}, rows, ts->budgetChars() - 300)
                                         + QLatin1Char('\n') + MarkdownRenderer::pageNote(options.offset, int(page.value().results.size()), page.value().count, page.value().hasMore)
                                         + QStringLiteral(" get_insight shows one with its results."));
            });
        });
    }});

    toolset.add({QStringLiteral("get_insight"), QStringLiteral("Get an insight"),
                 QStringLiteral("One insight by numeric id or 8-character short_id, with its query and freshly computed results."), Stake::NeverAsk, true,
                 Schema::object({{QStringLiteral("insight_id"), Schema::string(QStringLiteral("Numeric id or short_id (from get_all_insights)."), 1, 40)}},
                                {QStringLiteral("insight_id")}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            ts->client()->insight(active.projectId, PostHogToolset::stringArgument(call.arguments(), "insight_id"), true, ts,
                                  [ts, call, active](const PostHogResult<Insight> &insight) {
                if (!insight.ok())
                    return call.finish(PostHogToolset::apiError(insight.error(), QStringLiteral("get_all_insights")));
                const Insight &i = insight.value();
                QString text = PostHogToolset::projectLine(active) + QLatin1Char('\n') + insightSummary(ts, active.projectId, i) + QLatin1Char('\n');
                text += renderResult(i, ts->budgetChars() - int(text.size()) - 200);
                ts->finishText(call, text);
            });
        });
    }});

    const QJsonObject hogql = Schema::string(QStringLiteral("HogQL SELECT to save as an SQL insight (test it with get_sql_insight first)."), 1, 20000);
    const QJsonObject queryNode = Schema::anyObject(QStringLiteral("Alternatively a PostHog query node, e.g. {\"kind\":\"InsightVizNode\",\"source\":{\"kind\":\"TrendsQuery\",...}}."));
    toolset.add({QStringLiteral("create_insight"), QStringLiteral("Create an insight"),
                 QStringLiteral("Save a new insight in the active project from HogQL (hogql) or a query node (query); optionally put it on a dashboard."),
                 Stake::Low, false,
                 Schema::object({{QStringLiteral("name"), Schema::string(QStringLiteral("Insight name."), 1, 400)},
                                 {QStringLiteral("description"), Schema::string(QStringLiteral("What it shows."), 0, 2000)},
                                 {QStringLiteral("hogql"), hogql}, {QStringLiteral("query"), queryNode},
                                 {QStringLiteral("dashboard_id"), Schema::integer(QStringLiteral("Also add to this dashboard."), 1, 2147483647)},
                                 {QStringLiteral("tags"), Schema::stringArray(QStringLiteral("Tags."), 20)}},
                                {QStringLiteral("name")}),
                 {}, [ts](const ToolCall &call) {
        const QJsonObject args = call.arguments();
        const bool hasHogql = args.contains(QLatin1String("hogql"));
        const bool hasQuery = args.contains(QLatin1String("query"));
        if (hasHogql == hasQuery)
            return call.finish(ToolResult::error(QStringLiteral("Input validation error: give exactly one of 'hogql' (a HogQL SELECT) or 'query' (a query node).")));
        ts->withProject(call, [ts, call, args, hasHogql](const Active &active) {
            QJsonObject fields{{QStringLiteral("name"), args.value(QLatin1String("name"))},
                               {QStringLiteral("description"), args.value(QLatin1String("description")).toString()},
                               {QStringLiteral("query"), hasHogql ? hogqlNode(args.value(QLatin1String("hogql")).toString()) : args.value(QLatin1String("query")).toObject()},
                               {QStringLiteral("tags"), args.value(QLatin1String("tags")).toArray()}};
            if (args.contains(QLatin1String("dashboard_id")))
                fields.insert(QStringLiteral("dashboards"), QJsonArray{args.value(QLatin1String("dashboard_id"))});
            ts->client()->createInsight(active.projectId, fields, ts, [ts, call, active](const PostHogResult<Insight> &insight) {
                if (!insight.ok())
                    return call.finish(PostHogToolset::apiError(insight.error()));
                ts->finishText(call, QStringLiteral("Created. ") + PostHogToolset::projectLine(active) + QLatin1Char('\n')
                                         + insightSummary(ts, active.projectId, insight.value()));
            });
        });
    }});

    toolset.add({QStringLiteral("update_insight"), QStringLiteral("Update an insight"),
                 QStringLiteral("Change an insight's name, description, tags or query (hogql or query node). Unmentioned fields stay."),
                 Stake::Low, true,
                 Schema::object({{QStringLiteral("insight_id"), Schema::integer(QStringLiteral("Numeric insight id."), 1, 2147483647)},
                                 {QStringLiteral("name"), Schema::string(QStringLiteral("New name."), 1, 400)},
                                 {QStringLiteral("description"), Schema::string(QStringLiteral("New description."), 0, 2000)},
                                 {QStringLiteral("hogql"), hogql}, {QStringLiteral("query"), queryNode},
                                 {QStringLiteral("tags"), Schema::stringArray(QStringLiteral("Replaces the tags."), 20)}},
                                {QStringLiteral("insight_id")}),
                 {}, [ts](const ToolCall &call) {
        const QJsonObject args = call.arguments();
        QJsonObject changes;
        for (const char *field : {"name", "description", "tags"}) {
            if (args.contains(QLatin1String(field)))
                changes.insert(QLatin1String(field), args.value(QLatin1String(field)));
        }
        if (args.contains(QLatin1String("hogql")) && args.contains(QLatin1String("query")))
            return call.finish(ToolResult::error(QStringLiteral("Input validation error: give 'hogql' or 'query', not both.")));
        if (args.contains(QLatin1String("query")))
            changes.insert(QStringLiteral("query"), args.value(QLatin1String("query")));
        const bool newHogql = args.contains(QLatin1String("hogql"));
        if (changes.isEmpty() && !newHogql)
            return call.finish(ToolResult::error(QStringLiteral("Input validation error: nothing to change; give name, description, tags, hogql or query.")));
        ts->withProject(call, [ts, call, args, changes, newHogql](const Active &active) {
            const qint64 id = PostHogToolset::intArgument(args, "insight_id", 0);
            if (!newHogql)
                return patchInsight(ts, call, active, id, changes);
            ts->client()->insight(active.projectId, QString::number(id), false, ts, [ts, call, active, id, args, changes](const PostHogResult<Insight> &current) {
                if (!current.ok())
                    return call.finish(PostHogToolset::apiError(current.error(), QStringLiteral("get_all_insights")));
                QJsonObject all = changes;
                all.insert(QStringLiteral("query"), withNewHogql(current.value().query, args.value(QLatin1String("hogql")).toString()));
                patchInsight(ts, call, active, id, all);
            });
        });
    }});

    toolset.add({QStringLiteral("delete_insight"), QStringLiteral("Delete an insight"),
                 QStringLiteral("Delete an insight (soft delete; restorable in PostHog). Needs the person's approval."), Stake::Medium, true,
                 Schema::object({{QStringLiteral("insight_id"), Schema::integer(QStringLiteral("Numeric insight id."), 1, 2147483647)}},
                                {QStringLiteral("insight_id")}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            const qint64 id = PostHogToolset::intArgument(call.arguments(), "insight_id", 0);
            ts->client()->deleteInsight(active.projectId, id, ts, [ts, call, active, id](const PostHogResult<Insight> &insight) {
                if (!insight.ok())
                    return call.finish(PostHogToolset::apiError(insight.error(), QStringLiteral("get_all_insights")));
                ts->finishText(call, QStringLiteral("Deleted insight %1 (\"%2\") from %3 It can be restored in PostHog.")
                                         .arg(id).arg(insight.value().displayName(), PostHogToolset::projectLine(active)));
            });
        });
    }});
}
