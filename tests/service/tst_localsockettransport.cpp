// The instance's local socket (core/mcp/localsockettransport) spoken to directly: the hello it
// requires, the greeting it answers with, and what a stranger on the socket gets.
#include "common/isolatedhome.h"
#include "ui/demoservice.h"

#include "mcp/localsockettransport.h"
#include "mcp/mcpserver.h"
#include "service/localinstance.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestLocalSocketTransport : public QObject
{
    Q_OBJECT

    std::unique_ptr<CompanionService> m_service;

    // Connects, sends `first`, and returns the first line the instance answers (empty on timeout).
    static QJsonObject exchange(QLocalSocket &socket, const QByteArray &first)
    {
        socket.connectToServer(LocalInstance::socketPath());
        if (!QTest::qWaitFor([&] { return socket.state() == QLocalSocket::ConnectedState; }, 5000)) {
            QTest::qFail("could not connect to the instance socket", __FILE__, __LINE__);
            return {};
        }
        socket.write(first + '\n');
        QByteArray answer;
        if (!QTest::qWaitFor(
                [&] {
                    answer += socket.readAll();
                    return answer.contains('\n');
                },
                5000)) {
            QTest::qFail("the instance did not answer within 5 s", __FILE__, __LINE__);
            return {};
        }
        return QJsonDocument::fromJson(answer.left(answer.indexOf('\n'))).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(IsolatedHome::enterRuntimeDir());
        m_service = startDemoService(false, true);
        QVERIFY(m_service);
        QString error;
        QCOMPARE(m_service->claimInstance(&error), CompanionService::Claim::Claimed);
    }

    void socketIsThisUsersOnly()
    {
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(LocalInstance::socketPath()).constData(), &info), 0);
        QVERIFY(S_ISSOCK(info.st_mode));
        QCOMPARE(info.st_mode & 077, mode_t(0)); // no group or other access
        QCOMPARE(info.st_uid, ::getuid());
        QVERIFY2(LocalInstance::socketPath().contains(u"-%1-"_s.arg(::getuid())), qPrintable(LocalInstance::socketPath()));
    }

    void statusGreetingSaysWhatItServes()
    {
        QLocalSocket socket;
        const QJsonObject greeting = exchange(socket, R"({"posthogCompanion":"hello","want":"status","pid":1})");
        QCOMPARE(greeting.value("posthogCompanion"_L1).toString(), u"instance"_s);
        QCOMPARE(greeting.value("pid"_L1).toInteger(), QCoreApplication::applicationPid());
        QCOMPARE(greeting.value("mode"_L1).toString(), u"headless"_s);
        QCOMPARE(greeting.value("url"_L1).toString(), m_service->httpUrl().toString());
        QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState); // answered, then closed
        QCOMPARE(m_service->localSocket()->sessionCount(), 0);
    }

    void aStrangerWithoutHelloIsRefused()
    {
        QLocalSocket socket;
        // An MCP client that found the socket and spoke JSON-RPC at once: refused, not served.
        const QJsonObject answer = exchange(socket, R"({"jsonrpc":"2.0","id":1,"method":"tools/list"})");
        QCOMPARE(answer.value("posthogCompanion"_L1).toString(), u"refused"_s);
        QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(m_service->localSocket()->sessionCount(), 0);
    }

    void anMcpHelloBecomesASession()
    {
        QLocalSocket socket;
        exchange(socket, R"({"posthogCompanion":"hello","want":"mcp","pid":4242})");
        QTRY_COMPARE(m_service->localSocket()->sessionCount(), 1);
        socket.write(R"({"jsonrpc":"2.0","id":5,"method":"ping"})"
                     "\n");
        QByteArray answer;
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains('\n');
            },
            5000));
        QCOMPARE(QJsonDocument::fromJson(answer.trimmed()).object().value("id"_L1).toInt(), 5);
        socket.disconnectFromServer();
        QTRY_COMPARE(m_service->localSocket()->sessionCount(), 0);
    }

    void cleanupTestCase() { m_service.reset(); }
};

QTEST_GUILESS_MAIN(TestLocalSocketTransport)
#include "tst_localsockettransport.moc"
