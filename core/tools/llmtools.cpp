#include "llmtools.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"

#include "posthog/posthogclient.h"

#include <QRegularExpression>

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

// The end of the range as a condition. A bare ISO date means that whole day, so "2026-11-30"
// ends before midnight of the next day, not at its first second.
QString endCondition(const QString &text)
{
    static const QRegularExpression dateOnly(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (text.isEmpty())
        return u"timestamp <= now()"_s;
    if (dateOnly.match(text).hasMatch())
        return u"timestamp < toDateTime('%1') + INTERVAL 1 DAY"_s.arg(text);
    const QString expression = timeExpression(text);
    return expression.isEmpty() ? QString() : u"timestamp <= %1"_s.arg(expression);
}

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
           "GROUP BY %2 ORDER BY %5 LIMIT 500"_s.arg(key, groupBy, from, end, groupBy == "day"_L1 ? u"day"_s : u"cost_usd DESC"_s);
}

QJsonObject costNode(const QString &sql, bool includeTestAccounts)
{
    return QJsonObject{{u"kind"_s, u"HogQLQuery"_s}, {u"query"_s, sql}, {u"filters"_s, QJsonObject{{u"filterTestAccounts"_s, !includeTestAccounts}}}};
}

} // namespace

void LlmTools::registerTools(PostHogToolset &toolset)
{
    PostHogToolset *ts = &toolset;
    toolset.add(
        {u"get_llm_costs"_s,
         u"LLM costs"_s,
         u"Cost (USD), tokens and calls of LLM generations ($ai_generation events) in the active project, grouped by model, "
         "provider or day, with totals. Default: last 30 days by model."_s,
         Stake::NeverAsk,
         true,
         Schema::object({{u"group_by"_s, Schema::enumeration(u"Grouping (default model)."_s, {u"model"_s, u"provider"_s, u"day"_s})},
                         {u"date_from"_s, Schema::string(u"Start: -30d, -24h, -2w or an ISO date (default -30d)."_s, 1, 40)},
                         {u"date_to"_s, Schema::string(u"End: relative or ISO date; a date includes that whole day (default now)."_s, 1, 40)},
                         {u"include_test_accounts"_s, Schema::boolean(u"Count internal and test users too (default false, as in PostHog)."_s)}}),
         {},
         [ts](const ToolCall &call) {
             const QJsonObject a = call.arguments();
             const QString groupBy = PostHogToolset::stringArgument(a, "group_by", u"model"_s);
             const QString fromText = PostHogToolset::stringArgument(a, "date_from", u"-30d"_s);
             const QString toText = PostHogToolset::stringArgument(a, "date_to");
             const QString from = timeExpression(fromText);
             const QString end = endCondition(toText);
             const bool includeTestAccounts = a.value("include_test_accounts"_L1).toBool(false);
             if (from.isEmpty() || end.isEmpty())
                 return call.finish(ToolResult::error(u"Input validation error: dates must look like -30d, -24h, -2w or 2026-11-01."_s));
             const QString key = groupBy == "provider"_L1 ? u"properties.$ai_provider"_s
                                 : groupBy == "day"_L1    ? u"toDate(timestamp)"_s
                                                          : u"properties.$ai_model"_s;
             const QJsonObject node = costNode(costSql(key, groupBy, from, end), includeTestAccounts);
             ts->withProject(call, [ts, call, node, groupBy, fromText, toText, includeTestAccounts](const Active &active) {
                 ts->client()->query(
                     active.projectId, node, ts,
                     [ts, call, active, groupBy, fromText, toText, includeTestAccounts](const PostHogResult<QJsonObject> &answer) {
                         if (!answer.ok())
                             return call.finish(PostHogToolset::apiError(answer.error()));
                         QueryResult parsed;
                         QString parseError;
                         if (!QueryResult::fromJson(answer.value(), &parsed, &parseError))
                             return call.finish(ToolResult::error(u"PostHog's answer had an unexpected shape: "_s + parseError));
                         double cost = 0;
                         double embeddingCost = 0;
                         qint64 input = 0, output = 0, calls = 0, embeddings = 0;
                         for (const QJsonValue &row : parsed.rows) {
                             const QJsonArray r = row.toArray();
                             cost += r.at(1).toDouble();
                             input += qint64(r.at(2).toDouble());
                             output += qint64(r.at(3).toDouble());
                             calls += qint64(r.at(4).toDouble());
                             embeddings += qint64(r.at(5).toDouble());
                             embeddingCost += r.at(6).toDouble();
                         }
                         QString text
                             = PostHogToolset::projectLine(active)
                               + u" LLM generations from %1 to %2.\n**Total: $%3** over %4 call(s); %5 input and %6 output tokens%7.\n\n"_s
                                     .arg(fromText, toText.isEmpty() ? u"now"_s : toText, QString::number(cost, 'f', 4))
                                     .arg(calls)
                                     .arg(input)
                                     .arg(output)
                                     .arg(calls > 0 ? u"; $%1 per call on average"_s.arg(QString::number(cost / double(calls), 'f', 5)) : QString());
                         text += u"Embeddings ($ai_embedding), counted apart: %1 call(s), $%2. Test accounts %3.\n\n"_s.arg(embeddings)
                                     .arg(QString::number(embeddingCost, 'f', 4))
                                     .arg(includeTestAccounts ? u"included"_s : u"excluded"_s);
                         if (calls == 0 && embeddings == 0)
                             text
                                 += u"No $ai_generation or $ai_embedding events in this range: check the project (get_projects) and that LLM analytics is set up."_s;
                         else
                             text += MarkdownRenderer::queryTable(parsed.columns, parsed.rows, ts->budgetChars() - int(text.size()) - 200);
                         ts->finishText(call, text, {});
                         Q_UNUSED(groupBy);
                     });
             });
         }});
}
