#include "common/demotoolstest.h"
#include "common/isolatedhome.h"
#include "common/mcptestclient.h"
#include "demo/demobackend.h"
#include "mcp/mcpserver.h"
#include "mcp/toolregistry.h"
#include "posthog/fakeposthogserver.h"
#include "posthog/posthogclient.h"
#include "settings/settings.h"
#include "tools/posthogaiquestion.h"
#include "tools/posthogtoolset.h"

#include "aiquestionfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Every tool over MCP against a scripted PostHog (user 7's project; no demo behind it).
struct ScriptedCloudAgent
{
    explicit ScriptedCloudAgent(const FakePostHogServer &cloud)
    {
        QString error;
        client.setConnection(PostHogConnection::custom(PostHogConnection::Region::SelfHosted, cloud.baseUrl().toString(), &error));
        client.setApiKey(u"phx_test_key_for_the_scripted_cloud"_s);
        toolset.registerAll(&registry);
    }
    Settings settings;
    PostHogClient client;
    ToolRegistry registry;
    McpServer server{&registry};
    PostHogToolset toolset{&client, &settings};
    McpTestClient mcp{&server, u"cloud-agent"_s};
};

// The whole tool set's context cost, the tool groups a person switches off, and get_sql_insight's
// question for PostHog AI (on the demo, which has none, and on a scripted PostHog Cloud).
class TestToolGroups : public DemoToolsTest
{
    Q_OBJECT

private:
    QJsonArray listedTools() { return m_mcp.send(McpTestClient::request(1, u"tools/list"_s)).result().value("tools"_L1).toArray(); }
    QStringList listedNames()
    {
        QStringList names;
        for (const QJsonValue &t : listedTools())
            names.append(t.toObject().value("name"_L1).toString());
        return names;
    }
    QStringList toolsOfGroup(const QString &group) const
    {
        QStringList names;
        for (const ToolDefinition &tool : m_registry.tools()) {
            if (tool.group == group)
                names.append(tool.name);
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startDemo(5000)); }

    void theWholeToolListStaysUnder28KB()
    {
        const McpTestClient::Answer answer = m_mcp.send(McpTestClient::request(1, u"tools/list"_s));
        const qsizetype bytes = QJsonDocument(answer.message).toJson(QJsonDocument::Compact).size();
        const qsizetype tools = answer.result().value("tools"_L1).toArray().size();
        qInfo("tools/list: %lld tools, %lld bytes of JSON (PostHog's agent-toolkit 0.2.4: 42 tools, 67 KB)", qint64(tools), qint64(bytes));
        QVERIFY(tools >= 26);
        QVERIFY2(bytes < 28 * 1024, qPrintable(u"tools/list is %1 bytes; the budget is 28 KB"_s.arg(bytes)));
    }

    // Clients truncate instructions beyond ~2 KB (DESIGN.md, server identity and instructions).
    void theInstructionsFitWhatClientsKeep()
    {
        const QByteArray instructions = PostHogToolset::instructions().toUtf8();
        QVERIFY2(instructions.size() <= 2048, qPrintable(QString::number(instructions.size())));
        for (const char *tool : {"run_insight_query", "search_posthog", "get_sql_insight", "set_active_project"})
            QVERIFY2(instructions.contains(tool), tool);
    }

    void everyToolIsInAKnownGroupOrAlwaysServed()
    {
        const QStringList groups = PostHogToolset::groupIds();
        const QStringList alwaysServed = {u"get_organizations"_s,     u"set_active_organization"_s,  u"get_projects"_s,  u"set_active_project"_s,
                                          u"get_event_definitions"_s, u"get_property_definitions"_s, u"search_posthog"_s};
        for (const ToolDefinition &tool : m_registry.tools()) {
            if (tool.group.isEmpty())
                QVERIFY2(alwaysServed.contains(tool.name), qPrintable(tool.name + u" has no group"_s));
            else
                QVERIFY2(groups.contains(tool.group), qPrintable(tool.name + u" is in the unknown group "_s + tool.group));
        }
        for (const QString &group : PostHogToolset::groupIds())
            QVERIFY2(!toolsOfGroup(group).isEmpty(), qPrintable(group));
        QVERIFY(toolsOfGroup(u"analytics"_s).contains(u"get_sql_insight"_s));
        QVERIFY(toolsOfGroup(u"errors"_s).contains(u"list_errors"_s));
    }

