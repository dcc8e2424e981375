#include "common/isolatedhome.h"
#include "mcp/mcpserver.h"
#include "mcp/stdiotransport.h"
#include "mcp/streamablehttptransport.h"
#include "mcp/toolregistry.h"
#include "posthog/fakeposthogserver.h"
#include "posthog/posthogclient.h"
#include "settings/settings.h"
#include "tools/posthogtoolset.h"

#include "aiquestionfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

// A client that goes away, or cancels the task its call became, stops the PostHog query it was
// waiting for, on PostHog too: the scripted PostHog sees the query's client_query_id come back in
// DELETE /api/environments/:id/query/:client_query_id/ (posthog/api/query.py, QueryViewSet.destroy).
class TestToolCancellation : public QObject
{
    Q_OBJECT

private:
    FakePostHogServer m_cloud;
    Settings m_settings;
    PostHogClient m_client;
    ToolRegistry m_registry;
    McpServer m_server{&m_registry};
    PostHogToolset m_toolset{&m_client, &m_settings};
    StreamableHttpTransport m_transport{&m_server};
    QNetworkAccessManager m_nam;

    static constexpr auto queryPath = "/api/environments/7/query/";

    QNetworkReply *post(const QJsonObject &message, const QString &name)
    {
        QNetworkRequest request(m_transport.url());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Accept", "application/json");
        const QJsonObject meta = message.value("params"_L1).toObject().value("_meta"_L1).toObject();
        if (meta.contains("io.modelcontextprotocol/protocolVersion"_L1)) {
            request.setRawHeader("MCP-Protocol-Version", "2026-07-28");
            request.setRawHeader("Mcp-Method", message.value("method"_L1).toString().toUtf8());
            request.setRawHeader("Mcp-Name", name.toUtf8());
        }
        return m_nam.post(request, QJsonDocument(message).toJson(QJsonDocument::Compact));
    }
    QJsonObject answer(QNetworkReply *reply)
    {
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
            return {{u"timeout"_s, true}};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    static QJsonObject modernMeta()
    {
        return {{u"io.modelcontextprotocol/protocolVersion"_s, u"2026-07-28"_s},
                {u"io.modelcontextprotocol/clientCapabilities"_s,
                 QJsonObject{{u"extensions"_s, QJsonObject{{u"io.modelcontextprotocol/tasks"_s, QJsonObject()}}}}},
                {u"io.modelcontextprotocol/clientInfo"_s, QJsonObject{{u"name"_s, u"task-client"_s}}}};
    }
    static QJsonObject request(int id, const QString &method, const QJsonObject &params)
    {
        return {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}};
    }
    static QJsonObject slowQueryCall(int id, bool modern)
    {
        QJsonObject params{{u"name"_s, u"get_sql_insight"_s}, {u"arguments"_s, QJsonObject{{u"query"_s, u"SELECT count() FROM events"_s}}}};
        if (modern)
            params.insert(u"_meta"_s, modernMeta());
        return request(id, u"tools/call"_s, params);
    }
    // The client_query_id the tool's query was sent with, once PostHog received it.
    QString waitForQuery()
    {
        QString id;
        const bool received = QTest::qWaitFor(
            [&] {
                for (const FakePostHogServer::Received &r : m_cloud.received()) {
                    if (r.method == "POST" && r.path == QLatin1String(queryPath))
                        id = QJsonDocument::fromJson(r.body).object().value("client_query_id"_L1).toString();
                }
                return !id.isEmpty();
            },
            5000);
        return received ? id : QString();
    }
    bool waitForCancelOnPostHog(const QString &clientQueryId)
    {
        const QString path = QLatin1String(queryPath) + clientQueryId + u"/"_s;
        return QTest::qWaitFor([&] { return m_cloud.count("DELETE", path) == 1; }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_client.setConnection(PostHogConnection::custom(PostHogConnection::Region::SelfHosted, m_cloud.baseUrl().toString(), &error));
        m_client.setApiKey(u"phx_test_key_for_the_scripted_cloud"_s);
        m_toolset.registerAll(&m_registry);
        QVERIFY(m_transport.listen(0) != 0);
    }

    // Each test starts with a fresh script: the clear also forgets what PostHog received.
    void init()
    {
        m_cloud.clear();
        m_cloud.enqueue("GET", u"/api/users/@me/"_s, 200, Fixtures::user);
        m_cloud.enqueue("GET", u"/api/projects/7/"_s, 200, Fixtures::project);
        FakePostHogServer::Answer slow;
        slow.delayMs = 20000; // longer than any test waits: only a cancel ends it
        slow.body = Fixtures::querySignups;
        m_cloud.enqueue("POST", QLatin1String(queryPath), slow);
    }

    void aClientThatDisconnectsCancelsTheQueryOnPostHog()
    {
        QNetworkReply *reply = post(slowQueryCall(1, false), u"get_sql_insight"_s);
        const QString clientQueryId = waitForQuery();
        QVERIFY2(!clientQueryId.isEmpty(), "the query never reached PostHog");
        QCOMPARE(m_server.inFlightCalls(), 1);
        reply->abort();
        reply->deleteLater();
        QVERIFY2(waitForCancelOnPostHog(clientQueryId), "no DELETE of the query after the client went away");
        QVERIFY(QTest::qWaitFor([this] { return m_server.inFlightCalls() == 0; }, 5000));
    }

    // A stdio client that closes stdin (it exited) stops its query too.
    void aStdioClientThatClosesStdinCancelsTheQueryOnPostHog()
    {
        int in[2], out[2];
        QVERIFY(::pipe(in) == 0 && ::pipe(out) == 0);
        StdioTransport stdio(&m_server, in[0], out[1]);
        QSignalSpy finished(&stdio, &StdioTransport::finished);
        stdio.start();
        const QByteArray line = QJsonDocument(slowQueryCall(7, false)).toJson(QJsonDocument::Compact) + '\n';
        QCOMPARE(::write(in[1], line.constData(), size_t(line.size())), ssize_t(line.size()));
        const QString clientQueryId = waitForQuery();
        QVERIFY2(!clientQueryId.isEmpty(), "the query never reached PostHog");
        ::close(in[1]);
        QVERIFY2(waitForCancelOnPostHog(clientQueryId), "no DELETE of the query after stdin closed");
        QVERIFY(QTest::qWaitFor([&finished] { return finished.count() == 1; }, 5000)); // its cancelled answer went out
        for (int fd : {in[0], out[0], out[1]})
            ::close(fd);
    }

    // A query that runs past a second becomes a task; tasks/cancel stops it on PostHog.
    void cancellingATaskCancelsTheQueryOnPostHog()
    {
        const QJsonObject created = answer(post(slowQueryCall(2, true), u"get_sql_insight"_s)).value("result"_L1).toObject();
        QCOMPARE(created.value("resultType"_L1).toString(), u"task"_s);
        const QString taskId = created.value("taskId"_L1).toString();
        QVERIFY(!taskId.isEmpty());
        const QString clientQueryId = waitForQuery();
        QVERIFY(!clientQueryId.isEmpty());
        const QJsonObject working = answer(post(request(3, u"tasks/get"_s, {{u"taskId"_s, taskId}, {u"_meta"_s, modernMeta()}}), taskId));
        QCOMPARE(working.value("result"_L1).toObject().value("status"_L1).toString(), u"working"_s);
        QCOMPARE(m_cloud.count("DELETE", QLatin1String(queryPath) + clientQueryId + u"/"_s), 0);
        const QJsonObject ack = answer(post(request(4, u"tasks/cancel"_s, {{u"taskId"_s, taskId}, {u"_meta"_s, modernMeta()}}), taskId));
        QCOMPARE(ack.value("result"_L1).toObject().value("resultType"_L1).toString(), u"complete"_s);
        QVERIFY2(waitForCancelOnPostHog(clientQueryId), "no DELETE of the query after tasks/cancel");
        const QJsonObject cancelled = answer(post(request(5, u"tasks/get"_s, {{u"taskId"_s, taskId}, {u"_meta"_s, modernMeta()}}), taskId));
        QCOMPARE(cancelled.value("result"_L1).toObject().value("status"_L1).toString(), u"cancelled"_s);
        // Another client cannot see the task.
        QJsonObject stranger = modernMeta();
        stranger.insert(u"io.modelcontextprotocol/clientInfo"_s, QJsonObject{{u"name"_s, u"someone-else"_s}});
        const QJsonObject hidden = answer(post(request(6, u"tasks/get"_s, {{u"taskId"_s, taskId}, {u"_meta"_s, stranger}}), taskId));
        QCOMPARE(hidden.value("error"_L1).toObject().value("code"_L1).toInt(), int(McpServer::InvalidParams));
    }
};

int main(int argc, char **argv)
{
    IsolatedHome::enter();
    QCoreApplication app(argc, argv);
    TestToolCancellation test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_toolcancellation.moc"
