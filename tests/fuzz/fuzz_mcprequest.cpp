// A request body, as the HTTP transport hands it to the engine: whatever arrives, every request
// gets exactly one well-formed answer and nothing crashes.
#include "mcp/mcpserver.h"
#include "mcp/toolregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
McpServer &server()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static ToolRegistry registry;
    static McpServer engine(&registry);
    static bool ready = false;
    if (!ready) {
        // The engine's debug lines format client-chosen ids and method names: fuzz that too.
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        QLoggingCategory::setFilterRules(u"phc.*=true"_s);
        ToolDefinition echo;
        echo.name = u"echo"_s;
        echo.description = u"Echoes."_s;
        echo.inputSchema = QJsonDocument::fromJson(R"({"type":"object","properties":{"text":{"type":"string","maxLength":50},
            "n":{"type":"integer","minimum":0,"maximum":3},"list":{"type":"array","items":{"type":"string"}}},"required":["text"]})")
                               .object();
        echo.handler = [](const ToolCall &call) {
            call.reportProgress(1, 2);
            call.log(u"info"_s, u"fuzz"_s, call.arguments());
            call.finish(ToolResult::text(call.arguments().value("text"_L1).toString()));
        };
        registry.add(echo);
        ready = true;
    }
    return engine;
}

void handleOne(const QJsonObject &message)
{
    auto session = std::make_shared<McpSession>();
    session->clientId = u"fuzz"_s;
    session->isHttp = true;
    const bool isRequest = message.contains("id"_L1) && message.contains("method"_L1);
    int answers = 0;
    server().handle(
        message, session, [](const QJsonObject &) {},
        [&answers](const QJsonObject &answer, int status) {
            ++answers;
            if (!answer.contains("result"_L1) && !answer.contains("error"_L1))
                std::abort();
            if (status < 200 || status > 599)
                std::abort();
        });
    if (isRequest && answers != 1)
        std::abort(); // the echo tool answers synchronously: exactly one answer
    const bool isNotification
        = !message.contains("id"_L1) && message.value("method"_L1).isString() && message.value("jsonrpc"_L1).toString() == "2.0"_L1;
    if (isNotification && answers != 0)
        std::abort(); // notifications are never answered (an invalid message gets an Invalid Request error)
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (document.isObject())
        handleOne(document.object());
    else if (document.isArray()) {
        for (const QJsonValue &item : document.array()) {
            if (item.isObject())
                handleOne(item.toObject());
        }
    }
    return 0;
}
