#include "agentresources.h"

#include "posthogtoolset.h"

#include "mcp/mcpserver.h"
#include "mcp/toolregistry.h"
#include "posthog/posthogclient.h"

#include <QJsonArray>

namespace {

const QString insightScheme = QStringLiteral("posthog://insights/");

struct PromptSpec
{
    const char *name;
    const char *description;
    const char *text; // %1: the number of days
};

const PromptSpec prompts[] = {
    {"analyze_errors", "Investigate the top errors of the active project and propose fixes.",
     "Review error tracking for the last %1 days. Call list_errors (order_by occurrences), open the three biggest issues with "
     "get_error_details, and report for each: what fails (top in-app frame), how many users it affects, since when, in which "
     "release, and a likely cause with a concrete next step. Include each issue's PostHog link."},
    {"llm_cost_review", "Review LLM spend by model and by day, and point out anomalies.",
     "Review LLM costs for the last %1 days. Call get_llm_costs grouped by model, then by day. Report the total, the most expensive "
     "models with their share, cost per call, and any day that stands out; suggest where a cheaper model would do."},
    {"weekly_product_review", "A short product health review: traffic, active users, sign-ups, upgrades.",
     "Write a product review of the last %1 days. First check names with get_event_definitions. Then use get_sql_insight for: daily "
     "active users (count(DISTINCT person_id) per toDate(timestamp)), page views by country, and daily signed_up and upgraded_plan "
     "counts. Compare the second half of the period with the first, and list three observations with numbers."},
};

// Runs a tool of the registry as if the client had called it, for resources/read.
void runTool(const ToolRegistry *registry, const QString &tool, const QJsonObject &arguments, const std::shared_ptr<McpSession> &session,
             std::function<void(const ToolResult &)> done)
{
    const ToolDefinition *definition = registry->find(tool);
    if (!definition) {
        done(ToolResult::error(QStringLiteral("The tool '%1' is not available.").arg(tool)));
        return;
    }
    auto state = std::make_shared<ToolCallState>();
    state->toolName = tool;
    state->arguments = arguments;
    state->clientId = session->clientId;
    state->clientName = session->clientName;
    state->complete = std::move(done);
    definition->handler(ToolCall(state));
}

} // namespace

void AgentResources::registerAll(McpServer &server, PostHogToolset &toolset)
{
    PostHogToolset *ts = &toolset;
    const ToolRegistry *registry = server.registry();
    server.addMethod(QStringLiteral("resources/list"), QStringLiteral("resources"), QJsonObject{{QStringLiteral("listChanged"), false}}, true,
                     [ts](const QJsonObject &, const std::shared_ptr<McpSession> &session, McpServer::MethodReply reply) {
        ts->projects()->resolve(session->clientId, ts, [ts, reply](const ActiveProjectStore::Active &active, const PostHogError &error) {
            if (!error.isNone())
                return reply.error(McpServer::InternalError, error.message(), QJsonValue::Undefined);
            ListOptions options;
            options.limit = 100;
            ts->client()->insights(active.projectId, options, ts, [reply](const PostHogResult<Page<Insight>> &page) {
                if (!page.ok())
                    return reply.error(McpServer::InternalError, page.error().message(), QJsonValue::Undefined);
                QJsonArray resources;
                for (const Insight &i : page.value().results) {
                    resources.append(QJsonObject{{QStringLiteral("uri"), insightScheme + i.shortId}, {QStringLiteral("name"), i.displayName()},
                                                 {QStringLiteral("description"), i.description.isEmpty() ? QStringLiteral("Saved insight") : i.description},
                                                 {QStringLiteral("mimeType"), QStringLiteral("text/markdown")}});
                }
                reply.result({{QStringLiteral("resources"), resources}});
            });
        });
    });
    server.addMethod(QStringLiteral("resources/templates/list"), QString(), {}, true,
                     [](const QJsonObject &, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
        reply.result({{QStringLiteral("resourceTemplates"),
                       QJsonArray{QJsonObject{{QStringLiteral("uriTemplate"), insightScheme + QStringLiteral("{short_id}")},
                                              {QStringLiteral("name"), QStringLiteral("Saved insight")},
                                              {QStringLiteral("description"), QStringLiteral("A saved insight with its query and fresh results")},
                                              {QStringLiteral("mimeType"), QStringLiteral("text/markdown")}}}}});
    });
    server.addMethod(QStringLiteral("resources/read"), QString(), {}, true,
                     [registry](const QJsonObject &params, const std::shared_ptr<McpSession> &session, McpServer::MethodReply reply) {
        const QString uri = params.value(QLatin1String("uri")).toString();
        if (!uri.startsWith(insightScheme) || uri.size() <= insightScheme.size())
            return reply.error(McpServer::InvalidParams, QStringLiteral("Resource not found: %1 (insights are posthog://insights/<short_id>)").arg(uri),
                               QJsonObject{{QStringLiteral("uri"), uri}});
        runTool(registry, QStringLiteral("get_insight"), {{QStringLiteral("insight_id"), uri.mid(insightScheme.size())}}, session,
                [reply, uri](const ToolResult &result) {
            if (result.isError())
                return reply.error(McpServer::InvalidParams, result.firstText(), QJsonObject{{QStringLiteral("uri"), uri}});
            reply.result({{QStringLiteral("contents"), QJsonArray{QJsonObject{{QStringLiteral("uri"), uri}, {QStringLiteral("mimeType"), QStringLiteral("text/markdown")},
                                                                              {QStringLiteral("text"), result.firstText()}}}}});
        });
    });

    QJsonArray promptList;
    for (const PromptSpec &p : prompts) {
        promptList.append(QJsonObject{{QStringLiteral("name"), QLatin1String(p.name)}, {QStringLiteral("description"), QLatin1String(p.description)},
                                      {QStringLiteral("arguments"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("days")},
                                                                                           {QStringLiteral("description"), QStringLiteral("How many days back (default 7)")},
                                                                                           {QStringLiteral("required"), false}}}}});
    }
    server.addMethod(QStringLiteral("prompts/list"), QStringLiteral("prompts"), QJsonObject{{QStringLiteral("listChanged"), false}}, true,
                     [promptList](const QJsonObject &, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
        reply.result({{QStringLiteral("prompts"), promptList}});
    });
    server.addMethod(QStringLiteral("prompts/get"), QString(), {}, false,
                     [](const QJsonObject &params, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
        const QString name = params.value(QLatin1String("name")).toString();
        bool ok = false;
        int days = params.value(QLatin1String("arguments")).toObject().value(QLatin1String("days")).toString().toInt(&ok);
        if (!ok || days < 1 || days > 365)
            days = 7;
        for (const PromptSpec &p : prompts) {
            if (name == QLatin1String(p.name)) {
                reply.result({{QStringLiteral("description"), QLatin1String(p.description)},
                              {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                                  {QStringLiteral("content"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                                                                                          {QStringLiteral("text"), QString::fromLatin1(p.text).arg(days)}}}}}}});
                return;
            }
        }
        reply.error(McpServer::InvalidParams, QStringLiteral("Unknown prompt '%1': use prompts/list.").arg(name), QJsonValue::Undefined);
    });
}
