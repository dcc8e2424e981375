#include "posthogtoolset.h"

#include "dashboardtools.h"
#include "errortools.h"
#include "featureflagtools.h"
#include "insighttools.h"
#include "llmtools.h"
#include "markdownrenderer.h"
#include "organizationtools.h"
#include "schematools.h"

#include "mcp/toolregistry.h"
#include "posthog/posthogclient.h"

PostHogToolset::PostHogToolset(PostHogClient *client, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_projects(new ActiveProjectStore(client, settings, this))
{
}

void PostHogToolset::registerAll(ToolRegistry *registry)
{
    m_registry = registry;
    OrganizationTools::registerTools(*this);
    SchemaTools::registerTools(*this);
    InsightTools::registerTools(*this);
    DashboardTools::registerTools(*this);
    ErrorTools::registerTools(*this);
    LlmTools::registerTools(*this);
    FeatureFlagTools::registerTools(*this);
}

QString PostHogToolset::instructions()
{
    return QStringLiteral(
        "PostHog analytics for one person's account, served by the PostHog Companion desktop app.\n"
        "- Every tool works in the active project (each result names it). get_projects lists projects; set_active_project "
        "switches (set_active_organization for another organization).\n"
        "- Before writing HogQL for get_sql_insight, discover names with get_event_definitions and get_property_definitions; "
        "never guess event or property names.\n"
        "- Results are bounded: lists are paged (call again with the offset they give), tables are cut to a budget with a note. "
        "Prefer aggregates and LIMIT over raw rows.\n"
        "- Deleting (and some writes) needs a person's approval in the app; a denied call says so: do not retry it unchanged.\n"
        "- Every object comes with a link the person can open in PostHog; include it when you report findings.\n"
        "- Saved insights are also resources (posthog://insights/<short_id>); prompts analyze_errors, llm_cost_review and "
        "weekly_product_review start common analyses.");
}

QStringList PostHogToolset::requiredScopes(const QString &toolName)
{
    // Keyed by tool name so the category files need not change. The scope of each endpoint is
    // its viewset's scope_object (posthog/permissions.py APIScopePermission): organizations →
    // organization, projects → project, /query/ → query, and so on; error tracking runs through
    // /query/ and PostHog's own MCP tools ask error_tracking:read as well.
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("get_organizations"), {QStringLiteral("organization:read")}},
        {QStringLiteral("set_active_organization"), {QStringLiteral("organization:read"), QStringLiteral("project:read")}},
        {QStringLiteral("get_projects"), {QStringLiteral("project:read")}},
        {QStringLiteral("set_active_project"), {QStringLiteral("project:read")}},
        {QStringLiteral("get_event_definitions"), {QStringLiteral("event_definition:read")}},
        {QStringLiteral("get_property_definitions"), {QStringLiteral("property_definition:read")}},
        {QStringLiteral("get_sql_insight"), {QStringLiteral("query:read")}},
        {QStringLiteral("get_all_insights"), {QStringLiteral("insight:read")}},
        {QStringLiteral("get_insight"), {QStringLiteral("insight:read")}},
        {QStringLiteral("create_insight"), {QStringLiteral("insight:write")}},
        {QStringLiteral("update_insight"), {QStringLiteral("insight:write")}},
        {QStringLiteral("delete_insight"), {QStringLiteral("insight:write")}},
        {QStringLiteral("add_insight_to_dashboard"), {QStringLiteral("insight:write"), QStringLiteral("dashboard:read")}},
        {QStringLiteral("get_all_dashboards"), {QStringLiteral("dashboard:read")}},
        {QStringLiteral("get_dashboard"), {QStringLiteral("dashboard:read")}},
        {QStringLiteral("create_dashboard"), {QStringLiteral("dashboard:write")}},
        {QStringLiteral("update_dashboard"), {QStringLiteral("dashboard:write")}},
        {QStringLiteral("delete_dashboard"), {QStringLiteral("dashboard:write")}},
        {QStringLiteral("list_errors"), {QStringLiteral("error_tracking:read"), QStringLiteral("query:read")}},
        {QStringLiteral("get_error_details"), {QStringLiteral("error_tracking:read"), QStringLiteral("query:read")}},
        {QStringLiteral("get_llm_costs"), {QStringLiteral("query:read")}},
        {QStringLiteral("get_feature_flags"), {QStringLiteral("feature_flag:read")}},
        {QStringLiteral("get_feature_flag"), {QStringLiteral("feature_flag:read")}},
        {QStringLiteral("create_feature_flag"), {QStringLiteral("feature_flag:write")}},
        {QStringLiteral("update_feature_flag"), {QStringLiteral("feature_flag:write")}},
        {QStringLiteral("delete_feature_flag"), {QStringLiteral("feature_flag:write")}},
    };
    return table.value(toolName);
}

