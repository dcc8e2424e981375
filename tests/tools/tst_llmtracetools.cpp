#include "common/demotoolstest.h"
#include "common/isolatedhome.h"
#include "common/mcptestclient.h"
#include "demo/demoaitrace.h"
#include "demo/demobackend.h"
#include "mcp/mcpserver.h"
#include "mcp/toolregistry.h"
#include "posthog/posthogclient.h"
#include "settings/settings.h"
#include "tools/approvalpolicy.h"
#include "tools/posthogtoolset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// get_llm_traces and get_llm_costs against the demo over HTTP, checked against the demo's own
// SQLite: the traces are the demo's LangChain-style events (posthog/ai/langchain/callbacks.py),
// aggregated as PostHog's trace runners do (posthog/hogql_queries/ai/traces_query_runner.py:
// a trace's cost is its generations' and embeddings' $ai_total_cost_usd).
class TestLlmTraceTools : public DemoToolsTest
{
    Q_OBJECT

private:
    struct Listed
    {
        QString started, name, person, models, id, url;
        qint64 generations = 0, failed = 0;
        double cost = 0;
    };

    QJsonObject call(const QString &name, const QJsonObject &arguments) { return m_mcp.callTool(name, arguments); }
    static QString text(const QJsonObject &result) { return McpTestClient::text(result); }
    static bool isError(const QJsonObject &result) { return McpTestClient::isError(result); }

