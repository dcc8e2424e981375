// `--mcp-stdio` while PostHog Companion runs relays to it (issue 13): the real binary as the relay,
// this test process (a CompanionService that claimed the instance) or a real --headless binary as
// the running instance, so approvals, activity and per-client state are the instance's.
#include "common/isolatedhome.h"
#include "mcpprocess.h"
#include "ui/demoservice.h"

#include "mcp/localsockettransport.h"
#include "service/localinstance.h"
#include "tools/activitylog.h"
#include "tools/approvalpolicy.h"
#include "tools/approvalrequest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPointer>
#include <QSignalSpy>

#include <csignal>

using namespace Qt::StringLiterals;

class TestStdioRelay : public QObject
{
    Q_OBJECT

    std::unique_ptr<CompanionService> m_service;

    static QJsonObject toolCall(const QString &name, const QJsonObject &arguments) { return {{u"name"_s, name}, {u"arguments"_s, arguments}}; }

    // This process becomes the running instance: an interactive service (as the window is) on the demo.
    void becomeInstance()
    {
        m_service = startDemoService(true);
        QVERIFY(m_service);
        QString error;
        QCOMPARE(m_service->claimInstance(&error), CompanionService::Claim::Claimed);
    }

    static int activityCount(ActivityLog *log, const QString &tool, const QString &clientName)
    {
        int n = 0;
        for (const ToolCallRecord &record : log->records())
            n += record.tool == tool && record.clientName == clientName ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(IsolatedHome::enterRuntimeDir());
        QVERIFY(IsolatedHome::contains(LocalInstance::socketPath()));
    }

    void cleanup() { m_service.reset(); }

    void relayReachesTheRunningInstanceAndItsActivity()
    {
        becomeInstance();
        McpProcess relay({u"--mcp-stdio"_s});
        QCOMPARE(relay.waitForStderr(u"Relaying to the running PostHog Companion \\(pid (\\d+)\\)"_s).toLongLong(),
                 QCoreApplication::applicationPid());
        const QJsonObject init = relay.initialize(u"relay-client"_s);
        QCOMPARE(init.value("result"_L1).toObject().value("serverInfo"_L1).toObject().value("name"_L1).toString(), u"posthog-companion"_s);
        const QJsonObject projects = relay.call(2, u"tools/call"_s, toolCall(u"get_projects"_s, {}));
        QVERIFY2(McpProcess::textOf(projects).contains("Hedgebox Web"_L1), qPrintable(McpProcess::textOf(projects)));
        // The call is in this instance's activity log, under the relayed client's own name.
        QTRY_COMPARE(activityCount(m_service->activity(), u"get_projects"_s, u"relay-client"_s), 1);
        relay.process()->write("{not json\n"); // the instance answers it, as an in-process server would
        QCOMPARE(relay.waitFor([](const QJsonObject &m) { return m.contains("error"_L1); }).value("error"_L1).toObject().value("code"_L1).toInt(),
                 -32700);
        QCOMPARE(m_service->localSocket()->sessionCount(), 1);
        relay.process()->closeWriteChannel(); // stdin EOF ends the relay cleanly
        QCOMPARE(relay.waitForExit(), 0);
        QTRY_COMPARE(m_service->localSocket()->sessionCount(), 0);
    }

    void approvalIsAnsweredByTheRunningInstance()
    {
        becomeInstance();
        QList<QString> asked;
        ApprovalRequest::Answer next = ApprovalRequest::Answer::Deny;
        connect(m_service->approvals(), &ApprovalPolicy::approvalRequested, this, [&](ApprovalRequest *request) {
            asked.append(request->tool());
            request->answer(next);
        });
        McpProcess relay({u"--mcp-stdio"_s});
        // The client could ask its user, but the instance's own prompt decides, not elicitation.
        relay.initialize(u"relay-approvals"_s, {{u"elicitation"_s, QJsonObject()}});
        const QJsonObject denied = relay.call(2, u"tools/call"_s, toolCall(u"create_dashboard"_s, {{u"name"_s, u"Relay test"_s}}));
        QCOMPARE(asked, QList<QString>{u"create_dashboard"_s});
        QVERIFY(denied.value("result"_L1).toObject().value("isError"_L1).toBool());
        QVERIFY2(McpProcess::textOf(denied).contains("declined"_L1), qPrintable(McpProcess::textOf(denied)));
        next = ApprovalRequest::Answer::AllowOnce;
        const QJsonObject allowed = relay.call(3, u"tools/call"_s, toolCall(u"create_dashboard"_s, {{u"name"_s, u"Relay test"_s}}));
        QCOMPARE(asked.size(), 2);
        QVERIFY2(!allowed.value("result"_L1).toObject().value("isError"_L1).toBool(), qPrintable(McpProcess::textOf(allowed)));
        QVERIFY2(McpProcess::textOf(allowed).contains("Relay test"_L1), qPrintable(McpProcess::textOf(allowed)));
        QTRY_COMPARE(activityCount(m_service->activity(), u"create_dashboard"_s, u"relay-approvals"_s), 2);
    }

