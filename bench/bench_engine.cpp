// Server time per call: McpServer::handle for ping, tools/list (all 26 PostHog tools) and a
// trivial tools/call, in process, no transport. Prints microseconds per call (median of 9 runs).
#include "mcp/mcpserver.h"
#include "mcp/toolregistry.h"
#include "posthog/posthogclient.h"
#include "settings/settings.h"
#include "tools/posthogtoolset.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace {
double microsPerCall(McpServer &server, const QJsonObject &message, int calls)
{
    auto session = std::make_shared<McpSession>();
    session->clientId = QStringLiteral("bench");
    std::vector<double> runs;
    for (int run = 0; run < 9; ++run) {
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < calls; ++i) {
            // Serialising the answer is part of the server's work.
            server.handle(message, session, {}, [](const QJsonObject &answer, int) { (void)QJsonDocument(answer).toJson(QJsonDocument::Compact); });
        }
        runs.push_back(clock.nsecsElapsed() / 1000.0 / calls);
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("XDG_CONFIG_HOME", "/tmp/phc-bench-engine");
    Settings settings;
    PostHogClient client;
    ToolRegistry registry;
    McpServer server(&registry);
    PostHogToolset toolset(&client, &settings);
    toolset.registerAll(&registry);
    ToolDefinition echo;
    echo.name = QStringLiteral("echo");
    echo.description = QStringLiteral("Echoes.");
    echo.inputSchema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                   {QStringLiteral("properties"), QJsonObject{{QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}};
    echo.handler = [](const ToolCall &call) { call.finish(ToolResult::text(call.arguments().value(QLatin1String("text")).toString())); };
    registry.add(echo);
    auto request = [](const char *method, const QJsonObject &params = {}) {
        return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 1}, {QStringLiteral("method"), QLatin1String(method)},
                           {QStringLiteral("params"), params}};
    };
    const double ping = microsPerCall(server, request("ping"), 20000);
    const double list = microsPerCall(server, request("tools/list"), 2000);
    const double call = microsPerCall(server, request("tools/call", {{QStringLiteral("name"), QStringLiteral("echo")},
                                                                      {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}}}}), 20000);
    std::printf("{\"pingUs\": %.2f, \"toolsListUs\": %.2f, \"toolsCallUs\": %.2f}\n", ping, list, call);
    return 0;
}
