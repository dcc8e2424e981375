#include "llmtools.h"

#include "llmtracerenderer.h"
#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"
#include "toolinvocation.h"
#include "toolrendering.h"

#include "posthog/posthogclient.h"

#include <QRegularExpression>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;

using Active = ActiveProjectStore::Active;

namespace {

// "-30d" / "-24h" / "-2w" / ISO date → a HogQL time expression; empty when it is neither.
QString timeExpression(const QString &text)
{
    static const QRegularExpression relative(u"^-(\\d{1,4})([hdw])$"_s);
    static const QRegularExpression date(u"^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2})?Z?)?$"_s);
    const auto m = relative.match(text);
    if (m.hasMatch()) {
        const QString unit = m.captured(2) == "h"_L1 ? u"HOUR"_s : m.captured(2) == "w"_L1 ? u"WEEK"_s : u"DAY"_s;
        return u"now() - INTERVAL %1 %2"_s.arg(m.captured(1), unit);
    }
    if (date.match(text).hasMatch())
        return u"'%1'"_s.arg(text);
    return {};
}

// The end of the range as a condition on `column`, `slack` later. A bare ISO date means that
// whole day, so "2026-11-30" ends before midnight of the next day, not at its first second.
QString endCondition(const QString &text, const QString &column = u"timestamp"_s, const QString &slack = {})
{
    static const QRegularExpression dateOnly(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (text.isEmpty())
        return u"%1 <= now()%2"_s.arg(column, slack);
    if (dateOnly.match(text).hasMatch())
        return u"%1 < toDateTime('%2') + INTERVAL 1 DAY%3"_s.arg(column, text, slack);
    const QString expression = timeExpression(text);
    return expression.isEmpty() ? QString() : u"%1 <= %2%3"_s.arg(column, expression, slack);
}

// A HogQL string literal: what an agent passes never becomes part of the query's syntax.
QString hogqlString(QString value)
{
    value.replace(QLatin1Char('\\'), "\\\\"_L1).replace(QLatin1Char('\''), "\\'"_L1);
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

const QString dateError = u"Input validation error: dates must look like -30d, -24h, -2w or 2026-11-01."_s;

using Parsed = std::function<void(const QueryResult &result)>;

// Runs one query node in the active project; `then` gets the parsed table, errors end the call.
void runQuery(const ToolInvocation &tool, const Active &active, const QJsonObject &node, Parsed then)
{
    tool.bind(tool.client()->query(active.projectId, node, tool.context(), [tool, then](const PostHogResult<QJsonObject> &answer) {
        if (!answer.ok())
            return tool.fail(answer.error());
        QueryResult parsed;
        QString parseError;
        if (!QueryResult::fromJson(answer.value(), &parsed, &parseError))
            return tool.fail(u"PostHog's answer had an unexpected shape: "_s + parseError);
        then(parsed);
    }));
}

QJsonObject hogqlNode(const QString &sql, bool includeTestAccounts)
{
    return QJsonObject{{u"kind"_s, u"HogQLQuery"_s}, {u"query"_s, sql}, {u"filters"_s, QJsonObject{{u"filterTestAccounts"_s, !includeTestAccounts}}}};
}

// ---- get_llm_costs ----

constexpr int costRowLimit = 500;

// Generations and embeddings are both billed; they are counted apart because an embedding has
// no output tokens and mixing them skews "per call". {filters} takes the HogQLQuery's
// filterTestAccounts (posthog/hogql/filters.py, replace_filters).
QString costSql(const QString &key, const QString &groupBy, const QString &from, const QString &end)
{
    return u"SELECT %1 AS %2, round(sum(if(event = '$ai_generation', toFloat(properties.$ai_total_cost_usd), 0)), 6) AS cost_usd, "
           "sum(if(event = '$ai_generation', toInt(properties.$ai_input_tokens), 0)) AS input_tokens, "
           "sum(if(event = '$ai_generation', toInt(properties.$ai_output_tokens), 0)) AS output_tokens, "
           "sum(if(event = '$ai_generation', 1, 0)) AS calls, sum(if(event = '$ai_embedding', 1, 0)) AS embeddings, "
           "round(sum(if(event = '$ai_embedding', toFloat(properties.$ai_total_cost_usd), 0)), 6) AS embedding_cost_usd "
           "FROM events WHERE event IN ('$ai_generation', '$ai_embedding') AND {filters} AND timestamp >= %3 AND %4 "
           "GROUP BY %2 ORDER BY %5 LIMIT %6"_s.arg(key, groupBy, from, end, groupBy == "day"_L1 ? u"day"_s : u"cost_usd DESC"_s)
               .arg(costRowLimit);
}

// What get_llm_costs was asked, in words for the answer and as a query for PostHog.
struct CostQuestion
{
    QString groupBy;
    QString fromText;
    QString toText;
    bool includeTestAccounts = false;
    QJsonObject node;
    QJsonObject totalsNode; // for groupings that may have more rows than the answer holds
};

QString costKey(const QString &groupBy)
{
    if (groupBy == "provider"_L1)
        return u"properties.$ai_provider"_s;
    if (groupBy == "day"_L1)
        return u"toDate(timestamp)"_s;
    if (groupBy == "person"_L1) // the person's email where there is one, as get_llm_traces' person filter takes
        return u"coalesce(person.properties.email, distinct_id)"_s;
    if (groupBy == "trace"_L1)
        return u"properties.$ai_trace_id"_s;
    return u"properties.$ai_model"_s;
}

// The question, or an error text when a date is neither relative nor ISO.
CostQuestion costQuestion(const ToolInvocation &tool, QString *error)
{
    CostQuestion question;
    question.groupBy = tool.string("group_by", u"model"_s);
    question.fromText = tool.string("date_from", u"-30d"_s);
    question.toText = tool.string("date_to");
    question.includeTestAccounts = tool.arguments().value("include_test_accounts"_L1).toBool(false);
    const QString from = timeExpression(question.fromText);
    const QString end = endCondition(question.toText);
    if (from.isEmpty() || end.isEmpty()) {
        *error = dateError;
        return question;
    }
    question.node = hogqlNode(costSql(costKey(question.groupBy), question.groupBy, from, end), question.includeTestAccounts);
    if (question.groupBy == "person"_L1 || question.groupBy == "trace"_L1)
        question.totalsNode = hogqlNode(costSql(u"'all'"_s, u"total"_s, from, end), question.includeTestAccounts);
    return question;
}

struct CostTotals
{
    double cost = 0;
    double embeddingCost = 0;
    qint64 input = 0, output = 0, calls = 0, embeddings = 0;
};

CostTotals costTotals(const QJsonArray &rows)
{
    CostTotals t;
    for (const QJsonValue &row : rows) {
        const QJsonArray r = row.toArray();
        t.cost += r.at(1).toDouble();
        t.input += qint64(r.at(2).toDouble());
        t.output += qint64(r.at(3).toDouble());
        t.calls += qint64(r.at(4).toDouble());
        t.embeddings += qint64(r.at(5).toDouble());
        t.embeddingCost += r.at(6).toDouble();
    }
    return t;
}

// `totals`: the whole range's, when the table holds only the costliest rows.
QString costText(const Active &active, const CostQuestion &question, const QueryResult &parsed, const QJsonArray &totals, int budgetChars)
{
    const CostTotals t = costTotals(totals.isEmpty() ? parsed.rows : totals);
    QString text = ToolRendering::projectLine(active)
                   + u" LLM generations from %1 to %2.\n**Total: $%3** over %4 call(s); %5 input and %6 output tokens%7.\n\n"_s
                         .arg(question.fromText, question.toText.isEmpty() ? u"now"_s : question.toText, QString::number(t.cost, 'f', 4))
                         .arg(t.calls)
                         .arg(t.input)
                         .arg(t.output)
                         .arg(t.calls > 0 ? u"; $%1 per call on average"_s.arg(QString::number(t.cost / double(t.calls), 'f', 5)) : QString());
    text += u"Embeddings ($ai_embedding), counted apart: %1 call(s), $%2. Test accounts %3.\n\n"_s.arg(t.embeddings)
                .arg(QString::number(t.embeddingCost, 'f', 4))
                .arg(question.includeTestAccounts ? u"included"_s : u"excluded"_s);
    if (t.calls == 0 && t.embeddings == 0)
        return text
               + u"No $ai_generation or $ai_embedding events in this range: check the project (get_projects) and that LLM analytics is set up."_s;
    if (!totals.isEmpty())
        text += u"Only the %1 costliest %2s are listed; the totals above cover them all.\n\n"_s.arg(parsed.rows.size()).arg(question.groupBy);
    return text + MarkdownRenderer::queryTable(parsed.columns, parsed.rows, budgetChars - int(text.size()) - 200);
}

void getLlmCosts(const ToolInvocation &tool)
{
    QString error;
    const CostQuestion question = costQuestion(tool, &error);
    if (!error.isEmpty())
        return tool.fail(error);
    tool.withProject([tool, question](const Active &active) {
        runQuery(tool, active, question.node, [tool, active, question](const QueryResult &rows) {
            if (question.totalsNode.isEmpty() || rows.rows.size() < costRowLimit)
                return tool.finishText(costText(active, question, rows, {}, tool.budgetChars()));
            runQuery(tool, active, question.totalsNode, [tool, active, question, rows](const QueryResult &totals) {
                tool.finishText(costText(active, question, rows, totals.rows, tool.budgetChars()));
            });
        });
    });
}

// ---- get_llm_traces ----
//
// HogQL over the events rather than the TracesQuery/TraceQuery nodes PostHog's UI sends: an
// LLMTrace (frontend/src/queries/schema/schema-general.ts) has no models, generation count or
// error flag; in list mode its `events` hold only the trace's direct children, so generations
// under a span go uncounted; each event comes with all its properties (whole prompts and
// completions, unbounded); and the runners changed shape across versions (the newest reads
// posthog.ai_events). A HogQL query asks for exactly these aggregates, in one page, and runs the
// same on every PostHog version and on the demo. The aggregation follows the runners: events
// grouped by $ai_trace_id, costs and tokens of generations and embeddings, the name of the
// $ai_trace, the range widened by 10 minutes for the events and applied to the first one.

// The events a trace is made of and the conditions PostHog's trace runners use
// (posthog/hogql_queries/ai/traces_query_runner.py, trace_query_runner.py).
const QString traceEvents = u"event IN ('$ai_span', '$ai_generation', '$ai_embedding', '$ai_metric', '$ai_feedback', '$ai_trace')"_s;
const QString billed = u"event IN ('$ai_generation', '$ai_embedding')"_s;
// PostHog's own LLM error views test `$ai_is_error = 'true'` or a `$ai_error`; toString keeps
// the test true whether the property is typed Boolean or String.
const QString failedStep = u"(toString(properties.$ai_is_error) IN ('true', '1') OR properties.$ai_error IS NOT NULL)"_s;

struct TraceQuestion
{
    QString fromText, toText;
    QString eventsWindow; // on timestamp, 10 minutes wider than the range on both sides
    QString startedWindow; // on the trace's first event
    QString traceId, model, person;
    bool errorsOnly = false;
    bool includeTestAccounts = false;
    int limit = 20;
    int offset = 0;
};

TraceQuestion traceQuestion(const ToolInvocation &tool, QString *error)
{
    TraceQuestion q;
    q.fromText = tool.string("date_from", u"-30d"_s);
    q.toText = tool.string("date_to");
    const QString from = timeExpression(q.fromText);
    // TracesQueryDateRange: events up to 10 minutes either side, so a trace that started in the
    // range is counted whole; the trace itself is kept by its first event.
    const QString eventsEnd = endCondition(q.toText, u"timestamp"_s, u" + INTERVAL 10 MINUTE"_s);
    const QString startedEnd = endCondition(q.toText, u"started"_s);
    if (from.isEmpty() || eventsEnd.isEmpty())
        *error = dateError;
    q.eventsWindow = u"timestamp >= %1 - INTERVAL 10 MINUTE AND %2"_s.arg(from, eventsEnd);
    q.startedWindow = u"started >= %1 AND %2"_s.arg(from, startedEnd);
    q.traceId = tool.string("trace_id").trimmed();
    q.model = tool.string("model").trimmed();
    q.person = tool.string("person").trimmed();
    q.errorsOnly = tool.arguments().value("errors_only"_L1).toBool(false);
    // As get_llm_costs, traces of internal and test users are left out, unless someone asks for a
    // person by name: they then see that person's traces whoever it is.
    q.includeTestAccounts = !q.person.isEmpty();
    q.limit = qBound(1, tool.integer("limit", 20), 100);
    q.offset = qMax(0, tool.integer("offset", 0));
    return q;
}

// One row per trace, newest first, one more than the page to know whether more follow.
QString tracesSql(const TraceQuestion &q)
{
    QString sql
        = u"SELECT properties.$ai_trace_id AS trace_id, min(timestamp) AS started, "
          "coalesce(max(if(event = '$ai_trace', coalesce(properties.$ai_span_name, properties.$ai_trace_name), NULL)), "
          "min(coalesce(properties.$ai_span_name, properties.$ai_trace_name))) AS name, "
          "min(distinct_id) AS distinct_id, min(person.properties.email) AS email, sum(if(event = '$ai_generation', 1, 0)) AS generations, "
          "round(sum(if(%1, toFloat(properties.$ai_total_cost_usd), 0)), 6) AS cost_usd, "
          // The root run's latency; without one, the sum of the top-level events' (SDK wrappers).
          "round(if(sum(if(event = '$ai_trace', 1, 0)) > 0, sum(if(event = '$ai_trace', toFloat(properties.$ai_latency), 0)), "
          "sum(if(properties.$ai_parent_id IS NULL OR properties.$ai_parent_id = properties.$ai_trace_id, toFloat(properties.$ai_latency), 0))), 2) "
          "AS latency_s, sum(if(%1, toInt(properties.$ai_input_tokens), 0)) AS input_tokens, "
          "sum(if(%1, toInt(properties.$ai_output_tokens), 0)) AS output_tokens, sum(if(%2, 1, 0)) AS errors "
          "FROM events WHERE %3 AND properties.$ai_trace_id IS NOT NULL AND properties.$ai_trace_id != '' AND {filters} AND %4"_s.arg(
              billed, failedStep, traceEvents, q.eventsWindow);
    if (!q.person.isEmpty())
        sql += u" AND (distinct_id = %1 OR person.properties.email = %1)"_s.arg(hogqlString(q.person));
    sql += u" GROUP BY trace_id HAVING "_s + q.startedWindow;
    if (!q.model.isEmpty())
        sql += u" AND sum(if(properties.$ai_model = %1, 1, 0)) > 0"_s.arg(hogqlString(q.model));
    if (q.errorsOnly)
        sql += u" AND errors > 0"_s;
    return sql + u" ORDER BY started DESC, trace_id LIMIT %1 OFFSET %2"_s.arg(q.limit + 1).arg(q.offset);
}

QString modelsSql(const TraceQuestion &q, const QList<LlmTraceSummary> &traces)
{
    QStringList ids;
    for (const LlmTraceSummary &t : traces)
        ids.append(hogqlString(t.id));
    return u"SELECT properties.$ai_trace_id AS trace_id, properties.$ai_model AS model, count() AS calls FROM events "
           "WHERE %1 AND properties.$ai_trace_id IN (%2) AND %3 GROUP BY trace_id, model "
           "ORDER BY calls DESC, model LIMIT 1000"_s.arg(billed, ids.join(u", "_s), q.eventsWindow);
}

constexpr int maxSteps = 500;

QString stepsSql(const TraceQuestion &q)
{
    return u"SELECT event, timestamp, properties.$ai_span_id AS span_id, properties.$ai_parent_id AS parent_id, "
           "coalesce(properties.$ai_span_name, properties.$ai_trace_name) AS name, properties.$ai_model AS model, "
           "toInt(properties.$ai_input_tokens) AS input_tokens, toInt(properties.$ai_output_tokens) AS output_tokens, "
           "toFloat(properties.$ai_total_cost_usd) AS cost_usd, toFloat(properties.$ai_latency) AS latency_s, if(%1, 1, 0) AS failed, "
           "properties.$ai_error AS error, distinct_id, person.properties.email AS email FROM events "
           "WHERE %2 AND properties.$ai_trace_id = %3 AND %4 ORDER BY timestamp, event LIMIT %5"_s.arg(
               failedStep, traceEvents, hogqlString(q.traceId), q.eventsWindow, QString::number(maxSteps + 1));
}

LlmTraceRenderer::Link traceLink(const ToolInvocation &tool, qint64 projectId)
{
    // frontend/src/products/llm_analytics urls.ts llmAnalyticsTrace(id, {timestamp}); newer
    // PostHog redirects /llm-analytics/traces/:id to its AI observability page.
    return [tool, projectId](const QString &id, const QDateTime &started) {
        return tool.webUrl(projectId, u"llm-analytics/traces/%1?timestamp=%2"_s.arg(
                                          QString::fromLatin1(QUrl::toPercentEncoding(id)),
                                          QString::fromLatin1(QUrl::toPercentEncoding(started.toUTC().toString(Qt::ISODateWithMs)))));
    };
}

QString rangeText(const TraceQuestion &q)
{
    return u"from %1 to %2"_s.arg(q.fromText, q.toText.isEmpty() ? u"now"_s : q.toText);
}

QString tracesText(const ToolInvocation &tool, const Active &active, const TraceQuestion &q, QList<LlmTraceSummary> page, bool hasMore)
{
    QStringList filters;
    if (!q.model.isEmpty())
        filters.append(u"using model %1"_s.arg(q.model));
    if (!q.person.isEmpty())
        filters.append(u"of %1"_s.arg(q.person));
    if (q.errorsOnly)
        filters.append(u"with a failed step"_s);
    QString text = ToolRendering::projectLine(active)
                   + u" LLM traces %1%2, newest first; test accounts %3.\n\n"_s.arg(
                       rangeText(q), filters.isEmpty() ? QString() : u" "_s + MarkdownRenderer::escape(filters.join(u", "_s)),
                       q.includeTestAccounts ? u"included"_s : u"excluded"_s);
    if (page.isEmpty())
        return text + MarkdownRenderer::pageNote(q.offset, 0, -1, false)
               + u" Widen date_from, drop a filter, or check the project (get_projects) and that LLM analytics is set up."_s;
    int shown = 0;
    text += LlmTraceRenderer::list(page, traceLink(tool, active.projectId), tool.budgetChars() - int(text.size()) - 300, &shown);
    return text + u"\n"_s + MarkdownRenderer::pageNote(q.offset, shown, -1, hasMore || shown < page.size())
           + u" Pass trace_id for one trace's steps."_s;
}

void listTraces(const ToolInvocation &tool, const Active &active, const TraceQuestion &q)
{
    runQuery(tool, active, hogqlNode(tracesSql(q), q.includeTestAccounts), [tool, active, q](const QueryResult &traces) {
        QList<LlmTraceSummary> page = LlmTraceRenderer::summaries(traces, {});
        const bool hasMore = page.size() > q.limit;
        if (hasMore)
            page.resize(q.limit);
        if (page.isEmpty())
            return tool.finishText(tracesText(tool, active, q, page, false));
        runQuery(tool, active, hogqlNode(modelsSql(q, page), true), [tool, active, q, traces, hasMore](const QueryResult &models) {
            QList<LlmTraceSummary> withModels = LlmTraceRenderer::summaries(traces, models);
            withModels.resize(qMin(withModels.size(), qsizetype(q.limit)));
            tool.finishText(tracesText(tool, active, q, withModels, hasMore));
        });
    });
}

// One trace, whoever it belongs to: an explicit id is not filtered by test accounts.
void showTrace(const ToolInvocation &tool, const Active &active, const TraceQuestion &q)
{
    runQuery(tool, active, hogqlNode(stepsSql(q), true), [tool, active, q](const QueryResult &events) {
        QList<LlmTraceStep> steps = LlmTraceRenderer::steps(events);
        if (steps.isEmpty())
            return tool.fail(u"No LLM trace with id '%1' %2 in project %3. Check the id (get_llm_traces lists traces with theirs) or "
                             "widen date_from (e.g. -90d)."_s.arg(q.traceId.left(200), rangeText(q), QString::number(active.projectId)));
        const bool truncated = steps.size() > maxSteps;
        if (truncated)
            steps.resize(maxSteps);
        const QString head = ToolRendering::projectLine(active) + u"\n"_s;
        tool.finishText(
            head + LlmTraceRenderer::trace(q.traceId, steps, truncated, traceLink(tool, active.projectId), tool.budgetChars() - int(head.size())));
    });
}

void getLlmTraces(const ToolInvocation &tool)
{
    QString error;
    const TraceQuestion q = traceQuestion(tool, &error);
    if (!error.isEmpty())
        return tool.fail(error);
    tool.withProject([tool, q](const Active &active) { q.traceId.isEmpty() ? listTraces(tool, active, q) : showTrace(tool, active, q); });
}

const QJsonObject dateFrom = Schema::string(u"Start: -30d, -24h, -2w or an ISO date (default -30d)."_s, 1, 40);
const QJsonObject dateTo = Schema::string(u"End: relative or ISO date; a date includes that whole day (default now)."_s, 1, 40);
const QJsonObject testAccounts = Schema::boolean(u"Count test users too (default false, as PostHog)."_s);

QJsonObject bareString(int maxLength)
{
    return {{u"type"_s, u"string"_s}, {u"maxLength"_s, maxLength}};
}

const ToolSpec tools[] = {
    {u"get_llm_costs"_s,
     u"LLM costs"_s,
     u"Cost (USD), tokens and calls of LLM generations ($ai_generation events) in the active project, grouped by model, "
     "provider, day, person or trace, with totals. Default: last 30 days by model."_s,
     Stake::NeverAsk,
     true,
     Schema::object(
         {{u"group_by"_s, Schema::enumeration(u"Grouping (default model)."_s, {u"model"_s, u"provider"_s, u"day"_s, u"person"_s, u"trace"_s})},
          {u"date_from"_s, dateFrom},
          {u"date_to"_s, dateTo},
          {u"include_test_accounts"_s, testAccounts}}),
     {},
     getLlmCosts},
    {u"get_llm_traces"_s,
     u"LLM traces"_s,
     u"LLM traces, newest first: person, models, cost, latency, tokens, failed steps, link. trace_id: one trace's step tree. "
     "Dates: -7d, -24h or ISO (default -30d to now)."_s,
     Stake::NeverAsk,
     true,
     // Names that say it all go without a description: every byte here is paid on every turn.
     Schema::object({{u"trace_id"_s, bareString(200)},
                     {u"model"_s, bareString(200)},
                     {u"person"_s, Schema::string(u"Distinct id or email."_s, 0, 200)},
                     {u"errors_only"_s, QJsonObject{{u"type"_s, u"boolean"_s}}},
                     {u"date_from"_s, bareString(40)},
                     {u"date_to"_s, bareString(40)},
                     {u"limit"_s, Schema::pageSize(20, 100)},
                     {u"offset"_s, Schema::pageOffset(10000)}}),
     {},
     getLlmTraces},
};

} // namespace

void LlmTools::registerTools(PostHogToolset &toolset)
{
    toolset.add(tools);
}
