#include "featureflagtools.h"

#include "listtoolhelper.h"
#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"
#include "toolrendering.h"

#include "posthog/posthogclient.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

using Active = ActiveProjectStore::Active;

namespace {

QString flagText(const ToolInvocation &tool, qint64 projectId, const FeatureFlag &f)
{
    QString text = u"**%1** (id %2) — %3\n"_s.arg(MarkdownRenderer::escape(f.key))
                       .arg(f.id)
                       .arg(MarkdownRenderer::link(u"open in PostHog"_s, tool.webUrl(projectId, u"feature_flags/%1"_s.arg(f.id))));
    if (!f.name.isEmpty())
        text += u"Description: %1\n"_s.arg(f.name);
    if (f.deleted) // PostHog still answers GET by id for soft-deleted flags (posthog/api/feature_flag.py)
        text += u"This flag is DELETED: it is not live, every check of it returns false, and it no longer appears in "
                "get_feature_flags. The settings below are what it had when it was deleted.\n"_s;
    text += u"Active: %1. Rollout: %2.\n"_s.arg(f.active ? u"yes"_s : u"no"_s, f.rolloutSummary());
    const QJsonArray groups = f.filters.value("groups"_L1).toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QJsonObject g = groups.at(i).toObject();
        QStringList conditions;
        for (const QJsonValue &p : g.value("properties"_L1).toArray()) {
            const QJsonObject c = p.toObject();
            conditions.append(u"%1.%2 %3 %4"_s.arg(c.value("type"_L1).toString(u"person"_s), c.value("key"_L1).toString(),
                                                   c.value("operator"_L1).toString(u"exact"_s), MarkdownRenderer::cell(c.value("value"_L1), 80)));
        }
        text += u"- Condition group %1: %2 → %3%\n"_s.arg(i + 1)
                    .arg(conditions.isEmpty() ? u"everyone"_s : conditions.join(u" AND "_s))
                    .arg(g.value("rollout_percentage"_L1).isDouble() ? g.value("rollout_percentage"_L1).toDouble() : 100.0);
    }
    return text;
}

// The flag named by flag_id, or by key (PostHog has no lookup by key: search, then match exactly).
void withFlag(const ToolInvocation &tool, const Active &active, std::function<void(const FeatureFlag &)> then)
{
    if (tool.has("flag_id")) {
        tool.bind(
            tool.client()->featureFlag(active.projectId, tool.integer("flag_id"), tool.context(), [tool, then](const PostHogResult<FeatureFlag> &f) {
                if (!f.ok())
                    return tool.fail(f.error(), u"get_feature_flags"_s);
                then(f.value());
            }));
        return;
    }
    const QString key = tool.string("key");
    if (key.isEmpty())
        return tool.fail(u"Input validation error: give 'flag_id' or 'key'."_s);
    ListOptions options;
    options.search = key;
    options.limit = 100;
    tool.bind(tool.client()->featureFlags(active.projectId, options, tool.context(), [tool, then, key](const PostHogResult<Page<FeatureFlag>> &page) {
        if (!page.ok())
            return tool.fail(page.error());
        for (const FeatureFlag &f : page.value().results) {
            if (f.key == key)
                return then(f);
        }
        tool.fail(u"No feature flag has the key '%1' in this project. List keys with get_feature_flags. (not_found)"_s.arg(key));
    }));
}

QJsonArray withRollout(QJsonArray groups, double percentage)
{
    if (groups.isEmpty())
        groups.append(QJsonObject{{u"properties"_s, QJsonArray()}});
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QJsonObject g = groups.at(i).toObject();
        g.insert(u"rollout_percentage"_s, percentage);
        groups[i] = g;
    }
    return groups;
}

double groupRollout(const QJsonValue &group)
{
    const QJsonValue p = group.toObject().value("rollout_percentage"_L1);
    return p.isDouble() ? p.toDouble() : 100.0; // PostHog treats a missing percentage as 100
}

