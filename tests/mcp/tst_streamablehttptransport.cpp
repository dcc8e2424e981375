#include "mcp/mcpserver.h"
#include "mcp/streamablehttptransport.h"
#include "mcp/toolregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestStreamableHttpTransport : public QObject
{
    Q_OBJECT

private:
    ToolRegistry m_registry;
    McpServer m_server{&m_registry};
    StreamableHttpTransport m_transport{&m_server};
    QNetworkAccessManager m_nam;
    const QString m_token = u"0123456789abcdef0123456789abcdef"_s;
    int m_waitsStarted = 0;
    int m_waitsCancelled = 0;

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QMap<QByteArray, QByteArray> headers;
    };

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {},
               bool withToken = true, bool json = true)
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_transport.port()).arg(path)));
        if (json)
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (withToken)
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        for (const auto &[k, v] : headers)
            request.setRawHeader(k, v);
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, body));
        Reply r;
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000)) {
            QTest::qFail(qPrintable(u"no answer to %1 %2 within 5 s"_s.arg(QString::fromLatin1(method), path)), __FILE__, __LINE__);
            r.status = -1; // never a status a test expects
            return r;
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        return r;
    }

    Reply post(const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        return send("POST", u"/mcp"_s, body, std::move(headers));
    }

private Q_SLOTS:
    void initTestCase()
    {
        ToolDefinition progress;
        progress.name = u"steps"_s;
        progress.description = u"Reports progress, then answers."_s;
        progress.inputSchema = QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject()}};
        progress.handler = [](const ToolCall &call) {
            call.reportProgress(1, 2);
            QTimer::singleShot(20, [call] {
                call.reportProgress(2, 2);
                call.finish(ToolResult::text(u"done"_s));
            });
        };
        QVERIFY(m_registry.add(progress));
        // Waits until cancelled, like a tool whose PostHog request is in flight (ToolCancellation
        // aborts the request from the same onCancelled hook).
        ToolDefinition waits;
        waits.name = u"waits"_s;
        waits.description = u"Answers only when cancelled."_s;
        waits.inputSchema = QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject()}};
        waits.handler = [this](const ToolCall &call) {
            ++m_waitsStarted;
            call.onCancelled(this, [this, call] {
                ++m_waitsCancelled;
                call.finish(ToolResult::error(u"aborted (cancelled)"_s));
            });
        };
        QVERIFY(m_registry.add(waits));
        m_transport.setAuthToken(m_token);
        m_transport.setMaxBodySize(64 * 1024);
        QVERIFY(m_transport.listen(0) != 0);
    }

    void initializeOverHttpHasNoSession()
    {
        const Reply r = post(
            R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}})");
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("application/json"));
        QVERIFY(!r.headers.contains("mcp-session-id"));
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value("result"_L1).toObject().value("protocolVersion"_L1).toString(), u"2025-06-18"_s);
    }

    void notificationIs202() { QCOMPARE(post(R"({"jsonrpc":"2.0","method":"notifications/initialized"})").status, 202); }

    void getAndDeleteAre405()
    {
        Reply r = send("GET", u"/mcp"_s, {});
        QCOMPARE(r.status, 405);
        QCOMPARE(r.headers.value("allow"), QByteArray("POST"));
        QCOMPARE(send("DELETE", u"/mcp"_s, {}).status, 405);
    }

    void missingOrWrongTokenIs401()
    {
        Reply r = send("POST", u"/mcp"_s, R"({"jsonrpc":"2.0","id":1,"method":"ping"})", {}, false);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.headers.value("www-authenticate"), QByteArray("Bearer"));
        r = send("POST", u"/mcp"_s, R"({"jsonrpc":"2.0","id":1,"method":"ping"})", {{"Authorization", "Bearer 0123456789abcdef0123456789abcdeX"}},
                 false);
        QCOMPARE(r.status, 401);
        r = send("POST", u"/mcp"_s, R"({"jsonrpc":"2.0","id":1,"method":"ping"})", {{"Authorization", "Bearer " + m_token.toUtf8() + "extra"}},
                 false);
        QCOMPARE(r.status, 401);
    }

    void wellKnownIsPlain404WithoutToken()
    {
        for (const char *path :
             {"/.well-known/oauth-protected-resource/mcp", "/.well-known/oauth-authorization-server", "/mcp/.well-known/openid-configuration"}) {
            const Reply r = send("GET", QString::fromLatin1(path), {}, {}, false);
            QCOMPARE(r.status, 404);
            QVERIFY(!r.body.contains("authorization_endpoint"));
        }
    }

    void foreignHostOrOriginIs403()
    {
        QCOMPARE(post(R"({"jsonrpc":"2.0","id":1,"method":"ping"})", {{"Origin", "https://evil.example.com"}}).status, 403);
        QCOMPARE(post(R"({"jsonrpc":"2.0","id":1,"method":"ping"})", {{"Host", "evil.example.com"}}).status, 403);
        QCOMPARE(post(R"({"jsonrpc":"2.0","id":1,"method":"ping"})", {{"Origin", "http://localhost:5173"}}).status, 200);
    }

    void badBodies()
    {
        Reply r = post("{not json");
        QCOMPARE(r.status, 400);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value("error"_L1).toObject().value("code"_L1).toInt(), -32700);
        r = send("POST", u"/mcp"_s, "ping", {{"Content-Type", "text/plain"}}, true, false);
        QCOMPARE(r.status, 415);
        r = post(QByteArray(70 * 1024, ' '));
        QCOMPARE(r.status, 413);
        r = post(R"({"jsonrpc":"2.0","id":1,"method":"ping"})", {{"MCP-Protocol-Version", "1999-01-01"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value("error"_L1).toObject().value("code"_L1).toInt(), -32022);
    }

    void hostileBodies()
    {
        // 5 000 levels of nesting, invalid UTF-8, duplicate keys, numbers out of range: a JSON-RPC
        // answer (or a parse error), never a crash.
        QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
        QCOMPARE(post(deep).status, 400);
        Reply r = post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"pi\xff\xfeng\"}");
        QVERIFY(r.status == 200 || r.status == 400);
        r = post(R"({"jsonrpc":"2.0","id":1,"id":2,"method":"ping","method":"ping"})");
        QCOMPARE(r.status, 200);
        r = post(R"({"jsonrpc":"2.0","id":1e400,"method":"ping"})");
        QVERIFY(r.status == 200 || r.status == 400);
        QCOMPARE(post(R"({"jsonrpc":"2.0","id":3,"method":"ping"})").status, 200);
    }

    void batchesOnlyIn20250326()
    {
        Reply r = post(
            R"([{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","id":2,"method":"tools/list"},{"jsonrpc":"2.0","method":"notifications/initialized"}])",
            {{"MCP-Protocol-Version", "2025-03-26"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).array().size(), 2);
        r = post(R"([{"jsonrpc":"2.0","id":1,"method":"ping"}])", {{"MCP-Protocol-Version", "2025-06-18"}});
        QCOMPARE(r.status, 400);
    }

    void progressStreamsAsSse()
    {
        const QByteArray call
            = R"({"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"steps","arguments":{},"_meta":{"progressToken":"t"}}})";
        Reply r = post(call, {{"Accept", "application/json, text/event-stream"}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("text/event-stream"));
        QCOMPARE(r.body.count("event: message"), 3);
        QVERIFY(r.body.indexOf("notifications/progress") < r.body.indexOf("\"id\":5"));
        r = post(call, {{"Accept", "application/json"}});
        QVERIFY(r.contentType.startsWith("application/json"));
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value("id"_L1).toInt(), 5);
        r = post(R"({"jsonrpc":"2.0","id":6,"method":"ping"})", {{"Accept", "text/event-stream"}});
        QVERIFY(r.contentType.startsWith("text/event-stream"));
        QVERIFY(r.body.contains("\"id\":6"));
    }

    void modernHeadersAreChecked()
    {
        const QByteArray body
            = R"({"jsonrpc":"2.0","id":7,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}})";
        Reply r = post(body, {{"MCP-Protocol-Version", "2026-07-28"}, {"Mcp-Method", "tools/list"}});
        QCOMPARE(r.status, 200);
        r = post(body, {{"MCP-Protocol-Version", "2026-07-28"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value("error"_L1).toObject().value("code"_L1).toInt(), -32020);
        r = post(body, {{"MCP-Protocol-Version", "2026-07-28"}, {"Mcp-Method", "=?base64?dG9vbHMvbGlzdA==?="}});
        QCOMPARE(r.status, 200);
    }

    void listensOnLoopbackOnly()
    {
        const QList<QHostAddress> addresses = m_transport.listeningAddresses();
        QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHost)));
        for (const QHostAddress &address : addresses)
            QVERIFY2(address.isLoopback(), qPrintable(address.toString()));
        QCOMPARE(m_transport.url().host(), u"127.0.0.1"_s);
    }

    void rejectionsAreWarningsWithoutTheToken()
    {
        // Exact messages: an expected warning cannot hide a token either.
        QTest::failOnWarning(QRegularExpression(u"0123456789abcdef|Bearer"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Refused POST /mcp \\(401\\): no Authorization header$"_s));
        QCOMPARE(send("POST", u"/mcp"_s, R"({"jsonrpc":"2.0","id":1,"method":"ping"})", {}, false).status, 401);
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"^Refused POST /mcp \\(401\\): the Authorization header does not carry this server's bearer token$"_s));
        QCOMPARE(send("POST", u"/mcp"_s, R"({"jsonrpc":"2.0","id":1,"method":"ping"})",
                      {{"Authorization", "Bearer 0123456789abcdef0123456789abcdeX"}}, false)
                     .status,
                 401);
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(u"^Refused POST /mcp \\(403\\): Host 'evil.example.com' or Origin '' is not localhost, 127.0.0.1 or \\[::1\\]$"_s));
        QCOMPARE(post(R"({"jsonrpc":"2.0","id":1,"method":"ping"})", {{"Host", "evil.example.com"}}).status, 403);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Refused POST /mcp \\(413\\): a body of 71680 bytes is over the limit of 65536$"_s));
        QCOMPARE(post(QByteArray(70 * 1024, ' ')).status, 413);
    }

    void clientAbortMidStreamIsSurvived()
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/mcp"_s.arg(m_transport.port())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        request.setRawHeader("Accept", "text/event-stream");
        QNetworkReply *reply = m_nam.post(
            request, QByteArray(R"({"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"steps","_meta":{"progressToken":1}}})"));
        QVERIFY(QTest::qWaitFor([reply] { return reply->bytesAvailable() > 0; }, 5000));
        reply->abort();
        reply->deleteLater();
        QTest::qWait(60);
        QCOMPARE(post(R"({"jsonrpc":"2.0","id":9,"method":"ping"})").status, 200);
    }

    // A client that goes away before its answer cancels the call, so its PostHog request stops.
    void clientDisconnectCancelsTheCall()
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/mcp"_s.arg(m_transport.port())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        QNetworkReply *reply = m_nam.post(request, QByteArray(R"({"jsonrpc":"2.0","id":10,"method":"tools/call","params":{"name":"waits"}})"));
        QVERIFY(QTest::qWaitFor([this] { return m_waitsStarted == 1; }, 5000));
        QCOMPARE(m_server.inFlightCalls(), 1);
        QCOMPARE(m_waitsCancelled, 0);
        reply->abort();
        reply->deleteLater();
        QVERIFY2(QTest::qWaitFor([this] { return m_waitsCancelled == 1; }, 5000), "the disconnect did not cancel the call");
        QVERIFY(QTest::qWaitFor([this] { return m_server.inFlightCalls() == 0; }, 5000));
    }
};

QTEST_GUILESS_MAIN(TestStreamableHttpTransport)
#include "tst_streamablehttptransport.moc"
