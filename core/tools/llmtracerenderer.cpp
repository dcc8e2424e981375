#include "llmtracerenderer.h"

#include "markdownrenderer.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// A row's values by column name.
class Row
{
public:
    Row(const QueryResult &result, const QJsonValue &row)
        : m_columns(result.columns)
        , m_values(row.toArray())
    { }
    QJsonValue value(const char *column) const { return m_values.at(m_columns.indexOf(QLatin1String(column))); }
    QString text(const char *column) const
    {
        const QJsonValue v = value(column);
        return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : QString();
    }
    double number(const char *column) const
    {
        const QJsonValue v = value(column);
        return v.isDouble() ? v.toDouble() : v.toString().toDouble();
    }
    qint64 integer(const char *column) const { return qint64(number(column)); }

private:
    const QStringList &m_columns;
    QJsonArray m_values;
};

QString money(double usd)
{
    return QString::number(usd, 'f', 6);
}

QString seconds(double s)
{
    return QString::number(s, 'f', 2);
}

QString shortEvent(const QString &event)
{
    return event.startsWith("$ai_"_L1) ? event.mid(4) : event;
}

QString errorCell(const LlmTraceStep &step)
{
    if (!step.failed)
        return {};
    return MarkdownRenderer::escape(step.error.isEmpty() ? u"error"_s : step.error.left(100));
}

// "gpt-4o ×2, gpt-4o-mini": the models of the generations, most calls first.
QStringList modelCounts(const QList<LlmTraceStep> &steps)
{
    QStringList order;
    QHash<QString, int> calls;
    for (const LlmTraceStep &s : steps) {
        if (s.event != "$ai_generation"_L1)
            continue;
        if (!calls.contains(s.model))
            order.append(s.model);
        ++calls[s.model];
    }
    std::stable_sort(order.begin(), order.end(), [&calls](const QString &a, const QString &b) { return calls.value(a) > calls.value(b); });
    QStringList out;
    for (const QString &m : order)
        out.append(calls.value(m) > 1 ? u"%1 ×%2"_s.arg(m.isEmpty() ? u"?"_s : m, QString::number(calls.value(m))) : (m.isEmpty() ? u"?"_s : m));
    return out;
}

} // namespace

bool LlmTraceStep::billed() const
{
    return event == "$ai_generation"_L1 || event == "$ai_embedding"_L1;
}

QList<LlmTraceSummary> LlmTraceRenderer::summaries(const QueryResult &traces, const QueryResult &models)
{
    QHash<QString, QStringList> modelsOf;
    for (const QJsonValue &value : models.rows) {
        const Row row(models, value);
        const QString model = row.text("model");
        const qint64 calls = row.integer("calls");
        modelsOf[row.text("trace_id")].append(calls > 1 ? u"%1 ×%2"_s.arg(model, QString::number(calls)) : model);
    }
    QList<LlmTraceSummary> out;
    for (const QJsonValue &value : traces.rows) {
        const Row row(traces, value);
        LlmTraceSummary t;
        t.id = row.text("trace_id");
        t.name = row.text("name");
        t.person = row.text("email").isEmpty() ? row.text("distinct_id") : row.text("email");
        t.started = PostHogJson::parseTime(row.value("started"));
        t.models = modelsOf.value(t.id);
        t.generations = row.integer("generations");
        t.inputTokens = row.integer("input_tokens");
        t.outputTokens = row.integer("output_tokens");
        t.errors = row.integer("errors");
        t.cost = row.number("cost_usd");
        t.latency = row.number("latency_s");
        out.append(t);
    }
    return out;
}

QList<LlmTraceStep> LlmTraceRenderer::steps(const QueryResult &events)
{
    QList<LlmTraceStep> out;
    for (const QJsonValue &value : events.rows) {
        const Row row(events, value);
        LlmTraceStep s;
        s.event = row.text("event");
        s.spanId = row.text("span_id");
        s.parentId = row.text("parent_id");
        s.name = row.text("name");
        s.model = row.text("model");
        s.error = row.value("error").isString() ? row.text("error")
                  : row.value("error").isNull() ? QString()
                                                : MarkdownRenderer::cell(row.value("error"));
        s.person = row.text("email").isEmpty() ? row.text("distinct_id") : row.text("email");
        s.at = PostHogJson::parseTime(row.value("timestamp"));
        s.inputTokens = row.integer("input_tokens");
        s.outputTokens = row.integer("output_tokens");
        s.cost = row.number("cost_usd");
        s.latency = row.number("latency_s");
        s.failed = row.integer("failed") != 0;
        out.append(s);
    }
    return out;
}