// One percentage for groups that have different ones would flatten deliberate per-group
// rollouts, so that needs an explicit apply_to_all_groups. Groups that share one percentage get
// the new one together (and the result says so). Returns an error text, or empty to go ahead.
QString rolloutRefusal(const QJsonArray &groups, bool applyToAll)
{
    QStringList current;
    bool differ = false;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        current.append(u"group %1: %2%"_s.arg(i + 1).arg(groupRollout(groups.at(i))));
        differ = differ || groupRollout(groups.at(i)) != groupRollout(groups.at(0));
    }
    if (!differ || applyToAll)
        return {};
    return u"Input validation error: this flag's %1 condition groups have different rollouts (%2). Nothing was changed. "
           "To set the same percentage on every group, repeat with apply_to_all_groups: true; to change one group, "
           "pass filters.groups with every group as it should be."_s.arg(groups.size())
               .arg(current.join(u", "_s));
}

void getFeatureFlags(const ToolInvocation &tool)
{
    const ListLayout layout({u"key"_s, u"id"_s, u"state"_s, u"rollout"_s, u"description"_s});
    ListToolHelper::run<FeatureFlag>(
        tool, ListToolHelper::options(tool.arguments(), 50), &PostHogClient::featureFlags, layout, [](const Active &, const FeatureFlag &f) {
            return QStringList{u"`%1`"_s.arg(MarkdownRenderer::escape(f.key)), QString::number(f.id), f.active ? u"on"_s : u"off"_s,
                               MarkdownRenderer::escape(f.rolloutSummary()), MarkdownRenderer::escape(f.name.left(60))};
        });
}

void getFeatureFlag(const ToolInvocation &tool)
{
    tool.withProject([tool](const Active &active) {
        withFlag(tool, active,
                 [tool, active](const FeatureFlag &f) { tool.finishText(ToolRendering::underProject(active, flagText(tool, active.projectId, f))); });
    });
}

void createFeatureFlag(const ToolInvocation &tool)
{
    tool.withProject([tool](const Active &active) {
        const QJsonObject a = tool.arguments();
        QJsonObject flagFilters = a.value("filters"_L1).toObject();
        if (!flagFilters.contains("groups"_L1))
            flagFilters.insert(u"groups"_s, withRollout({}, a.value("rollout_percentage"_L1).toDouble(0)));
        const QJsonObject fields{{u"key"_s, a.value("key"_L1)},
                                 {u"name"_s, a.value("name"_L1).toString()},
                                 {u"active"_s, a.value("active"_L1).toBool(false)},
                                 {u"filters"_s, flagFilters}};
        tool.bind(tool.client()->createFeatureFlag(active.projectId, fields, tool.context(), [tool, active](const PostHogResult<FeatureFlag> &f) {
            if (!f.ok())
                return tool.fail(f.error());
            tool.finishText(ToolRendering::done(u"Created."_s, active, flagText(tool, active.projectId, f.value())));
        }));
    });
}

// What update_feature_flag sends: the fields given, and the rollout merged into the flag's groups.
QJsonObject flagChanges(const QJsonObject &a, const FeatureFlag &current)
{
    QJsonObject changes;
    for (const char *field : {"name", "active"}) {
        if (a.contains(QLatin1String(field)))
            changes.insert(QLatin1String(field), a.value(QLatin1String(field)));
    }
    QJsonObject flagFilters = a.value("filters"_L1).toObject();
    if (a.contains("rollout_percentage"_L1) && !flagFilters.contains("groups"_L1))
        flagFilters.insert(u"groups"_s, withRollout(current.filters.value("groups"_L1).toArray(), a.value("rollout_percentage"_L1).toDouble()));
    if (!flagFilters.isEmpty())
        changes.insert(u"filters"_s, flagFilters);
    return changes;
}

void updateFlag(const ToolInvocation &tool, const Active &active, const FeatureFlag &current)
{
    const QJsonObject a = tool.arguments();
    if (current.deleted)
        return tool.fail(u"Feature flag %1 is deleted; it cannot be updated. Create a new flag instead."_s.arg(current.id));
    const QJsonArray groups = current.filters.value("groups"_L1).toArray();
    const bool setsRollout = a.contains("rollout_percentage"_L1) && !a.value("filters"_L1).toObject().contains("groups"_L1);
    const QString refusal = setsRollout ? rolloutRefusal(groups, a.value("apply_to_all_groups"_L1).toBool(false)) : QString();
    if (!refusal.isEmpty())
        return tool.fail(refusal);
    const QJsonObject changes = flagChanges(a, current);
    if (changes.isEmpty())
        return tool.fail(u"Input validation error: nothing to change; give active, name, rollout_percentage or filters."_s);
    const QString scope = setsRollout && groups.size() > 1
                              ? u"The rollout percentage was applied to all %1 condition groups, as asked. "_s.arg(groups.size())
                              : QString();
    tool.bind(tool.client()->updateFeatureFlag(
        active.projectId, current.id, changes, tool.context(), [tool, active, scope](const PostHogResult<FeatureFlag> &f) {
            if (!f.ok())
                return tool.fail(f.error(), u"get_feature_flags"_s);
            tool.finishText(u"Updated. "_s + scope + ToolRendering::underProject(active, flagText(tool, active.projectId, f.value())));
        }));
}