QStringList PostHogToolset::missingScopes(const QString &toolName) const
{
    QStringList missing;
    if (!m_keyScopes)
        return missing;
    for (const QString &scope : requiredScopes(toolName)) {
        if (!m_keyScopes->grants(scope))
            missing.append(scope);
    }
    return missing;
}

void PostHogToolset::applyKeyScopes(const std::optional<KeyScopes> &scopes)
{
    m_keyScopes = scopes;
    m_projects->setKeyScopes(scopes);
    if (!m_registry)
        return;
    for (const ToolDefinition &tool : m_registry->tools()) {
        const QStringList missing = missingScopes(tool.name);
        m_registry->setHidden(tool.name, missing.isEmpty() ? QString() : QStringLiteral("needs %1").arg(missing.join(QStringLiteral(", "))));
    }
}

void PostHogToolset::add(const Spec &spec)
{
    ToolDefinition tool;
    tool.name = spec.name;
    tool.title = spec.title;
    tool.description = spec.description;
    tool.inputSchema = spec.inputSchema;
    tool.outputSchema = spec.outputSchema;
    tool.annotations = Stakes::annotations(spec.stake, spec.idempotent, spec.title);
    tool.metadata.insert(QStringLiteral("stake"), Stakes::name(spec.stake));
    tool.handler = spec.handler;
    const bool added = m_registry->add(tool);
    Q_ASSERT_X(added, "PostHogToolset::add", "invalid or duplicate tool name");
    Q_UNUSED(added);
}

void PostHogToolset::withProject(const ToolCall &call, std::function<void(const ActiveProjectStore::Active &)> then)
{
    m_projects->resolve(call.clientId(), this, [call, then](const ActiveProjectStore::Active &active, const PostHogError &error) {
        if (!error.isNone()) {
            call.finish(apiError(error, QStringLiteral("get_projects")));
            return;
        }
        then(active);
    });
}

ToolResult PostHogToolset::apiError(const PostHogError &error, const QString &listTool)
{
    QString message = error.message();
    if (error.category() == PostHogError::Category::NotFound && !listTool.isEmpty())
        message += QStringLiteral(" List valid ids with %1.").arg(listTool);
    if (error.category() == PostHogError::Category::BadRequest && error.detail().contains(QLatin1String("line")))
        message += QStringLiteral(" Fix the query and call again; get_event_definitions and get_property_definitions list valid names.");
    return ToolResult::error(QStringLiteral("%1 (%2)").arg(message, error.categoryName()));
}

QString PostHogToolset::webUrl(qint64 projectId, const QString &path) const
{
    QString base = m_client->connection().webBase().toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QStringLiteral("%1/project/%2/%3").arg(base).arg(projectId).arg(path);
}

QString PostHogToolset::projectLine(const ActiveProjectStore::Active &active)
{
    // The rule that chose the project (posthog-api.md), so an agent knows why it works there.
    const QString name = active.projectName.isEmpty() ? QStringLiteral("unnamed") : active.projectName;
    if (active.rule.isEmpty())
        return QStringLiteral("Project: %1 (id %2).").arg(name).arg(active.projectId);
    return QStringLiteral("Project: %1 (id %2), %3.").arg(name).arg(active.projectId).arg(active.rule);
}

void PostHogToolset::finishText(const ToolCall &call, const QString &markdown, const QJsonObject &structured) const
{
    ToolResult result = ToolResult::text(MarkdownRenderer::fit(markdown, m_budgetChars));
    if (!structured.isEmpty())
        result.setStructuredContent(structured);
    call.finish(result);
}

int PostHogToolset::intArgument(const QJsonObject &args, const char *name, int fallback)
{
    const QJsonValue v = args.value(QLatin1String(name));
    return v.isDouble() ? int(v.toDouble()) : fallback;
}

ListOptions PostHogToolset::listOptions(const QJsonObject &args, int defaultLimit)
{
    ListOptions options;
    options.search = stringArgument(args, "search");
    options.limit = intArgument(args, "limit", defaultLimit);
    options.offset = intArgument(args, "offset", 0);
    return options;
}

QString PostHogToolset::stringArgument(const QJsonObject &args, const char *name, const QString &fallback)
{
    const QJsonValue v = args.value(QLatin1String(name));
    return v.isString() ? v.toString() : fallback;
}
