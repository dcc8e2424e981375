#include "insighttools.h"

#include "insightquerybuilder.h"
#include "listtoolhelper.h"
#include "markdownrenderer.h"
#include "posthogaiquestion.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"
#include "toolrendering.h"

#include "posthog/posthogclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

using Active = ActiveProjectStore::Active;

namespace {

QJsonObject hogqlNode(const QString &sql)
{
    return {{u"kind"_s, u"DataVisualizationNode"_s}, {u"source"_s, QJsonObject{{u"kind"_s, u"HogQLQuery"_s}, {u"query"_s, sql}}}};
}

QString insightLink(const ToolInvocation &tool, qint64 projectId, const Insight &insight)
{
    return MarkdownRenderer::link(u"open in PostHog"_s, tool.webUrl(projectId, u"insights/"_s + insight.shortId));
}

QString insightSummary(const ToolInvocation &tool, qint64 projectId, const Insight &insight)
{
    QString text = u"**%1** (id %2, short_id `%3`) — %4\n"_s.arg(MarkdownRenderer::escape(insight.displayName()))
                       .arg(insight.id)
                       .arg(insight.shortId, insightLink(tool, projectId, insight));
    if (!insight.description.isEmpty())
        text += u"Description: %1\n"_s.arg(insight.description);
    text += u"Last modified: %1. Dashboards: %2.\n"_s.arg(
        MarkdownRenderer::when(insight.lastModifiedAt), insight.dashboards.isEmpty() ? u"none"_s : [&] {
            QStringList ids;
            for (qint64 id : insight.dashboards)
                ids.append(QString::number(id));
            return ids.join(u", "_s);
        }());
    const QString hogql = insight.hogql();
    if (!hogql.isEmpty())
        text += u"HogQL:\n```sql\n%1\n```\n"_s.arg(hogql);
    else if (!insight.query.isEmpty())
        text += u"Query kind: %1.\n"_s.arg(
            insight.query.value("source"_L1).toObject().value("kind"_L1).toString(insight.query.value("kind"_L1).toString()));
    return text;
}

// A trends result: one line per series with its total and the last points.
QString renderSeries(const QJsonArray &series, int budget)
{
    QList<QStringList> rows;
    for (const QJsonValue &s : series) {
        const QJsonObject o = s.toObject();
        const QJsonArray data = o.value("data"_L1).toArray();
        const QJsonArray days = o.value("days"_L1).toArray();
        QStringList recent;
        for (qsizetype i = qMax<qsizetype>(0, data.size() - 7); i < data.size(); ++i)
            recent.append(u"%1: %2"_s.arg(days.at(i).toString().right(5), MarkdownRenderer::cell(data.at(i))));
        rows.append({MarkdownRenderer::escape(o.value("label"_L1).toString()), MarkdownRenderer::cell(o.value("count"_L1)), recent.join(u", "_s)});
    }
    return MarkdownRenderer::table({u"series"_s, u"total"_s, u"last points"_s}, rows, budget);
}

// A funnel result (FunnelsQuery): one object per step with `name`, `custom_name`, `count`,
// `order`; conversion is against the first step and the previous one.
QString renderFunnel(const QJsonArray &steps, int budget)
{
    QList<QStringList> rows;
    const double first = steps.first().toObject().value("count"_L1).toDouble();
    double previous = first;
    for (const QJsonValue &s : steps) {
        const QJsonObject o = s.toObject();
        const double count = o.value("count"_L1).toDouble();
        const QString name = o.value("custom_name"_L1).toString(o.value("name"_L1).toString());
        auto percent = [](double part, double whole) { return whole > 0 ? u"%1%"_s.arg(QString::number(100.0 * part / whole, 'f', 1)) : u"-"_s; };
        rows.append({QString::number(o.value("order"_L1).toInt() + 1), MarkdownRenderer::escape(name), QString::number(qint64(count)),
                     percent(count, first), percent(count, previous)});
        previous = count;
    }
    return u"Funnel:\n"_s
           + MarkdownRenderer::table({u"step"_s, u"event"_s, u"count"_s, u"conversion from first"_s, u"from previous"_s}, rows, budget);
}

// A retention result (RetentionQuery): one cohort per row, `values[i].count` people still there
// in period i.
QString renderRetention(const QJsonArray &cohorts, int budget)
{
    // Cohorts are one period apart, so their dates give the period length; a period that has not
    // started yet reads "–", not a misleading 0.
    auto dateOf = [&](qsizetype i) { return QDateTime::fromString(cohorts.at(i).toObject().value("date"_L1).toString(), Qt::ISODate); };
    const qint64 periodSecs = cohorts.size() > 1 && dateOf(0).isValid() && dateOf(1).isValid() ? dateOf(0).secsTo(dateOf(1)) : 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QStringList> rows;
    int periods = 0;
    for (qsizetype i = 0; i < cohorts.size(); ++i) {
        const QJsonObject o = cohorts.at(i).toObject();
        const QJsonArray values = o.value("values"_L1).toArray();
        periods = qMax(periods, int(values.size()));
        const double size = values.isEmpty() ? 0 : values.first().toObject().value("count"_L1).toDouble();
        const QString day = dateOf(i).isValid() ? dateOf(i).toString(u"yyyy-MM-dd"_s) : QString();
        const QString label = o.value("label"_L1).toString();
        QStringList row{MarkdownRenderer::escape(day.isEmpty() ? label : label.isEmpty() ? day : u"%1 (%2)"_s.arg(day, label))};
        for (qsizetype k = 0; k < values.size(); ++k) {
            if (periodSecs > 0 && dateOf(i).addSecs(periodSecs * k) > now) {
                row.append(u"–"_s);
                continue;
            }
            const double n = values.at(k).toObject().value("count"_L1).toDouble();
            row.append(size > 0 ? u"%1 (%2%)"_s.arg(qint64(n)).arg(QString::number(100.0 * n / size, 'f', 0)) : QString::number(qint64(n)));
        }
        rows.append(row);
    }
    QStringList header{u"cohort"_s};
    for (int p = 0; p < periods; ++p)
        header.append(u"period %1"_s.arg(p));
    for (QStringList &row : rows)
        while (row.size() < header.size())
            row.append(QString());
    return u"Retention (people still active per period, share of the cohort; – = period not reached yet):\n"_s
           + MarkdownRenderer::table(header, rows, budget);
}

QString renderResult(const Insight &insight, int budget)
{
    const QJsonArray result = insight.result.toArray();
    if (result.isEmpty())
        return u"No results."_s;
    const QJsonObject first = result.first().toObject();
    if (result.first().isObject() && first.contains("values"_L1))
        return renderRetention(result, budget);
    if (result.first().isObject() && first.contains("order"_L1) && !first.contains("data"_L1))
        return renderFunnel(result, budget);
    if (result.first().isArray() && result.first().toArray().first().isObject()) // a funnel with breakdown: one funnel each
        return renderFunnel(result.first().toArray(), budget) + u"\n(First breakdown value shown; %1 in all.)"_s.arg(result.size());
    if (result.first().isObject())
        return renderSeries(result, budget);
    QStringList columns = insight.columns;
    for (qsizetype c = columns.size(); c < result.first().toArray().size(); ++c)
        columns.append(u"col%1"_s.arg(c + 1)); // only when PostHog sent no names
    return MarkdownRenderer::queryTable(columns, result, budget);
}

QJsonObject queryOutputSchema()
{
    // A HogQL cell is any JSON value; one branch per type keeps the node a validation keyword
    // (an empty schema is flagged by strict clients such as the Inspector's --strict).
    QJsonArray cellTypes;
    for (const char *type : {"string", "number", "boolean", "null", "array", "object"})
        cellTypes.append(QJsonObject{{u"type"_s, QLatin1String(type)}});
    const QJsonObject anyCell{{u"anyOf"_s, cellTypes}};
    return {{u"type"_s, u"object"_s},
            {u"properties"_s,
             QJsonObject{{u"project_id"_s, QJsonObject{{u"type"_s, u"integer"_s}}},
                         {u"columns"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
                         {u"types"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
                         {u"rows"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, anyCell}}}}},
                         {u"has_more"_s, QJsonObject{{u"type"_s, u"boolean"_s}}},
                         {u"rows_in_text"_s, QJsonObject{{u"type"_s, u"integer"_s}}}}},
            {u"required"_s, QJsonArray{u"project_id"_s, u"columns"_s, u"rows"_s, u"has_more"_s}}};
}

} // namespace

