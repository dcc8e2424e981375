#include "featureflagtools.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"

#include "posthog/posthogclient.h"

#include <QJsonDocument>

using Active = ActiveProjectStore::Active;

namespace {

QString flagText(const PostHogToolset *ts, qint64 projectId, const FeatureFlag &f)
{
    QString text = QStringLiteral("**%1** (id %2) — %3\n").arg(MarkdownRenderer::escape(f.key)).arg(f.id)
                       .arg(MarkdownRenderer::link(QStringLiteral("open in PostHog"), ts->webUrl(projectId, QStringLiteral("feature_flags/%1").arg(f.id))));
    if (!f.name.isEmpty())
        text += QStringLiteral("Description: %1\n").arg(f.name);
    if (f.deleted) // PostHog still answers GET by id for soft-deleted flags (posthog/api/feature_flag.py)
        text += QStringLiteral("This flag is DELETED: it is not live, every check of it returns false, and it no longer appears in "
                               "get_feature_flags. The settings below are what it had when it was deleted.\n");
    text += QStringLiteral("Active: %1. Rollout: %2.\n").arg(f.active ? QStringLiteral("yes") : QStringLiteral("no"), f.rolloutSummary());
    const QJsonArray groups = f.filters.value(QLatin1String("groups")).toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QJsonObject g = groups.at(i).toObject();
        QStringList conditions;
        for (const QJsonValue &p : g.value(QLatin1String("properties")).toArray()) {
            const QJsonObject c = p.toObject();
            conditions.append(QStringLiteral("%1.%2 %3 %4").arg(c.value(QLatin1String("type")).toString(QStringLiteral("person")),
                                                               c.value(QLatin1String("key")).toString(),
                                                               c.value(QLatin1String("operator")).toString(QStringLiteral("exact")),
                                                               MarkdownRenderer::cell(c.value(QLatin1String("value")), 80)));
        }
        text += QStringLiteral("- Condition group %1: %2 → %3%\n").arg(i + 1)
                    .arg(conditions.isEmpty() ? QStringLiteral("everyone") : conditions.join(QStringLiteral(" AND ")))
                    .arg(g.value(QLatin1String("rollout_percentage")).isDouble() ? g.value(QLatin1String("rollout_percentage")).toDouble() : 100.0);
    }
    return text;
}

void withFlag(PostHogToolset *ts, const ToolCall &call, const Active &active, std::function<void(const FeatureFlag &)> then)
{
    const QJsonObject a = call.arguments();
    if (a.contains(QLatin1String("flag_id"))) {
        ts->client()->featureFlag(active.projectId, PostHogToolset::intArgument(a, "flag_id", 0), ts, [call, then](const PostHogResult<FeatureFlag> &f) {
            if (!f.ok())
                return call.finish(PostHogToolset::apiError(f.error(), QStringLiteral("get_feature_flags")));
            then(f.value());
        });
        return;
    }
    const QString key = PostHogToolset::stringArgument(a, "key");
    if (key.isEmpty())
        return call.finish(ToolResult::error(QStringLiteral("Input validation error: give 'flag_id' or 'key'.")));
    ListOptions options;
    options.search = key;
    options.limit = 100;
    ts->client()->featureFlags(active.projectId, options, ts, [call, then, key](const PostHogResult<Page<FeatureFlag>> &page) {
        if (!page.ok())
            return call.finish(PostHogToolset::apiError(page.error()));
        for (const FeatureFlag &f : page.value().results) {
            if (f.key == key)
                return then(f);
        }
        call.finish(ToolResult::error(QStringLiteral("No feature flag has the key '%1' in this project. List keys with get_feature_flags. (not_found)").arg(key)));
    });
}

QJsonArray withRollout(QJsonArray groups, double percentage)
{
    if (groups.isEmpty())
        groups.append(QJsonObject{{QStringLiteral("properties"), QJsonArray()}});
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QJsonObject g = groups.at(i).toObject();
        g.insert(QStringLiteral("rollout_percentage"), percentage);
        groups[i] = g;
    }
    return groups;
}

double groupRollout(const QJsonValue &group)
{
    const QJsonValue p = group.toObject().value(QLatin1String("rollout_percentage"));
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
        current.append(QStringLiteral("group %1: %2%").arg(i + 1).arg(groupRollout(groups.at(i))));
        differ = differ || groupRollout(groups.at(i)) != groupRollout(groups.at(0));
    }
    if (!differ || applyToAll)
        return {};
    return QStringLiteral("Input validation error: this flag's %1 condition groups have different rollouts (%2). Nothing was changed. "
                          "To set the same percentage on every group, repeat with apply_to_all_groups: true; to change one group, "
                          "pass filters.groups with every group as it should be.").arg(groups.size()).arg(current.join(QStringLiteral(", ")));
}

} // namespace