void updateFeatureFlag(const ToolInvocation &tool)
{
    tool.withProject(
        [tool](const Active &active) { withFlag(tool, active, [tool, active](const FeatureFlag &current) { updateFlag(tool, active, current); }); });
}

void deleteFeatureFlag(const ToolInvocation &tool)
{
    tool.withProject([tool](const Active &active) {
        const qint64 id = tool.integer("flag_id");
        tool.bind(tool.client()->deleteFeatureFlag(active.projectId, id, tool.context(), [tool, active, id](const PostHogResult<FeatureFlag> &f) {
            if (!f.ok())
                return tool.fail(f.error(), u"get_feature_flags"_s);
            tool.finishText(u"Deleted feature flag %1 (`%2`) from %3"_s.arg(id).arg(f.value().key, ToolRendering::projectLine(active)));
        }));
    });
}

const QJsonObject flagId = Schema::integer(u"Numeric flag id."_s, 1, 2147483647);
const QJsonObject key = Schema::string(u"Flag key, e.g. new-checkout."_s, 1, 400);
const QJsonObject rollout = Schema::number(u"0-100 of matching users, on every condition group."_s, 0, 100);
const QJsonObject filters = Schema::anyObject(u"Advanced: PostHog filters {groups, multivariate, payloads}; keys given replace those keys only."_s);

const ToolSpec tools[] = {
    {u"get_feature_flags"_s,
     u"List feature flags"_s,
     u"Feature flags of the active project with state and rollout; search by key or description."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"search"_s, Schema::string(u"Words in the key or description."_s, 0, 200)},
                     {u"limit"_s, Schema::pageSize(50, 200)},
                     {u"offset"_s, Schema::pageOffset()}}),
     {},
     getFeatureFlags},
    {u"get_feature_flag"_s,
     u"Get a feature flag"_s,
     u"One feature flag by flag_id or key, with its release conditions."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"flag_id"_s, flagId}, {u"key"_s, key}}),
     {},
     getFeatureFlag},
    {u"create_feature_flag"_s,
     u"Create a feature flag"_s,
     u"Create a feature flag in the active project: key, description, on/off and a rollout percentage (default 0%, off)."_s,
     Stake::Low,
     false,
     Schema::object({{u"key"_s, key},
                     {u"name"_s, Schema::string(u"Description."_s, 0, 400)},
                     {u"active"_s, Schema::boolean(u"Turn it on (default false)."_s)},
                     {u"rollout_percentage"_s, rollout},
                     {u"filters"_s, filters}},
                    {u"key"_s}),
     {},
     createFeatureFlag},
    {u"update_feature_flag"_s,
     u"Update a feature flag"_s,
     u"Change a flag (by flag_id or key): on/off, description, rollout percentage. Conditions, variants and payloads you "
     "do not mention are kept."_s,
     Stake::Low,
     true,
     Schema::object(
         {{u"flag_id"_s, flagId},
          {u"key"_s, key},
          {u"name"_s, Schema::string(u"New description."_s, 0, 400)},
          {u"active"_s, Schema::boolean(u"On or off."_s)},
          {u"rollout_percentage"_s, rollout},
          {u"apply_to_all_groups"_s, Schema::boolean(u"Set rollout_percentage on every group even where their rollouts differ (else refused)."_s)},
          {u"filters"_s, filters}}),
     {},
     updateFeatureFlag},
    {u"delete_feature_flag"_s,
     u"Delete a feature flag"_s,
     u"Delete a feature flag (soft delete). Code that checks it then gets false. Needs the person's approval."_s,
     Stake::Medium,
     true,
     Schema::object({{u"flag_id"_s, flagId}}, {u"flag_id"_s}),
     {},
     deleteFeatureFlag},
};

} // namespace

void FeatureFlagTools::registerTools(PostHogToolset &toolset)
{
    toolset.add(tools);
}