    void eachRelayIsItsOwnClient()
    {
        becomeInstance();
        McpProcess first({u"--mcp-stdio"_s});
        McpProcess second({u"--mcp-stdio"_s});
        first.initialize(u"relay-first"_s);
        second.initialize(u"relay-second"_s);
        QTRY_COMPARE(m_service->localSocket()->sessionCount(), 2);
        const QJsonObject switched = first.call(2, u"tools/call"_s, toolCall(u"set_active_project"_s, {{u"project_id"_s, 2}}));
        QVERIFY2(!switched.value("result"_L1).toObject().value("isError"_L1).toBool(), qPrintable(McpProcess::textOf(switched)));
        // The other client keeps the default project: the active project is per relayed client.
        const QString firstProjects = McpProcess::textOf(first.call(3, u"tools/call"_s, toolCall(u"get_projects"_s, {})));
        const QString secondProjects = McpProcess::textOf(second.call(3, u"tools/call"_s, toolCall(u"get_projects"_s, {})));
        QVERIFY2(firstProjects != secondProjects, qPrintable(firstProjects));
        QVERIFY2(firstProjects.contains(QRegularExpression(u"Mobile \\| 2 \\|[^\\n]*yes"_s)), qPrintable(firstProjects));
        QString firstId, secondId;
        for (const ToolCallRecord &record : m_service->activity()->records()) {
            if (record.clientName == "relay-first"_L1)
                firstId = record.clientId;
            if (record.clientName == "relay-second"_L1)
                secondId = record.clientId;
        }
        QCOMPARE(firstId, u"stdio-%1"_s.arg(first.pid()));
        QCOMPARE(secondId, u"stdio-%1"_s.arg(second.pid()));
    }

    void pausedInstanceSaysSoToRelays()
    {
        becomeInstance();
        m_service->stopHttp(); // "Pause MCP server": relayed clients are paused too
        McpProcess relay({u"--mcp-stdio"_s});
        const QJsonObject init = relay.initialize(u"relay-paused"_s);
        QVERIFY(init.contains("result"_L1)); // the client still connects, and learns why nothing works
        const QJsonObject paused = relay.call(2, u"tools/list"_s);
        QCOMPARE(paused.value("error"_L1).toObject().value("code"_L1).toInt(), -32000);
        QVERIFY2(paused.value("error"_L1).toObject().value("message"_L1).toString().contains("paused"_L1),
                 qPrintable(QJsonDocument(paused).toJson()));
        QString error;
        QVERIFY(m_service->startHttp(&error));
        const QJsonObject resumed = relay.call(3, u"tools/list"_s);
        QVERIFY(resumed.value("result"_L1).toObject().value("tools"_L1).toArray().size() > 20);
    }

    void instanceGoingAwayAnswersOpenRequestsAndExits()
    {
        becomeInstance();
        bool asked = false;
        connect(m_service->approvals(), &ApprovalPolicy::approvalRequested, this, [&](ApprovalRequest *) { asked = true; }); // never answered
        McpProcess relay({u"--mcp-stdio"_s});
        relay.initialize(u"relay-orphan"_s);
        relay.send(McpProcess::request(7, u"tools/call"_s, toolCall(u"create_dashboard"_s, {{u"name"_s, u"Never"_s}})));
        QTRY_VERIFY(asked);
        m_service.reset(); // the instance quits with the request open
        const QJsonObject answer = relay.answerTo(7, 10000);
        QCOMPARE(answer.value("error"_L1).toObject().value("code"_L1).toInt(), -32603);
        QVERIFY2(answer.value("error"_L1).toObject().value("message"_L1).toString().contains("stopped before answering"_L1),
                 qPrintable(QJsonDocument(answer).toJson()));
        QVERIFY(relay.waitForExit() != 0);
        QVERIFY2(relay.standardError().contains("went away"_L1), qPrintable(relay.standardError()));
    }

