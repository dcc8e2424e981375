#include "llmtools.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"

#include "posthog/posthogclient.h"

#include <QRegularExpression>

using Active = ActiveProjectStore::Active;

namespace {

// "-30d" / "-24h" / "-2w" / ISO date → a HogQL time expression; empty when it is neither.
QString timeExpression(const QString &text)
{
    static const QRegularExpression relative(QStringLiteral("^-(\\d{1,4})([hdw])$"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2})?Z?)?$"));
    const auto m = relative.match(text);
    if (m.hasMatch()) {
        const QString unit = m.captured(2) == QLatin1String("h") ? QStringLiteral("HOUR") : m.captured(2) == QLatin1String("w") ? QStringLiteral("WEEK") : QStringLiteral("DAY");
        return QStringLiteral("now() - INTERVAL %1 %2").arg(m.captured(1), unit);
    }
    if (date.match(text).hasMatch())
        return QStringLiteral("'%1'").arg(text);
    return {};
}

// The end of the range as a condition. A bare ISO date means that whole day, so "2026-11-30"
// ends before midnight of the next day, not at its first second.
QString endCondition(const QString &text)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (text.isEmpty())
        return QStringLiteral("timestamp <= now()");
    if (dateOnly.match(text).hasMatch())
        return QStringLiteral("timestamp < toDateTime('%1') + INTERVAL 1 DAY").arg(text);
    const QString expression = timeExpression(text);
    return expression.isEmpty() ? QString() : QStringLiteral("timestamp <= %1").arg(expression);
}

// Generations and embeddings are both billed; they are counted apart because an embedding has
// no output tokens and mixing them skews "per call". {filters} takes the HogQLQuery's
// filterTestAccounts (posthog/hogql/filters.py, replace_filters).
QString costSql(const QString &key, const QString &groupBy, const QString &from, const QString &end)
{
    return QStringLiteral(
               "SELECT %1 AS %2, round(sum(if(event = '$ai_generation', toFloat(properties.$ai_total_cost_usd), 0)), 6) AS cost_usd, "
               "sum(if(event = '$ai_generation', toInt(properties.$ai_input_tokens), 0)) AS input_tokens, "
               "sum(if(event = '$ai_generation', toInt(properties.$ai_output_tokens), 0)) AS output_tokens, "
               "sum(if(event = '$ai_generation', 1, 0)) AS calls, sum(if(event = '$ai_embedding', 1, 0)) AS embeddings, "
               "round(sum(if(event = '$ai_embedding', toFloat(properties.$ai_total_cost_usd), 0)), 6) AS embedding_cost_usd "
               "FROM events WHERE event IN ('$ai_generation', '$ai_embedding') AND {filters} AND timestamp >= %3 AND %4 "
               "GROUP BY %2 ORDER BY %5 LIMIT 500")
        .arg(key, groupBy, from, end, groupBy == QLatin1String("day") ? QStringLiteral("day") : QStringLiteral("cost_usd DESC"));
}

QJsonObject costNode(const QString &sql, bool includeTestAccounts)
{
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("HogQLQuery")},
                       {QStringLiteral("query"), sql},
                       {QStringLiteral("filters"), QJsonObject{{QStringLiteral("filterTestAccounts"), !includeTestAccounts}}}};
}

} // namespace

void LlmTools::registerTools(PostHogToolset &toolset)
{
    PostHogToolset *ts = &toolset;
    toolset.add({QStringLiteral("get_llm_costs"), QStringLiteral("LLM costs"),
                 QStringLiteral("Cost (USD), tokens and calls of LLM generations ($ai_generation events) in the active project, grouped by model, "
                                "provider or day, with totals. Default: last 30 days by model."),
                 Stake::NeverAsk, true,
                 Schema::object({{QStringLiteral("group_by"), Schema::enumeration(QStringLiteral("Grouping (default model)."),
                                                                                  {QStringLiteral("model"), QStringLiteral("provider"), QStringLiteral("day")})},
                                 {QStringLiteral("date_from"), Schema::string(QStringLiteral("Start: -30d, -24h, -2w or an ISO date (default -30d)."), 1, 40)},
                                 {QStringLiteral("date_to"), Schema::string(QStringLiteral("End: relative or ISO date; a date includes that whole day (default now)."), 1, 40)},
                                 {QStringLiteral("include_test_accounts"), Schema::boolean(QStringLiteral("Count internal and test users too (default false, as in PostHog)."))}}),
                 {}, [ts](const ToolCall &call) {
        const QJsonObject a = call.arguments();
        const QString groupBy = PostHogToolset::stringArgument(a, "group_by", QStringLiteral("model"));
        const QString fromText = PostHogToolset::stringArgument(a, "date_from", QStringLiteral("-30d"));
        const QString toText = PostHogToolset::stringArgument(a, "date_to");
        const QString from = timeExpression(fromText);
        const QString end = endCondition(toText);
        const bool includeTestAccounts = a.value(QLatin1String("include_test_accounts")).toBool(false);
        if (from.isEmpty() || end.isEmpty())
            return call.finish(ToolResult::error(QStringLiteral("Input validation error: dates must look like -30d, -24h, -2w or 2026-11-01.")));
        const QString key = groupBy == QLatin1String("provider") ? QStringLiteral("properties.$ai_provider")
            : groupBy == QLatin1String("day") ? QStringLiteral("toDate(timestamp)") : QStringLiteral("properties.$ai_model");
        const QJsonObject node = costNode(costSql(key, groupBy, from, end), includeTestAccounts);
        ts->withProject(call, [ts, call, node, groupBy, fromText, toText, includeTestAccounts](const Active &active) {
            ts->client()->query(active.projectId, node, ts, [ts, call, active, groupBy, fromText, toText, includeTestAccounts](const PostHogResult<QJsonObject> &answer) {
                if (!answer.ok())
                    return call.finish(PostHogToolset::apiError(answer.error()));
                QueryResult parsed;
                QString parseError;
                if (!QueryResult::fromJson(answer.value(), &parsed, &parseError))
                    return call.finish(ToolResult::error(QStringLiteral("PostHog's answer had an unexpected shape: ") + parseError));
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
                QString text = PostHogToolset::projectLine(active)
                    + QStringLiteral(" LLM generations from %1 to %2.\n**Total: $%3** over %4 call(s); %5 input and %6 output tokens%7.\n\n")
                          .arg(fromText, toText.isEmpty() ? QStringLiteral("now") : toText, QString::number(cost, 'f', 4))
                          .arg(calls).arg(input).arg(output)
                          .arg(calls > 0 ? QStringLiteral("; $%1 per call on average").arg(QString::number(cost / double(calls), 'f', 5)) : QString());
                text += QStringLiteral("Embeddings ($ai_embedding), counted apart: %1 call(s), $%2. Test accounts %3.\n\n")
                            .arg(embeddings).arg(QString::number(embeddingCost, 'f', 4))
                            .arg(includeTestAccounts ? QStringLiteral("included") : QStringLiteral("excluded"));
                if (calls == 0 && embeddings == 0)
                    text += QStringLiteral("No $ai_generation or $ai_embedding events in this range: check the project (get_projects) and that LLM analytics is set up.");
                else
                    text += MarkdownRenderer::queryTable(parsed.columns, parsed.rows, ts->budgetChars() - int(text.size()) - 200);
                ts->finishText(call, text, {});
                Q_UNUSED(groupBy);
            });
        });
    }});
}