    void aGroupSwitchedOffLeavesTheListAndIsRefusedUntilOn()
    {
        const QStringList errors = toolsOfGroup(u"errors"_s);
        const qsizetype before = listedNames().size();
        QSignalSpy notified(&m_server, &McpServer::toolsListChanged);
        m_registry.setGroupEnabled(u"errors"_s, false);
        QVERIFY(notified.wait(2000));
        const QStringList after = listedNames();
        QCOMPARE(after.size(), before - errors.size());
        for (const QString &name : errors)
            QVERIFY(!after.contains(name));
        const QJsonObject refused = m_mcp.callTool(u"list_errors"_s, {});
        QVERIFY(McpTestClient::isError(refused));
        QVERIFY2(McpTestClient::text(refused).contains(u"tool group 'errors', which is switched off"_s), qPrintable(McpTestClient::text(refused)));

        // Switching it off again changes nothing, so nothing is announced.
        notified.clear();
        m_registry.setGroupEnabled(u"errors"_s, false);
        QTest::qWait(50);
        QCOMPARE(notified.count(), 0);

        m_registry.setGroupEnabled(u"errors"_s, true);
        QVERIFY(notified.wait(2000));
        QCOMPARE(listedNames().size(), before);
        QVERIFY(!McpTestClient::isError(m_mcp.callTool(u"list_errors"_s, {})));
    }

    void aToolsOwnSwitchOutlivesItsGroup()
    {
        m_registry.setEnabled(u"get_llm_costs"_s, false);
        m_registry.setGroupEnabled(u"llm"_s, false);
        m_registry.setGroupEnabled(u"llm"_s, true);
        QVERIFY(!listedNames().contains(u"get_llm_costs"_s));
        QVERIFY(!m_registry.isEnabled(u"get_llm_costs"_s));
        m_registry.setEnabled(u"get_llm_costs"_s, true);
        QVERIFY(listedNames().contains(u"get_llm_costs"_s));
    }

    void sqlInsightNeedsAQueryOrAQuestion()
    {
        const QJsonObject result = m_mcp.callTool(u"get_sql_insight"_s, {});
        QVERIFY(McpTestClient::isError(result));
        QVERIFY2(McpTestClient::text(result).contains(u"`question`"_s), qPrintable(McpTestClient::text(result)));
    }

    // The demo has no PostHog AI, as self-hosted PostHog without EE: ee/api/max_tools.py is not
    // routed, so the path answers 404 and the agent is told to write the HogQL itself.
    void aQuestionOnTheDemoSaysPostHogAiIsNotThere()
    {
        const QJsonObject result = m_mcp.callTool(u"get_sql_insight"_s, {{u"question"_s, u"How many people signed up each day last week?"_s}});
        QVERIFY(McpTestClient::isError(result));
        const QString text = McpTestClient::text(result);
        QVERIFY2(text.contains(u"PostHog AI is not available"_s), qPrintable(text));
        QVERIFY2(text.contains(u"get_event_definitions"_s) && text.contains(u"`query`"_s), qPrintable(text));
    }

    void aQueryWinsOverAQuestion()
    {
        const QJsonObject result
            = m_mcp.callTool(u"get_sql_insight"_s, {{u"query"_s, u"SELECT count() AS n FROM events"_s}, {u"question"_s, u"how many events?"_s}});
        QVERIFY2(!McpTestClient::isError(result), qPrintable(McpTestClient::text(result)));
        QVERIFY(!McpTestClient::text(result).contains(u"PostHog AI"_s));
    }

    void aQuestionOverTheLimitIsRefusedBeforePostHog()
    {
        const QJsonObject result = m_mcp.callTool(u"get_sql_insight"_s, {{u"question"_s, QString(PostHogAiQuestion::maxQuestionLength + 1, u'x')}});
        QVERIFY(McpTestClient::isError(result));
        QVERIFY(McpTestClient::text(result).contains(u"Input validation error"_s));
    }