QString LlmTraceRenderer::list(const QList<LlmTraceSummary> &traces, const Link &link, int budgetChars, int *shown)
{
    QList<QStringList> rows;
    for (const LlmTraceSummary &t : traces) {
        rows.append({t.started.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s), MarkdownRenderer::escape(t.name.left(60)),
                     MarkdownRenderer::escape(t.person.left(60)), MarkdownRenderer::escape(t.models.join(u", "_s)), QString::number(t.generations),
                     money(t.cost), seconds(t.latency), u"%1 / %2"_s.arg(t.inputTokens).arg(t.outputTokens), QString::number(t.errors),
                     MarkdownRenderer::link(t.id, link(t.id, t.started))});
    }
    return MarkdownRenderer::table({u"started (UTC)"_s, u"name"_s, u"person"_s, u"models"_s, u"generations"_s, u"cost_usd"_s, u"latency_s"_s,
                                    u"tokens in / out"_s, u"failed steps"_s, u"trace"_s},
                                   rows, budgetChars, shown);
}

// Depth-first from the root run: a step hangs under its $ai_parent_id, or under the root when
// that names the trace or no step of it (SDKs without spans send no parent at all).
QList<QStringList> LlmTraceRenderer::treeRows(const QString &traceId, const QList<LlmTraceStep> &steps)
{
    qsizetype root = -1;
    QHash<QString, qsizetype> bySpan;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (root < 0 && steps[i].event == "$ai_trace"_L1)
            root = i;
        if (!steps[i].spanId.isEmpty())
            bySpan.insert(steps[i].spanId, i);
    }
    QHash<qsizetype, QList<qsizetype>> children; // -1: the top level
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (i == root)
            continue;
        const QString &p = steps[i].parentId;
        const qsizetype parent = !p.isEmpty() && p != traceId && p != steps[i].spanId ? bySpan.value(p, root) : root;
        children[parent].append(i);
    }
    QList<QStringList> rows;
    QSet<qsizetype> seen;
    std::function<void(qsizetype, int)> visit = [&](qsizetype i, int depth) {
        if (seen.contains(i))
            return;
        seen.insert(i);
        const LlmTraceStep &s = steps[i];
        const QString name = s.name.isEmpty() ? shortEvent(s.event) : s.name;
        rows.append({u"· "_s.repeated(depth) + MarkdownRenderer::escape(name.left(60)), shortEvent(s.event), MarkdownRenderer::escape(s.model),
                     s.billed() ? QString::number(s.inputTokens) : QString(), s.billed() ? QString::number(s.outputTokens) : QString(),
                     s.billed() ? money(s.cost) : QString(), s.latency > 0 ? seconds(s.latency) : QString(), errorCell(s)});
        for (qsizetype child : children.value(i))
            visit(child, depth + 1);
    };
    if (root >= 0)
        visit(root, 0);
    for (qsizetype top : children.value(-1))
        visit(top, 0);
    for (qsizetype i = 0; i < steps.size(); ++i) // parents that point at each other: still listed
        visit(i, 0);
    return rows;
}

QString LlmTraceRenderer::trace(const QString &traceId, const QList<LlmTraceStep> &steps, bool truncated, const Link &link, int budgetChars)
{
    const LlmTraceStep *root = nullptr;
    double cost = 0, topLatency = 0;
    qint64 input = 0, output = 0, generations = 0, failed = 0;
    for (const LlmTraceStep &s : steps) {
        if (!root && s.event == "$ai_trace"_L1)
            root = &s;
        if (s.billed()) {
            cost += s.cost;
            input += s.inputTokens;
            output += s.outputTokens;
        }
        generations += s.event == "$ai_generation"_L1 ? 1 : 0;
        failed += s.failed ? 1 : 0;
        topLatency += s.parentId.isEmpty() || s.parentId == traceId ? s.latency : 0;
    }
    const LlmTraceStep &first = root ? *root : steps.first();
    const QDateTime started = steps.first().at;
    const QStringList models = modelCounts(steps);
    const QString text = u"**Trace %1** `%2`: %3\nStarted %4 by %5. %6 generation(s)%7; total cost $%8 (its generations and embeddings); "
                         "latency %9 s; %10 input and %11 output tokens; %12 failed step(s).\n\n"_s.arg(
                             MarkdownRenderer::escape(first.name.isEmpty() ? u"(unnamed)"_s : first.name), traceId,
                             MarkdownRenderer::link(u"open in PostHog"_s, link(traceId, started)), MarkdownRenderer::when(started),
                             MarkdownRenderer::escape(first.person), QString::number(generations),
                             models.isEmpty() ? QString() : u" on "_s + MarkdownRenderer::escape(models.join(u", "_s)), money(cost),
                             seconds(root ? root->latency : topLatency), QString::number(input), QString::number(output), QString::number(failed));
    const QString note = truncated ? u"\n_Only the first %1 steps are listed; the totals above cover them only._"_s.arg(steps.size()) : QString();
    return text
           + MarkdownRenderer::table(
               {u"step"_s, u"event"_s, u"model"_s, u"input tokens"_s, u"output tokens"_s, u"cost_usd"_s, u"latency_s"_s, u"error"_s},
               treeRows(traceId, steps), budgetChars - int(text.size() + note.size()))
           + note;
}
