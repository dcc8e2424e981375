#include "mcp/mcpserver.h"
#include "mcp/stdiotransport.h"
#include "mcp/toolregistry.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

class TestMcpServer : public QObject
{
    Q_OBJECT

private:
    ToolRegistry m_registry;
    McpServer m_server{&m_registry};
    QList<QJsonObject> m_notifications;

    struct Answer
    {
        QJsonObject message;
        int status = -1;
    };

    Answer call(const QJsonObject &message, std::shared_ptr<McpSession> session = nullptr)
    {
        if (!session) {
            session = std::make_shared<McpSession>();
            session->clientId = QStringLiteral("test");
        }
        auto answer = std::make_shared<Answer>();
        m_server.handle(message, session, [this](const QJsonObject &n) { m_notifications.append(n); },
                        [answer](const QJsonObject &m, int status) { answer->message = m; answer->status = status; });
        (void)QTest::qWaitFor([answer] { return answer->status != -1; }, 3000);
        return *answer;
    }

    static QJsonObject request(const QJsonValue &id, const QString &method, const QJsonObject &params = {})
    {
        QJsonObject m{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("method"), method}};
        if (!params.isEmpty())
            m.insert(QStringLiteral("params"), params);
        return m;
    }

    static QJsonObject modernMeta(const QString &version = QStringLiteral("2026-07-28"))
    {
        return {{QStringLiteral("io.modelcontextprotocol/protocolVersion"), version},
                {QStringLiteral("io.modelcontextprotocol/clientCapabilities"), QJsonObject()},
                {QStringLiteral("io.modelcontextprotocol/clientInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("modern-client")}}}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        ToolDefinition echo;
        echo.name = QStringLiteral("echo");
        echo.title = QStringLiteral("Echo");
        echo.description = QStringLiteral("Echoes text.");
        echo.inputSchema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                       {QStringLiteral("properties"), QJsonObject{{QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("minLength"), 1}}},
                                                                                  {QStringLiteral("times"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("minimum"), 1}, {QStringLiteral("maximum"), 3}}}}},
                                       {QStringLiteral("required"), QJsonArray{QStringLiteral("text")}},
                                       {QStringLiteral("additionalProperties"), false}};
        echo.handler = [](const ToolCall &call) {
            call.reportProgress(1, 2, QStringLiteral("half"));
            call.log(QStringLiteral("info"), QStringLiteral("echo"), QStringLiteral("echoing"));
            call.finish(ToolResult::text(call.arguments().value(QLatin1String("text")).toString().repeated(call.arguments().value(QLatin1String("times")).toInt(1))));
        };
        QVERIFY(m_registry.add(echo));
        ToolDefinition slow;
        slow.name = QStringLiteral("slow");
        slow.description = QStringLiteral("Waits for cancellation.");
        slow.inputSchema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), QJsonObject()}};
        slow.handler = [this](const ToolCall &call) {
            call.onCancelled(this, [call] { call.finish(ToolResult::error(QStringLiteral("cancelled"))); });
        };
        QVERIFY(m_registry.add(slow));
        ToolDefinition bad;
        bad.name = QStringLiteral("bad.name");
        bad.handler = [](const ToolCall &) {};
        QVERIFY(!m_registry.add(bad));
    }

    void init() { m_notifications.clear(); }

    void initializeNegotiation_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("answered");
        QTest::newRow("2025-11-25") << "2025-11-25" << "2025-11-25";
        QTest::newRow("2025-06-18") << "2025-06-18" << "2025-06-18";
        QTest::newRow("2025-03-26") << "2025-03-26" << "2025-03-26";
        QTest::newRow("2024-11-05") << "2024-11-05" << "2024-11-05";
        QTest::newRow("future") << "2030-01-01" << "2025-11-25";
        QTest::newRow("ancient") << "2024-10-07" << "2025-11-25";
    }

    void initializeNegotiation()
    {
        QFETCH(QString, requested);
        QFETCH(QString, answered);
        const Answer a = call(request(1, QStringLiteral("initialize"), {{QStringLiteral("protocolVersion"), requested}, {QStringLiteral("capabilities"), QJsonObject()},
                                                                        {QStringLiteral("clientInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("t")}, {QStringLiteral("version"), QStringLiteral("1")}}}}));
        const QJsonObject result = a.message.value(QLatin1String("result")).toObject();
        QCOMPARE(result.value(QLatin1String("protocolVersion")).toString(), answered);
        QCOMPARE(result.value(QLatin1String("serverInfo")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("posthog-companion"));
        QVERIFY(result.value(QLatin1String("capabilities")).toObject().contains(QLatin1String("tools")));
    }

    void idsOfAnyType()
    {
        QCOMPARE(call(request(QStringLiteral("abc"), QStringLiteral("ping"))).message.value(QLatin1String("id")).toString(), QStringLiteral("abc"));
        QCOMPARE(call(request(7.5, QStringLiteral("ping"))).message.value(QLatin1String("id")).toDouble(), 7.5);
        const Answer nullId = call(request(QJsonValue::Null, QStringLiteral("ping")));
        QCOMPARE(nullId.message.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), McpServer::InvalidRequest);
    }

    void unknownMethodBeforeInitialize()
    {
        const Answer a = call(request(2, QStringLiteral("no/such/method")));
        QCOMPARE(a.message.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), McpServer::MethodNotFound);
        QCOMPARE(call(request(3, QStringLiteral("tools/list"))).message.value(QLatin1String("result")).toObject().value(QLatin1String("tools")).toArray().size(), 2);
    }

    void invalidRequests()
    {
        QJsonObject noVersion = request(1, QStringLiteral("ping"));
        noVersion.remove(QStringLiteral("jsonrpc"));
        QCOMPARE(call(noVersion).message.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), McpServer::InvalidRequest);
        QJsonObject badParams = request(1, QStringLiteral("ping"));
        badParams.insert(QStringLiteral("params"), QJsonArray{1});
        QCOMPARE(call(badParams).message.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), McpServer::InvalidRequest);
    }

    void toolCallWithProgressAndLogs()
    {
        auto session = std::make_shared<McpSession>();
        session->clientId = QStringLiteral("c1");
        QCOMPARE(call(request(1, QStringLiteral("logging/setLevel"), {{QStringLiteral("level"), QStringLiteral("info")}}), session).message.contains(QLatin1String("result")), true);
        const Answer a = call(request(2, QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("echo")},
                                                                        {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}, {QStringLiteral("times"), 2}}},
                                                                        {QStringLiteral("_meta"), QJsonObject{{QStringLiteral("progressToken"), QStringLiteral("p1")}}}}),
                              session);
        QCOMPARE(a.message.value(QLatin1String("result")).toObject().value(QLatin1String("content")).toArray().first().toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("hihi"));
        QCOMPARE(m_notifications.size(), 2);
        QCOMPARE(m_notifications.at(0).value(QLatin1String("method")).toString(), QStringLiteral("notifications/progress"));
        QCOMPARE(m_notifications.at(0).value(QLatin1String("params")).toObject().value(QLatin1String("progressToken")).toString(), QStringLiteral("p1"));
        QCOMPARE(m_notifications.at(1).value(QLatin1String("method")).toString(), QStringLiteral("notifications/message"));
    }

    void noLogsUnlessAsked()
    {
        call(request(2, QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("echo")}, {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}}}));
        QVERIFY(m_notifications.isEmpty()); // neither a progress token nor a log level
    }

    void invalidArgumentsAreToolErrors_data()
    {
        QTest::addColumn<QJsonObject>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << QJsonObject() << "'text' is required";
        QTest::newRow("wrong type") << QJsonObject{{QStringLiteral("text"), 5}} << "'text' must be a string";
        QTest::newRow("empty") << QJsonObject{{QStringLiteral("text"), QString()}} << "must not be empty";
        QTest::newRow("range") << QJsonObject{{QStringLiteral("text"), QStringLiteral("a")}, {QStringLiteral("times"), 9}} << "at most 3";
        QTest::newRow("integer") << QJsonObject{{QStringLiteral("text"), QStringLiteral("a")}, {QStringLiteral("times"), 1.5}} << "must be an integer";
        QTest::newRow("unknown") << QJsonObject{{QStringLiteral("text"), QStringLiteral("a")}, {QStringLiteral("x"), 1}} << "not a known argument";
    }

    void invalidArgumentsAreToolErrors()
    {
        QFETCH(QJsonObject, arguments);
        QFETCH(QString, mentions);
        QSignalSpy finished(&m_server, &McpServer::toolCallFinished);
        const Answer a = call(request(4, QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("echo")}, {QStringLiteral("arguments"), arguments}}));
        const QJsonObject result = a.message.value(QLatin1String("result")).toObject();
        QVERIFY(result.value(QLatin1String("isError")).toBool());
        QVERIFY(!result.contains(QLatin1String("structuredContent")));
        const QString text = result.value(QLatin1String("content")).toArray().first().toObject().value(QLatin1String("text")).toString();
        QVERIFY2(text.contains(mentions), qPrintable(text));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ToolCallRecord>().outcome, QStringLiteral("invalid"));
    }

    void unknownToolIsInvalidParams()
    {
        const Answer a = call(request(5, QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("nope")}}));
        QCOMPARE(a.message.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), McpServer::InvalidParams);
    }

    void disabledToolIsRefused()
    {
        m_registry.setEnabled(QStringLiteral("echo"), false);
        QCOMPARE(call(request(6, QStringLiteral("tools/list"))).message.value(QLatin1String("result")).toObject().value(QLatin1String("tools")).toArray().size(), 1);
        const Answer a = call(request(7, QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("echo")}, {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("text"), QStringLiteral("a")}}}}));
        m_registry.setEnabled(QStringLiteral("echo"), true);
        QVERIFY(a.message.value(QLatin1String("result")).toObject().value(QLatin1String("isError")).toBool());
    }

    void gateDeniesAndRecordsRedactedArguments()
    {
        m_server.setCallGate([](const ToolDefinition &, const ToolCall &, McpServer::Decide decide) {
            QTimer::singleShot(10, [decide] { decide(false, QStringLiteral("Denied by a person.")); });
        });
        QSignalSpy started(&m_server, &McpServer::toolCallStarted);
        QSignalSpy finished(&m_server, &McpServer::toolCallFinished);
        const Answer a = call(request(8, QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("slow")},
                                                                        {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("api_key"), QStringLiteral("phx_secret")}}}}));
        m_server.setCallGate(nullptr);
        QVERIFY(a.message.value(QLatin1String("result")).toObject().value(QLatin1String("isError")).toBool());
        QCOMPARE(finished.first().first().value<ToolCallRecord>().outcome, QStringLiteral("denied"));
        QCOMPARE(started.first().first().value<ToolCallRecord>().arguments.value(QLatin1String("api_key")).toString(), QStringLiteral("[redacted]"));
    }

    void cancellationStopsTheCall()
    {
        auto session = std::make_shared<McpSession>();
        session->clientId = QStringLiteral("c2");
        auto answer = std::make_shared<Answer>();
        m_server.handle(request(9, QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("slow")}}), session, {},
                        [answer](const QJsonObject &m, int s) { answer->message = m; answer->status = s; });
        QCOMPARE(m_server.inFlightCalls(), 1);
        m_server.handle(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), QStringLiteral("notifications/cancelled")},
                                    {QStringLiteral("params"), QJsonObject{{QStringLiteral("requestId"), 9}}}},
                        session, {}, [](const QJsonObject &, int) { QFAIL("notifications get no answer"); });
        QTRY_COMPARE(answer->status, 200);
        QCOMPARE(m_server.inFlightCalls(), 0);
    }

    void hidingToolsNotifiesOncePerBatch()
    {
        const QJsonObject init = call(request(1, QStringLiteral("initialize"),
                                              {{QStringLiteral("protocolVersion"), QStringLiteral("2025-06-18")}, {QStringLiteral("capabilities"), QJsonObject()}}))
                                     .message;
        QCOMPARE(init.value(QLatin1String("result")).toObject().value(QLatin1String("capabilities")).toObject()
                     .value(QLatin1String("tools")).toObject().value(QLatin1String("listChanged")), QJsonValue(true));
        QSignalSpy spy(&m_server, &McpServer::toolsListChanged);
        m_registry.setHidden(QStringLiteral("echo"), QStringLiteral("needs insight:read"));
        m_registry.setHidden(QStringLiteral("slow"), QStringLiteral("needs insight:read"));
        QVERIFY(spy.wait(2000));
        QTest::qWait(20);
        QCOMPARE(spy.count(), 1);
        const QJsonArray tools = call(request(2, QStringLiteral("tools/list"))).message.value(QLatin1String("result")).toObject().value(QLatin1String("tools")).toArray();
        for (const QJsonValue &tool : tools)
            QVERIFY(tool.toObject().value(QLatin1String("name")).toString() != QLatin1String("echo"));
        m_registry.setHidden(QStringLiteral("echo"), {});
        m_registry.setHidden(QStringLiteral("slow"), {});
        QVERIFY(spy.wait(2000));
    }

    void stdioSendsListChangedAfterInitialize()
    {
        int in[2], out[2];
        QVERIFY(::pipe(in) == 0 && ::pipe(out) == 0);
        QVERIFY(::fcntl(out[0], F_SETFL, O_NONBLOCK) == 0); // the test polls; it must never block
        StdioTransport transport(&m_server, in[0], out[1]);
        transport.start();
        m_registry.setEnabled(QStringLiteral("slow"), false); // before initialize: nothing goes out
        QTest::qWait(50);
        const QByteArray init = R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{}}})" "\n";
        QCOMPARE(::write(in[1], init.constData(), size_t(init.size())), ssize_t(init.size()));
        QByteArray received;
        auto readSome = [&] {
            char buffer[65536];
            const ssize_t n = ::read(out[0], buffer, sizeof buffer);
            if (n > 0)
                received.append(buffer, n);
        };
        QVERIFY(QTest::qWaitFor([&] { readSome(); return received.contains("\"id\":1"); }, 3000));
        QVERIFY(!received.contains("list_changed"));
        m_registry.setEnabled(QStringLiteral("slow"), true);
        QVERIFY(QTest::qWaitFor([&] { readSome(); return received.contains("notifications/tools/list_changed"); }, 3000));
        for (int fd : {in[0], in[1], out[0], out[1]})
            ::close(fd);
    }

    void modernDiscoverAndList()
    {
        auto session = std::make_shared<McpSession>();
        const Answer discover = call(request(1, QStringLiteral("server/discover"), {{QStringLiteral("_meta"), modernMeta()}}), session);
        const QJsonObject result = discover.message.value(QLatin1String("result")).toObject();
        QCOMPARE(result.value(QLatin1String("resultType")).toString(), QStringLiteral("complete"));
        QCOMPARE(result.value(QLatin1String("supportedVersions")).toArray(), QJsonArray{QStringLiteral("2026-07-28")});
        QVERIFY(result.contains(QLatin1String("ttlMs")));
        QCOMPARE(result.value(QLatin1String("cacheScope")).toString(), QStringLiteral("private"));
        QVERIFY(result.value(QLatin1String("_meta")).toObject().contains(QLatin1String("io.modelcontextprotocol/serverInfo")));
        const Answer list = call(request(2, QStringLiteral("tools/list"), {{QStringLiteral("_meta"), modernMeta()}}), session);
        QVERIFY(list.message.value(QLatin1String("result")).toObject().contains(QLatin1String("ttlMs")));
    }

    void modernErrors()
    {
        auto session = std::make_shared<McpSession>();
        QJsonObject noCapabilities = modernMeta();
        noCapabilities.remove(QStringLiteral("io.modelcontextprotocol/clientCapabilities"));
        Answer a = call(request(1, QStringLiteral("tools/list"), {{QStringLiteral("_meta"), noCapabilities}}), session);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.message.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), McpServer::InvalidParams);
        a = call(request(2, QStringLiteral("tools/list"), {{QStringLiteral("_meta"), modernMeta(QStringLiteral("2099-01-01"))}}), session);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.message.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), McpServer::UnsupportedVersion);
        QCOMPARE(a.message.value(QLatin1String("error")).toObject().value(QLatin1String("data")).toObject().value(QLatin1String("supported")).toArray(),
                 QJsonArray{QStringLiteral("2026-07-28")});
        a = call(request(3, QStringLiteral("initialize"), {{QStringLiteral("_meta"), modernMeta()}}), session);
        QCOMPARE(a.status, 404);
        QCOMPARE(a.message.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), McpServer::MethodNotFound);
        auto http = std::make_shared<McpSession>();
        http->isHttp = true;
        http->protocolVersionHeader = QStringLiteral("2026-07-28");
        http->hasMethodHeader = true;
        http->methodHeader = QStringLiteral("tools/call");
        a = call(request(4, QStringLiteral("tools/list"), {{QStringLiteral("_meta"), modernMeta()}}), http);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.message.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), McpServer::HeaderMismatch);
        http->methodHeader = QStringLiteral("tools/call");
        http->hasNameHeader = true;
        http->nameHeader = QStringLiteral("slow");
        a = call(request(5, QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("echo")}, {QStringLiteral("_meta"), modernMeta()}}), http);
        QCOMPARE(a.message.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), McpServer::HeaderMismatch);
    }
};

QTEST_GUILESS_MAIN(TestMcpServer)
#include "tst_mcpserver.moc"