    void relayGoingAwayCancelsItsOpenCalls()
    {
        becomeInstance();
        QPointer<ApprovalRequest> waiting;
        connect(m_service->approvals(), &ApprovalPolicy::approvalRequested, this, [&](ApprovalRequest *r) { waiting = r; });
        QSignalSpy pending(m_service->approvals(), &ApprovalPolicy::pendingCountChanged);
        McpProcess relay({u"--mcp-stdio"_s});
        relay.initialize(u"relay-gone"_s);
        relay.send(McpProcess::request(4, u"tools/call"_s, toolCall(u"create_dashboard"_s, {{u"name"_s, u"Orphan"_s}})));
        QTRY_VERIFY(waiting);
        relay.process()->kill(); // the client and its relay vanish with the prompt open
        // The instance does not keep asking a person on behalf of a client that is gone.
        QTRY_VERIFY(!pending.isEmpty() && pending.last().at(0).toInt() == 0);
        QTRY_COMPARE(m_service->localSocket()->sessionCount(), 0);
    }

    void killedHeadlessInstanceEndsTheRelay()
    {
        McpProcess instance({u"--headless"_s, u"--demo"_s, u"--events"_s, u"20000"_s, u"--port"_s, u"0"_s});
        QVERIFY(!instance.waitForStderr(u"MCP server listening at (http://127\\.0\\.0\\.1:\\d+/mcp)"_s).isEmpty());
        McpProcess relay({u"--mcp-stdio"_s});
        QCOMPARE(relay.waitForStderr(u"Relaying to the running PostHog Companion \\(pid (\\d+)\\)"_s).toLongLong(), instance.pid());
        relay.initialize(u"relay-killed"_s);
        // Headless, the instance's policy answers: deny, even though this client could be asked.
        const QJsonObject denied = relay.call(2, u"tools/call"_s, toolCall(u"create_dashboard"_s, {{u"name"_s, u"x"_s}}));
        QVERIFY2(McpProcess::textOf(denied).contains("runs headless with the policy 'deny'"_L1), qPrintable(McpProcess::textOf(denied)));
        ::kill(pid_t(instance.pid()), SIGKILL); // no clean shutdown: the socket file stays behind
        QVERIFY(relay.waitForExit(10000) != 0);
        QVERIFY2(relay.standardError().contains("went away"_L1), qPrintable(relay.standardError()));
    }

    void withoutAnInstanceItServesInProcessAndElicits()
    {
        // No instance: this process serves, with the first-run demo workspace (no account configured).
        McpProcess stdio({u"--mcp-stdio"_s, u"--events"_s, u"20000"_s});
        stdio.waitForStderr(u"No PostHog Companion is running: serving MCP in-process"_s);
        stdio.initialize(u"in-process"_s, {{u"elicitation"_s, QJsonObject()}});
        stdio.send(McpProcess::request(2, u"tools/call"_s, toolCall(u"create_dashboard"_s, {{u"name"_s, u"Elicited"_s}})));
        const QJsonObject question = stdio.waitFor([](const QJsonObject &m) { return m.value("method"_L1).toString() == "elicitation/create"_L1; });
        QVERIFY(question.value("params"_L1).toObject().value("message"_L1).toString().contains("create_dashboard"_L1));
        stdio.send({{u"jsonrpc"_s, u"2.0"_s},
                    {u"id"_s, question.value("id"_L1)},
                    {u"result"_s, QJsonObject{{u"action"_s, u"accept"_s}, {u"content"_s, QJsonObject{{u"decision"_s, u"allow"_s}}}}}});
        const QJsonObject allowed = stdio.answerTo(2);
        QVERIFY2(!allowed.value("result"_L1).toObject().value("isError"_L1).toBool(), qPrintable(McpProcess::textOf(allowed)));
        stdio.process()->closeWriteChannel();
        QCOMPARE(stdio.waitForExit(), 0);

        McpProcess plain({u"--mcp-stdio"_s, u"--events"_s, u"20000"_s});
        plain.initialize(u"no-elicitation"_s);
        const QJsonObject denied = plain.call(2, u"tools/call"_s, toolCall(u"create_dashboard"_s, {{u"name"_s, u"Denied"_s}}));
        QVERIFY2(McpProcess::textOf(denied).contains("no elicitation capability"_L1), qPrintable(McpProcess::textOf(denied)));
    }
};

QTEST_GUILESS_MAIN(TestStdioRelay)
#include "tst_stdiorelay.moc"
