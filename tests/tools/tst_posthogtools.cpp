#include "demo/demobackend.h"
#include "http/httpserveradapter.h"
#include "mcp/mcpserver.h"
#include "mcp/toolregistry.h"
#include "posthog/posthogclient.h"
#include "settings/settings.h"
#include "tools/approvalpolicy.h"
#include "tools/markdownrenderer.h"
#include "tools/posthogtoolset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

class TestPostHogTools : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DemoBackend m_backend;
    Settings m_settings;
    PostHogClient m_client;
    ToolRegistry m_registry;
    McpServer m_server{&m_registry};
    PostHogToolset m_toolset{&m_client, &m_settings};
    ApprovalPolicy m_approvals{&m_settings};
    QSqlDatabase m_direct;

    QJsonObject callTool(const QString &name, const QJsonObject &arguments, const QString &client = QStringLiteral("agent"))
    {
        auto session = std::make_shared<McpSession>();
        session->clientId = client;
        auto answer = std::make_shared<QJsonObject>();
        m_server.handle(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 1}, {QStringLiteral("method"), QStringLiteral("tools/call")},
                                    {QStringLiteral("params"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}}}},
                        session, {}, [answer](const QJsonObject &m, int) { *answer = m; });
        if (!QTest::qWaitFor([answer] { return !answer->isEmpty(); }, 10000))
            return {};
        return answer->value(QLatin1String("result")).toObject();
    }
    static QString text(const QJsonObject &result)
    {
        return result.value(QLatin1String("content")).toArray().first().toObject().value(QLatin1String("text")).toString();
    }
    static bool isError(const QJsonObject &result) { return result.value(QLatin1String("isError")).toBool(); }
    double scalar(const QString &sql)
    {
        QSqlQuery q(m_direct);
        return q.exec(sql) && q.next() ? q.value(0).toDouble() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_settings.raw().clear();
        DemoBackend::Options options;
        options.events = 20000;
        options.databasePath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QSignalSpy ready(&m_backend, &DemoBackend::ready);
        m_backend.start(options);
        QVERIFY(ready.wait(60000));
        QString error;
        m_client.setConnection(PostHogConnection::custom(PostHogConnection::Region::Demo, m_backend.baseUrl().toString(), &error));
        m_client.setApiKey(DemoBackend::apiKey());
        m_toolset.registerAll(&m_registry);
        m_server.setCallGate([this](const ToolDefinition &tool, const ToolCall &call, McpServer::Decide decide) { m_approvals.decide(tool, call, decide); });
        m_direct = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
        m_direct.setDatabaseName(options.databasePath);
        QVERIFY(m_direct.open());
    }

    void largeTablesFitTheBudgetWithTheirNote()
    {
        QJsonArray rows;
        for (int i = 0; i < 100000; ++i)
            rows.append(QJsonArray{QStringLiteral("user-%1@example.com").arg(i), i});
        int shown = 0;
        const QString table = MarkdownRenderer::queryTable({QStringLiteral("email"), QStringLiteral("n")}, rows, 32000, &shown);
        QVERIFY2(table.size() <= 32000, qPrintable(QString::number(table.size()))); // was 32 054 before the note got its room
        QVERIFY(table.contains(QStringLiteral("%1 more row(s) not shown").arg(100000 - shown)));
    }

    void toolListIsSmallAndPortable()
    {
        auto answer = std::make_shared<QJsonObject>();
        m_server.handle(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 1}, {QStringLiteral("method"), QStringLiteral("tools/list")}},
                        std::make_shared<McpSession>(), {}, [answer](const QJsonObject &m, int) { *answer = m; });
        const QJsonArray tools = answer->value(QLatin1String("result")).toObject().value(QLatin1String("tools")).toArray();
        QCOMPARE(tools.size(), 26);
        QVERIFY2(QJsonDocument(*answer).toJson(QJsonDocument::Compact).size() < 24 * 1024, "tools/list must stay under 24 KB");
        const QStringList contract = {QStringLiteral("get_organizations"), QStringLiteral("set_active_organization"), QStringLiteral("get_projects"),
                                      QStringLiteral("set_active_project"), QStringLiteral("get_event_definitions"), QStringLiteral("get_property_definitions"),
                                      QStringLiteral("get_sql_insight"), QStringLiteral("get_all_insights"), QStringLiteral("get_insight"),
                                      QStringLiteral("create_insight"), QStringLiteral("update_insight"), QStringLiteral("delete_insight"),
                                      QStringLiteral("get_all_dashboards"), QStringLiteral("get_dashboard"), QStringLiteral("create_dashboard"),
                                      QStringLiteral("update_dashboard"), QStringLiteral("add_insight_to_dashboard"), QStringLiteral("delete_dashboard"),
                                      QStringLiteral("list_errors"), QStringLiteral("get_error_details"), QStringLiteral("get_llm_costs"),
                                      QStringLiteral("get_feature_flags"), QStringLiteral("get_feature_flag"), QStringLiteral("create_feature_flag"),
                                      QStringLiteral("update_feature_flag"), QStringLiteral("delete_feature_flag")};
        for (const QJsonValue &t : tools) {
            const QJsonObject tool = t.toObject();
            const QString name = tool.value(QLatin1String("name")).toString();
            QVERIFY(contract.contains(name));
            QVERIFY(name.size() <= 40);
            const QJsonObject schema = tool.value(QLatin1String("inputSchema")).toObject();
            QCOMPARE(schema.value(QLatin1String("type")).toString(), QStringLiteral("object"));
            QVERIFY(schema.contains(QLatin1String("properties")));
            for (const QJsonValue &p : schema.value(QLatin1String("properties")).toObject()) {
                if (p.toObject().value(QLatin1String("type")).toString() == QLatin1String("array"))
                    QVERIFY(p.toObject().contains(QLatin1String("items")));
            }
            const QJsonObject annotations = tool.value(QLatin1String("annotations")).toObject();
            if (name.startsWith(QLatin1String("delete_")))
                QVERIFY(annotations.value(QLatin1String("destructiveHint")).toBool());
            if (name.startsWith(QLatin1String("get_")) || name.startsWith(QLatin1String("list_")))
                QVERIFY(annotations.value(QLatin1String("readOnlyHint")).toBool());
        }
    }

    void sqlInsightReturnsTableAndStructuredRows()
    {
        const QJsonObject result = callTool(QStringLiteral("get_sql_insight"),
                                            {{QStringLiteral("query"), QStringLiteral("SELECT event, count() AS n FROM events GROUP BY event ORDER BY n DESC")},
                                             {QStringLiteral("question"), QStringLiteral("Which events are most common?")}});
        QVERIFY2(!isError(result), qPrintable(text(result)));
        QVERIFY(text(result).contains(QLatin1String("| event | n |")));
        QVERIFY(text(result).contains(QLatin1String("Hedgebox Web (id 1)")));
        QVERIFY(text(result).contains(QLatin1String("/project/1/sql?open_query=")));
        const QJsonObject structured = result.value(QLatin1String("structuredContent")).toObject();
        QCOMPARE(structured.value(QLatin1String("columns")).toArray(), (QJsonArray{QStringLiteral("event"), QStringLiteral("n")}));
        const QJsonArray top = structured.value(QLatin1String("rows")).toArray().first().toArray();
        QCOMPARE(top.at(0).toString(), QStringLiteral("$pageview"));
        QCOMPARE(top.at(1).toDouble(), scalar(QStringLiteral("SELECT count(*) FROM events WHERE team_id = 1 AND event = '$pageview'")));
    }

    void sqlInsightTruncatesAtTheBudget()
    {
        m_toolset.setBudgetChars(4000);
        const QJsonObject result = callTool(QStringLiteral("get_sql_insight"), {{QStringLiteral("query"), QStringLiteral("SELECT uuid, event, timestamp, distinct_id FROM events LIMIT 1000")}});
        m_toolset.setBudgetChars(32000);
        QVERIFY(!isError(result));
        QVERIFY(text(result).size() <= 4000);
        QVERIFY(text(result).contains(QLatin1String("not shown to stay within the output budget")));
        QVERIFY(result.value(QLatin1String("structuredContent")).toObject().value(QLatin1String("has_more")).toBool());
    }

    void sqlInsightErrorTeachesTheFix()
    {
        const QJsonObject result = callTool(QStringLiteral("get_sql_insight"), {{QStringLiteral("query"), QStringLiteral("SELECT nope FROM events")}});
        QVERIFY(isError(result));
        QVERIFY(text(result).contains(QLatin1String("Unknown column 'nope'")));
        QVERIFY(text(result).contains(QLatin1String("get_property_definitions")));
        QVERIFY(!result.contains(QLatin1String("structuredContent")));
    }

    void llmCostsMatchTheData()
    {
        const QJsonObject result = callTool(QStringLiteral("get_llm_costs"), {{QStringLiteral("group_by"), QStringLiteral("provider")}});
        QVERIFY2(!isError(result), qPrintable(text(result)));
        const double total = scalar(QStringLiteral("SELECT sum(json_extract(properties, '$.\"$ai_total_cost_usd\"')) FROM events WHERE team_id = 1 AND "
                                                   "event = '$ai_generation' AND timestamp >= strftime('%Y-%m-%d %H:%M:%f', 'now', '-30 days') "
                                                   // test accounts left out by default: the demo's test_account_filters
                                                   "AND coalesce(json_extract(properties, '$.\"$host\"'), '') NOT LIKE 'localhost%' "
                                                   "AND coalesce(json_extract(properties, '$.\"$host\"'), '') NOT LIKE '127.0.0.1%' "
                                                   "AND person_id NOT IN (SELECT id FROM persons WHERE lower(json_extract(properties, '$.email')) LIKE '%@posthog.com%')"));
        QVERIFY2(text(result).contains(QStringLiteral("$%1").arg(QString::number(total, 'f', 4))), qPrintable(text(result) + QString::number(total, 'f', 4)));
        QVERIFY(text(result).contains(QLatin1String("anthropic")));
        QVERIFY(text(result).contains(QLatin1String("Embeddings ($ai_embedding)")));
        QVERIFY(text(result).contains(QLatin1String("Test accounts excluded")));
    }

    void listsArePaged()
    {
        // The total comes from the demo itself (PostHog's list envelope `count`), not from a number
        // the test assumes.
        const QJsonObject all = callTool(QStringLiteral("get_all_insights"), {{QStringLiteral("limit"), 100}});
        const QRegularExpressionMatch shown = QRegularExpression(QStringLiteral("Showing 1–(\\d+) of (\\d+)")).match(text(all));
        QVERIFY2(shown.hasMatch() && shown.captured(1) == shown.captured(2), qPrintable(text(all)));
        const int total = shown.captured(2).toInt();
        QVERIFY2(total > 2, qPrintable(QJsonDocument(all).toJson()));
        const QJsonObject first = callTool(QStringLiteral("get_all_insights"), {{QStringLiteral("limit"), 2}});
        QVERIFY2(text(first).contains(QStringLiteral("Showing 1–2 of %1. %2 more: call again with offset=2.").arg(total).arg(total - 2)),
                 qPrintable(QJsonDocument(first).toJson()));
        const QJsonObject events = callTool(QStringLiteral("get_event_definitions"), {{QStringLiteral("search"), QStringLiteral("ai")}});
        QVERIFY(text(events).contains(QLatin1String("$ai_generation")));
        const QJsonObject props = callTool(QStringLiteral("get_property_definitions"), {{QStringLiteral("type"), QStringLiteral("person")}});
        QVERIFY(text(props).contains(QLatin1String("person.properties.plan")));
    }

    // Funnel steps and retention cohorts as PostHog's runners return them
    // (posthog/hogql_queries/insights/funnels/base.py, retention_query_runner.py), rendered as
    // tables an agent can read, not JSON.
    void funnelAndRetentionInsightsRenderAsTables()
    {
        const QJsonObject funnel = callTool(QStringLiteral("get_insight"), {{QStringLiteral("insight_id"), QStringLiteral("fUnN3lSu")}});
        QVERIFY2(!isError(funnel), qPrintable(text(funnel)));
        QVERIFY2(text(funnel).contains(QLatin1String("| step | event | count | conversion from first | from previous |")), qPrintable(text(funnel)));
        const QRegularExpression step(QStringLiteral("\\| (\\d) \\| [^|]+ \\| (\\d+) \\| ([\\d.]+)% \\|"));
        qint64 previous = -1;
        int steps = 0;
        for (auto it = step.globalMatch(text(funnel)); it.hasNext(); ++steps) {
            const qint64 count = it.next().captured(2).toLongLong();
            QVERIFY(previous < 0 || count <= previous); // a funnel never grows
            previous = count;
        }
        QCOMPARE(steps, 3);
        QVERIFY(!text(funnel).contains(QLatin1String("\"action_id\"")));
        const QJsonObject retention = callTool(QStringLiteral("get_insight"), {{QStringLiteral("insight_id"), QStringLiteral("rEt3nTfu")}});
        QVERIFY2(!isError(retention), qPrintable(text(retention)));
        QVERIFY2(text(retention).contains(QLatin1String("| cohort | period 0 |")), qPrintable(text(retention)));
        QVERIFY(text(retention).contains(QLatin1String("(100%)"))); // period 0 is the whole cohort
        QVERIFY2(text(retention).contains(QStringLiteral("–")), qPrintable(text(retention))); // the latest cohort's later periods are not reached yet
    }

    void insightByShortIdWithResults()
    {
        const QJsonObject result = callTool(QStringLiteral("get_insight"), {{QStringLiteral("insight_id"), QStringLiteral("sGnUp7dT")}});
        QVERIFY2(!isError(result), qPrintable(text(result)));
        QVERIFY(text(result).contains(QLatin1String("Sign-ups per day")));
        QVERIFY(text(result).contains(QLatin1String("| series | total |")));
        const QJsonObject missing = callTool(QStringLiteral("get_insight"), {{QStringLiteral("insight_id"), QStringLiteral("99999")}});
        QVERIFY(isError(missing));
        QVERIFY(text(missing).contains(QLatin1String("get_all_insights")));
    }

    void organizationsAndProjectsPerClient()
    {
        QVERIFY(text(callTool(QStringLiteral("get_organizations"), {})).contains(QLatin1String("Hedgebox Demo")));
        QVERIFY(text(callTool(QStringLiteral("get_projects"), {})).contains(QLatin1String("Hedgebox Mobile")));
        QVERIFY(!isError(callTool(QStringLiteral("set_active_project"), {{QStringLiteral("project_id"), 2}}, QStringLiteral("mobile-agent"))));
        QVERIFY(text(callTool(QStringLiteral("get_all_dashboards"), {}, QStringLiteral("mobile-agent"))).contains(QLatin1String("Hedgebox Mobile (id 2)")));
        QVERIFY(text(callTool(QStringLiteral("get_all_dashboards"), {}, QStringLiteral("web-agent"))).contains(QLatin1String("Hedgebox Web (id 1)")));
        const QJsonObject bad = callTool(QStringLiteral("set_active_project"), {{QStringLiteral("project_id"), 77}});
        QVERIFY(isError(bad));
        QVERIFY(text(bad).contains(QLatin1String("get_projects")));
    }

    void errorsAndDetails()
    {
        const QJsonObject list = callTool(QStringLiteral("list_errors"), {{QStringLiteral("date_from"), QStringLiteral("-30d")}, {QStringLiteral("limit"), 3}});
        QVERIFY2(!isError(list), qPrintable(text(list)));
        QVERIFY(text(list).contains(QLatin1String("TypeError")));
        static const QRegularExpression uuid(QStringLiteral("`([0-9a-f-]{36})`"));
        const QString id = uuid.match(text(list)).captured(1);
        QVERIFY(!id.isEmpty());
        const QJsonObject details = callTool(QStringLiteral("get_error_details"), {{QStringLiteral("issue_id"), id}});
        QVERIFY2(!isError(details), qPrintable(text(details)));
        QVERIFY(text(details).contains(QStringLiteral("→")));
        QVERIFY(text(details).contains(QLatin1String("Release of the latest occurrence")));
        QVERIFY2(!text(details).contains(QLatin1String("(:0:0)")), qPrintable(text(details))); // resolved frames are read
        QVERIFY(text(details).contains(QLatin1String("Since -7d until now"))); // the window of the counts is stated
        QVERIFY(text(list).contains(QLatin1String("test accounts excluded")));
    }

    void writesFollowStakes()
    {
        // Headless (not interactive): low-stake writes ask first, and headless denies by default.
        const QJsonObject denied = callTool(QStringLiteral("create_dashboard"), {{QStringLiteral("name"), QStringLiteral("Agent board")}});
        QVERIFY(isError(denied));
        QVERIFY(text(denied).contains(QLatin1String("Denied")));
        // With a person at the desktop: allow always for a low stake remembers the tool.
        m_approvals.setInteractive(true);
        int prompts = 0;
        auto connection = connect(&m_approvals, &ApprovalPolicy::approvalRequested, this, [&prompts](ApprovalRequest *request) {
            ++prompts;
            request->answer(ApprovalRequest::Answer::AllowAlways);
        });
        const QJsonObject created = callTool(QStringLiteral("create_dashboard"), {{QStringLiteral("name"), QStringLiteral("Agent board")}});
        QVERIFY2(!isError(created), qPrintable(text(created)));
        QCOMPARE(prompts, 1);
        QVERIFY(!isError(callTool(QStringLiteral("create_dashboard"), {{QStringLiteral("name"), QStringLiteral("Second board")}})));
        QCOMPARE(prompts, 1); // remembered
        disconnect(connection);
        // Medium: a denial is an error result that says what happened.
        connection = connect(&m_approvals, &ApprovalPolicy::approvalRequested, this, [](ApprovalRequest *request) { request->answer(ApprovalRequest::Answer::Deny); });
        const QJsonObject deniedDelete = callTool(QStringLiteral("delete_feature_flag"), {{QStringLiteral("flag_id"), 1}});
        QVERIFY(isError(deniedDelete));
        QVERIFY(text(deniedDelete).contains(QLatin1String("declined")));
        QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM feature_flags WHERE id = 1")), 0.0);
        disconnect(connection);
        connection = connect(&m_approvals, &ApprovalPolicy::approvalRequested, this, [](ApprovalRequest *request) { request->answer(ApprovalRequest::Answer::AllowOnce); });
        QVERIFY(!isError(callTool(QStringLiteral("delete_feature_flag"), {{QStringLiteral("flag_id"), 1}})));
        QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM feature_flags WHERE id = 1")), 1.0);
        disconnect(connection);
        m_approvals.clearRemembered();
        m_approvals.setInteractive(false);
    }

    void headlessElicitationAsksTheClientsUser()
    {
        m_settings.setHeadlessApprovalPolicy(QStringLiteral("elicit"));
        auto run = [this](const QString &decision, bool withCapability) {
            auto session = std::make_shared<McpSession>();
            session->clientId = QStringLiteral("eliciting-agent");
            if (withCapability)
                session->clientCapabilities = QJsonObject{{QStringLiteral("elicitation"), QJsonObject()}};
            auto answer = std::make_shared<QJsonObject>();
            m_server.handle(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 1}, {QStringLiteral("method"), QStringLiteral("tools/call")},
                                        {QStringLiteral("params"), QJsonObject{{QStringLiteral("name"), QStringLiteral("create_dashboard")},
                                                                               {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Asked board")}}}}}},
                            session,
                            [this, decision](const QJsonObject &request) {
                                // The client's user answers the elicitation/create request.
                                if (request.value(QLatin1String("method")).toString() != QLatin1String("elicitation/create"))
                                    return;
                                const QJsonObject reply{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), request.value(QLatin1String("id"))},
                                                        {QStringLiteral("result"), QJsonObject{{QStringLiteral("action"), QStringLiteral("accept")},
                                                                                               {QStringLiteral("content"), QJsonObject{{QStringLiteral("decision"), decision}}}}}};
                                QTimer::singleShot(0, this, [this, reply] { m_server.handle(reply, std::make_shared<McpSession>(), {}, [](const QJsonObject &, int) {}); });
                            },
                            [answer](const QJsonObject &m, int) { *answer = m; });
            (void)QTest::qWaitFor([answer] { return !answer->isEmpty(); }, 10000);
            return answer->value(QLatin1String("result")).toObject();
        };
        QVERIFY2(!isError(run(QStringLiteral("allow"), true)), "an explicit allow runs the tool");
        const QJsonObject denied = run(QStringLiteral("deny"), true);
        QVERIFY(isError(denied));
        QVERIFY(text(denied).contains(QLatin1String("declined")));
        const QJsonObject incapable = run(QStringLiteral("allow"), false);
        QVERIFY(isError(incapable));
        QVERIFY(text(incapable).contains(QLatin1String("no elicitation capability")));
        m_settings.setHeadlessApprovalPolicy(QStringLiteral("deny"));
    }

    void featureFlagUpdateKeepsTargeting()
    {
        m_approvals.setStakeOverride(QStringLiteral("update_feature_flag"), Stake::NeverAsk);
        const QJsonObject result = callTool(QStringLiteral("update_feature_flag"), {{QStringLiteral("key"), QStringLiteral("ai-summaries")}, {QStringLiteral("rollout_percentage"), 30}});
        m_approvals.clearStakeOverride(QStringLiteral("update_feature_flag"));
        QVERIFY2(!isError(result), qPrintable(text(result)));
        QVERIFY(text(result).contains(QLatin1String("person.plan exact")));
        QVERIFY(text(result).contains(QLatin1String("30%")));
        QVERIFY2(text(result).contains(QLatin1String("applied to all 2 condition groups")), qPrintable(text(result)));
        QCOMPARE(scalar(QStringLiteral("SELECT json_array_length(filters, '$.groups') FROM feature_flags WHERE key = 'ai-summaries'")), 2.0);
    }

    // posthog/api/feature_flag.py stores filters.groups as given; one percentage must not
    // silently replace groups' different rollouts.
    void featureFlagRolloutNeverFlattensDifferentGroups()
    {
        m_approvals.setStakeOverride(QStringLiteral("create_feature_flag"), Stake::NeverAsk);
        m_approvals.setStakeOverride(QStringLiteral("update_feature_flag"), Stake::NeverAsk);
        const QJsonArray groups{QJsonObject{{QStringLiteral("properties"), QJsonArray()}, {QStringLiteral("rollout_percentage"), 10}},
                                QJsonObject{{QStringLiteral("properties"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("plan")},
                                                                                                 {QStringLiteral("type"), QStringLiteral("person")},
                                                                                                 {QStringLiteral("operator"), QStringLiteral("exact")},
                                                                                                 {QStringLiteral("value"), QJsonArray{QStringLiteral("pro")}}}}},
                                            {QStringLiteral("rollout_percentage"), 50}}};
        const QJsonObject created = callTool(QStringLiteral("create_feature_flag"), {{QStringLiteral("key"), QStringLiteral("two-rollouts")},
                                                                                     {QStringLiteral("filters"), QJsonObject{{QStringLiteral("groups"), groups}}}});
        QVERIFY2(!isError(created), qPrintable(text(created)));
        const QJsonObject refused = callTool(QStringLiteral("update_feature_flag"), {{QStringLiteral("key"), QStringLiteral("two-rollouts")}, {QStringLiteral("rollout_percentage"), 30}});
        QVERIFY(isError(refused));
        QVERIFY2(text(refused).contains(QLatin1String("apply_to_all_groups")), qPrintable(text(refused)));
        QCOMPARE(scalar(QStringLiteral("SELECT json_extract(filters, '$.groups[1].rollout_percentage') FROM feature_flags WHERE key = 'two-rollouts'")), 50.0);
        const QJsonObject applied = callTool(QStringLiteral("update_feature_flag"), {{QStringLiteral("key"), QStringLiteral("two-rollouts")}, {QStringLiteral("rollout_percentage"), 30},
                                                                                     {QStringLiteral("apply_to_all_groups"), true}});
        m_approvals.clearStakeOverride(QStringLiteral("create_feature_flag"));
        m_approvals.clearStakeOverride(QStringLiteral("update_feature_flag"));
        QVERIFY2(!isError(applied), qPrintable(text(applied)));
        QVERIFY(text(applied).contains(QLatin1String("applied to all 2 condition groups")));
        QCOMPARE(scalar(QStringLiteral("SELECT json_extract(filters, '$.groups[1].rollout_percentage') FROM feature_flags WHERE key = 'two-rollouts'")), 30.0);
    }

    // A saved SQL insight keeps display, chartSettings and tableSettings beside its HogQL
    // (DataVisualizationNode in posthog/schema.py): changing the SQL must not drop them.
    void updateInsightHogqlKeepsVisualisation()
    {
        m_approvals.setStakeOverride(QStringLiteral("create_insight"), Stake::NeverAsk);
        m_approvals.setStakeOverride(QStringLiteral("update_insight"), Stake::NeverAsk);
        const QJsonObject node{{QStringLiteral("kind"), QStringLiteral("DataVisualizationNode")},
                               {QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("HogQLQuery")}, {QStringLiteral("query"), QStringLiteral("SELECT 1 AS one")}}},
                               {QStringLiteral("display"), QStringLiteral("ActionsBar")},
                               {QStringLiteral("chartSettings"), QJsonObject{{QStringLiteral("xAxis"), QJsonObject{{QStringLiteral("column"), QStringLiteral("one")}}}}}};
        const QJsonObject created = callTool(QStringLiteral("create_insight"), {{QStringLiteral("name"), QStringLiteral("bars")}, {QStringLiteral("query"), node}});
        QVERIFY2(!isError(created), qPrintable(text(created)));
        static const QRegularExpression idPattern(QStringLiteral("\\(id (\\d+), short_id"));
        const QString id = idPattern.match(text(created)).captured(1);
        QVERIFY2(!id.isEmpty(), qPrintable(text(created)));
        const QJsonObject updated = callTool(QStringLiteral("update_insight"), {{QStringLiteral("insight_id"), id.toInt()}, {QStringLiteral("hogql"), QStringLiteral("SELECT 2 AS one")}});
        m_approvals.clearStakeOverride(QStringLiteral("create_insight"));
        m_approvals.clearStakeOverride(QStringLiteral("update_insight"));
        QVERIFY2(!isError(updated), qPrintable(text(updated)));
        auto read = std::make_shared<std::optional<PostHogResult<Insight>>>();
        m_client.insight(1, id, false, this, [read](const PostHogResult<Insight> &r) { *read = r; });
        QTRY_VERIFY(read->has_value());
        QVERIFY(read->value().ok());
        const QJsonObject query = read->value().value().query;
        QCOMPARE(query.value(QLatin1String("display")).toString(), QStringLiteral("ActionsBar"));
        QCOMPARE(query.value(QLatin1String("chartSettings")).toObject(), node.value(QLatin1String("chartSettings")).toObject());
        QCOMPARE(query.value(QLatin1String("source")).toObject().value(QLatin1String("query")).toString(), QStringLiteral("SELECT 2 AS one"));
    }

    // Every argument of every tool, given the wrong type: an isError result that names it, never
    // a crash or a PostHog request.
    void wrongTypeForEveryArgument()
    {
        int checked = 0;
        for (const ToolDefinition &tool : m_registry.tools()) {
            const QJsonObject properties = tool.inputSchema.value(QLatin1String("properties")).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                const QString type = it.value().toObject().value(QLatin1String("type")).toString();
                const QJsonValue wrong = type == QLatin1String("string") ? QJsonValue(12345)
                    : type == QLatin1String("object") ? QJsonValue(QStringLiteral("not an object")) : QJsonValue(QJsonObject{{QStringLiteral("x"), 1}});
                const QJsonObject result = callTool(tool.name, {{it.key(), wrong}});
                QVERIFY2(isError(result), qPrintable(tool.name + QLatin1Char('.') + it.key()));
                QVERIFY2(text(result).contains(QStringLiteral("'%1'").arg(it.key())),
                         qPrintable(tool.name + QLatin1Char('.') + it.key() + QStringLiteral(": ") + text(result)));
                ++checked;
            }
        }
        QVERIFY(checked > 60);
    }

    void hostileValuesAreRefused()
    {
        const QJsonObject huge = callTool(QStringLiteral("get_sql_insight"), {{QStringLiteral("query"), QString(100000, QLatin1Char('x'))}});
        QVERIFY(isError(huge));
        QVERIFY(text(huge).contains(QLatin1String("at most 20000 characters")));
        const QJsonObject outOfRange = callTool(QStringLiteral("get_all_insights"), {{QStringLiteral("limit"), 1e300}});
        QVERIFY(isError(outOfRange));
        QVERIFY(text(outOfRange).contains(QLatin1String("limit")));
        const QJsonObject negative = callTool(QStringLiteral("set_active_project"), {{QStringLiteral("project_id"), -5}});
        QVERIFY(isError(negative));
        QJsonObject nested{{QStringLiteral("leaf"), 1}};
        for (int i = 0; i < 200; ++i)
            nested = QJsonObject{{QStringLiteral("n"), nested}};
        const QJsonObject deep = callTool(QStringLiteral("create_insight"), {{QStringLiteral("name"), QStringLiteral("deep")}, {QStringLiteral("query"), nested}});
        QVERIFY(isError(deep)); // refused (by the approval policy headless, or by PostHog's validation), never a crash
    }

    void badKeyGivesActionableMessage()
    {
        PostHogClient other;
        other.setConnection(m_client.connection());
        other.setApiKey(QStringLiteral("phx_not_valid"));
        ToolRegistry registry;
        McpServer server(&registry);
        PostHogToolset toolset(&other, &m_settings);
        toolset.registerAll(&registry);
        auto answer = std::make_shared<QJsonObject>();
        server.handle(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 1}, {QStringLiteral("method"), QStringLiteral("tools/call")},
                                  {QStringLiteral("params"), QJsonObject{{QStringLiteral("name"), QStringLiteral("get_all_insights")}}}},
                      std::make_shared<McpSession>(), {}, [answer](const QJsonObject &m, int) { *answer = m; });
        QTRY_VERIFY(!answer->isEmpty());
        const QJsonObject result = answer->value(QLatin1String("result")).toObject();
        QVERIFY(isError(result));
        QVERIFY(text(result).contains(QLatin1String("Connection page")));
        QVERIFY(!text(result).contains(QLatin1String("phx_not_valid")));
    }

    // posthog/permissions.py: a project-scoped key may not call organization endpoints; the
    // organization tools then answer from the active project (GET /api/projects/{id}/), named
    // through /api/users/@me/, which no scope restricts.
    void projectScopedKeyStillNamesItsOrganization()
    {
        m_client.setApiKey(DemoBackend::scopedProjectApiKey());
        auto restore = qScopeGuard([this] {
            m_client.setApiKey(DemoBackend::apiKey());
            m_toolset.applyKeyScopes(std::nullopt);
            m_toolset.projects()->reset();
        });
        std::optional<KeyScopes> scopes;
        bool answered = false;
        m_client.apiKeyScopes(this, [&](const PostHogResult<KeyScopes> &r) { answered = true; if (r.ok()) scopes = r.value(); });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));
        QVERIFY(scopes && scopes->scopedProjects == QList<qint64>{DemoBackend::scopedProjectId()});
        m_toolset.applyKeyScopes(scopes);
        m_toolset.projects()->reset();
        const QJsonObject orgs = callTool(QStringLiteral("get_organizations"), {}, QStringLiteral("scoped-agent"));
        QVERIFY2(!isError(orgs), qPrintable(text(orgs)));
        QVERIFY2(text(orgs).contains(QLatin1String("limited to some projects")), qPrintable(text(orgs)));
        QVERIFY2(!text(orgs).contains(QLatin1String("not readable")), qPrintable(text(orgs)));
        const QJsonObject insights = callTool(QStringLiteral("get_all_insights"), {}, QStringLiteral("scoped-agent"));
        QVERIFY2(text(insights).contains(QStringLiteral("(id %1)").arg(DemoBackend::scopedProjectId())), qPrintable(text(insights)));
        // Project 1 is outside the key's projects: the refusal names those it may reach.
        m_toolset.projects()->set(QStringLiteral("scoped-agent-elsewhere"), {1, QStringLiteral("Hedgebox Web"), {}, QStringLiteral("chosen"), ActiveProjectStore::Rule::Chosen, {}});
        const QJsonObject refused = callTool(QStringLiteral("get_all_dashboards"), {}, QStringLiteral("scoped-agent-elsewhere"));
        QVERIFY(isError(refused));
        QVERIFY2(text(refused).contains(QStringLiteral("This key may reach project(s) %1.").arg(DemoBackend::scopedProjectId())), qPrintable(text(refused)));
    }

    // posthog/api/feature_flag.py: retrieve still answers a soft-deleted flag (deleted: true);
    // an agent must not take it for a live one, nor update it.
    void deletedFlagIsNotPresentedAsLive()
    {
        const QJsonObject flag = callTool(QStringLiteral("get_feature_flag"), {{QStringLiteral("flag_id"), 8}});
        QVERIFY2(!isError(flag), qPrintable(text(flag)));
        QVERIFY2(text(flag).contains(QLatin1String("deleted")), qPrintable(text(flag)));
        m_approvals.setStakeOverride(QStringLiteral("update_feature_flag"), Stake::NeverAsk);
        const QJsonObject update = callTool(QStringLiteral("update_feature_flag"), {{QStringLiteral("flag_id"), 8}, {QStringLiteral("active"), true}});
        QVERIFY(isError(update));
        QVERIFY2(text(update).contains(QLatin1String("is deleted")), qPrintable(text(update)));
    }

    // posthog/api/event_definition.py: current serializers carry no 30-day volumes; the tool must
    // not invent them.
    void eventDefinitionsInventNoVolumes()
    {
        const QJsonObject events = callTool(QStringLiteral("get_event_definitions"), {});
        QVERIFY2(!isError(events), qPrintable(text(events)));
        QVERIFY(text(events).contains(QLatin1String("$pageview")));
        QVERIFY2(!text(events).contains(QLatin1String("volume"), Qt::CaseInsensitive) || text(events).contains(QLatin1String("count()")),
                 qPrintable(text(events)));
        QVERIFY(!text(events).contains(QLatin1String("30 day"), Qt::CaseInsensitive));
    }

    // An issue with no occurrence inside the asked window still exists: its record
    // (products/error_tracking issues endpoint, first_seen) widens the counts to its whole life,
    // and the latest event is looked for since then (events_query_runner.py's 24 h default
    // would otherwise hide it).
    void errorDetailsOfAnIssueQuietInTheWindow()
    {
        const QJsonObject list = callTool(QStringLiteral("list_errors"), {{QStringLiteral("date_from"), QStringLiteral("-30d")}, {QStringLiteral("status"), QStringLiteral("all")},
                                                                         {QStringLiteral("order_by"), QStringLiteral("last_seen")}, {QStringLiteral("order_direction"), QStringLiteral("ASC")}});
        QVERIFY2(!isError(list), qPrintable(text(list)));
        static const QRegularExpression uuid(QStringLiteral("`([0-9a-f-]{36})`"));
        const QString oldest = uuid.match(text(list)).captured(1); // the issue last seen longest ago
        QVERIFY2(!oldest.isEmpty(), qPrintable(text(list)));
        const QJsonObject details = callTool(QStringLiteral("get_error_details"), {{QStringLiteral("issue_id"), oldest}, {QStringLiteral("date_from"), QStringLiteral("-1h")}});
        QVERIFY2(!isError(details), qPrintable(text(details)));
        QVERIFY2(text(details).contains(QLatin1String("its first seen day: no occurrence since -1h")), qPrintable(text(details)));
        QVERIFY2(text(details).contains(QLatin1String("Stack trace of the latest occurrence")), qPrintable(text(details)));
        const QJsonObject missing = callTool(QStringLiteral("get_error_details"), {{QStringLiteral("issue_id"), QStringLiteral("00000000-0000-0000-0000-000000000000")}});
        QVERIFY(isError(missing));
        QVERIFY2(text(missing).contains(QLatin1String("list_errors")), qPrintable(text(missing)));
    }
};

QTEST_GUILESS_MAIN(TestPostHogTools)
#include "tst_posthogtools.moc"