    QVariant scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_direct);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }

    static QStringList cells(const QString &line) { return line.mid(2, line.size() - 4).split(u" | "_s); }

    // The rows of get_llm_traces' table.
    static QList<Listed> listed(const QString &markdown)
    {
        static const QRegularExpression link(u"^\\[([^\\]]+)\\]\\(([^)]+)\\)$"_s);
        QList<Listed> out;
        for (const QString &line : markdown.split(QLatin1Char('\n'))) {
            if (!QRegularExpression(u"^\\| \\d{4}-\\d\\d-\\d\\d "_s).match(line).hasMatch())
                continue;
            const QStringList c = cells(line);
            if (c.size() != 10)
                continue;
            const QRegularExpressionMatch m = link.match(c.at(9));
            out.append(
                {c.at(0), c.at(1), c.at(2), c.at(3), m.captured(1), m.captured(2), c.at(4).toLongLong(), c.at(8).toLongLong(), c.at(5).toDouble()});
        }
        return out;
    }

    // The rows of a Markdown table under the header that starts with `firstHeader`.
    static QList<QStringList> tableRows(const QString &markdown, const QString &firstHeader)
    {
        QList<QStringList> rows;
        bool inTable = false;
        for (const QString &line : markdown.split(QLatin1Char('\n'))) {
            if (line.startsWith(u"| "_s + firstHeader + u" |"_s)) {
                inTable = true;
                continue;
            }
            if (!inTable || line.startsWith("|---"_L1))
                continue;
            if (!line.startsWith("| "_L1))
                break;
            rows.append(cells(line));
        }
        return rows;
    }

    static double totalOf(const QString &markdown)
    {
        const QRegularExpressionMatch m = QRegularExpression(u"\\*\\*Total: \\$([0-9.]+)\\*\\*"_s).match(markdown);
        return m.hasMatch() ? m.captured(1).toDouble() : -1;
    }

    double directTraceCost(const QString &traceId)
    {
        return scalar(u"SELECT total(json_extract(properties, '$.\"$ai_total_cost_usd\"')) FROM events WHERE team_id = 1 AND "
                      "event IN ('$ai_generation', '$ai_embedding') AND json_extract(properties, '$.\"$ai_trace_id\"') = ?"_s,
                      {traceId})
            .toDouble();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startDemo(20000));
        m_server.setCallGate(
            [this](const ToolDefinition &tool, const ToolCall &call, McpServer::Decide decide) { m_approvals.decide(tool, call, decide); });
        m_toolset.setBudgetChars(200000); // whole tables: the checks below read every row
    }

    // The demo sends what posthog-python's LangChain callback sends: per trace one $ai_trace
    // (the root run, whose run id is the trace id), 1-5 generations, spans, all of one person
    // and session, captured when each run ends, so within seconds and the root last.
    void demoTracesAreShapedAsTheSdkSendsThem()
    {
        QSqlQuery q(m_direct);
        QVERIFY(
            q.exec(u"SELECT t, count(*), sum(event = '$ai_trace'), sum(event = '$ai_generation'), count(DISTINCT distinct_id), "
                   "count(DISTINCT session_id), (julianday(max(timestamp)) - julianday(min(timestamp))) * 86400, "
                   "max(timestamp) = max(CASE WHEN event = '$ai_trace' THEN timestamp END), sum(json_extract(properties, '$.\"$ai_is_error\"') = 1) "
                   "FROM (SELECT json_extract(properties, '$.\"$ai_trace_id\"') AS t, * FROM events "
                   "WHERE event IN ('$ai_trace', '$ai_span', '$ai_generation')) GROUP BY t"_s));
        int traces = 0, lone = 0, failing = 0, multi = 0;
        while (q.next()) {
            if (q.value(2).toInt() == 0) { // a client wrapper's call without a trace: only the last slot
                QCOMPARE(q.value(1).toInt(), 1);
                ++lone;
                continue;
            }
            ++traces;
            QCOMPARE(q.value(2).toInt(), 1);
            QVERIFY2(q.value(3).toInt() >= 1 && q.value(3).toInt() <= 5, qPrintable(q.value(0).toString()));
            QCOMPARE(q.value(4).toInt(), 1);
            QCOMPARE(q.value(5).toInt(), 1);
            QVERIFY2(q.value(6).toDouble() < 600, qPrintable(q.value(0).toString()));
            QVERIFY2(q.value(7).toBool(), qPrintable(q.value(0).toString()));
            failing += q.value(8).toInt() > 0 ? 1 : 0;
            multi += q.value(3).toInt() > 1 ? 1 : 0;
        }
        QVERIFY2(traces > 200, qPrintable(QString::number(traces)));
        QVERIFY(lone <= 1);
        QVERIFY(failing > traces / 50 && failing < traces / 4);
        QVERIFY(multi > traces / 3);
        // Every parent is the trace or a span of the same trace.
        QCOMPARE(scalar(u"SELECT count(*) FROM events AS e WHERE e.event IN ('$ai_span', '$ai_generation') AND "
                        "json_extract(e.properties, '$.\"$ai_parent_id\"') IS NOT NULL AND "
                        "json_extract(e.properties, '$.\"$ai_parent_id\"') != json_extract(e.properties, '$.\"$ai_trace_id\"') AND NOT EXISTS "
                        "(SELECT 1 FROM events AS p WHERE p.event = '$ai_span' AND json_extract(p.properties, '$.\"$ai_span_id\"') = "
                        "json_extract(e.properties, '$.\"$ai_parent_id\"'))"_s)
                     .toInt(),
                 0);
        // Traces take slots of the event count asked for; experiment exposures and goals ($feature/<key>) and survey
        // events come on top of it.
        QCOMPARE(scalar(u"SELECT count(*) FROM events WHERE properties NOT LIKE '%\"$feature/%' AND "
                        "event NOT IN ('survey shown', 'survey dismissed', 'survey sent')"_s)
                     .toInt(),
                 20000);
    }

    void demoTracesAreDeterministicAndBounded()
    {
        for (int room = 1; room <= 12; ++room) {
            for (quint64 seed = 0; seed < 40; ++seed) {
                QRandomGenerator a(quint32(seed * 7 + 1)), b(quint32(seed * 7 + 1));
                const DemoAiTrace first(a, seed, room), second(b, seed, room);
                QVERIFY(!first.events().empty());
                QVERIFY(int(first.events().size()) <= room);
                QCOMPARE(first.events().back().offsetMs, 0);
                QCOMPARE(first.events().size(), second.events().size());
                for (size_t i = 0; i < first.events().size(); ++i) {
                    QCOMPARE(first.events()[i].properties, second.events()[i].properties);
                    QVERIFY(first.events()[i].offsetMs <= 0);
                }
                QVERIFY(a.generate() == b.generate());
            }
        }
    }

    void toolsFitTheirBudget()
    {
        const McpTestClient::Answer answer = m_mcp.send(McpTestClient::request(1, u"tools/list"_s));
        int seen = 0;
        for (const QJsonValue &t : answer.result().value("tools"_L1).toArray()) {
            const QJsonObject tool = t.toObject();
            const qsizetype bytes = QJsonDocument(tool).toJson(QJsonDocument::Compact).size();
            if (tool.value("name"_L1) == "get_llm_traces"_L1) {
                QVERIFY2(bytes <= 920, qPrintable(QString::number(bytes)));
                QVERIFY(tool.value("annotations"_L1).toObject().value("readOnlyHint"_L1).toBool());
                ++seen;
            } else if (tool.value("name"_L1) == "get_llm_costs"_L1) {
                QVERIFY2(bytes <= 939 + 100, qPrintable(QString::number(bytes))); // 939 before group_by person and trace
                ++seen;
            }
        }
        QCOMPARE(seen, 2);
        // posthog/scopes.py declares llm_analytics; the query endpoint itself needs query:read.
        QCOMPARE(PostHogToolset::requiredScopes(u"get_llm_traces"_s), QStringList{u"query:read"_s});
    }

    void traceCostIsTheSumOfItsGenerations()
    {
        const QJsonObject result = call(u"get_llm_traces"_s, {{u"limit"_s, 50}});
        QVERIFY2(!isError(result), qPrintable(text(result)));
        const QList<Listed> traces = listed(text(result));
        QCOMPARE(traces.size(), 50);
        QVERIFY(text(result).contains("call again with offset=50"_L1));
        QString previous;
        for (const Listed &t : traces) {
            QVERIFY2(qAbs(t.cost - directTraceCost(t.id)) < 1e-6, qPrintable(t.id));
            QCOMPARE(t.generations, scalar(u"SELECT count(*) FROM events WHERE event = '$ai_generation' AND "
                                           "json_extract(properties, '$.\"$ai_trace_id\"') = ?"_s,
                                           {t.id})
                                        .toLongLong());
            QVERIFY2(t.url.contains(u"/project/1/llm-analytics/traces/%1?timestamp="_s.arg(t.id)), qPrintable(t.url));
            QVERIFY(!t.person.contains("@posthog.com"_L1)); // test accounts left out by default
            QVERIFY2(previous.isEmpty() || t.started <= previous, "newest first");
            previous = t.started;
        }
        // The next page goes on where this one stopped.
        const QList<Listed> next = listed(text(call(u"get_llm_traces"_s, {{u"limit"_s, 50}, {u"offset"_s, 50}})));
        QVERIFY(!next.isEmpty());
        QVERIFY(next.first().started <= traces.last().started);
        for (const Listed &t : next)
            QVERIFY(std::none_of(traces.begin(), traces.end(), [&t](const Listed &o) { return o.id == t.id; }));
    }

    void costsByPersonAndByTraceAddUpToTheTotal()
    {
        const QString byModel = text(call(u"get_llm_costs"_s, {}));
        const double total = totalOf(byModel);
        QVERIFY2(total > 0, qPrintable(byModel));
        const QString byPerson = text(call(u"get_llm_costs"_s, {{u"group_by"_s, u"person"_s}}));
        // Each total is a sum of rounded per-group costs, shown to 4 decimals.
        QVERIFY2(qAbs(totalOf(byPerson) - total) < 2e-4, qPrintable(byPerson.left(400)));
        double sum = 0;
        const QList<QStringList> persons = tableRows(byPerson, u"person"_s);
        QVERIFY(persons.size() > 10 && persons.size() < 500); // every person fits: the sum is over all of them
        for (const QStringList &row : persons)
            sum += row.at(1).toDouble();
        QVERIFY2(qAbs(sum - total) < 0.00005 + persons.size() * 5e-7, qPrintable(u"%1 vs %2"_s.arg(sum).arg(total)));
        // More traces than one answer holds: the costliest are listed, the totals still cover all.
        const QString byTrace = text(call(u"get_llm_costs"_s, {{u"group_by"_s, u"trace"_s}}));
        QVERIFY2(qAbs(totalOf(byTrace) - total) < 2e-4, qPrintable(byTrace.left(400)));
        QVERIFY2(byTrace.contains("Only the 500 costliest traces are listed"_L1), qPrintable(byTrace.left(600)));
        const QList<QStringList> top = tableRows(byTrace, u"trace"_s);
        QCOMPARE(top.size(), 500);
        QVERIFY(qAbs(top.first().at(1).toDouble() - directTraceCost(top.first().at(0))) < 1e-6);
        for (qsizetype i = 1; i < top.size(); ++i)
            QVERIFY(top.at(i).at(1).toDouble() <= top.at(i - 1).at(1).toDouble());
    }

    void filtersNarrow()
    {
        const QString model = u"claude-3-5-sonnet-20241022"_s;
        const QList<Listed> all = listed(text(call(u"get_llm_traces"_s, {{u"limit"_s, 100}})));
        const QList<Listed> byModel = listed(text(call(u"get_llm_traces"_s, {{u"model"_s, model}, {u"limit"_s, 100}})));
        QVERIFY(!byModel.isEmpty());
        for (const Listed &t : byModel) {
            QVERIFY2(t.models.contains(model), qPrintable(t.models));
            QVERIFY(scalar(u"SELECT count(*) FROM events WHERE event = '$ai_generation' AND json_extract(properties, '$.\"$ai_model\"') = ? AND "
                           "json_extract(properties, '$.\"$ai_trace_id\"') = ?"_s,
                           {model, t.id})
                        .toInt()
                    > 0);
        }
        // The same window, older traces left out: a filtered page reaches further back.
        QVERIFY(byModel.last().started <= all.last().started);
        const QList<Listed> failed = listed(text(call(u"get_llm_traces"_s, {{u"errors_only"_s, true}, {u"limit"_s, 100}})));
        QVERIFY(!failed.isEmpty());
        for (const Listed &t : failed) {
            QVERIFY(t.failed > 0);
            QVERIFY(scalar(u"SELECT count(*) FROM events WHERE json_extract(properties, '$.\"$ai_is_error\"') = 1 AND "
                           "json_extract(properties, '$.\"$ai_trace_id\"') = ?"_s,
                           {t.id})
                        .toInt()
                    > 0);
        }
        // A person by email or distinct id; a test account's traces too when asked for by name.
        const QString email = scalar(u"SELECT json_extract(p.properties, '$.email') FROM events AS e JOIN persons AS p ON p.id = e.person_id "
                                     "WHERE e.team_id = 1 AND e.event = '$ai_trace' AND json_extract(p.properties, '$.email') LIKE '%@posthog.com' "
                                     "ORDER BY e.timestamp DESC LIMIT 1"_s)
                                  .toString();
        QVERIFY(!email.isEmpty());
        const QList<Listed> mine = listed(text(call(u"get_llm_traces"_s, {{u"person"_s, email}, {u"limit"_s, 100}})));
        QVERIFY(!mine.isEmpty());
        for (const Listed &t : mine)
            QCOMPARE(t.person, email);
        const QString distinctId = scalar(u"SELECT e.distinct_id FROM events AS e JOIN persons AS p ON p.id = e.person_id "
                                          "WHERE json_extract(p.properties, '$.email') = ? LIMIT 1"_s,
                                          {email})
                                       .toString();
        QCOMPARE(listed(text(call(u"get_llm_traces"_s, {{u"person"_s, distinctId}, {u"limit"_s, 100}}))).size(), mine.size());
        // A closed date range: every trace started inside it.
        const QString day = QDateTime::currentDateTimeUtc().addDays(-3).toString(u"yyyy-MM-dd"_s);
        const QList<Listed> thatDay = listed(text(call(u"get_llm_traces"_s, {{u"date_from"_s, day}, {u"date_to"_s, day}, {u"limit"_s, 100}})));
        QVERIFY(!thatDay.isEmpty());
        for (const Listed &t : thatDay)
            QVERIFY2(t.started.startsWith(day), qPrintable(t.started));
        const QJsonObject none = call(u"get_llm_traces"_s, {{u"model"_s, u"no-such-model' OR 1 = 1 --"_s}});
        QVERIFY2(!isError(none) && listed(text(none)).isEmpty(), qPrintable(text(none)));
        QVERIFY(text(none).contains("No results."_L1));
    }

    // A trace's steps are exactly its events, as a tree: map_chunks' generations under it.
    void singleTraceListsExactlyItsEvents()
    {
        const QString traceId = scalar(u"SELECT json_extract(properties, '$.\"$ai_trace_id\"') FROM events WHERE team_id = 1 AND event = '$ai_span' "
                                       "AND json_extract(properties, '$.\"$ai_span_name\"') = 'map_chunks' ORDER BY timestamp DESC LIMIT 1"_s)
                                    .toString();
        QVERIFY(!traceId.isEmpty());
        const QJsonObject result = call(u"get_llm_traces"_s, {{u"trace_id"_s, traceId}});
        QVERIFY2(!isError(result), qPrintable(text(result)));
        const QList<QStringList> steps = tableRows(text(result), u"step"_s);
        QCOMPARE(steps.size(), scalar(u"SELECT count(*) FROM events WHERE json_extract(properties, '$.\"$ai_trace_id\"') = ?"_s, {traceId}).toInt());
        QCOMPARE(steps.first().at(0), u"summarize_file"_s);
        QCOMPARE(steps.first().at(1), u"trace"_s);
        const int nested = int(std::count_if(steps.begin(), steps.end(), [](const QStringList &s) { return s.at(0).startsWith(u"· · "_s); }));
        QCOMPARE(nested, scalar(u"SELECT count(*) FROM events AS g JOIN events AS s ON json_extract(s.properties, '$.\"$ai_span_id\"') = "
                                "json_extract(g.properties, '$.\"$ai_parent_id\"') WHERE g.event = '$ai_generation' AND s.event = '$ai_span' AND "
                                "json_extract(g.properties, '$.\"$ai_trace_id\"') = ?"_s,
                                {traceId})
                             .toInt());
        QVERIFY(nested > 0);
        double sum = 0;
        for (const QStringList &s : steps)
            sum += s.at(5).toDouble();
        const double direct = directTraceCost(traceId);
        QVERIFY(qAbs(sum - direct) < 1e-5);
        const QRegularExpressionMatch shown = QRegularExpression(u"total cost \\$([0-9.]+)"_s).match(text(result));
        QVERIFY2(shown.hasMatch() && qAbs(shown.captured(1).toDouble() - direct) < 1e-6, qPrintable(text(result)));
        QVERIFY(text(result).contains(u"/project/1/llm-analytics/traces/%1?timestamp="_s.arg(traceId)));
        // A failed trace names its error on the failed steps.
        const QString failedId
            = scalar(u"SELECT json_extract(properties, '$.\"$ai_trace_id\"') FROM events WHERE team_id = 1 AND event = '$ai_trace' "
                     "AND json_extract(properties, '$.\"$ai_is_error\"') = 1 ORDER BY timestamp DESC LIMIT 1"_s)
                  .toString();
        const QString error = scalar(u"SELECT json_extract(properties, '$.\"$ai_error\"') FROM events WHERE event = '$ai_trace' AND "
                                     "json_extract(properties, '$.\"$ai_trace_id\"') = ?"_s,
                                     {failedId})
                                  .toString();
        const QString failed = text(call(u"get_llm_traces"_s, {{u"trace_id"_s, failedId}}));
        QVERIFY2(failed.contains(error.left(40)), qPrintable(failed));
        QVERIFY(!failed.contains(" 0 failed step(s)"_L1));
    }

    void unknownTraceOrBadDatesSayWhatToDo()
    {
        const QJsonObject unknown = call(u"get_llm_traces"_s, {{u"trace_id"_s, u"00000000-0000-4000-8000-000000000000"_s}});
        QVERIFY(isError(unknown));
        QVERIFY2(text(unknown).contains("No LLM trace with id '00000000-0000-4000-8000-000000000000'"_L1), qPrintable(text(unknown)));
        QVERIFY(text(unknown).contains("widen date_from"_L1));
        // An id is a literal, whatever it holds: quotes, and placeholders QString::arg would fill.
        const QJsonObject odd = call(u"get_llm_traces"_s, {{u"trace_id"_s, u"it's %5 %3"_s}});
        QVERIFY(isError(odd));
        QVERIFY2(text(odd).contains("No LLM trace with id 'it's %5 %3'"_L1), qPrintable(text(odd)));
        const QJsonObject dates = call(u"get_llm_traces"_s, {{u"date_from"_s, u"last week"_s}});
        QVERIFY(isError(dates));
        QVERIFY(text(dates).contains("-30d"_L1));
    }
};

QTEST_GUILESS_MAIN(TestLlmTraceTools)
#include "tst_llmtracetools.moc"
