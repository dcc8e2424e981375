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

using Reply = McpServer::MethodReply;
using Session = std::shared_ptr<McpSession>;

QJsonObject insightResource(const Insight &insight)
{
    return {{u"uri"_s, insightScheme + insight.shortId},
            {u"name"_s, insight.displayName()},
            {u"description"_s, insight.description.isEmpty() ? u"Saved insight"_s : insight.description},
            {u"mimeType"_s, u"text/markdown"_s}};
}

// resources/list: the active project's saved insights (the first 100).
void listResources(PostHogToolset *ts, const Session &session, const Reply &reply)
{
    ts->projects()->resolve(session->clientId, ts, [ts, reply](const ActiveProjectStore::Active &active, const PostHogError &error) {
        if (!error.isNone())
            return reply.error(McpServer::InternalError, error.message(), QJsonValue::Undefined);
        ListOptions options;
        options.limit = 100;
        ts->client()->insights(active.projectId, options, ts, [reply](const PostHogResult<Page<Insight>> &page) {
            if (!page.ok())
                return reply.error(McpServer::InternalError, page.error().message(), QJsonValue::Undefined);
            QJsonArray resources;
            for (const Insight &i : page.value().results)
                resources.append(insightResource(i));
            reply.result({{u"resources"_s, resources}});
        });
    });
}

void listResourceTemplates(const Reply &reply)
{
    reply.result({{u"resourceTemplates"_s, QJsonArray{QJsonObject{{u"uriTemplate"_s, insightScheme + u"{short_id}"_s},
                                                                  {u"name"_s, u"Saved insight"_s},
                                                                  {u"description"_s, u"A saved insight with its query and fresh results"_s},
                                                                  {u"mimeType"_s, u"text/markdown"_s}}}}});
}

// resources/read: a saved insight rendered by get_insight.
void readResource(const ToolRegistry *registry, const QJsonObject &params, const Session &session, const Reply &reply)
{
    const QString uri = params.value("uri"_L1).toString();
    if (!uri.startsWith(insightScheme) || uri.size() <= insightScheme.size())
        return reply.error(McpServer::InvalidParams, u"Resource not found: %1 (insights are posthog://insights/<short_id>)"_s.arg(uri),
                           QJsonObject{{u"uri"_s, uri}});
    runTool(registry, u"get_insight"_s, {{u"insight_id"_s, uri.mid(insightScheme.size())}}, session, [reply, uri](const ToolResult &result) {
        if (result.isError())
            return reply.error(McpServer::InvalidParams, result.firstText(), QJsonObject{{u"uri"_s, uri}});
        reply.result(
            {{u"contents"_s, QJsonArray{QJsonObject{{u"uri"_s, uri}, {u"mimeType"_s, u"text/markdown"_s}, {u"text"_s, result.firstText()}}}}});
    });
}

QJsonArray promptList()
{
    QJsonArray list;
    for (const PromptSpec &p : prompts) {
        list.append(QJsonObject{
            {u"name"_s, QLatin1String(p.name)},
            {u"description"_s, QLatin1String(p.description)},
            {u"arguments"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"days"_s}, {u"description"_s, u"How many days back (default 7)"_s}, {u"required"_s, false}}}}});
    }
    return list;
}

// prompts/get: the prompt's text for `days` (1-365, default 7).
void getPrompt(const QJsonObject &params, const Reply &reply)
{
    const QString name = params.value("name"_L1).toString();
    bool ok = false;
    int days = params.value("arguments"_L1).toObject().value("days"_L1).toString().toInt(&ok);
    if (!ok || days < 1 || days > 365)
        days = 7;
    for (const PromptSpec &p : prompts) {
        if (name != QLatin1String(p.name))
            continue;
        const QJsonObject message{{u"role"_s, u"user"_s},
                                  {u"content"_s, QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, QString::fromLatin1(p.text).arg(days)}}}};
        return reply.result({{u"description"_s, QLatin1String(p.description)}, {u"messages"_s, QJsonArray{message}}});
    }
    reply.error(McpServer::InvalidParams, u"Unknown prompt '%1': use prompts/list."_s.arg(name), QJsonValue::Undefined);
}

} // namespace

void AgentResources::registerAll(McpServer &server, PostHogToolset &toolset, WhenReady whenReady)
{
    PostHogToolset *ts = &toolset;
    const ToolRegistry *registry = server.registry();
    const QJsonObject noListChanges{{u"listChanged"_s, false}};
    // What reaches PostHog waits for the service to be ready, like tool calls do.
    auto ready = [whenReady](const Reply &reply, std::function<void()> run) {
        if (!whenReady)
            return run();
        whenReady(std::move(run), [reply](const QString &reason) { reply.error(McpServer::InternalError, reason, QJsonValue::Undefined); });
    };
    server.addMethod(u"resources/list"_s, u"resources"_s, noListChanges, true, [ts, ready](const QJsonObject &, const Session &session, Reply reply) {
        ready(reply, [ts, session, reply] { listResources(ts, session, reply); });
    });
    server.addMethod(u"resources/templates/list"_s, QString(), {}, true,
                     [](const QJsonObject &, const Session &, Reply reply) { listResourceTemplates(reply); });
    server.addMethod(u"resources/read"_s, QString(), {}, true, [registry, ready](const QJsonObject &params, const Session &session, Reply reply) {
        ready(reply, [registry, params, session, reply] { readResource(registry, params, session, reply); });
    });
    server.addMethod(u"prompts/list"_s, u"prompts"_s, noListChanges, true, [list = promptList()](const QJsonObject &, const Session &, Reply reply) {
        reply.result({{u"prompts"_s, list}});
    });
    server.addMethod(u"prompts/get"_s, QString(), {}, false,
                     [](const QJsonObject &params, const Session &, Reply reply) { getPrompt(params, reply); });
}
