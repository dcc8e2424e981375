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
                                 {QStringLiteral("date_to"), Schema::string(QStringLiteral("End: relative or ISO date (default now)."), 1, 40)}}),
                 {}, [ts](const ToolCall &call) {
        const QJsonObject a = call.arguments();
        const QString groupBy = PostHogToolset::stringArgument(a, "group_by", QStringLiteral("model"));
        const QString fromText = PostHogToolset::stringArgument(a, "date_from", QStringLiteral("-30d"));
        const QString toText = PostHogToolset::stringArgument(a, "date_to");
        const QString from = timeExpression(fromText);
        const QString to = toText.isEmpty() ? QStringLiteral("now()") : timeExpression(toText);
        if (from.isEmpty() || to.isEmpty())
            return call.finish(ToolResult::error(QStringLiteral("Input validation error: dates must look like -30d, -24h, -2w or 2026-11-01.")));
        const QString key = groupBy == QLatin1String("provider") ? QStringLiteral("properties.$ai_provider")
            : groupBy == QLatin1String("day") ? QStringLiteral("toDate(timestamp)") : QStringLiteral("properties.$ai_model");
        const QString sql = QStringLiteral(
            "SELECT %1 AS %2, round(sum(toFloat(properties.$ai_total_cost_usd)), 6) AS cost_usd, "
            "sum(toInt(properties.$ai_input_tokens)) AS input_tokens, sum(toInt(properties.$ai_output_tokens)) AS output_tokens, "
            "count() AS calls FROM events WHERE event = '$ai_generation' AND timestamp >= %3 AND timestamp <= %4 "
            "GROUP BY %2 ORDER BY %5 LIMIT 500")
                                .arg(key, groupBy, from, to, groupBy == QLatin1String("day") ? QStringLiteral("day") : QStringLiteral("cost_usd DESC"));
        ts->withProject(call, [ts, call, sql, groupBy, fromText, toText](const Active &active) {
            ts->client()->hogql(active.projectId, sql, ts, [ts, call, active, groupBy, fromText, toText](const PostHogResult<QueryResult> &result) {
                if (!result.ok())
                    return call.finish(PostHogToolset::apiError(result.error()));
                double cost = 0;
                qint64 input = 0, output = 0, calls = 0;
                for (const QJsonValue &row : result.value().rows) {
                    const QJsonArray r = row.toArray();
                    cost += r.at(1).toDouble();
                    input += qint64(r.at(2).toDouble());
                    output += qint64(r.at(3).toDouble());
                    calls += qint64(r.at(4).toDouble());
                }
                QString text = PostHogToolset::projectLine(active)
                    + QStringLiteral(" LLM generations from %1 to %2.\n**Total: $%3** over %4 call(s); %5 input and %6 output tokens%7.\n\n")
                          .arg(fromText, toText.isEmpty() ? QStringLiteral("now") : toText, QString::number(cost, 'f', 4))
                          .arg(calls).arg(input).arg(output)
                          .arg(calls > 0 ? QStringLiteral("; $%1 per call on average").arg(QString::number(cost / double(calls), 'f', 5)) : QString());
                if (calls == 0)
                    text += QStringLiteral("No $ai_generation events in this range: check the project (get_projects) and that LLM analytics is set up.");
                else
                    text += MarkdownRenderer::queryTable(result.value().columns, result.value().rows, ts->budgetChars() - int(text.size()) - 200);
                ts->finishText(call, text, {});
                Q_UNUSED(groupBy);
            });
        });
    }});
}
