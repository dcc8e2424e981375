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

using namespace Qt::StringLiterals;

namespace {
double microsPerCall(McpServer &server, const QJsonObject &message, int calls)
{
    auto session = std::make_shared<McpSession>();
    session->clientId = u"bench"_s;
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
    echo.name = u"echo"_s;
    echo.description = u"Echoes."_s;
    echo.inputSchema = QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject{{u"text"_s, QJsonObject{{u"type"_s, u"string"_s}}}}}};
    echo.handler = [](const ToolCall &call) { call.finish(ToolResult::text(call.arguments().value("text"_L1).toString())); };
    registry.add(echo);
    auto request = [](const char *method, const QJsonObject &params = {}) {
        return QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, 1}, {u"method"_s, QLatin1String(method)}, {u"params"_s, params}};
    };
    const double ping = microsPerCall(server, request("ping"), 20000);
    const double list = microsPerCall(server, request("tools/list"), 2000);
    const double call
        = microsPerCall(server, request("tools/call", {{u"name"_s, u"echo"_s}, {u"arguments"_s, QJsonObject{{u"text"_s, u"hi"_s}}}}), 20000);
    std::printf("{\"pingUs\": %.2f, \"toolsListUs\": %.2f, \"toolsCallUs\": %.2f}\n", ping, list, call);
    return 0;
}
