// A request body, as the HTTP transport hands it to the engine: whatever arrives, every request
// gets exactly one well-formed answer and nothing crashes.
#include "mcp/mcpserver.h"
#include "mcp/toolregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

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
        ToolDefinition echo;
        echo.name = QStringLiteral("echo");
        echo.description = QStringLiteral("Echoes.");
        echo.inputSchema = QJsonDocument::fromJson(R"({"type":"object","properties":{"text":{"type":"string","maxLength":50},
            "n":{"type":"integer","minimum":0,"maximum":3},"list":{"type":"array","items":{"type":"string"}}},"required":["text"]})").object();
        echo.handler = [](const ToolCall &call) {
            call.reportProgress(1, 2);
            call.log(QStringLiteral("info"), QStringLiteral("fuzz"), call.arguments());
            call.finish(ToolResult::text(call.arguments().value(QLatin1String("text")).toString()));
        };
        registry.add(echo);
        ready = true;
    }
    return engine;
}

void handleOne(const QJsonObject &message)
{
    auto session = std::make_shared<McpSession>();
    session->clientId = QStringLiteral("fuzz");
    session->isHttp = true;
    const bool isRequest = message.contains(QLatin1String("id")) && message.contains(QLatin1String("method"));
    int answers = 0;
    server().handle(message, session, [](const QJsonObject &) {}, [&answers](const QJsonObject &answer, int status) {
        ++answers;
        if (!answer.contains(QLatin1String("result")) && !answer.contains(QLatin1String("error")))
            std::abort();
        if (status < 200 || status > 599)
            std::abort();
    });
    if (isRequest && answers != 1)
        std::abort(); // the echo tool answers synchronously: exactly one answer
    const bool isNotification = !message.contains(QLatin1String("id")) && message.value(QLatin1String("method")).isString()
        && message.value(QLatin1String("jsonrpc")).toString() == QLatin1String("2.0");
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
