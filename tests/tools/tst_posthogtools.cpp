#include "common/demotoolstest.h"
#include "common/isolatedhome.h"
#include "common/mcptestclient.h"
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

using namespace Qt::StringLiterals;

class TestPostHogTools : public DemoToolsTest
{
    Q_OBJECT

private:
    QJsonObject callTool(const QString &name, const QJsonObject &arguments, const QString &client = {})
    {
        return m_mcp.callTool(name, arguments, client);
    }
    static QString text(const QJsonObject &result) { return McpTestClient::text(result); }
    static bool isError(const QJsonObject &result) { return McpTestClient::isError(result); }
    double scalar(const QString &sql)
    {
        QSqlQuery q(m_direct);
        return q.exec(sql) && q.next() ? q.value(0).toDouble() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startDemo(20000));
        m_server.setCallGate(
            [this](const ToolDefinition &tool, const ToolCall &call, McpServer::Decide decide) { m_approvals.decide(tool, call, decide); });
    }

    void largeTablesFitTheBudgetWithTheirNote()
    {
        QJsonArray rows;
        for (int i = 0; i < 100000; ++i)
            rows.append(QJsonArray{u"user-%1@example.com"_s.arg(i), i});
        int shown = 0;
        const QString table = MarkdownRenderer::queryTable({u"email"_s, u"n"_s}, rows, 32000, &shown);
        QVERIFY2(table.size() <= 32000, qPrintable(QString::number(table.size()))); // was 32 054 before the note got its room
        QVERIFY(table.contains(u"%1 more row(s) not shown"_s.arg(100000 - shown)));
    }

    void toolListIsSmallAndPortable()
    {
        const McpTestClient::Answer answer = m_mcp.send(McpTestClient::request(1, u"tools/list"_s));
        const QJsonArray tools = answer.result().value("tools"_L1).toArray();
        QVERIFY(tools.size() >= 26); // the seed plan's tools and the parity ones; tools.groups measures the whole list
        QVERIFY2(QJsonDocument(answer.message).toJson(QJsonDocument::Compact).size() < 28 * 1024, "tools/list must stay under 28 KB");
        const QStringList contract = {u"get_organizations"_s,
                                      u"set_active_organization"_s,
                                      u"get_projects"_s,
                                      u"set_active_project"_s,
                                      u"get_event_definitions"_s,
                                      u"get_property_definitions"_s,
                                      u"search_posthog"_s,
                                      u"run_insight_query"_s,
                                      u"get_sql_insight"_s,
                                      u"get_all_insights"_s,
                                      u"get_insight"_s,
                                      u"create_insight"_s,
                                      u"update_insight"_s,
                                      u"delete_insight"_s,
                                      u"get_all_dashboards"_s,
                                      u"get_dashboard"_s,
                                      u"create_dashboard"_s,
                                      u"update_dashboard"_s,
                                      u"add_insight_to_dashboard"_s,
                                      u"delete_dashboard"_s,
                                      u"list_errors"_s,
                                      u"get_error_details"_s,
                                      u"get_error_events"_s,
                                      u"update_error_issue"_s,
                                      u"get_llm_costs"_s,
                                      u"get_llm_traces"_s,
                                      u"get_feature_flags"_s,
                                      u"get_feature_flag"_s,
                                      u"create_feature_flag"_s,
                                      u"update_feature_flag"_s,
                                      u"delete_feature_flag"_s,
                                      u"get_experiments"_s,
                                      u"get_experiment_results"_s,
                                      u"get_surveys"_s,
                                      u"get_survey_results"_s};
        QStringList listed;
        for (const QJsonValue &t : tools)
            listed.append(t.toObject().value("name"_L1).toString());
        for (const QString &name : contract)
            QVERIFY2(listed.contains(name), qPrintable(name + u" is a contract tool"_s));
        for (const QJsonValue &t : tools) {
            const QJsonObject tool = t.toObject();
            const QString name = tool.value("name"_L1).toString();
            QVERIFY(name.size() <= 40);
            const QJsonObject schema = tool.value("inputSchema"_L1).toObject();
            QCOMPARE(schema.value("type"_L1).toString(), u"object"_s);
            QVERIFY(schema.contains("properties"_L1));
            for (const QJsonValue &p : schema.value("properties"_L1).toObject()) {
                if (p.toObject().value("type"_L1).toString() == "array"_L1)
                    QVERIFY(p.toObject().contains("items"_L1));
            }
            const QJsonObject annotations = tool.value("annotations"_L1).toObject();
            if (name.startsWith("delete_"_L1))
                QVERIFY(annotations.value("destructiveHint"_L1).toBool());
            if (name.startsWith("get_"_L1) || name.startsWith("list_"_L1))
                QVERIFY(annotations.value("readOnlyHint"_L1).toBool());
        }
    }

    void sqlInsightReturnsTableAndStructuredRows()
    {
        const QJsonObject result
            = callTool(u"get_sql_insight"_s, {{u"query"_s, u"SELECT event, count() AS n FROM events GROUP BY event ORDER BY n DESC"_s},
                                              {u"question"_s, u"Which events are most common?"_s}});
        QVERIFY2(!isError(result), qPrintable(text(result)));
        QVERIFY(text(result).contains("| event | n |"_L1));
        QVERIFY(text(result).contains("Hedgebox Web (id 1)"_L1));
        QVERIFY(text(result).contains("/project/1/sql?open_query="_L1));
        const QJsonObject structured = result.value("structuredContent"_L1).toObject();
        QCOMPARE(structured.value("columns"_L1).toArray(), (QJsonArray{u"event"_s, u"n"_s}));
        const QJsonArray top = structured.value("rows"_L1).toArray().first().toArray();
        QCOMPARE(top.at(0).toString(), u"$pageview"_s);
        QCOMPARE(top.at(1).toDouble(), scalar(u"SELECT count(*) FROM events WHERE team_id = 1 AND event = '$pageview'"_s));
    }

    void sqlInsightTruncatesAtTheBudget()
    {
        m_toolset.setBudgetChars(4000);
        const QJsonObject result
            = callTool(u"get_sql_insight"_s, {{u"query"_s, u"SELECT uuid, event, timestamp, distinct_id FROM events LIMIT 1000"_s}});
        m_toolset.setBudgetChars(32000);
        QVERIFY(!isError(result));
        QVERIFY(text(result).size() <= 4000);
        QVERIFY(text(result).contains("not shown to stay within the output budget"_L1));
        QVERIFY(result.value("structuredContent"_L1).toObject().value("has_more"_L1).toBool());
    }

    void sqlInsightErrorTeachesTheFix()
    {
        const QJsonObject result = callTool(u"get_sql_insight"_s, {{u"query"_s, u"SELECT nope FROM events"_s}});
        QVERIFY(isError(result));
        QVERIFY(text(result).contains("Unknown column 'nope'"_L1));
        QVERIFY(text(result).contains("get_property_definitions"_L1));
        QVERIFY(!result.contains("structuredContent"_L1));
    }

    void llmCostsMatchTheData()
    {
        const QJsonObject result = callTool(u"get_llm_costs"_s, {{u"group_by"_s, u"provider"_s}});
        QVERIFY2(!isError(result), qPrintable(text(result)));
        const double total = scalar(
            QStringLiteral("SELECT sum(json_extract(properties, '$.\"$ai_total_cost_usd\"')) FROM events WHERE team_id = 1 AND "
                           "event = '$ai_generation' AND timestamp >= strftime('%Y-%m-%d %H:%M:%f', 'now', '-30 days') "
                           // test accounts left out by default: the demo's test_account_filters
                           "AND coalesce(json_extract(properties, '$.\"$host\"'), '') NOT LIKE 'localhost%' "
                           "AND coalesce(json_extract(properties, '$.\"$host\"'), '') NOT LIKE '127.0.0.1%' "
                           "AND person_id NOT IN (SELECT id FROM persons WHERE lower(json_extract(properties, '$.email')) LIKE '%@posthog.com%')"));
        QVERIFY2(text(result).contains(u"$%1"_s.arg(QString::number(total, 'f', 4))), qPrintable(text(result) + QString::number(total, 'f', 4)));
        QVERIFY(text(result).contains("anthropic"_L1));
        QVERIFY(text(result).contains("Embeddings ($ai_embedding)"_L1));
        QVERIFY(text(result).contains("Test accounts excluded"_L1));
    }

    void listsArePaged()
    {
        // The total comes from the demo itself (PostHog's list envelope `count`), not from a number
        // the test assumes.
        const QJsonObject all = callTool(u"get_all_insights"_s, {{u"limit"_s, 100}});
        const QRegularExpressionMatch shown = QRegularExpression(u"Showing 1–(\\d+) of (\\d+)"_s).match(text(all));
        QVERIFY2(shown.hasMatch() && shown.captured(1) == shown.captured(2), qPrintable(text(all)));
        const int total = shown.captured(2).toInt();
        QVERIFY2(total > 2, qPrintable(QJsonDocument(all).toJson()));
        const QJsonObject first = callTool(u"get_all_insights"_s, {{u"limit"_s, 2}});
        QVERIFY2(text(first).contains(u"Showing 1–2 of %1. %2 more: call again with offset=2."_s.arg(total).arg(total - 2)),
                 qPrintable(QJsonDocument(first).toJson()));
        const QJsonObject events = callTool(u"get_event_definitions"_s, {{u"search"_s, u"ai"_s}});
        QVERIFY(text(events).contains("$ai_generation"_L1));
        const QJsonObject props = callTool(u"get_property_definitions"_s, {{u"type"_s, u"person"_s}});
        QVERIFY(text(props).contains("person.properties.plan"_L1));
    }

    // Funnel steps and retention cohorts as PostHog's runners return them
    // (posthog/hogql_queries/insights/funnels/base.py, retention_query_runner.py), rendered as
    // tables an agent can read, not JSON.
    void funnelAndRetentionInsightsRenderAsTables()
    {
        const QJsonObject funnel = callTool(u"get_insight"_s, {{u"insight_id"_s, u"fUnN3lSu"_s}});
        QVERIFY2(!isError(funnel), qPrintable(text(funnel)));
        QVERIFY2(text(funnel).contains("| step | event | count | conversion from first | from previous |"_L1), qPrintable(text(funnel)));
        const QRegularExpression step(u"\\| (\\d) \\| [^|]+ \\| (\\d+) \\| ([\\d.]+)% \\|"_s);
        qint64 previous = -1;
        int steps = 0;
        for (auto it = step.globalMatch(text(funnel)); it.hasNext(); ++steps) {
            const qint64 count = it.next().captured(2).toLongLong();
            QVERIFY(previous < 0 || count <= previous); // a funnel never grows
            previous = count;
        }
        QCOMPARE(steps, 3);
        QVERIFY(!text(funnel).contains("\"action_id\""_L1));
        const QJsonObject retention = callTool(u"get_insight"_s, {{u"insight_id"_s, u"rEt3nTfu"_s}});
        QVERIFY2(!isError(retention), qPrintable(text(retention)));
        QVERIFY2(text(retention).contains("| cohort | period 0 |"_L1), qPrintable(text(retention)));
        QVERIFY(text(retention).contains("(100%)"_L1)); // period 0 is the whole cohort
        QVERIFY2(text(retention).contains(u"–"_s), qPrintable(text(retention))); // the latest cohort's later periods are not reached yet
    }

    void insightByShortIdWithResults()
    {
        const QJsonObject result = callTool(u"get_insight"_s, {{u"insight_id"_s, u"sGnUp7dT"_s}});
        QVERIFY2(!isError(result), qPrintable(text(result)));
        QVERIFY(text(result).contains("Sign-ups per day"_L1));
        QVERIFY(text(result).contains("| series | total |"_L1));
        const QJsonObject missing = callTool(u"get_insight"_s, {{u"insight_id"_s, u"99999"_s}});
        QVERIFY(isError(missing));
        QVERIFY(text(missing).contains("get_all_insights"_L1));
    }

    void organizationsAndProjectsPerClient()
    {
        QVERIFY(text(callTool(u"get_organizations"_s, {})).contains("Hedgebox Demo"_L1));
        QVERIFY(text(callTool(u"get_projects"_s, {})).contains("Hedgebox Mobile"_L1));
        QVERIFY(!isError(callTool(u"set_active_project"_s, {{u"project_id"_s, 2}}, u"mobile-agent"_s)));
        QVERIFY(text(callTool(u"get_all_dashboards"_s, {}, u"mobile-agent"_s)).contains("Hedgebox Mobile (id 2)"_L1));
        QVERIFY(text(callTool(u"get_all_dashboards"_s, {}, u"web-agent"_s)).contains("Hedgebox Web (id 1)"_L1));
        const QJsonObject bad = callTool(u"set_active_project"_s, {{u"project_id"_s, 77}});
        QVERIFY(isError(bad));
        QVERIFY(text(bad).contains("get_projects"_L1));
    }

    void errorsAndDetails()
    {
        const QJsonObject list = callTool(u"list_errors"_s, {{u"date_from"_s, u"-30d"_s}, {u"limit"_s, 3}});
        QVERIFY2(!isError(list), qPrintable(text(list)));
        QVERIFY(text(list).contains("TypeError"_L1));
        static const QRegularExpression uuid(u"`([0-9a-f-]{36})`"_s);
        const QString id = uuid.match(text(list)).captured(1);
        QVERIFY(!id.isEmpty());
        const QJsonObject details = callTool(u"get_error_details"_s, {{u"issue_id"_s, id}});
        QVERIFY2(!isError(details), qPrintable(text(details)));
        QVERIFY(text(details).contains(u"→"_s));
        QVERIFY(text(details).contains("Release of the latest occurrence"_L1));
        QVERIFY2(!text(details).contains("(:0:0)"_L1), qPrintable(text(details))); // resolved frames are read
        QVERIFY(text(details).contains("Since -7d until now"_L1)); // the window of the counts is stated
        QVERIFY(text(list).contains("test accounts excluded"_L1));
    }

    void writesFollowStakes()
    {
        // Headless (not interactive): low-stake writes ask first, and headless denies by default.
        const QJsonObject denied = callTool(u"create_dashboard"_s, {{u"name"_s, u"Agent board"_s}});
        QVERIFY(isError(denied));
        QVERIFY(text(denied).contains("Denied"_L1));
        // With a person at the desktop: allow always for a low stake remembers the tool.
        m_approvals.setInteractive(true);
        int prompts = 0;
        auto connection = connect(&m_approvals, &ApprovalPolicy::approvalRequested, this, [&prompts](ApprovalRequest *request) {
            ++prompts;
            request->answer(ApprovalRequest::Answer::AllowAlways);
        });
        const QJsonObject created = callTool(u"create_dashboard"_s, {{u"name"_s, u"Agent board"_s}});
        QVERIFY2(!isError(created), qPrintable(text(created)));
        QCOMPARE(prompts, 1);
        QVERIFY(!isError(callTool(u"create_dashboard"_s, {{u"name"_s, u"Second board"_s}})));
        QCOMPARE(prompts, 1); // remembered
        disconnect(connection);
        // Medium: a denial is an error result that says what happened.
        connection = connect(&m_approvals, &ApprovalPolicy::approvalRequested, this,
                             [](ApprovalRequest *request) { request->answer(ApprovalRequest::Answer::Deny); });
        const QJsonObject deniedDelete = callTool(u"delete_feature_flag"_s, {{u"flag_id"_s, 1}});
        QVERIFY(isError(deniedDelete));
        QVERIFY(text(deniedDelete).contains("declined"_L1));
        QCOMPARE(scalar(u"SELECT deleted FROM feature_flags WHERE id = 1"_s), 0.0);
        disconnect(connection);
        connection = connect(&m_approvals, &ApprovalPolicy::approvalRequested, this,
                             [](ApprovalRequest *request) { request->answer(ApprovalRequest::Answer::AllowOnce); });
        QVERIFY(!isError(callTool(u"delete_feature_flag"_s, {{u"flag_id"_s, 1}})));
        QCOMPARE(scalar(u"SELECT deleted FROM feature_flags WHERE id = 1"_s), 1.0);
        disconnect(connection);
        m_approvals.clearRemembered();
        m_approvals.setInteractive(false);
    }

    void headlessElicitationAsksTheClientsUser()
    {
        m_settings.setHeadlessApprovalPolicy(u"elicit"_s);
        auto run = [this](const QString &decision, bool withCapability) {
            auto session = std::make_shared<McpSession>();
            session->clientId = u"eliciting-agent"_s;
            if (withCapability)
                session->clientCapabilities = QJsonObject{{u"elicitation"_s, QJsonObject()}};
            auto answer = std::make_shared<QJsonObject>();
            m_server.handle(
                QJsonObject{
                    {u"jsonrpc"_s, u"2.0"_s},
                    {u"id"_s, 1},
                    {u"method"_s, u"tools/call"_s},
                    {u"params"_s, QJsonObject{{u"name"_s, u"create_dashboard"_s}, {u"arguments"_s, QJsonObject{{u"name"_s, u"Asked board"_s}}}}}},
                session,
                [this, decision](const QJsonObject &request) {
                    // The client's user answers the elicitation/create request.
                    if (request.value("method"_L1).toString() != "elicitation/create"_L1)
                        return;
                    const QJsonObject reply{
                        {u"jsonrpc"_s, u"2.0"_s},
                        {u"id"_s, request.value("id"_L1)},
                        {u"result"_s, QJsonObject{{u"action"_s, u"accept"_s}, {u"content"_s, QJsonObject{{u"decision"_s, decision}}}}}};
                    QTimer::singleShot(
                        0, this, [this, reply] { m_server.handle(reply, std::make_shared<McpSession>(), {}, [](const QJsonObject &, int) {}); });
                },
                [answer](const QJsonObject &m, int) { *answer = m; });
            if (!QTest::qWaitFor([answer] { return !answer->isEmpty(); }, 10000)) {
                QTest::qFail("no answer to tools/call within 10000 ms", __FILE__, __LINE__);
                return QJsonObject{{u"isError"_s, true},
                                   {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"test timeout"_s}}}}};
            }
            return answer->value("result"_L1).toObject();
        };
        QVERIFY2(!isError(run(u"allow"_s, true)), "an explicit allow runs the tool");
        const QJsonObject denied = run(u"deny"_s, true);
        QVERIFY(isError(denied));
        QVERIFY(text(denied).contains("declined"_L1));
        const QJsonObject incapable = run(u"allow"_s, false);
        QVERIFY(isError(incapable));
        QVERIFY(text(incapable).contains("no elicitation capability"_L1));
        m_settings.setHeadlessApprovalPolicy(u"deny"_s);
    }

    void featureFlagUpdateKeepsTargeting()
    {
        m_approvals.setStakeOverride(u"update_feature_flag"_s, Stake::NeverAsk);
        const QJsonObject result = callTool(u"update_feature_flag"_s, {{u"key"_s, u"ai-summaries"_s}, {u"rollout_percentage"_s, 30}});
        m_approvals.clearStakeOverride(u"update_feature_flag"_s);
        QVERIFY2(!isError(result), qPrintable(text(result)));
        QVERIFY(text(result).contains("person.plan exact"_L1));
        QVERIFY(text(result).contains("30%"_L1));
        QVERIFY2(text(result).contains("applied to all 2 condition groups"_L1), qPrintable(text(result)));
        QCOMPARE(scalar(u"SELECT json_array_length(filters, '$.groups') FROM feature_flags WHERE key = 'ai-summaries'"_s), 2.0);
    }

    // posthog/api/feature_flag.py stores filters.groups as given; one percentage must not
    // silently replace groups' different rollouts.
    void featureFlagRolloutNeverFlattensDifferentGroups()
    {
        m_approvals.setStakeOverride(u"create_feature_flag"_s, Stake::NeverAsk);
        m_approvals.setStakeOverride(u"update_feature_flag"_s, Stake::NeverAsk);
        const QJsonArray groups{
            QJsonObject{{u"properties"_s, QJsonArray()}, {u"rollout_percentage"_s, 10}},
            QJsonObject{{u"properties"_s,
                         QJsonArray{QJsonObject{
                             {u"key"_s, u"plan"_s}, {u"type"_s, u"person"_s}, {u"operator"_s, u"exact"_s}, {u"value"_s, QJsonArray{u"pro"_s}}}}},
                        {u"rollout_percentage"_s, 50}}};
        const QJsonObject created
            = callTool(u"create_feature_flag"_s, {{u"key"_s, u"two-rollouts"_s}, {u"filters"_s, QJsonObject{{u"groups"_s, groups}}}});
        QVERIFY2(!isError(created), qPrintable(text(created)));
        const QJsonObject refused = callTool(u"update_feature_flag"_s, {{u"key"_s, u"two-rollouts"_s}, {u"rollout_percentage"_s, 30}});
        QVERIFY(isError(refused));
        QVERIFY2(text(refused).contains("apply_to_all_groups"_L1), qPrintable(text(refused)));
        QCOMPARE(scalar(u"SELECT json_extract(filters, '$.groups[1].rollout_percentage') FROM feature_flags WHERE key = 'two-rollouts'"_s), 50.0);
        const QJsonObject applied
            = callTool(u"update_feature_flag"_s, {{u"key"_s, u"two-rollouts"_s}, {u"rollout_percentage"_s, 30}, {u"apply_to_all_groups"_s, true}});
        m_approvals.clearStakeOverride(u"create_feature_flag"_s);
        m_approvals.clearStakeOverride(u"update_feature_flag"_s);
        QVERIFY2(!isError(applied), qPrintable(text(applied)));
        QVERIFY(text(applied).contains("applied to all 2 condition groups"_L1));
        QCOMPARE(scalar(u"SELECT json_extract(filters, '$.groups[1].rollout_percentage') FROM feature_flags WHERE key = 'two-rollouts'"_s), 30.0);
    }

    // A saved SQL insight keeps display, chartSettings and tableSettings beside its HogQL
    // (DataVisualizationNode in posthog/schema.py): changing the SQL must not drop them.
    void updateInsightHogqlKeepsVisualisation()
    {
        m_approvals.setStakeOverride(u"create_insight"_s, Stake::NeverAsk);
        m_approvals.setStakeOverride(u"update_insight"_s, Stake::NeverAsk);
        const QJsonObject node{{u"kind"_s, u"DataVisualizationNode"_s},
                               {u"source"_s, QJsonObject{{u"kind"_s, u"HogQLQuery"_s}, {u"query"_s, u"SELECT 1 AS one"_s}}},
                               {u"display"_s, u"ActionsBar"_s},
                               {u"chartSettings"_s, QJsonObject{{u"xAxis"_s, QJsonObject{{u"column"_s, u"one"_s}}}}}};
        const QJsonObject created = callTool(u"create_insight"_s, {{u"name"_s, u"bars"_s}, {u"query"_s, node}});
        QVERIFY2(!isError(created), qPrintable(text(created)));
        static const QRegularExpression idPattern(u"\\(id (\\d+), short_id"_s);
        const QString id = idPattern.match(text(created)).captured(1);
        QVERIFY2(!id.isEmpty(), qPrintable(text(created)));
        const QJsonObject updated = callTool(u"update_insight"_s, {{u"insight_id"_s, id.toInt()}, {u"hogql"_s, u"SELECT 2 AS one"_s}});
        m_approvals.clearStakeOverride(u"create_insight"_s);
        m_approvals.clearStakeOverride(u"update_insight"_s);
        QVERIFY2(!isError(updated), qPrintable(text(updated)));
        auto read = std::make_shared<std::optional<PostHogResult<Insight>>>();
        m_client.insight(1, id, false, this, [read](const PostHogResult<Insight> &r) { *read = r; });
        QTRY_VERIFY(read->has_value());
        QVERIFY(read->value().ok());
        const QJsonObject query = read->value().value().query;
        QCOMPARE(query.value("display"_L1).toString(), u"ActionsBar"_s);
        QCOMPARE(query.value("chartSettings"_L1).toObject(), node.value("chartSettings"_L1).toObject());
        QCOMPARE(query.value("source"_L1).toObject().value("query"_L1).toString(), u"SELECT 2 AS one"_s);
    }

    // Every argument of every tool, given the wrong type: an isError result that names it, never
    // a crash or a PostHog request.
    void wrongTypeForEveryArgument()
    {
        int checked = 0;
        for (const ToolDefinition &tool : m_registry.tools()) {
            const QJsonObject properties = tool.inputSchema.value("properties"_L1).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                const QString type = it.value().toObject().value("type"_L1).toString();
                const QJsonValue wrong = type == "string"_L1   ? QJsonValue(12345)
                                         : type == "object"_L1 ? QJsonValue(u"not an object"_s)
                                                               : QJsonValue(QJsonObject{{u"x"_s, 1}});
                const QJsonObject result = callTool(tool.name, {{it.key(), wrong}});
                QVERIFY2(isError(result), qPrintable(tool.name + QLatin1Char('.') + it.key()));
                QVERIFY2(text(result).contains(u"'%1'"_s.arg(it.key())),
                         qPrintable(tool.name + QLatin1Char('.') + it.key() + u": "_s + text(result)));
                ++checked;
            }
        }
        QVERIFY(checked > 60);
    }

    void hostileValuesAreRefused()
    {
        const QJsonObject huge = callTool(u"get_sql_insight"_s, {{u"query"_s, QString(100000, QLatin1Char('x'))}});
        QVERIFY(isError(huge));
        QVERIFY(text(huge).contains("at most 20000 characters"_L1));
        const QJsonObject outOfRange = callTool(u"get_all_insights"_s, {{u"limit"_s, 1e300}});
        QVERIFY(isError(outOfRange));
        QVERIFY(text(outOfRange).contains("limit"_L1));
        const QJsonObject negative = callTool(u"set_active_project"_s, {{u"project_id"_s, -5}});
        QVERIFY(isError(negative));
        QJsonObject nested{{u"leaf"_s, 1}};
        for (int i = 0; i < 200; ++i)
            nested = QJsonObject{{u"n"_s, nested}};
        const QJsonObject deep = callTool(u"create_insight"_s, {{u"name"_s, u"deep"_s}, {u"query"_s, nested}});
        QVERIFY(isError(deep)); // refused (by the approval policy headless, or by PostHog's validation), never a crash
    }

    void badKeyGivesActionableMessage()
    {
        PostHogClient other;
        other.setConnection(m_client.connection());
        other.setApiKey(u"phx_not_valid"_s);
        ToolRegistry registry;
        McpServer server(&registry);
        PostHogToolset toolset(&other, &m_settings);
        toolset.registerAll(&registry);
        McpTestClient client(&server);
        const QJsonObject result = client.callTool(u"get_all_insights"_s, {});
        QVERIFY(isError(result));
        QVERIFY(text(result).contains("Connection page"_L1));
        QVERIFY(!text(result).contains("phx_not_valid"_L1));
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
        m_client.apiKeyScopes(this, [&](const PostHogResult<KeyScopes> &r) {
            answered = true;
            if (r.ok())
                scopes = r.value();
        });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));
        QVERIFY(scopes && scopes->scopedProjects == QList<qint64>{DemoBackend::scopedProjectId()});
        m_toolset.applyKeyScopes(scopes);
        m_toolset.projects()->reset();
        const QJsonObject orgs = callTool(u"get_organizations"_s, {}, u"scoped-agent"_s);
        QVERIFY2(!isError(orgs), qPrintable(text(orgs)));
        QVERIFY2(text(orgs).contains("limited to some projects"_L1), qPrintable(text(orgs)));
        QVERIFY2(!text(orgs).contains("not readable"_L1), qPrintable(text(orgs)));
        const QJsonObject insights = callTool(u"get_all_insights"_s, {}, u"scoped-agent"_s);
        QVERIFY2(text(insights).contains(u"(id %1)"_s.arg(DemoBackend::scopedProjectId())), qPrintable(text(insights)));
        // Project 1 is outside the key's projects: the refusal names those it may reach.
        m_toolset.projects()->set(u"scoped-agent-elsewhere"_s, {1, u"Hedgebox Web"_s, {}, u"chosen"_s, ActiveProjectStore::Rule::Chosen, {}});
        const QJsonObject refused = callTool(u"get_all_dashboards"_s, {}, u"scoped-agent-elsewhere"_s);
        QVERIFY(isError(refused));
        QVERIFY2(text(refused).contains(u"This key may reach project(s) %1."_s.arg(DemoBackend::scopedProjectId())), qPrintable(text(refused)));
    }

    // posthog/api/feature_flag.py: retrieve still answers a soft-deleted flag (deleted: true);
    // an agent must not take it for a live one, nor update it.
    void deletedFlagIsNotPresentedAsLive()
    {
        const QJsonObject flag = callTool(u"get_feature_flag"_s, {{u"flag_id"_s, 8}});
        QVERIFY2(!isError(flag), qPrintable(text(flag)));
        QVERIFY2(text(flag).contains("deleted"_L1), qPrintable(text(flag)));
        m_approvals.setStakeOverride(u"update_feature_flag"_s, Stake::NeverAsk);
        const QJsonObject update = callTool(u"update_feature_flag"_s, {{u"flag_id"_s, 8}, {u"active"_s, true}});
        QVERIFY(isError(update));
        QVERIFY2(text(update).contains("is deleted"_L1), qPrintable(text(update)));
    }

    // posthog/api/event_definition.py: current serializers carry no 30-day volumes; the tool must
    // not invent them.
    void eventDefinitionsInventNoVolumes()
    {
        const QJsonObject events = callTool(u"get_event_definitions"_s, {});
        QVERIFY2(!isError(events), qPrintable(text(events)));
        QVERIFY(text(events).contains("$pageview"_L1));
        QVERIFY2(!text(events).contains("volume"_L1, Qt::CaseInsensitive) || text(events).contains("count()"_L1), qPrintable(text(events)));
        QVERIFY(!text(events).contains("30 day"_L1, Qt::CaseInsensitive));
    }

    // An issue with no occurrence inside the asked window still exists: its record
    // (products/error_tracking issues endpoint, first_seen) widens the counts to its whole life,
    // and the latest event is looked for since then (events_query_runner.py's 24 h default
    // would otherwise hide it).
    void errorDetailsOfAnIssueQuietInTheWindow()
    {
        const QJsonObject list
            = callTool(u"list_errors"_s,
                       {{u"date_from"_s, u"-30d"_s}, {u"status"_s, u"all"_s}, {u"order_by"_s, u"last_seen"_s}, {u"order_direction"_s, u"ASC"_s}});
        QVERIFY2(!isError(list), qPrintable(text(list)));
        static const QRegularExpression uuid(u"`([0-9a-f-]{36})`"_s);
        const QString oldest = uuid.match(text(list)).captured(1); // the issue last seen longest ago
        QVERIFY2(!oldest.isEmpty(), qPrintable(text(list)));
        const QJsonObject details = callTool(u"get_error_details"_s, {{u"issue_id"_s, oldest}, {u"date_from"_s, u"-1h"_s}});
        QVERIFY2(!isError(details), qPrintable(text(details)));
        QVERIFY2(text(details).contains("its first seen day: no occurrence since -1h"_L1), qPrintable(text(details)));
        QVERIFY2(text(details).contains("Stack trace of the latest occurrence"_L1), qPrintable(text(details)));
        const QJsonObject missing = callTool(u"get_error_details"_s, {{u"issue_id"_s, u"00000000-0000-0000-0000-000000000000"_s}});
        QVERIFY(isError(missing));
        QVERIFY2(text(missing).contains("list_errors"_L1), qPrintable(text(missing)));
    }
    // notifications/cancelled reaches the PostHog request (PostHogCall::cancel), so the tool ends
    // as cancelled instead of answering. get_insight and list_errors did not bind it before.
    void cancellingACallAbortsItsPostHogRequest()
    {
        const QList<QPair<QString, QJsonObject>> calls{{u"get_insight"_s, {{u"insight_id"_s, u"sGnUp7dT"_s}}},
                                                       {u"list_errors"_s, {{u"date_from"_s, u"-30d"_s}}}};
        for (const auto &[name, arguments] : calls) {
            const auto session = m_mcp.session(u"cancelling-agent"_s);
            auto answer = std::make_shared<McpTestClient::Answer>();
            m_server.handle(McpTestClient::request(7, u"tools/call"_s, {{u"name"_s, name}, {u"arguments"_s, arguments}}), session, {},
                            [answer](const QJsonObject &m, int status) {
                                answer->message = m;
                                answer->status = status;
                                answer->answered = true;
                            });
            QVERIFY2(!answer->answered, qPrintable(name));
            m_server.handle(
                QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/cancelled"_s}, {u"params"_s, QJsonObject{{u"requestId"_s, 7}}}},
                session, {}, [](const QJsonObject &, int) { QFAIL("notifications get no answer"); });
            QVERIFY2(QTest::qWaitFor([answer] { return answer->answered; }, 10000), qPrintable(name + u": no answer after the cancel"_s));
            const QJsonObject result = answer->result();
            QVERIFY2(isError(result), qPrintable(name + u" answered anyway: "_s + text(result)));
            QVERIFY2(text(result).endsWith("(cancelled)"_L1), qPrintable(name + u": "_s + text(result)));
        }
        QCOMPARE(m_server.inFlightCalls(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPostHogTools)
#include "tst_posthogtools.moc"
