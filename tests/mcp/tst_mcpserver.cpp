#include "common/mcptestclient.h"
#include "mcp/mcpserver.h"
#include "mcp/schemavalidator.h"
#include "mcp/stdiotransport.h"
#include "mcp/toolregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
QStringList *capturedLog = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (capturedLog)
        capturedLog->append(QString::fromLatin1(context.category) + u": "_s + message);
}

// Collects what the logging categories print while it lives, under the given filter rules.
class LogCapture
{
public:
    explicit LogCapture(const QString &rules)
    {
        capturedLog = &lines;
        m_previous = qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(rules);
    }
    ~LogCapture()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(m_previous);
        capturedLog = nullptr;
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    bool contains(const QString &text) const
    {
        return std::any_of(lines.begin(), lines.end(), [&](const QString &line) { return line.contains(text); });
    }
    QStringList lines;

private:
    QtMessageHandler m_previous = nullptr;
};
} // namespace

class TestMcpServer : public QObject
{
    Q_OBJECT

private:
    ToolRegistry m_registry;
    McpServer m_server{&m_registry};
    McpTestClient m_client{&m_server};
    using Answer = McpTestClient::Answer;

    static QJsonObject modernMeta(const QString &version = u"2026-07-28"_s)
    {
        return {{u"io.modelcontextprotocol/protocolVersion"_s, version},
                {u"io.modelcontextprotocol/clientCapabilities"_s, QJsonObject()},
                {u"io.modelcontextprotocol/clientInfo"_s, QJsonObject{{u"name"_s, u"modern-client"_s}}}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        ToolDefinition echo;
        echo.name = u"echo"_s;
        echo.title = u"Echo"_s;
        echo.description = u"Echoes text."_s;
        echo.inputSchema
            = QJsonObject{{u"type"_s, u"object"_s},
                          {u"properties"_s, QJsonObject{{u"text"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"minLength"_s, 1}}},
                                                        {u"times"_s, QJsonObject{{u"type"_s, u"integer"_s}, {u"minimum"_s, 1}, {u"maximum"_s, 3}}}}},
                          {u"required"_s, QJsonArray{u"text"_s}},
                          {u"additionalProperties"_s, false}};
        echo.handler = [](const ToolCall &call) {
            call.reportProgress(1, 2, u"half"_s);
            call.log(u"info"_s, u"echo"_s, u"echoing"_s);
            call.finish(ToolResult::text(call.arguments().value("text"_L1).toString().repeated(call.arguments().value("times"_L1).toInt(1))));
        };
        QVERIFY(m_registry.add(echo));
        ToolDefinition slow;
        slow.name = u"slow"_s;
        slow.description = u"Waits for cancellation."_s;
        slow.inputSchema = QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject()}};
        slow.handler = [this](const ToolCall &call) { call.onCancelled(this, [call] { call.finish(ToolResult::error(u"cancelled"_s)); }); };
        QVERIFY(m_registry.add(slow));
        ToolDefinition confirm; // SEP-2322: asks once, then answers with what it was told
        confirm.name = u"confirm"_s;
        confirm.description = u"Asks the user to confirm."_s;
        confirm.inputSchema = QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject()}};
        confirm.handler = [](const ToolCall &call) {
            if (call.requestState() == "asked"_L1 && call.inputResponses().contains("ok"_L1))
                return call.finish(
                    ToolResult::text(u"confirmed: "_s + call.inputResponses().value("ok"_L1).toObject().value("action"_L1).toString()));
            const QJsonObject ask{{u"method"_s, u"elicitation/create"_s}, {u"params"_s, QJsonObject{{u"message"_s, u"OK?"_s}}}};
            call.finish(ToolResult::inputRequired({{u"ok"_s, ask}}, u"asked"_s));
        };
        QVERIFY(m_registry.add(confirm));
        ToolDefinition bad;
        bad.name = u"bad.name"_s;
        bad.handler = [](const ToolCall &) {};
        QVERIFY(!m_registry.add(bad));
    }

    void init() { m_client.notifications.clear(); }

    void initializeNegotiation_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("answered");
        QTest::newRow("2025-11-25") << "2025-11-25"
                                    << "2025-11-25";
        QTest::newRow("2025-06-18") << "2025-06-18"
                                    << "2025-06-18";
        QTest::newRow("2025-03-26") << "2025-03-26"
                                    << "2025-03-26";
        QTest::newRow("2024-11-05") << "2024-11-05"
                                    << "2024-11-05";
        QTest::newRow("future") << "2030-01-01"
                                << "2025-11-25";
        QTest::newRow("ancient") << "2024-10-07"
                                 << "2025-11-25";
    }

    void initializeNegotiation()
    {
        QFETCH(QString, requested);
        QFETCH(QString, answered);
        const Answer a = m_client.send(McpTestClient::request(1, u"initialize"_s,
                                                              {{u"protocolVersion"_s, requested},
                                                               {u"capabilities"_s, QJsonObject()},
                                                               {u"clientInfo"_s, QJsonObject{{u"name"_s, u"t"_s}, {u"version"_s, u"1"_s}}}}));
        const QJsonObject result = a.message.value("result"_L1).toObject();
        QCOMPARE(result.value("protocolVersion"_L1).toString(), answered);
        QCOMPARE(result.value("serverInfo"_L1).toObject().value("name"_L1).toString(), u"posthog-companion"_s);
        QVERIFY(result.value("capabilities"_L1).toObject().contains("tools"_L1));
    }

    void idsOfAnyType()
    {
        QCOMPARE(m_client.send(McpTestClient::request(u"abc"_s, u"ping"_s)).message.value("id"_L1).toString(), u"abc"_s);
        QCOMPARE(m_client.send(McpTestClient::request(7.5, u"ping"_s)).message.value("id"_L1).toDouble(), 7.5);
        const Answer nullId = m_client.send(McpTestClient::request(QJsonValue::Null, u"ping"_s));
        QCOMPARE(nullId.message.value("error"_L1).toObject().value("code"_L1).toInt(), McpServer::InvalidRequest);
    }

    void unknownMethodBeforeInitialize()
    {
        const Answer a = m_client.send(McpTestClient::request(2, u"no/such/method"_s));
        QCOMPARE(a.message.value("error"_L1).toObject().value("code"_L1).toInt(), McpServer::MethodNotFound);
        QCOMPARE(m_client.send(McpTestClient::request(3, u"tools/list"_s)).message.value("result"_L1).toObject().value("tools"_L1).toArray().size(),
                 3);
    }

    void invalidRequests()
    {
        QJsonObject noVersion = McpTestClient::request(1, u"ping"_s);
        noVersion.remove(u"jsonrpc"_s);
        QCOMPARE(m_client.send(noVersion).message.value("error"_L1).toObject().value("code"_L1).toInt(), McpServer::InvalidRequest);
        QJsonObject badParams = McpTestClient::request(1, u"ping"_s);
        badParams.insert(u"params"_s, QJsonArray{1});
        QCOMPARE(m_client.send(badParams).message.value("error"_L1).toObject().value("code"_L1).toInt(), McpServer::InvalidRequest);
    }

    void toolCallWithProgressAndLogs()
    {
        auto session = std::make_shared<McpSession>();
        session->clientId = u"c1"_s;
        QCOMPARE(m_client.send(McpTestClient::request(1, u"logging/setLevel"_s, {{u"level"_s, u"info"_s}}), session).message.contains("result"_L1),
                 true);
        const Answer a = m_client.send(McpTestClient::request(2, u"tools/call"_s,
                                                              {{u"name"_s, u"echo"_s},
                                                               {u"arguments"_s, QJsonObject{{u"text"_s, u"hi"_s}, {u"times"_s, 2}}},
                                                               {u"_meta"_s, QJsonObject{{u"progressToken"_s, u"p1"_s}}}}),
                                       session);
        QCOMPARE(a.message.value("result"_L1).toObject().value("content"_L1).toArray().first().toObject().value("text"_L1).toString(), u"hihi"_s);
        QCOMPARE(m_client.notifications.size(), 2);
        QCOMPARE(m_client.notifications.at(0).value("method"_L1).toString(), u"notifications/progress"_s);
        QCOMPARE(m_client.notifications.at(0).value("params"_L1).toObject().value("progressToken"_L1).toString(), u"p1"_s);
        QCOMPARE(m_client.notifications.at(1).value("method"_L1).toString(), u"notifications/message"_s);
    }

    void noLogsUnlessAsked()
    {
        m_client.send(McpTestClient::request(2, u"tools/call"_s, {{u"name"_s, u"echo"_s}, {u"arguments"_s, QJsonObject{{u"text"_s, u"x"_s}}}}));
        QVERIFY(m_client.notifications.isEmpty()); // neither a progress token nor a log level
    }

    void invalidArgumentsAreToolErrors_data()
    {
        QTest::addColumn<QJsonObject>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << QJsonObject() << "'text' is required";
        QTest::newRow("wrong type") << QJsonObject{{u"text"_s, 5}} << "'text' must be a string";
        QTest::newRow("empty") << QJsonObject{{u"text"_s, QString()}} << "must not be empty";
        QTest::newRow("range") << QJsonObject{{u"text"_s, u"a"_s}, {u"times"_s, 9}} << "at most 3";
        QTest::newRow("integer") << QJsonObject{{u"text"_s, u"a"_s}, {u"times"_s, 1.5}} << "must be an integer";
        QTest::newRow("unknown") << QJsonObject{{u"text"_s, u"a"_s}, {u"x"_s, 1}} << "not a known argument";
    }

    void invalidArgumentsAreToolErrors()
    {
        QFETCH(QJsonObject, arguments);
        QFETCH(QString, mentions);
        QSignalSpy finished(&m_server, &McpServer::toolCallFinished);
        const Answer a = m_client.send(McpTestClient::request(4, u"tools/call"_s, {{u"name"_s, u"echo"_s}, {u"arguments"_s, arguments}}));
        const QJsonObject result = a.message.value("result"_L1).toObject();
        QVERIFY(result.value("isError"_L1).toBool());
        QVERIFY(!result.contains("structuredContent"_L1));
        const QString text = result.value("content"_L1).toArray().first().toObject().value("text"_L1).toString();
        QVERIFY2(text.contains(mentions), qPrintable(text));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ToolCallRecord>().outcome, u"invalid"_s);
    }

    // JSON Schema 2020-12 as the conformance suite's json_schema_2020_12_tool has it: $ref into
    // $defs (pointer and $anchor), allOf/anyOf, if/then/else, const.
    void schemaValidatorResolvesRefsAndCompositions_data()
    {
        QTest::addColumn<QJsonObject>("arguments");
        QTest::addColumn<QString>("mentions"); // empty: valid
        QTest::newRow("valid") << QJsonObject{{u"email"_s, u"a@b.c"_s}, {u"address"_s, QJsonObject{{u"city"_s, u"Paris"_s}}}} << QString();
        QTest::newRow("$ref type") << QJsonObject{{u"email"_s, u"a@b.c"_s}, {u"address"_s, QJsonObject{{u"city"_s, 5}}}}
                                   << u"'address.city' must be a string"_s;
        QTest::newRow("$anchor") << QJsonObject{{u"email"_s, u"a@b.c"_s}, {u"home"_s, 5}} << u"'home' must be an object"_s;
        QTest::newRow("anyOf") << QJsonObject{{u"name"_s, u"x"_s}} << u"must satisfy one of: 'phone' is required. Or: 'email' is required."_s;
        QTest::newRow("if/then") << QJsonObject{{u"contactMethod"_s, u"phone"_s}, {u"email"_s, u"a@b.c"_s}} << u"'phone' is required"_s;
        QTest::newRow("else") << QJsonObject{{u"contactMethod"_s, u"email"_s}, {u"phone"_s, u"1"_s}} << u"'email' is required"_s;
        QTest::newRow("dangling $ref") << QJsonObject{{u"email"_s, u"a@b.c"_s}, {u"broken"_s, 1}} << u"cannot resolve"_s;
    }

    void schemaValidatorResolvesRefsAndCompositions()
    {
        QFETCH(QJsonObject, arguments);
        QFETCH(QString, mentions);
        // Single quotes for readability (moc 6.4 cannot parse a multi-line raw string here).
        const QByteArray json = "{'type': 'object',"
                                " '$defs': {'address': {'$anchor': 'addressDef', 'type': 'object',"
                                "                       'properties': {'street': {'type': 'string'}, 'city': {'type': 'string'}}}},"
                                " 'properties': {'name': {'type': 'string'}, 'address': {'$ref': '#/$defs/address'},"
                                "                'home': {'$ref': '#addressDef'}, 'broken': {'$ref': '#/$defs/nothing'},"
                                "                'contactMethod': {'type': 'string', 'enum': ['phone', 'email']},"
                                "                'phone': {'type': 'string'}, 'email': {'type': 'string'}},"
                                " 'allOf': [{'anyOf': [{'required': ['phone']}, {'required': ['email']}]}],"
                                " 'if': {'properties': {'contactMethod': {'const': 'phone'}}, 'required': ['contactMethod']},"
                                " 'then': {'required': ['phone']}, 'else': {'required': ['email']}, 'additionalProperties': false}";
        const QJsonObject schema = QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object();
        QVERIFY(!schema.isEmpty());
        QString error;
        const bool valid = SchemaValidator::validate(arguments, schema, &error);
        QCOMPARE(valid, mentions.isEmpty());
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void unknownToolIsInvalidParams()
    {
        const Answer a = m_client.send(McpTestClient::request(5, u"tools/call"_s, {{u"name"_s, u"nope"_s}}));
        QCOMPARE(a.message.value("error"_L1).toObject().value("code"_L1).toInt(), McpServer::InvalidParams);
    }

    void disabledToolIsRefused()
    {
        m_registry.setEnabled(u"echo"_s, false);
        QCOMPARE(m_client.send(McpTestClient::request(6, u"tools/list"_s)).message.value("result"_L1).toObject().value("tools"_L1).toArray().size(),
                 2);
        const Answer a
            = m_client.send(McpTestClient::request(7, u"tools/call"_s, {{u"name"_s, u"echo"_s}, {u"arguments"_s, QJsonObject{{u"text"_s, u"a"_s}}}}));
        m_registry.setEnabled(u"echo"_s, true);
        QVERIFY(a.message.value("result"_L1).toObject().value("isError"_L1).toBool());
    }

    void gateDeniesAndRecordsRedactedArguments()
    {
        m_server.setCallGate([](const ToolDefinition &, const ToolCall &, McpServer::Decide decide) {
            QTimer::singleShot(10, [decide] { decide(false, u"Denied by a person."_s); });
        });
        QSignalSpy started(&m_server, &McpServer::toolCallStarted);
        QSignalSpy finished(&m_server, &McpServer::toolCallFinished);
        const Answer a = m_client.send(
            McpTestClient::request(8, u"tools/call"_s, {{u"name"_s, u"slow"_s}, {u"arguments"_s, QJsonObject{{u"api_key"_s, u"phx_secret"_s}}}}));
        m_server.setCallGate(nullptr);
        QVERIFY(a.message.value("result"_L1).toObject().value("isError"_L1).toBool());
        QCOMPARE(finished.first().first().value<ToolCallRecord>().outcome, u"denied"_s);
        QCOMPARE(started.first().first().value<ToolCallRecord>().arguments.value("api_key"_L1).toString(), u"[redacted]"_s);
    }

    void cancellationStopsTheCall()
    {
        auto session = std::make_shared<McpSession>();
        session->clientId = u"c2"_s;
        auto answer = std::make_shared<Answer>();
        m_server.handle(McpTestClient::request(9, u"tools/call"_s, {{u"name"_s, u"slow"_s}}), session, {}, [answer](const QJsonObject &m, int s) {
            answer->message = m;
            answer->status = s;
        });
        QCOMPARE(m_server.inFlightCalls(), 1);
        m_server.handle(
            QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/cancelled"_s}, {u"params"_s, QJsonObject{{u"requestId"_s, 9}}}},
            session, {}, [](const QJsonObject &, int) { QFAIL("notifications get no answer"); });
        QTRY_COMPARE(answer->status, 200);
        QCOMPARE(m_server.inFlightCalls(), 0);
    }

    void hidingToolsNotifiesOncePerBatch()
    {
        const QJsonObject init
            = m_client.send(McpTestClient::request(1, u"initialize"_s, {{u"protocolVersion"_s, u"2025-06-18"_s}, {u"capabilities"_s, QJsonObject()}}))
                  .message;
        QCOMPARE(init.value("result"_L1).toObject().value("capabilities"_L1).toObject().value("tools"_L1).toObject().value("listChanged"_L1),
                 QJsonValue(true));
        QSignalSpy spy(&m_server, &McpServer::toolsListChanged);
        m_registry.setHidden(u"echo"_s, u"needs insight:read"_s);
        m_registry.setHidden(u"slow"_s, u"needs insight:read"_s);
        QVERIFY(spy.wait(2000));
        QTest::qWait(20);
        QCOMPARE(spy.count(), 1);
        const QJsonArray tools
            = m_client.send(McpTestClient::request(2, u"tools/list"_s)).message.value("result"_L1).toObject().value("tools"_L1).toArray();
        for (const QJsonValue &tool : tools)
            QVERIFY(tool.toObject().value("name"_L1).toString() != "echo"_L1);
        m_registry.setHidden(u"echo"_s, {});
        m_registry.setHidden(u"slow"_s, {});
        QVERIFY(spy.wait(2000));
    }

    void stdioSendsListChangedAfterInitialize()
    {
        int in[2], out[2];
        QVERIFY(::pipe(in) == 0 && ::pipe(out) == 0);
        QVERIFY(::fcntl(out[0], F_SETFL, O_NONBLOCK) == 0); // the test polls; it must never block
        StdioTransport transport(&m_server, in[0], out[1]);
        transport.start();
        m_registry.setEnabled(u"slow"_s, false); // before initialize: nothing goes out
        QTest::qWait(50);
        const QByteArray init = R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{}}})"
                                "\n";
        QCOMPARE(::write(in[1], init.constData(), size_t(init.size())), ssize_t(init.size()));
        QByteArray received;
        auto readSome = [&] {
            char buffer[65536];
            const ssize_t n = ::read(out[0], buffer, sizeof buffer);
            if (n > 0)
                received.append(buffer, n);
        };
        QVERIFY(QTest::qWaitFor(
            [&] {
                readSome();
                return received.contains("\"id\":1");
            },
            3000));
        QVERIFY(!received.contains("list_changed"));
        m_registry.setEnabled(u"slow"_s, true);
        QVERIFY(QTest::qWaitFor(
            [&] {
                readSome();
                return received.contains("notifications/tools/list_changed");
            },
            3000));
        for (int fd : {in[0], in[1], out[0], out[1]})
            ::close(fd);
    }

    // stdin closing cancels what still runs; its answer goes out, then the transport finishes.
    void stdioEofCancelsRunningCalls()
    {
        int in[2], out[2];
        QVERIFY(::pipe(in) == 0 && ::pipe(out) == 0);
        QVERIFY(::fcntl(out[0], F_SETFL, O_NONBLOCK) == 0);
        StdioTransport transport(&m_server, in[0], out[1]);
        QSignalSpy finished(&transport, &StdioTransport::finished);
        transport.start();
        const QByteArray call = R"({"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"slow"}})"
                                "\n";
        QCOMPARE(::write(in[1], call.constData(), size_t(call.size())), ssize_t(call.size()));
        QVERIFY(QTest::qWaitFor([this] { return m_server.inFlightCalls() == 1; }, 3000));
        ::close(in[1]);
        QVERIFY2(finished.wait(3000), "stdin EOF did not end the transport");
        QCOMPARE(m_server.inFlightCalls(), 0);
        char buffer[65536];
        const ssize_t n = ::read(out[0], buffer, sizeof buffer);
        QVERIFY(n > 0);
        QVERIFY2(QByteArray(buffer, int(n)).contains("cancelled"), buffer);
        for (int fd : {in[0], out[0], out[1]})
            ::close(fd);
    }

    // SEP-2322 in the engine: input_required with a sealed requestState; the genuine retry
    // completes, a tampered, replayed or re-targeted state is refused, and a client that did not
    // declare elicitation gets -32021 (HTTP 400).
    void multiRoundTripInput()
    {
        QJsonObject meta = modernMeta();
        meta.insert(u"io.modelcontextprotocol/clientCapabilities"_s, QJsonObject{{u"elicitation"_s, QJsonObject()}});
        auto call = [&](int id, QJsonObject params) {
            params.insert(u"name"_s, u"confirm"_s);
            params.insert(u"_meta"_s, meta);
            return m_client.send(McpTestClient::request(id, u"tools/call"_s, params), std::make_shared<McpSession>());
        };
        const QJsonObject round1 = call(1, {}).result();
        QCOMPARE(round1.value("resultType"_L1).toString(), u"input_required"_s);
        QCOMPARE(round1.value("inputRequests"_L1).toObject().value("ok"_L1).toObject().value("method"_L1).toString(), u"elicitation/create"_s);
        const QString state = round1.value("requestState"_L1).toString();
        QVERIFY(!state.isEmpty() && !state.contains("asked"_L1)); // opaque: the tool's state is not readable
        const QJsonObject answers{{u"ok"_s, QJsonObject{{u"action"_s, u"accept"_s}}}};
        QString tampered = state;
        tampered[5] = tampered[5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const Answer refused = call(2, {{u"inputResponses"_s, answers}, {u"requestState"_s, tampered}});
        QCOMPARE(refused.message.value("error"_L1).toObject().value("code"_L1).toInt(), int(McpServer::InvalidParams));
        QVERIFY(refused.message.value("error"_L1).toObject().value("message"_L1).toString().contains("integrity"_L1));
        const Answer other = call(3, {{u"inputResponses"_s, answers}, {u"requestState"_s, state}, {u"arguments"_s, QJsonObject{{u"x"_s, 1}}}});
        QVERIFY(other.message.value("error"_L1).toObject().value("message"_L1).toString().contains("another request"_L1));
        const QJsonObject done = call(4, {{u"inputResponses"_s, answers}, {u"requestState"_s, state}}).result();
        QCOMPARE(done.value("resultType"_L1).toString(), u"complete"_s);
        QCOMPARE(done.value("content"_L1).toArray().first().toObject().value("text"_L1).toString(), u"confirmed: accept"_s);
        const Answer replayed = call(5, {{u"inputResponses"_s, answers}, {u"requestState"_s, state}});
        QVERIFY(replayed.message.value("error"_L1).toObject().value("message"_L1).toString().contains("already used"_L1));
        const Answer nullAnswers = call(6, {{u"inputResponses"_s, QJsonValue::Null}});
        QCOMPARE(nullAnswers.message.value("error"_L1).toObject().value("code"_L1).toInt(), int(McpServer::InvalidParams));
        meta = modernMeta(); // no elicitation declared
        const Answer missing = call(7, {});
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.message.value("error"_L1).toObject().value("code"_L1).toInt(), int(McpServer::MissingCapability));
        QVERIFY(missing.message.value("error"_L1)
                    .toObject()
                    .value("data"_L1)
                    .toObject()
                    .value("requiredCapabilities"_L1)
                    .toObject()
                    .contains("elicitation"_L1));
        // A legacy call cannot be asked: an isError result says why.
        const QJsonObject legacy = m_client.callTool(u"confirm"_s, {});
        QVERIFY(legacy.value("isError"_L1).toBool());
    }

    void modernDiscoverAndList()
    {
        auto session = std::make_shared<McpSession>();
        const Answer discover = m_client.send(McpTestClient::request(1, u"server/discover"_s, {{u"_meta"_s, modernMeta()}}), session);
        const QJsonObject result = discover.message.value("result"_L1).toObject();
        QCOMPARE(result.value("resultType"_L1).toString(), u"complete"_s);
        QCOMPARE(result.value("supportedVersions"_L1).toArray(), QJsonArray{u"2026-07-28"_s});
        QVERIFY(result.contains("ttlMs"_L1));
        QCOMPARE(result.value("cacheScope"_L1).toString(), u"private"_s);
        QVERIFY(result.value("_meta"_L1).toObject().contains("io.modelcontextprotocol/serverInfo"_L1));
        const Answer list = m_client.send(McpTestClient::request(2, u"tools/list"_s, {{u"_meta"_s, modernMeta()}}), session);
        QVERIFY(list.message.value("result"_L1).toObject().contains("ttlMs"_L1));
    }

    void modernErrors()
    {
        auto session = std::make_shared<McpSession>();
        QJsonObject noCapabilities = modernMeta();
        noCapabilities.remove(u"io.modelcontextprotocol/clientCapabilities"_s);
        Answer a = m_client.send(McpTestClient::request(1, u"tools/list"_s, {{u"_meta"_s, noCapabilities}}), session);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.message.value("error"_L1).toObject().value("code"_L1).toInt(), McpServer::InvalidParams);
        a = m_client.send(McpTestClient::request(2, u"tools/list"_s, {{u"_meta"_s, modernMeta(u"2099-01-01"_s)}}), session);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.message.value("error"_L1).toObject().value("code"_L1).toInt(), McpServer::UnsupportedVersion);
        QCOMPARE(a.message.value("error"_L1).toObject().value("data"_L1).toObject().value("supported"_L1).toArray(), QJsonArray{u"2026-07-28"_s});
        a = m_client.send(McpTestClient::request(3, u"initialize"_s, {{u"_meta"_s, modernMeta()}}), session);
        QCOMPARE(a.status, 404);
        QCOMPARE(a.message.value("error"_L1).toObject().value("code"_L1).toInt(), McpServer::MethodNotFound);
        auto http = std::make_shared<McpSession>();
        http->isHttp = true;
        http->protocolVersionHeader = u"2026-07-28"_s;
        http->hasMethodHeader = true;
        http->methodHeader = u"tools/call"_s;
        a = m_client.send(McpTestClient::request(4, u"tools/list"_s, {{u"_meta"_s, modernMeta()}}), http);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.message.value("error"_L1).toObject().value("code"_L1).toInt(), McpServer::HeaderMismatch);
        http->methodHeader = u"tools/call"_s;
        http->hasNameHeader = true;
        http->nameHeader = u"slow"_s;
        a = m_client.send(McpTestClient::request(5, u"tools/call"_s, {{u"name"_s, u"echo"_s}, {u"_meta"_s, modernMeta()}}), http);
        QCOMPARE(a.message.value("error"_L1).toObject().value("code"_L1).toInt(), McpServer::HeaderMismatch);
    }

    void debugLogNamesMethodsAndOutcomesNotArguments()
    {
        LogCapture log(u"phc.mcp.debug=true"_s);
        QVERIFY(m_client.send(McpTestClient::request(21, u"ping"_s)).answered);
        m_client.send(McpTestClient::request(u"x-22"_s, u"no/such/method"_s));
        QVERIFY(!McpTestClient::isError(m_client.callTool(u"echo"_s, {{u"text"_s, u"words-never-logged"_s}})));
        QVERIFY(McpTestClient::isError(m_client.callTool(u"echo"_s, {{u"text"_s, u"a"_s}, {u"api_key"_s, u"phx_never_logged"_s}})));
        const QString all = log.lines.join(u'\n');
        QVERIFY2(log.contains(u"phc.mcp: ping id 21 -> ok in "_s), qPrintable(all));
        QVERIFY2(log.contains(u"phc.mcp: no/such/method id 'x-22' -> error -32601 in "_s), qPrintable(all));
        QVERIFY2(log.contains(u"phc.mcp: tools/call echo -> ok in "_s), qPrintable(all));
        QVERIFY2(log.contains(u"phc.mcp: tools/call echo -> invalid in "_s), qPrintable(all));
        QVERIFY2(!all.contains("never_logged"_L1) && !all.contains("never-logged"_L1), qPrintable(all));
    }

    void quietByDefault()
    {
        if (qEnvironmentVariableIsSet("QT_LOGGING_RULES") || qEnvironmentVariableIsSet("QT_LOGGING_CONF"))
            QSKIP("the environment sets logging rules");
        LogCapture log{QString()};
        m_client.send(McpTestClient::request(25, u"no/such/method"_s));
        QVERIFY(!McpTestClient::isError(m_client.callTool(u"echo"_s, {{u"text"_s, u"a"_s}})));
        QVERIFY2(log.lines.isEmpty(), qPrintable(log.lines.join(u'\n')));
    }

    void addedMethodsAnswerOnceAndNeverReplaceBuiltins()
    {
        m_server.addMethod(u"ping"_s, QString(), {}, false,
                           [](const QJsonObject &, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
                               reply.result({{u"replaced"_s, true}});
                           });
        QCOMPARE(m_client.send(McpTestClient::request(26, u"ping"_s)).result(), QJsonObject());
        m_server.addMethod(u"test/extra"_s, u"extra"_s, {{u"x"_s, 1}}, false,
                           [](const QJsonObject &params, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
                               reply.error(McpServer::InvalidParams, u"No such thing: "_s + params.value("name"_L1).toString(),
                                           QJsonValue::Undefined);
                               reply.result({}); // too late: the first answer counts
                           });
        const Answer a = m_client.send(McpTestClient::request(27, u"test/extra"_s, {{u"name"_s, u"x"_s}}));
        QCOMPARE(a.error().value("code"_L1).toInt(), McpServer::InvalidParams);
        QCOMPARE(a.error().value("message"_L1).toString(), u"No such thing: x"_s);
        QVERIFY(!a.message.contains("result"_L1));
        const Answer init = m_client.send(McpTestClient::request(28, u"initialize"_s, {{u"protocolVersion"_s, u"2025-06-18"_s}}));
        QCOMPARE(init.result().value("capabilities"_L1).toObject().value("extra"_L1).toObject(), (QJsonObject{{u"x"_s, 1}}));
    }
};

QTEST_GUILESS_MAIN(TestMcpServer)
#include "tst_mcpserver.moc"
