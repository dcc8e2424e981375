// One PostHog Companion per user and configuration (issue 13), with the real binary: a second
// --headless names the URL already served and fails, a second window launch raises the first and
// exits 0, and an instance killed without cleaning up does not block the next one.
#include "common/isolatedhome.h"
#include "mcpprocess.h"
#include "ui/demoservice.h"

#include "service/localinstance.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>

#include <csignal>

using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    static QStringList headlessArguments() { return {u"--headless"_s, u"--demo"_s, u"--events"_s, u"20000"_s, u"--port"_s, u"0"_s}; }
    static QString listening() { return u"MCP server listening at (http://127\\.0\\.0\\.1:\\d+/mcp)"_s; }

private Q_SLOTS:
    void initTestCase() { QVERIFY(IsolatedHome::enterRuntimeDir()); }

    void secondHeadlessNamesTheUrlAndFails()
    {
        McpProcess first(headlessArguments());
        const QString url = first.waitForStderr(listening());
        QVERIFY(!url.isEmpty());
        McpProcess second(headlessArguments());
        QCOMPARE(second.waitForExit(), 1);
        QVERIFY2(second.standardError().contains(u"already running (pid %1) and serves MCP at %2"_s.arg(first.pid()).arg(url)),
                 qPrintable(second.standardError()));
        QCOMPARE(first.process()->state(), QProcess::Running); // the first one is untouched
    }

    void secondWindowLaunchRaisesTheFirst()
    {
        // This process is the window instance (an interactive service that claimed the instance).
        auto service = startDemoService(true);
        QVERIFY(service);
        QString error;
        QCOMPARE(service->claimInstance(&error), CompanionService::Claim::Claimed);
        QSignalSpy raised(service.get(), &CompanionService::raiseRequested);
        McpProcess second({u"--demo"_s}); // a window launch, offscreen
        QCOMPARE(second.waitForExit(30000), 0);
        QCOMPARE(raised.count(), 1);
        QVERIFY2(second.standardError().contains(
                     u"already running (pid %1): its window was brought to the front"_s.arg(QCoreApplication::applicationPid())),
                 qPrintable(second.standardError()));
    }

    void secondWindowLaunchRaisesARealFirstWindow()
    {
        // Both real binaries, offscreen: the first says (with --verbose) that it came to the front.
        McpProcess first({u"--demo"_s, u"--events"_s, u"20000"_s, u"--port"_s, u"0"_s, u"--hidden"_s, u"--verbose"_s});
        QVERIFY(!first.waitForStderr(listening()).isEmpty());
        QVERIFY(!first.standardError().contains("bringing the window to the front"_L1));
        McpProcess second({u"--demo"_s});
        QCOMPARE(second.waitForExit(30000), 0);
        QVERIFY(!first.waitForStderr(u"bringing the window to the front"_s).isEmpty());
        QCOMPARE(first.process()->state(), QProcess::Running);
    }

    void windowLaunchWhileHeadlessRunsSaysSo()
    {
        McpProcess headless(headlessArguments());
        const QString url = headless.waitForStderr(listening());
        McpProcess window({u"--demo"_s});
        QCOMPARE(window.waitForExit(30000), 1);
        QVERIFY2(window.standardError().contains(u"already runs headless (pid %1) and serves MCP at %2"_s.arg(headless.pid()).arg(url)),
                 qPrintable(window.standardError()));
    }

    void killedInstanceDoesNotBlockTheNext()
    {
        {
            McpProcess first(headlessArguments());
            QVERIFY(!first.waitForStderr(listening()).isEmpty());
            ::kill(pid_t(first.pid()), SIGKILL);
            QCOMPARE(first.waitForExit(), -1001);
        }
        QVERIFY(QFile::exists(LocalInstance::socketPath())); // left behind
        QVERIFY(QFile::exists(LocalInstance::lockPath()));
        McpProcess next(headlessArguments());
        QVERIFY(!next.waitForStderr(listening()).isEmpty());
        McpProcess status(headlessArguments());
        QCOMPARE(status.waitForExit(), 1);
        QVERIFY2(status.standardError().contains(u"(pid %1)"_s.arg(next.pid())), qPrintable(status.standardError()));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
