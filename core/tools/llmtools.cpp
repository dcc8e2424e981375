#include "llmtools.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"
#include "toolinvocation.h"
#include "toolrendering.h"

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

// What get_llm_costs was asked, in words for the answer and as a query for PostHog.
struct CostQuestion
{
    QString fromText;
    QString toText;
    bool includeTestAccounts = false;
    QJsonObject node;
};

// The question, or an error text when a date is neither relative nor ISO.
CostQuestion costQuestion(const ToolInvocation &tool, QString *error)
{
    CostQuestion question;
    const QString groupBy = tool.string("group_by", u"model"_s);
    question.fromText = tool.string("date_from", u"-30d"_s);
    question.toText = tool.string("date_to");
    question.includeTestAccounts = tool.arguments().value("include_test_accounts"_L1).toBool(false);
    const QString from = timeExpression(question.fromText);
    const QString end = endCondition(question.toText);
    if (from.isEmpty() || end.isEmpty()) {
        *error = u"Input validation error: dates must look like -30d, -24h, -2w or 2026-11-01."_s;
        return question;
    }
    const QString key = groupBy == "provider"_L1 ? u"properties.$ai_provider"_s
                        : groupBy == "day"_L1    ? u"toDate(timestamp)"_s
                                                 : u"properties.$ai_model"_s;
    question.node = costNode(costSql(key, groupBy, from, end), question.includeTestAccounts);
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

QString costText(const Active &active, const CostQuestion &question, const QueryResult &parsed, int budgetChars)
{
    const CostTotals t = costTotals(parsed.rows);
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
    return text + MarkdownRenderer::queryTable(parsed.columns, parsed.rows, budgetChars - int(text.size()) - 200);
}

void getLlmCosts(const ToolInvocation &tool)
{
    QString error;
    const CostQuestion question = costQuestion(tool, &error);
    if (!error.isEmpty())
        return tool.fail(error);
    tool.withProject([tool, question](const Active &active) {
        tool.bind(
            tool.client()->query(active.projectId, question.node, tool.context(), [tool, active, question](const PostHogResult<QJsonObject> &answer) {
                if (!answer.ok())
                    return tool.fail(answer.error());
                QueryResult parsed;
                QString parseError;
                if (!QueryResult::fromJson(answer.value(), &parsed, &parseError))
                    return tool.fail(u"PostHog's answer had an unexpected shape: "_s + parseError);
                tool.finishText(costText(active, question, parsed, tool.budgetChars()));
            }));
    });
}

const ToolSpec tools[] = {
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
     getLlmCosts},
};

} // namespace

void LlmTools::registerTools(PostHogToolset &toolset)
{
    toolset.add(tools);
}
