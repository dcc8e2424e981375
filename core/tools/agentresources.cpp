#include "agentresources.h"

#include "posthogtoolset.h"

#include "mcp/mcpserver.h"
#include "mcp/toolregistry.h"
#include "posthog/posthogclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QString insightScheme = u"posthog://insights/"_s;

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
        done(ToolResult::error(u"The tool '%1' is not available."_s.arg(tool)));
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
    server.addMethod(
        u"resources/list"_s, u"resources"_s, QJsonObject{{u"listChanged"_s, false}}, true,
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
                        resources.append(QJsonObject{{u"uri"_s, insightScheme + i.shortId},
                                                     {u"name"_s, i.displayName()},
                                                     {u"description"_s, i.description.isEmpty() ? u"Saved insight"_s : i.description},
                                                     {u"mimeType"_s, u"text/markdown"_s}});
                    }
                    reply.result({{u"resources"_s, resources}});
                });
            });
        });
    server.addMethod(
        u"resources/templates/list"_s, QString(), {}, true,
        [](const QJsonObject &, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
            reply.result({{u"resourceTemplates"_s, QJsonArray{QJsonObject{{u"uriTemplate"_s, insightScheme + u"{short_id}"_s},
                                                                          {u"name"_s, u"Saved insight"_s},
                                                                          {u"description"_s, u"A saved insight with its query and fresh results"_s},
                                                                          {u"mimeType"_s, u"text/markdown"_s}}}}});
        });
    server.addMethod(
        u"resources/read"_s, QString(), {}, true,
        [registry](const QJsonObject &params, const std::shared_ptr<McpSession> &session, McpServer::MethodReply reply) {
            const QString uri = params.value("uri"_L1).toString();
            if (!uri.startsWith(insightScheme) || uri.size() <= insightScheme.size())
                return reply.error(McpServer::InvalidParams, u"Resource not found: %1 (insights are posthog://insights/<short_id>)"_s.arg(uri),
                                   QJsonObject{{u"uri"_s, uri}});
            runTool(registry, u"get_insight"_s, {{u"insight_id"_s, uri.mid(insightScheme.size())}}, session, [reply, uri](const ToolResult &result) {
                if (result.isError())
                    return reply.error(McpServer::InvalidParams, result.firstText(), QJsonObject{{u"uri"_s, uri}});
                reply.result({{u"contents"_s,
                               QJsonArray{QJsonObject{{u"uri"_s, uri}, {u"mimeType"_s, u"text/markdown"_s}, {u"text"_s, result.firstText()}}}}});
            });
        });

    QJsonArray promptList;
    for (const PromptSpec &p : prompts) {
        promptList.append(QJsonObject{
            {u"name"_s, QLatin1String(p.name)},
            {u"description"_s, QLatin1String(p.description)},
            {u"arguments"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"days"_s}, {u"description"_s, u"How many days back (default 7)"_s}, {u"required"_s, false}}}}});
    }
    server.addMethod(u"prompts/list"_s, u"prompts"_s, QJsonObject{{u"listChanged"_s, false}}, true,
                     [promptList](const QJsonObject &, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
                         reply.result({{u"prompts"_s, promptList}});
                     });
    server.addMethod(
        u"prompts/get"_s, QString(), {}, false, [](const QJsonObject &params, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
            const QString name = params.value("name"_L1).toString();
            bool ok = false;
            int days = params.value("arguments"_L1).toObject().value("days"_L1).toString().toInt(&ok);
            if (!ok || days < 1 || days > 365)
                days = 7;
            for (const PromptSpec &p : prompts) {
                if (name == QLatin1String(p.name)) {
                    reply.result(
                        {{u"description"_s, QLatin1String(p.description)},
                         {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s},
                                                                {u"content"_s, QJsonObject{{u"type"_s, u"text"_s},
                                                                                           {u"text"_s, QString::fromLatin1(p.text).arg(days)}}}}}}});
                    return;
                }
            }
            reply.error(McpServer::InvalidParams, u"Unknown prompt '%1': use prompts/list."_s.arg(name), QJsonValue::Undefined);
        });
}