namespace {
// Changing an insight's HogQL replaces only the SQL text: a bare new node would drop display,
// chartSettings, tableSettings and variables, which live beside it (posthog-api.md, insights).
QJsonObject withNewHogql(const QJsonObject &current, const QString &sql)
{
    const QString kind = current.value("kind"_L1).toString();
    if (kind == "HogQLQuery"_L1) {
        QJsonObject node = current;
        node.insert(u"query"_s, sql);
        return node;
    }
    QJsonObject source = current.value("source"_L1).toObject();
    if (kind == "DataVisualizationNode"_L1 && source.value("kind"_L1).toString() == "HogQLQuery"_L1) {
        source.insert(u"query"_s, sql);
        QJsonObject node = current;
        node.insert(u"source"_s, source);
        return node;
    }
    return hogqlNode(sql); // a product insight becomes an SQL insight: nothing of the old node applies
}

// The query's answer under the project line, with a link that opens it in PostHog.
QString sqlText(const ToolInvocation &tool, const Active &active, const QString &sql, const QueryResult &r, const QString &table)
{
    const QString url = tool.webUrl(active.projectId, u"sql?open_query="_s + QString::fromLatin1(QUrl::toPercentEncoding(sql)));
    QString text = ToolRendering::projectLine(active)
                   + u" %1 row(s)%2.\n\n"_s.arg(r.rows.size())
                         .arg(r.hasMore ? u", more exist (the query's LIMIT %1 was reached: narrow it, aggregate, or page with OFFSET)"_s.arg(r.limit)
                                        : QString())
                   + table;
    if (url.size() < 2000)
        text += u"\n%1\n"_s.arg(MarkdownRenderer::link(u"Open this query in PostHog"_s, url));
    return text;
}

// The rows go in structuredContent only when the text shows them all.
QJsonObject sqlStructured(const Active &active, const QueryResult &r, int shown)
{
    QJsonArray types;
    for (const QString &t : r.types)
        types.append(t);
    return {{u"project_id"_s, active.projectId},
            {u"columns"_s, QJsonArray::fromStringList(r.columns)},
            {u"types"_s, types},
            {u"rows"_s, shown < r.rows.size() ? QJsonArray() : r.rows},
            {u"has_more"_s, r.hasMore},
            {u"rows_in_text"_s, shown}};
}

// `preface` goes above the answer (what PostHog AI wrote, when it wrote the query).
void runHogql(const ToolInvocation &tool, const Active &active, const QString &sql, const QString &preface = {})
{
    tool.call().reportProgress(0, 1, u"running the query"_s);
    tool.bind(tool.client()->hogql(active.projectId, sql, tool.context(), [tool, active, sql, preface](const PostHogResult<QueryResult> &result) {
        if (!result.ok())
            return tool.fail(result.error());
        const QueryResult &r = result.value();
        int shown = 0;
        const QString table = MarkdownRenderer::queryTable(r.columns, r.rows, tool.budgetChars() - 1500 - int(preface.size()), &shown);
        tool.call().reportProgress(1, 1);
        tool.finishText(preface + sqlText(tool, active, sql, r, table), sqlStructured(active, r, shown));
    }));
}

void getSqlInsight(const ToolInvocation &tool)
{
    const QString sql = tool.string("query");
    const QString question = tool.string("question").trimmed();
    if (sql.trimmed().isEmpty() && question.isEmpty())
        return tool.fail(u"Give `query` (a HogQL SELECT), or `question` in plain words for PostHog AI to write one."_s);
    tool.withProject([tool, sql, question](const Active &active) {
        if (!sql.trimmed().isEmpty())
            return runHogql(tool, active, sql);
        PostHogAiQuestion::ask(tool, active, question, [tool, active, question](const PostHogAiQuestion::Answer &answer) {
            QString preface = u"PostHog AI wrote this HogQL for \"%1\" (check it answers the question; edit it and call again with `query`):\n"
                              "```sql\n%2\n```\n"_s.arg(question, answer.hogql);
            if (!answer.assistantText.isEmpty())
                preface += u"PostHog AI said: %1\n"_s.arg(answer.assistantText.left(600));
            runHogql(tool, active, answer.hogql, preface + u"\n"_s);
        });
    });
}

void getAllInsights(const ToolInvocation &tool)
{
    const ListLayout layout({u"name"_s, u"id"_s, u"short_id"_s, u"kind"_s, u"last modified"_s, u"link"_s},
                            u" get_insight shows one with its results."_s);
    ListToolHelper::run<Insight>(tool, ListToolHelper::options(tool.arguments(), 20), &PostHogClient::insights, layout,
                                 [tool](const Active &active, const Insight &i) {
                                     return QStringList{MarkdownRenderer::escape(i.displayName()),
                                                        QString::number(i.id),
                                                        u"`%1`"_s.arg(i.shortId),
                                                        i.hogql().isEmpty() ? u"insight"_s : u"SQL"_s,
                                                        MarkdownRenderer::when(i.lastModifiedAt),
                                                        MarkdownRenderer::link(u"open"_s, tool.webUrl(active.projectId, u"insights/"_s + i.shortId))};
                                 });
}

void getInsight(const ToolInvocation &tool)
{
    tool.withProject([tool](const Active &active) {
        tool.bind(tool.client()->insight(
            active.projectId, tool.string("insight_id"), true, tool.context(), [tool, active](const PostHogResult<Insight> &insight) {
                if (!insight.ok())
                    return tool.fail(insight.error(), u"get_all_insights"_s);
                QString text = ToolRendering::underProject(active, insightSummary(tool, active.projectId, insight.value())) + QLatin1Char('\n');
                text += renderResult(insight.value(), tool.budgetChars() - int(text.size()) - 200);
                tool.finishText(text);
            }));
    });
}

// "Created." / "Updated." with the project line and the insight, or PostHog's error.
PostHogClient::Callback<Insight> reportInsight(const ToolInvocation &tool, const Active &active, const QString &what, const QString &listTool)
{
    return [tool, active, what, listTool](const PostHogResult<Insight> &insight) {
        if (!insight.ok())
            return tool.fail(insight.error(), listTool);
        tool.finishText(ToolRendering::done(what, active, insightSummary(tool, active.projectId, insight.value())));
    };
}

QJsonObject newInsightFields(const QJsonObject &args, const QJsonObject &query)
{
    QJsonObject fields{{u"name"_s, args.value("name"_L1)},
                       {u"description"_s, args.value("description"_L1).toString()},
                       {u"query"_s, query},
                       {u"tags"_s, args.value("tags"_L1).toArray()}};
    if (args.contains("dashboard_id"_L1))
        fields.insert(u"dashboards"_s, QJsonArray{args.value("dashboard_id"_L1)});
    return fields;
}

// One of hogql (an SQL insight), insight (run_insight_query's compact form, saved as PostHog's
// InsightVizNode around the node it translates to) or query (a node as is).
void createInsight(const ToolInvocation &tool)
{
    if (int(tool.has("hogql")) + int(tool.has("query")) + int(tool.has("insight")) != 1)
        return tool.fail(u"Input validation error: give exactly one of 'hogql' (a HogQL SELECT), 'insight' (as run_insight_query) "
                         "or 'query' (a query node)."_s);
    QJsonObject query = tool.arguments().value("query"_L1).toObject();
    if (tool.has("hogql"))
        query = hogqlNode(tool.string("hogql"));
    if (tool.has("insight")) {
        QString error;
        const QJsonObject source = InsightQueryBuilder::source(tool.arguments().value("insight"_L1).toObject(), &error);
        if (source.isEmpty())
            return tool.fail(u"Input validation error: insight: %1"_s.arg(error));
        query = InsightQueryBuilder::vizNode(source);
    }
    tool.withProject([tool, query](const Active &active) {
        tool.bind(tool.client()->createInsight(active.projectId, newInsightFields(tool.arguments(), query), tool.context(),
                                               reportInsight(tool, active, u"Created."_s, {})));
    });
}

void patchInsight(const ToolInvocation &tool, const Active &active, const QJsonObject &changes)
{
    tool.bind(tool.client()->updateInsight(active.projectId, tool.integer("insight_id"), changes, tool.context(),
                                           reportInsight(tool, active, u"Updated."_s, u"get_all_insights"_s)));
}

// New HogQL goes into the insight's current node, which has to be read first.
void patchInsightHogql(const ToolInvocation &tool, const Active &active, const QJsonObject &changes)
{
    const QString id = QString::number(tool.integer("insight_id"));
    tool.bind(tool.client()->insight(active.projectId, id, false, tool.context(), [tool, active, changes](const PostHogResult<Insight> &current) {
        if (!current.ok())
            return tool.fail(current.error(), u"get_all_insights"_s);
        QJsonObject all = changes;
        all.insert(u"query"_s, withNewHogql(current.value().query, tool.string("hogql")));
        patchInsight(tool, active, all);
    }));
}

void updateInsight(const ToolInvocation &tool)
{
    QJsonObject changes;
    for (const char *field : {"name", "description", "tags"}) {
        if (tool.has(field))
            changes.insert(QLatin1String(field), tool.arguments().value(QLatin1String(field)));
    }
    if (tool.has("hogql") && tool.has("query"))
        return tool.fail(u"Input validation error: give 'hogql' or 'query', not both."_s);
    if (tool.has("query"))
        changes.insert(u"query"_s, tool.arguments().value("query"_L1));
    const bool newHogql = tool.has("hogql");
    if (changes.isEmpty() && !newHogql)
        return tool.fail(u"Input validation error: nothing to change; give name, description, tags, hogql or query."_s);
    tool.withProject([tool, changes, newHogql](const Active &active) {
        if (newHogql)
            return patchInsightHogql(tool, active, changes);
        patchInsight(tool, active, changes);
    });
}

void deleteInsight(const ToolInvocation &tool)
{
    tool.withProject([tool](const Active &active) {
        const qint64 id = tool.integer("insight_id");
        tool.bind(tool.client()->deleteInsight(active.projectId, id, tool.context(), [tool, active, id](const PostHogResult<Insight> &insight) {
            if (!insight.ok())
                return tool.fail(insight.error(), u"get_all_insights"_s);
            tool.finishText(u"Deleted insight %1 (\"%2\") from %3 It can be restored in PostHog."_s.arg(id).arg(insight.value().displayName(),
                                                                                                                ToolRendering::projectLine(active)));
        }));
    });
}

const QJsonObject limit = Schema::pageSize(20, 100);
const QJsonObject offset = Schema::pageOffset();
const QJsonObject hogql = Schema::string(u"HogQL SELECT to save as an SQL insight (test it with get_sql_insight first)."_s, 1, 20000);
const QJsonObject queryNode = Schema::anyObject(u"Or a PostHog query node (InsightVizNode, DataVisualizationNode)."_s);

const ToolSpec tools[] = {
    {u"get_sql_insight"_s, u"Run HogQL"_s,
     u"Run a HogQL (ClickHouse-flavoured SQL) query on the active project; returns columns and rows. Tables: events (event, timestamp, distinct_id, person_id, "
     "properties.$x, person.properties.x), persons, sessions. Always filter time, e.g.\n"
     "SELECT properties.$geoip_country_name AS country, count() AS views FROM events WHERE event = '$pageview' AND "
     "timestamp > now() - INTERVAL 7 DAY GROUP BY country ORDER BY views DESC LIMIT 10\n"
     "SELECT toDate(timestamp) AS day, count(DISTINCT person_id) AS dau FROM events WHERE timestamp > now() - INTERVAL 30 DAY "
     "GROUP BY day ORDER BY day\n"
     "Without LIMIT, 100 rows come back; has_more says more exist."_s,
     Stake::NeverAsk, true,
     Schema::object({{u"query"_s, Schema::string(u"HogQL SELECT."_s, 1, 20000)},
                     {u"question"_s, Schema::string(u"The question in words. Without query, PostHog AI (Cloud only) writes the HogQL."_s, 0,
                                                    PostHogAiQuestion::maxQuestionLength)}}),
     queryOutputSchema(), getSqlInsight},
    {u"get_all_insights"_s,
     u"List insights"_s,
     u"Saved insights of the active project, newest first; search by name or description."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"search"_s, Schema::string(u"Words in the name or description."_s, 0, 200)}, {u"limit"_s, limit}, {u"offset"_s, offset}}),
     {},
     getAllInsights},
    {u"get_insight"_s,
     u"Get an insight"_s,
     u"One insight by numeric id or 8-character short_id, with its query and freshly computed results."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"insight_id"_s, Schema::string(u"Numeric id or short_id (from get_all_insights)."_s, 1, 40)}}, {u"insight_id"_s}),
     {},
     getInsight},
    {u"create_insight"_s,
     u"Create an insight"_s,
     u"Save a new insight in the active project from HogQL (hogql), a product-analytics insight (insight) or a query node "
     "(query); optionally put it on a dashboard."_s,
     Stake::Low,
     false,
     Schema::object({{u"name"_s, Schema::string(u"Insight name."_s, 1, 400)},
                     {u"description"_s, Schema::string(u"What it shows."_s, 0, 2000)},
                     {u"hogql"_s, hogql},
                     {u"insight"_s, Schema::anyObject(u"Same arguments as run_insight_query."_s)},
                     {u"query"_s, queryNode},
                     {u"dashboard_id"_s, Schema::integer(u"Also add to this dashboard."_s, 1, 2147483647)},
                     {u"tags"_s, Schema::stringArray(u"Tags."_s, 20)}},
                    {u"name"_s}),
     {},
     createInsight},
    {u"update_insight"_s,
     u"Update an insight"_s,
     u"Change an insight's name, description, tags or query (hogql or query node). Unmentioned fields stay."_s,
     Stake::Low,
     true,
     Schema::object({{u"insight_id"_s, Schema::integer(u"Numeric insight id."_s, 1, 2147483647)},
                     {u"name"_s, Schema::string(u"New name."_s, 1, 400)},
                     {u"description"_s, Schema::string(u"New description."_s, 0, 2000)},
                     {u"hogql"_s, hogql},
                     {u"query"_s, queryNode},
                     {u"tags"_s, Schema::stringArray(u"Replaces the tags."_s, 20)}},
                    {u"insight_id"_s}),
     {},
     updateInsight},
    {u"delete_insight"_s,
     u"Delete an insight"_s,
     u"Delete an insight (soft delete; restorable in PostHog). Needs the person's approval."_s,
     Stake::Medium,
     true,
     Schema::object({{u"insight_id"_s, Schema::integer(u"Numeric insight id."_s, 1, 2147483647)}}, {u"insight_id"_s}),
     {},
     deleteInsight},
};

} // namespace

void InsightTools::registerTools(PostHogToolset &toolset)
{
    toolset.add(tools);
}