void FeatureFlagTools::registerTools(PostHogToolset &toolset)
{
    PostHogToolset *ts = &toolset;
    const QJsonObject flagId = Schema::integer(QStringLiteral("Numeric flag id."), 1, 2147483647);
    const QJsonObject key = Schema::string(QStringLiteral("Flag key, e.g. new-checkout."), 1, 400);
    const QJsonObject rollout = Schema::number(QStringLiteral("Percentage of matching users who get the flag, 0-100 (applies to every condition group)."), 0, 100);
    const QJsonObject filters = Schema::anyObject(QStringLiteral("Advanced: PostHog flag filters {groups:[{properties,rollout_percentage}], multivariate, payloads}; "
                                                                 "top-level keys you give replace those keys only."));

    toolset.add({QStringLiteral("get_feature_flags"), QStringLiteral("List feature flags"),
                 QStringLiteral("Feature flags of the active project with state and rollout; search by key or description."), Stake::NeverAsk, true,
                 Schema::object({{QStringLiteral("search"), Schema::string(QStringLiteral("Words in the key or description."), 0, 200)},
                                 {QStringLiteral("limit"), Schema::integer(QStringLiteral("Page size (default 50)."), 1, 200)},
                                 {QStringLiteral("offset"), Schema::integer(QStringLiteral("Skip this many (paging)."), 0, 1000000)}}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            const ListOptions options = PostHogToolset::listOptions(call.arguments(), 50);
            ts->client()->featureFlags(active.projectId, options, ts, [ts, call, active, options](const PostHogResult<Page<FeatureFlag>> &page) {
                if (!page.ok())
                    return call.finish(PostHogToolset::apiError(page.error()));
                QList<QStringList> rows;
                for (const FeatureFlag &f : page.value().results)
                    rows.append({QStringLiteral("`%1`").arg(MarkdownRenderer::escape(f.key)), QString::number(f.id), f.active ? QStringLiteral("on") : QStringLiteral("off"),
                                 MarkdownRenderer::escape(f.rolloutSummary()), MarkdownRenderer::escape(f.name.left(60))});
                ts->finishText(call, PostHogToolset::projectLine(active) + QLatin1Char('\n')
                                         + MarkdownRenderer::table({QStringLiteral("key"), QStringLiteral("id"), QStringLiteral("state"), QStringLiteral("rollout"),
                                                                    QStringLiteral("description")}, rows, ts->budgetChars() - 300)
                                         + QLatin1Char('\n') + MarkdownRenderer::pageNote(options.offset, int(page.value().results.size()), page.value().count, page.value().hasMore));
            });
        });
    }});

    toolset.add({QStringLiteral("get_feature_flag"), QStringLiteral("Get a feature flag"),
                 QStringLiteral("One feature flag by flag_id or key, with its release conditions."), Stake::NeverAsk, true,
                 Schema::object({{QStringLiteral("flag_id"), flagId}, {QStringLiteral("key"), key}}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            withFlag(ts, call, active, [ts, call, active](const FeatureFlag &f) {
                ts->finishText(call, PostHogToolset::projectLine(active) + QLatin1Char('\n') + flagText(ts, active.projectId, f));
            });
        });
    }});

    toolset.add({QStringLiteral("create_feature_flag"), QStringLiteral("Create a feature flag"),
                 QStringLiteral("Create a feature flag in the active project: key, description, on/off and a rollout percentage (default 0%, off)."),
                 Stake::Low, false,
                 Schema::object({{QStringLiteral("key"), key}, {QStringLiteral("name"), Schema::string(QStringLiteral("Description."), 0, 400)},
                                 {QStringLiteral("active"), Schema::boolean(QStringLiteral("Turn it on (default false)."))},
                                 {QStringLiteral("rollout_percentage"), rollout}, {QStringLiteral("filters"), filters}},
                                {QStringLiteral("key")}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            const QJsonObject a = call.arguments();
            QJsonObject flagFilters = a.value(QLatin1String("filters")).toObject();
            if (!flagFilters.contains(QLatin1String("groups")))
                flagFilters.insert(QStringLiteral("groups"), withRollout({}, a.value(QLatin1String("rollout_percentage")).toDouble(0)));
            const QJsonObject fields{{QStringLiteral("key"), a.value(QLatin1String("key"))}, {QStringLiteral("name"), a.value(QLatin1String("name")).toString()},
                                     {QStringLiteral("active"), a.value(QLatin1String("active")).toBool(false)}, {QStringLiteral("filters"), flagFilters}};
            ts->client()->createFeatureFlag(active.projectId, fields, ts, [ts, call, active](const PostHogResult<FeatureFlag> &f) {
                if (!f.ok())
                    return call.finish(PostHogToolset::apiError(f.error()));
                ts->finishText(call, QStringLiteral("Created. ") + PostHogToolset::projectLine(active) + QLatin1Char('\n') + flagText(ts, active.projectId, f.value()));
            });
        });
    }});

    toolset.add({QStringLiteral("update_feature_flag"), QStringLiteral("Update a feature flag"),
                 QStringLiteral("Change a flag (by flag_id or key): on/off, description, rollout percentage. Conditions, variants and payloads you "
                                "do not mention are kept."),
                 Stake::Low, true,
                 Schema::object({{QStringLiteral("flag_id"), flagId}, {QStringLiteral("key"), key},
                                 {QStringLiteral("name"), Schema::string(QStringLiteral("New description."), 0, 400)},
                                 {QStringLiteral("active"), Schema::boolean(QStringLiteral("On or off."))},
                                 {QStringLiteral("rollout_percentage"), rollout},
                                 {QStringLiteral("apply_to_all_groups"), Schema::boolean(QStringLiteral("With rollout_percentage on a flag whose condition groups have different rollouts: set it on every group (otherwise refused)."))},
                                 {QStringLiteral("filters"), filters}}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            withFlag(ts, call, active, [ts, call, active](const FeatureFlag &current) {
                const QJsonObject a = call.arguments();
                if (current.deleted)
                    return call.finish(ToolResult::error(QStringLiteral("Feature flag %1 is deleted; it cannot be updated. Create a new flag instead.").arg(current.id)));
                const QJsonArray groups = current.filters.value(QLatin1String("groups")).toArray();
                const bool setsRollout = a.contains(QLatin1String("rollout_percentage")) && !a.value(QLatin1String("filters")).toObject().contains(QLatin1String("groups"));
                if (setsRollout) {
                    const QString refusal = rolloutRefusal(groups, a.value(QLatin1String("apply_to_all_groups")).toBool(false));
                    if (!refusal.isEmpty())
                        return call.finish(ToolResult::error(refusal));
                }
                QJsonObject changes;
                for (const char *field : {"name", "active"}) {
                    if (a.contains(QLatin1String(field)))
                        changes.insert(QLatin1String(field), a.value(QLatin1String(field)));
                }
                QJsonObject flagFilters = a.value(QLatin1String("filters")).toObject();
                if (a.contains(QLatin1String("rollout_percentage")) && !flagFilters.contains(QLatin1String("groups")))
                    flagFilters.insert(QStringLiteral("groups"), withRollout(current.filters.value(QLatin1String("groups")).toArray(),
                                                                             a.value(QLatin1String("rollout_percentage")).toDouble()));
                if (!flagFilters.isEmpty())
                    changes.insert(QStringLiteral("filters"), flagFilters);
                if (changes.isEmpty())
                    return call.finish(ToolResult::error(QStringLiteral("Input validation error: nothing to change; give active, name, rollout_percentage or filters.")));
                ts->client()->updateFeatureFlag(active.projectId, current.id, changes, ts, [ts, call, active, setsRollout, groups](const PostHogResult<FeatureFlag> &f) {
                    if (!f.ok())
                        return call.finish(PostHogToolset::apiError(f.error(), QStringLiteral("get_feature_flags")));
                    const QString scope = setsRollout && groups.size() > 1
                        ? QStringLiteral("The rollout percentage was applied to all %1 condition groups, as asked. ").arg(groups.size()) : QString();
                    ts->finishText(call, QStringLiteral("Updated. ") + scope + PostHogToolset::projectLine(active) + QLatin1Char('\n') + flagText(ts, active.projectId, f.value()));
                });
            });
        });
    }});

    toolset.add({QStringLiteral("delete_feature_flag"), QStringLiteral("Delete a feature flag"),
                 QStringLiteral("Delete a feature flag (soft delete). Code that checks it then gets false. Needs the person's approval."),
                 Stake::Medium, true,
                 Schema::object({{QStringLiteral("flag_id"), flagId}}, {QStringLiteral("flag_id")}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            const qint64 id = PostHogToolset::intArgument(call.arguments(), "flag_id", 0);
            ts->client()->deleteFeatureFlag(active.projectId, id, ts, [ts, call, active, id](const PostHogResult<FeatureFlag> &f) {
                if (!f.ok())
                    return call.finish(PostHogToolset::apiError(f.error(), QStringLiteral("get_feature_flags")));
                ts->finishText(call, QStringLiteral("Deleted feature flag %1 (`%2`) from %3").arg(id).arg(f.value().key, PostHogToolset::projectLine(active)));
            });
        });
    }});
}
