#include "common/asyncresult.h"
#include "common/demotoolstest.h"
#include "common/isolatedhome.h"
#include "common/mcptestclient.h"
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
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

// run_insight_query and create_insight's `insight` against the demo over real HTTP: the node
// the compact arguments become is PostHog's own (frontend/src/queries/schema/schema-general.ts),
// read back from the link the tool gives (products/product_analytics/manifest.tsx insightNew:
// /insights/new#q=<node>), and the tables show exactly what that node answers.
class TestInsightQueryTools : public DemoToolsTest
{
    Q_OBJECT

private:
    QJsonObject run(const QJsonObject &arguments) { return m_mcp.callTool(u"run_insight_query"_s, arguments); }
    static QString text(const QJsonObject &result) { return McpTestClient::text(result); }
    static bool isError(const QJsonObject &result) { return McpTestClient::isError(result); }

    // The node behind the tool's "Open in PostHog" link.
    static QJsonObject linkedNode(const QString &text)
    {
        static const QRegularExpression link(u"/project/1/insights/new#q=([^)\\s]+)\\)"_s);
        const QString encoded = link.match(text).captured(1);
        return QJsonDocument::fromJson(QUrl::fromPercentEncoding(encoded.toLatin1()).toUtf8()).object();
    }

    QJsonObject answer(const QJsonObject &node)
    {
        AsyncResult<QJsonObject> r;
        m_client.query(1, node, this, r.callback());
        if (!r.wait(30000) || !r.result->ok())
            QTest::qFail("the demo did not answer the linked node", __FILE__, __LINE__);
        return r.result && r.result->ok() ? r.result->value() : QJsonObject();
    }

