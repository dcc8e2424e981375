#include "posthogtoolset.h"

#include "dashboardtools.h"
#include "errortools.h"
#include "experimenttools.h"
#include "featureflagtools.h"
#include "insightquerytools.h"
#include "insighttools.h"
#include "llmtools.h"
#include "markdownrenderer.h"
#include "organizationtools.h"
#include "schematools.h"
#include "searchtools.h"
#include "surveytools.h"
#include "toolinvocation.h"

#include "mcp/toolregistry.h"
#include "posthog/posthogclient.h"

using namespace Qt::StringLiterals;

PostHogToolset::PostHogToolset(PostHogClient *client, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_projects(new ActiveProjectStore(client, settings, this))
{ }

void PostHogToolset::registerAll(ToolRegistry *registry)
{
    m_registry = registry;
    m_group.clear();
    OrganizationTools::registerTools(*this);
    SchemaTools::registerTools(*this);
    SearchTools::registerTools(*this);
    m_group = u"analytics"_s;
    InsightTools::registerTools(*this);
    InsightQueryTools::registerTools(*this);
    m_group = u"dashboards"_s;
    DashboardTools::registerTools(*this);
    m_group = u"errors"_s;
    ErrorTools::registerTools(*this);
    m_group = u"llm"_s;
    LlmTools::registerTools(*this);
    m_group = u"flags"_s;
    FeatureFlagTools::registerTools(*this);
    m_group = u"experiments"_s;
    ExperimentTools::registerTools(*this);
    SurveyTools::registerTools(*this);
    m_group.clear();
}

QList<PostHogToolset::Group> PostHogToolset::groups()
{
    return {{u"analytics"_s, u"Analytics: HogQL, insights, ad-hoc queries"_s},
            {u"dashboards"_s, u"Dashboards"_s},
            {u"errors"_s, u"Error tracking"_s},
            {u"llm"_s, u"LLM analytics"_s},
            {u"flags"_s, u"Feature flags"_s},
            {u"experiments"_s, u"Experiments and surveys"_s}};
}

QStringList PostHogToolset::groupIds()
{
    QStringList ids;
    for (const Group &group : groups())
        ids.append(group.id);
    return ids;
}

QString PostHogToolset::instructions()
{
    return u"PostHog analytics for one person's account, served by the PostHog Companion desktop app.\n"
           "- Every tool works in the active project (each result names it). get_projects lists projects; set_active_project "
           "switches (set_active_organization for another organization).\n"
           "- Before writing HogQL for get_sql_insight, discover names with get_event_definitions and get_property_definitions; "
           "never guess event or property names.\n"
           "- For trends, funnels, retention, lifecycle or stickiness use run_insight_query (nothing is saved); search_posthog finds "
           "insights, dashboards, flags, experiments and surveys by name.\n"
           "- Results are bounded: lists are paged (call again with the offset they give), tables are cut to a budget with a note. "
           "Prefer aggregates and LIMIT over raw rows.\n"
           "- Deleting (and some writes) needs a person's approval in the app; a denied call says so: do not retry it unchanged.\n"
           "- Every object comes with a link the person can open in PostHog; include it when you report findings.\n"
           "- Saved insights are also resources (posthog://insights/<short_id>); prompts analyze_errors, llm_cost_review and "
           "weekly_product_review start common analyses."_s;
}

QStringList PostHogToolset::requiredScopes(const QString &toolName)
{
    // Keyed by tool name so the category files need not change. The scope of each endpoint is
    // its viewset's scope_object (posthog/permissions.py APIScopePermission): organizations →
    // organization, projects → project, /query/ → query, and so on; error tracking runs through
    // /query/ and PostHog's own MCP tools ask error_tracking:read as well.
    static const QHash<QString, QStringList> table = {
        {u"get_organizations"_s, {u"organization:read"_s}},
        {u"set_active_organization"_s, {u"organization:read"_s, u"project:read"_s}},
        {u"get_projects"_s, {u"project:read"_s}},
        {u"set_active_project"_s, {u"project:read"_s}},
        {u"get_event_definitions"_s, {u"event_definition:read"_s}},
        {u"get_property_definitions"_s, {u"property_definition:read"_s}},
        // Kinds the key cannot read are named in the answer; insights are what most keys can.
        {u"search_posthog"_s, {u"insight:read"_s}},
        {u"get_sql_insight"_s, {u"query:read"_s}},
        {u"run_insight_query"_s, {u"query:read"_s}},
        {u"get_all_insights"_s, {u"insight:read"_s}},
        {u"get_insight"_s, {u"insight:read"_s}},
        {u"create_insight"_s, {u"insight:write"_s}},
        {u"update_insight"_s, {u"insight:write"_s}},
        {u"delete_insight"_s, {u"insight:write"_s}},
        {u"add_insight_to_dashboard"_s, {u"insight:write"_s, u"dashboard:read"_s}},
        {u"get_all_dashboards"_s, {u"dashboard:read"_s}},
        {u"get_dashboard"_s, {u"dashboard:read"_s}},
        {u"create_dashboard"_s, {u"dashboard:write"_s}},
        {u"update_dashboard"_s, {u"dashboard:write"_s}},
        {u"delete_dashboard"_s, {u"dashboard:write"_s}},
        {u"list_errors"_s, {u"error_tracking:read"_s, u"query:read"_s}},
        {u"get_error_details"_s, {u"error_tracking:read"_s, u"query:read"_s}},
        {u"get_error_events"_s, {u"error_tracking:read"_s, u"query:read"_s}},
        // ErrorTrackingIssueViewSet partial_update and assign are error_tracking writes; an
        // assignee named by email is looked up in the members (organization_member:read).
        {u"update_error_issue"_s, {u"error_tracking:write"_s}},
        {u"get_llm_costs"_s, {u"query:read"_s}},
        // HogQL over the events, as get_llm_costs; llm_analytics is the product's own scope object
        // (posthog/scopes.py APIScopeObject), which PostHog's LLM analytics MCP tools ask.
        // Only /query/ is called, whose viewset scope is query (posthog/api/query.py); asking llm_analytics:read too
        // would hide a tool that works.
        {u"get_llm_traces"_s, {u"query:read"_s}},
        {u"get_feature_flags"_s, {u"feature_flag:read"_s}},
        {u"get_feature_flag"_s, {u"feature_flag:read"_s}},
        {u"create_feature_flag"_s, {u"feature_flag:write"_s}},
        {u"update_feature_flag"_s, {u"feature_flag:write"_s}},
        {u"delete_feature_flag"_s, {u"feature_flag:write"_s}},
        {u"get_experiments"_s, {u"experiment:read"_s}},
        {u"get_experiment_results"_s, {u"experiment:read"_s, u"query:read"_s}},
        {u"get_surveys"_s, {u"survey:read"_s}},
        {u"get_survey_results"_s, {u"survey:read"_s, u"query:read"_s}},
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
        m_registry->setHidden(tool.name, missing.isEmpty() ? QString() : u"needs %1"_s.arg(missing.join(u", "_s)));
    }
}

void PostHogToolset::add(std::span<const ToolSpec> table)
{
    for (const ToolSpec &spec : table) {
        ToolDefinition tool;
        tool.name = spec.name;
        tool.title = spec.title;
        tool.description = spec.description;
        tool.inputSchema = spec.inputSchema;
        tool.outputSchema = spec.outputSchema;
        tool.annotations = Stakes::annotations(spec.stake, spec.idempotent, spec.title);
        tool.metadata.insert(u"stake"_s, Stakes::name(spec.stake));
        tool.group = m_group;
        // What may run long (HogQL queries, insight refresh, dashboards with many tiles) becomes a
        // task for 2026-07-28 clients with the tasks extension once it has run for a second.
        static const QStringList longRunning = {u"get_sql_insight"_s, u"run_insight_query"_s, u"get_insight"_s, u"get_dashboard"_s};
        if (longRunning.contains(spec.name)) {
            tool.taskSupport = ToolDefinition::TaskSupport::Optional;
            tool.taskAfterMs = 1000;
        }
        tool.handler = [this, handler = spec.handler](const ToolCall &call) { handler(ToolInvocation(this, call)); };
        const bool added = m_registry->add(tool);
        Q_ASSERT_X(added, "PostHogToolset::add", "invalid or duplicate tool name");
        Q_UNUSED(added);
    }
}

QString PostHogToolset::webUrl(qint64 projectId, const QString &path) const
{
    QString base = m_client->connection().webBase().toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return u"%1/project/%2/%3"_s.arg(base).arg(projectId).arg(path);
}

int PostHogToolset::intArgument(const QJsonObject &args, const char *name, int fallback)
{
    const QJsonValue v = args.value(QLatin1String(name));
    return v.isDouble() ? int(v.toDouble()) : fallback;
}

QString PostHogToolset::stringArgument(const QJsonObject &args, const char *name, const QString &fallback)
{
    const QJsonValue v = args.value(QLatin1String(name));
    return v.isString() ? v.toString() : fallback;
}