    // The answer of MaxToolsViewSet.create_and_query_insight: one {"type", "data"} per stream
    // event of InsightsAssistant (ee/hogai/insights_assistant.py); the HogQL is the "ai/viz"
    // message's answer (posthog/schema.py VisualizationMessage, AssistantHogQLQuery).
    void theGeneratedHogqlIsTakenFromTheVisualizationMessage()
    {
        const QByteArray body = Fixtures::vizAnswer;
        const PostHogAiQuestion::Answer answer = PostHogAiQuestion::parse(QJsonDocument::fromJson(body).array());
        QVERIFY(answer.hogql.startsWith(u"SELECT toDate(timestamp)"_s));
        QCOMPARE(answer.assistantText, u"Here are the signups per day."_s);
        QVERIFY(answer.failure.isEmpty());

        const PostHogAiQuestion::Answer failed = PostHogAiQuestion::parse(QJsonDocument::fromJson(Fixtures::failureAnswer).array());
        QVERIFY(failed.hogql.isEmpty());
        QCOMPARE(failed.failure, u"I could not find a signup event."_s);
    }

    void aQuestionOnPostHogCloudShowsTheHogqlAndItsResult()
    {
        FakePostHogServer cloud;
        cloud.enqueue("GET", u"/api/users/@me/"_s, 200, Fixtures::user);
        cloud.enqueue("GET", u"/api/projects/7/"_s, 200, Fixtures::project);
        cloud.enqueue("POST", u"/api/environments/7/max_tools/create_and_query_insight/"_s, 200, Fixtures::vizSignups);
        cloud.enqueue("POST", u"/api/environments/7/query/"_s, 200, Fixtures::querySignups);
        ScriptedCloudAgent agent(cloud);
        const QJsonObject result = agent.mcp.callTool(u"get_sql_insight"_s, {{u"question"_s, u"How many people signed up?"_s}});
        const QString text = McpTestClient::text(result);
        QVERIFY2(!McpTestClient::isError(result), qPrintable(text));
        QVERIFY2(text.contains(u"PostHog AI wrote this HogQL"_s) && text.contains(u"WHERE event = 'signed_up'"_s), qPrintable(text));
        QVERIFY2(text.contains(u"412"_s), qPrintable(text));
        QCOMPARE(result.value("structuredContent"_L1).toObject().value("columns"_L1).toArray(), QJsonArray{u"signups"_s});

        QCOMPARE(cloud.count("POST", u"/api/environments/7/max_tools/create_and_query_insight/"_s), 1);
        for (const FakePostHogServer::Received &r : cloud.received()) {
            if (r.path.contains(u"max_tools"_s)) {
                const QJsonObject sent = QJsonDocument::fromJson(r.body).object();
                QCOMPARE(sent.value("query"_L1).toString(), u"How many people signed up?"_s);
                QCOMPARE(sent.value("insight_type"_L1).toString(), u"sql"_s);
            }
            if (r.path.endsWith(u"/query/"_s))
                QVERIFY(r.body.contains("WHERE event = 'signed_up'"));
        }
    }

    void aCloudOrganizationThatRefusesAiIsExplained()
    {
        FakePostHogServer cloud;
        cloud.enqueue("GET", u"/api/users/@me/"_s, 200, Fixtures::user2);
        cloud.enqueue("GET", u"/api/projects/7/"_s, 200, Fixtures::project2);
        cloud.enqueue("POST", u"/api/environments/7/max_tools/create_and_query_insight/"_s, 403, Fixtures::refusal);
        ScriptedCloudAgent agent(cloud);
        const QJsonObject result = agent.mcp.callTool(u"get_sql_insight"_s, {{u"question"_s, u"How many people signed up?"_s}});
        const QString text = McpTestClient::text(result);
        QVERIFY(McpTestClient::isError(result));
        QVERIFY2(text.contains(u"AI data processing must be approved"_s) && text.contains(u"get_sql_insight with `query`"_s), qPrintable(text));
        QVERIFY(!text.contains(u"phx_test_key"_s));
        QCOMPARE(cloud.count("POST", u"/api/environments/7/max_tools/create_and_query_insight/"_s), 1); // never retried: not idempotent
    }
};

int main(int argc, char **argv)
{
    IsolatedHome::enter();
    QCoreApplication app(argc, argv);
    TestToolGroups test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_toolgroups.moc"