    // The numbers of a Markdown table column, in row order.
    static QList<double> column(const QString &text, const QString &header, const QString &firstCell = {})
    {
        QList<double> values;
        int index = -1;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1Char('|')))
                continue;
            const QStringList cells = line.mid(2, line.size() - 4).split(u" | "_s);
            if (index < 0) {
                index = int(cells.indexOf(header));
                continue;
            }
            bool number = false;
            const double v = index < cells.size() ? cells.at(index).toDouble(&number) : 0;
            if (number && (firstCell.isEmpty() || cells.first() == firstCell))
                values.append(v);
        }
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startDemo(20000));
        m_server.setCallGate(
            [this](const ToolDefinition &tool, const ToolCall &call, McpServer::Decide decide) { m_approvals.decide(tool, call, decide); });
        m_mcp.setTimeout(30000);
    }

    void listedCompactAndPortable()
    {
        const QJsonArray tools = m_mcp.send(McpTestClient::request(1, u"tools/list"_s)).result().value("tools"_L1).toArray();
        QJsonObject tool, create;
        for (const QJsonValue &t : tools) {
            if (t.toObject().value("name"_L1) == "run_insight_query"_L1)
                tool = t.toObject();
            if (t.toObject().value("name"_L1) == "create_insight"_L1)
                create = t.toObject();
        }
        QVERIFY(!tool.isEmpty());
        const qsizetype bytes = QJsonDocument(tool).toJson(QJsonDocument::Compact).size();
        QVERIFY2(bytes <= 1850, qPrintable(QString::number(bytes)));
        QVERIFY(tool.value("annotations"_L1).toObject().value("readOnlyHint"_L1).toBool());
        const QJsonObject events = tool.value("inputSchema"_L1).toObject().value("properties"_L1).toObject().value("events"_L1).toObject();
        QCOMPARE(events.value("items"_L1).toObject().value("type"_L1).toString(), u"object"_s);
        QVERIFY(create.value("inputSchema"_L1).toObject().value("properties"_L1).toObject().contains("insight"_L1));
        QCOMPARE(PostHogToolset::requiredScopes(u"run_insight_query"_s), QStringList{u"query:read"_s});
    }

    // The compact arguments become PostHog's node field by field, defaults included.
    void argumentsBecomePostHogsNodes()
    {
        const QJsonObject trends = linkedNode(text(run({{u"kind"_s, u"trends"_s},
                                                        {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"$pageview"_s}, {u"math"_s, u"dau"_s}}}},
                                                        {u"breakdown"_s, u"$browser"_s},
                                                        {u"breakdown_type"_s, u"person"_s},
                                                        {u"compare"_s, true}})));
        QCOMPARE(trends.value("kind"_L1).toString(), u"InsightVizNode"_s);
        const QJsonObject t = trends.value("source"_L1).toObject();
        QCOMPARE(t.value("kind"_L1).toString(), u"TrendsQuery"_s);
        QCOMPARE(t.value("series"_L1).toArray().first().toObject().value("kind"_L1).toString(), u"EventsNode"_s);
        QCOMPARE(t.value("series"_L1).toArray().first().toObject().value("math"_L1).toString(), u"dau"_s);
        QCOMPARE(t.value("breakdownFilter"_L1).toObject(), (QJsonObject{{u"breakdown"_s, u"$browser"_s}, {u"breakdown_type"_s, u"person"_s}}));
        QVERIFY(t.value("compareFilter"_L1).toObject().value("compare"_L1).toBool());
        QVERIFY(t.value("filterTestAccounts"_L1).toBool()); // PostHog's default for new insights
        QCOMPARE(t.value("dateRange"_L1).toObject().value("date_from"_L1).toString(), u"-7d"_s);

        const QJsonObject f
            = linkedNode(
                  text(run({{u"kind"_s, u"funnel"_s},
                            {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"signed_up"_s}}, QJsonObject{{u"event"_s, u"upgraded_plan"_s}}}},
                            {u"funnel_window_days"_s, 3},
                            {u"filter_test_accounts"_s, false}})))
                  .value("source"_L1)
                  .toObject();
        QCOMPARE(f.value("kind"_L1).toString(), u"FunnelsQuery"_s);
        QCOMPARE(f.value("funnelsFilter"_L1).toObject(), (QJsonObject{{u"funnelWindowInterval"_s, 3},
                                                                      {u"funnelWindowIntervalUnit"_s, u"day"_s},
                                                                      {u"funnelOrderType"_s, u"ordered"_s},
                                                                      {u"funnelVizType"_s, u"steps"_s}}));
        QVERIFY(!f.value("filterTestAccounts"_L1).toBool());

        const QJsonObject r
            = linkedNode(
                  text(run({{u"kind"_s, u"retention"_s},
                            {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"signed_up"_s}}, QJsonObject{{u"event"_s, u"file_uploaded"_s}}}},
                            {u"interval"_s, u"week"_s},
                            {u"intervals"_s, 5}})))
                  .value("source"_L1)
                  .toObject();
        const QJsonObject filter = r.value("retentionFilter"_L1).toObject();
        QCOMPARE(r.value("kind"_L1).toString(), u"RetentionQuery"_s);
        QCOMPARE(filter.value("period"_L1).toString(), u"Week"_s);
        QCOMPARE(filter.value("totalIntervals"_L1).toInt(), 5);
        QCOMPARE(filter.value("targetEntity"_L1).toObject(),
                 (QJsonObject{{u"id"_s, u"signed_up"_s}, {u"name"_s, u"signed_up"_s}, {u"type"_s, u"events"_s}}));
        QCOMPARE(filter.value("returningEntity"_L1).toObject().value("id"_L1).toString(), u"file_uploaded"_s);

        for (const char *kind : {"lifecycle", "stickiness"}) {
            const QJsonObject s = linkedNode(text(run({{u"kind"_s, QLatin1String(kind)},
                                                       {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"file_uploaded"_s}}}},
                                                       {u"interval"_s, u"week"_s}})))
                                      .value("source"_L1)
                                      .toObject();
            QCOMPARE(s.value("kind"_L1).toString(), kind == "lifecycle"_L1 ? u"LifecycleQuery"_s : u"StickinessQuery"_s);
            QCOMPARE(s.value("interval"_L1).toString(), u"week"_s);
            QCOMPARE(s.value("series"_L1).toArray().size(), 1);
        }
    }

    // What the tables say is what the linked node answers.
    void tablesShowTheNodesAnswer()
    {
        const QString trends = text(run({{u"kind"_s, u"trends"_s},
                                         {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"file_uploaded"_s}}}},
                                         {u"breakdown"_s, u"file_type"_s},
                                         {u"date_from"_s, u"-14d"_s}}));
        const QJsonArray series = answer(linkedNode(trends).value("source"_L1).toObject()).value("results"_L1).toArray();
        const QList<double> totals = column(trends, u"total"_s);
        QCOMPARE(totals.size(), series.size());
        for (qsizetype i = 0; i < series.size(); ++i)
            QCOMPARE(totals.at(i), series.at(i).toObject().value("count"_L1).toDouble());

        const QString funnel
            = text(run({{u"kind"_s, u"funnel"_s},
                        {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"$pageview"_s}}, QJsonObject{{u"event"_s, u"signed_up"_s}},
                                                 QJsonObject{{u"event"_s, u"upgraded_plan"_s}}}},
                        {u"date_from"_s, u"-30d"_s}}));
        const QJsonArray steps = answer(linkedNode(funnel).value("source"_L1).toObject()).value("results"_L1).toArray();
        const QList<double> persons = column(funnel, u"persons"_s), dropped = column(funnel, u"dropped"_s);
        QCOMPARE(persons.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(persons.at(i), steps.at(i).toObject().value("count"_L1).toDouble());
            QCOMPARE(dropped.at(i), i == 0 ? 0.0 : persons.at(i - 1) - persons.at(i));
        }
        QVERIFY(funnel.contains(u"median time"_s));

        const QString lifecycle = text(run({{u"kind"_s, u"lifecycle"_s}, {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"$pageview"_s}}}}}));
        const QList<double> active = column(lifecycle, u"active"_s), dormant = column(lifecycle, u"dormant"_s);
        const QJsonObject dau
            = answer(QJsonObject{
                         {u"kind"_s, u"TrendsQuery"_s},
                         {u"series"_s, QJsonArray{QJsonObject{{u"kind"_s, u"EventsNode"_s}, {u"event"_s, u"$pageview"_s}, {u"math"_s, u"dau"_s}}}},
                         {u"filterTestAccounts"_s, true}})
                  .value("results"_L1)
                  .toArray()
                  .first()
                  .toObject();
        QCOMPARE(active.size(), dau.value("data"_L1).toArray().size());
        for (qsizetype i = 0; i < active.size(); ++i) {
            QCOMPARE(active.at(i), dau.value("data"_L1).toArray().at(i).toDouble());
            QVERIFY(dormant.at(i) <= 0);
        }

        const QString stickiness
            = text(run({{u"kind"_s, u"stickiness"_s}, {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"file_uploaded"_s}}}}}));
        const QList<double> counts = column(stickiness, u"file_uploaded"_s);
        double sum = 0;
        for (qsizetype i = 1; i < counts.size(); ++i)
            sum += counts.at(i);
        QCOMPARE(counts.first(), sum); // the "persons" row is the sum of the rows under it
    }

    void compareShowsCurrentAgainstPrevious()
    {
        const QString out
            = text(run({{u"kind"_s, u"trends"_s}, {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"signed_up"_s}}}}, {u"compare"_s, true}}));
        QVERIFY2(out.contains(u"| series | current | previous | change |"_s), qPrintable(out));
        QVERIFY(out.contains(u"| signed_up | previous |"_s));
        const QList<double> current = column(out, u"current"_s), previous = column(out, u"previous"_s);
        QCOMPARE(current.size(), 1);
        QCOMPARE(column(out, u"total"_s), (QList<double>{current.first(), previous.first()}));
    }

    void retentionGridStartsAtTheWholeCohort()
    {
        const QString out = text(run({{u"kind"_s, u"retention"_s},
                                      {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"file_uploaded"_s}}}},
                                      {u"date_from"_s, u"-7d"_s},
                                      {u"intervals"_s, 4}}));
        QVERIFY2(out.contains(u"| cohort | size | Day 0 | Day 1 | Day 2 | Day 3 |"_s), qPrintable(out));
        QCOMPARE(out.count(u"| 100.0% |"_s), 8); // period 0 of each of the 8 cohorts
        QVERIFY(out.contains(u"–"_s)); // the latest cohorts have not reached day 3
    }

    void misusedArgumentsSayWhatIsWrong()
    {
        const QList<std::pair<QJsonObject, QString>> cases{
            {{{u"kind"_s, u"funnel"_s}, {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"a"_s}}}}}, u"at least 2 events"_s},
            {{{u"kind"_s, u"trends"_s}, {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"a"_s}, {u"math"_s, u"sum"_s}}}}},
             u"needs math_property"_s},
            {{{u"kind"_s, u"lifecycle"_s}, {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"a"_s}}}}, {u"breakdown"_s, u"x"_s}},
             u"'breakdown' applies to"_s},
            {{{u"kind"_s, u"funnel"_s}, {u"compare"_s, true}}, u"'compare' applies to"_s},
            {{{u"kind"_s, u"stickiness"_s}, {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"a"_s}, {u"math"_s, u"dau"_s}}}}},
             u"math applies to trends"_s},
            {{{u"kind"_s, u"trends"_s}}, u"'events' is required"_s},
        };
        for (const auto &[arguments, message] : cases) {
            const QJsonObject result = run(arguments);
            QVERIFY(isError(result));
            QVERIFY2(text(result).contains(message), qPrintable(text(result)));
        }
        // PostHog's own refusal reaches the agent as PostHog words it (the demo has no hour retention).
        const QJsonObject refused = run({{u"kind"_s, u"retention"_s}, {u"interval"_s, u"hour"_s}});
        QVERIFY(isError(refused));
        QVERIFY2(text(refused).contains(u"Day, Week and Month"_s), qPrintable(text(refused)));
    }

    // create_insight's `insight`: the same compact shape, saved as an InsightVizNode.
    void createInsightSavesTheCompactShape()
    {
        m_approvals.setStakeOverride(u"create_insight"_s, Stake::NeverAsk);
        const QJsonObject insight{{u"kind"_s, u"funnel"_s},
                                  {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"signed_up"_s}}, QJsonObject{{u"event"_s, u"upgraded_plan"_s}}}},
                                  {u"funnel_window_days"_s, 7}};
        const QJsonObject created = m_mcp.callTool(u"create_insight"_s, {{u"name"_s, u"Sign-up to paid"_s}, {u"insight"_s, insight}});
        const QJsonObject both = m_mcp.callTool(u"create_insight"_s, {{u"name"_s, u"x"_s}, {u"insight"_s, insight}, {u"hogql"_s, u"SELECT 1"_s}});
        const QJsonObject bad = m_mcp.callTool(
            u"create_insight"_s, {{u"name"_s, u"x"_s}, {u"insight"_s, QJsonObject{{u"kind"_s, u"funnel"_s}, {u"events"_s, QJsonArray()}}}});
        m_approvals.clearStakeOverride(u"create_insight"_s);
        QVERIFY2(!isError(created), qPrintable(text(created)));
        QVERIFY(isError(both));
        QVERIFY(isError(bad));
        QVERIFY2(text(bad).contains(u"insight:"_s), qPrintable(text(bad)));
        static const QRegularExpression idPattern(u"\\(id (\\d+), short_id"_s);
        const QString id = idPattern.match(text(created)).captured(1);
        AsyncResult<Insight> read;
        m_client.insight(1, id, false, this, read.callback());
        QVERIFY(read.wait());
        QVERIFY(read.result->ok());
        const QJsonObject query = read.result->value().query;
        QCOMPARE(query.value("kind"_L1).toString(), u"InsightVizNode"_s);
        QCOMPARE(query.value("source"_L1).toObject().value("kind"_L1).toString(), u"FunnelsQuery"_s);
        QCOMPARE(query.value("source"_L1).toObject().value("funnelsFilter"_L1).toObject().value("funnelWindowInterval"_L1).toInt(), 7);
        const QJsonObject shown = m_mcp.callTool(u"get_insight"_s, {{u"insight_id"_s, id}});
        QVERIFY2(text(shown).contains(u"Funnel:"_s), qPrintable(text(shown)));
    }

    void longResultsStayWithinTheBudget()
    {
        const QJsonObject result = run({{u"kind"_s, u"trends"_s},
                                        {u"events"_s, QJsonArray{QJsonObject{{u"event"_s, u"$pageview"_s}}}},
                                        {u"breakdown"_s, u"$current_url"_s},
                                        {u"interval"_s, u"hour"_s},
                                        {u"date_from"_s, u"-30d"_s}});
        QVERIFY2(!isError(result), qPrintable(text(result)));
        QVERIFY(text(result).size() <= 40000);
        QVERIFY(text(result).contains(u"earlier)"_s)); // the oldest points make room
        QVERIFY(text(result).contains(u"Open in PostHog"_s) || text(result).contains(u"Output cut"_s));
    }
};

QTEST_GUILESS_MAIN(TestInsightQueryTools)
#include "tst_insightquerytools.moc"
