#include "posthogmodels.h"

#include "posthogjsonreader.h"

using namespace Qt::StringLiterals;

QDateTime PostHogJson::parseTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QString text = value.toString();
    if (text.contains(QLatin1Char(' ')) && !text.contains(QLatin1Char('T')))
        text.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime && !text.endsWith(QLatin1Char('Z')) && !text.contains(QLatin1Char('+')))
        t.setTimeSpec(Qt::UTC);
    return t;
}

bool CurrentUser::fromJson(const QJsonObject &json, CurrentUser *out, QString *error)
{
    PostHogJsonReader r(json, error, "the current user");
    out->distinctId = r.string("distinct_id");
    out->email = r.string("email");
    out->firstName = r.string("first_name");
    const QJsonObject org = r.object("organization");
    out->organization = {org.value("id"_L1).toString(), org.value("name"_L1).toString(), org.value("slug"_L1).toString()};
    const QJsonObject team = r.object("team");
    out->currentProjectId = qint64(team.value("id"_L1).toDouble());
    out->currentProjectName = team.value("name"_L1).toString();
    out->organizations.clear();
    for (const QJsonValue &v : r.array("organizations")) {
        const QJsonObject o = v.toObject();
        out->organizations.append({o.value("id"_L1).toString(), o.value("name"_L1).toString(), o.value("slug"_L1).toString()});
    }
    return r.ok();
}

bool Organization::fromJson(const QJsonObject &json, Organization *out, QString *error)
{
    PostHogJsonReader r(json, error, "an organization");
    out->id = r.string("id");
    out->name = r.string("name");
    out->slug = r.string("slug");
    out->membershipLevel = int(r.integer("membership_level"));
    out->createdAt = r.time("created_at");
    return r.ok();
}

bool Project::fromJson(const QJsonObject &json, Project *out, QString *error)
{
    PostHogJsonReader r(json, error, "a project");
    out->id = r.integer("id");
    out->uuid = r.string("uuid");
    out->organizationId = r.string("organization");
    out->name = r.string("name");
    out->timezone = r.string("timezone");
    out->createdAt = r.time("created_at");
    return r.ok();
}

QString Insight::hogql() const
{
    QJsonObject node = query;
    if (node.value("kind"_L1).toString() == "DataVisualizationNode"_L1)
        node = node.value("source"_L1).toObject();
    if (node.value("kind"_L1).toString() == "HogQLQuery"_L1)
        return node.value("query"_L1).toString();
    return {};
}

bool Insight::fromJson(const QJsonObject &json, Insight *out, QString *error)
{
    PostHogJsonReader r(json, error, "an insight");
    out->id = r.integer("id");
    out->shortId = r.string("short_id");
    out->name = r.string("name");
    out->derivedName = r.string("derived_name");
    out->description = r.string("description");
    out->query = r.object("query");
    out->result = json.value("result"_L1);
    out->columns = r.strings("columns");
    out->dashboards.clear();
    for (const QJsonValue &v : r.array("dashboards")) {
        if (v.isDouble())
            out->dashboards.append(qint64(v.toDouble()));
        else if (v.isObject())
            out->dashboards.append(qint64(v.toObject().value("id"_L1).toDouble()));
    }
    out->tags = r.strings("tags");
    out->createdAt = r.time("created_at");
    out->lastModifiedAt = r.time("last_modified_at");
    out->lastRefresh = r.time("last_refresh");
    out->saved = r.boolean("saved");
    out->favorited = r.boolean("favorited");
    out->deleted = r.boolean("deleted");
    return r.ok();
}

bool Dashboard::fromJson(const QJsonObject &json, Dashboard *out, QString *error)
{
    PostHogJsonReader r(json, error, "a dashboard");
    out->id = r.integer("id");
    out->name = r.string("name");
    out->description = r.string("description");
    out->pinned = r.boolean("pinned");
    out->deleted = r.boolean("deleted");
    out->tags = r.strings("tags");
    out->createdAt = r.time("created_at");
    out->lastAccessedAt = r.time("last_accessed_at");
    out->createdBy = r.object("created_by").value("email"_L1).toString();
    out->tiles.clear();
    bool ok = r.ok();
    for (const QJsonValue &v : r.array("tiles")) {
        const QJsonObject tileJson = v.toObject();
        DashboardTile tile;
        tile.id = qint64(tileJson.value("id"_L1).toDouble());
        const QJsonValue insight = tileJson.value("insight"_L1);
        if (insight.isObject()) {
            tile.hasInsight = true;
            ok = Insight::fromJson(insight.toObject(), &tile.insight, error) && ok;
        }
        tile.text = tileJson.value("text"_L1).toObject().value("body"_L1).toString();
        out->tiles.append(tile);
    }
    return ok && r.ok();
}

bool EventDefinition::fromJson(const QJsonObject &json, EventDefinition *out, QString *error)
{
    PostHogJsonReader r(json, error, "an event definition");
    out->id = r.string("id");
    out->name = r.string("name");
    out->description = r.string("description");
    out->tags = r.strings("tags");
    out->lastSeenAt = r.time("last_seen_at");
    out->verified = r.boolean("verified");
    out->hidden = r.boolean("hidden");
    return r.ok();
}

bool PropertyDefinition::fromJson(const QJsonObject &json, PropertyDefinition *out, QString *error)
{
    PostHogJsonReader r(json, error, "a property definition");
    out->id = r.string("id");
    out->name = r.string("name");
    out->propertyType = r.string("property_type");
    out->isNumerical = r.boolean("is_numerical");
    out->hidden = r.boolean("hidden");
    return r.ok();
}

QString FeatureFlag::rolloutSummary() const
{
    const QJsonArray groups = filters.value("groups"_L1).toArray();
    const QJsonArray variants = filters.value("multivariate"_L1).toObject().value("variants"_L1).toArray();
    QStringList parts;
    if (!variants.isEmpty()) {
        QStringList v;
        for (const QJsonValue &variant : variants) {
            const QJsonObject o = variant.toObject();
            v.append(u"%1 %2%"_s.arg(o.value("key"_L1).toString()).arg(o.value("rollout_percentage"_L1).toDouble()));
        }
        parts.append(u"multivariate: "_s + v.join(", "_L1));
    }
    if (groups.size() == 1) {
        const QJsonObject g = groups.first().toObject();
        const QJsonValue pct = g.value("rollout_percentage"_L1);
        const int conditions = int(g.value("properties"_L1).toArray().size());
        QString text = pct.isDouble() ? u"%1% of "_s.arg(pct.toDouble()) : u"100% of "_s;
        text += conditions ? u"users matching %1 condition(s)"_s.arg(conditions) : u"all users"_s;
        parts.append(text);
    } else if (groups.size() > 1) {
        parts.append(u"%1 release condition groups"_s.arg(groups.size()));
    } else {
        parts.append(u"no release conditions"_s);
    }
    return parts.join("; "_L1);
}

bool FeatureFlag::fromJson(const QJsonObject &json, FeatureFlag *out, QString *error)
{
    PostHogJsonReader r(json, error, "a feature flag");
    out->id = r.integer("id");
    out->key = r.string("key");
    out->name = r.string("name");
    out->active = r.boolean("active");
    out->deleted = r.boolean("deleted");
    out->filters = r.object("filters");
    out->tags = r.strings("tags");
    out->createdAt = r.time("created_at");
    return r.ok();
}

QString Survey::status() const
{
    if (archived)
        return u"archived"_s;
    if (!startDate.isValid())
        return u"draft"_s;
    return endDate.isValid() ? u"stopped"_s : u"running"_s;
}

bool Survey::fromJson(const QJsonObject &json, Survey *out, QString *error)
{
    PostHogJsonReader r(json, error, "a survey");
    out->id = r.string("id");
    out->name = r.string("name");
    out->description = r.string("description");
    out->type = r.string("type");
    out->createdAt = r.time("created_at");
    out->startDate = r.time("start_date");
    out->endDate = r.time("end_date");
    out->archived = r.boolean("archived");
    out->responsesLimit = r.integer("responses_limit");
    out->linkedFlagKey = r.object("linked_flag").value("key"_L1).toString();
    out->partialResponses = r.boolean("enable_partial_responses");
    out->questions.clear();
    for (const QJsonValue &v : r.array("questions")) {
        const QJsonObject json = v.toObject(); // the reader keeps a reference
        PostHogJsonReader q(json, error, "a survey question");
        out->questions.append({q.string("id"), q.string("type"), q.string("question"), q.strings("choices"), int(q.integer("scale")),
                               q.string("display"), q.boolean("hasOpenChoice"), q.boolean("optional")});
        if (!q.ok())
            return false;
    }
    return r.ok();
}

bool SurveyStats::fromJson(const QJsonObject &json, SurveyStats *out, QString *error)
{
    PostHogJsonReader r(json, error, "survey stats");
    // With no surveys to count, PostHog answers "stats": {}: every count stays 0.
    const QJsonObject stats = r.object("stats");
    for (auto [key, target] :
         {std::pair{"survey shown", &out->shown}, std::pair{"survey dismissed", &out->dismissed}, std::pair{"survey sent", &out->sent}}) {
        const QJsonObject counts = stats.value(QLatin1String(key)).toObject(); // the reader keeps a reference
        PostHogJsonReader e(counts, error, "survey event stats");
        target->total = e.integer("total_count");
        target->uniquePersons = e.integer("unique_persons");
        target->firstSeen = e.time("first_seen");
        target->lastSeen = e.time("last_seen");
        if (!e.ok())
            return false;
    }
    const QJsonObject rates = r.object("rates");
    out->responseRate = rates.value("response_rate"_L1).toDouble();
    out->dismissalRate = rates.value("dismissal_rate"_L1).toDouble();
    out->uniqueUsersResponseRate = rates.value("unique_users_response_rate"_L1).toDouble();
    return r.ok();
}

bool QueryResult::fromJson(const QJsonObject &json, QueryResult *out, QString *error)
{
    PostHogJsonReader r(json, error, "a query result");
    out->columns = r.strings("columns");
    out->types.clear();
    for (const QJsonValue &t : r.array("types")) // [["name", "Type"], ...] or ["Type", ...]
        out->types.append(t.isArray() ? t.toArray().at(1).toString() : t.toString());
    out->rows = r.array("results");
    out->hasMore = r.boolean("hasMore");
    out->limit = int(r.integer("limit"));
    out->offset = int(r.integer("offset"));
    out->hogql = r.string("hogql");
    if (r.ok() && !json.contains("results"_L1)) {
        if (error)
            *error = u"the query answer has no 'results'"_s;
        return false;
    }
    return r.ok();
}

bool ErrorIssue::fromJson(const QJsonObject &json, ErrorIssue *out, QString *error)
{
    PostHogJsonReader r(json, error, "an error tracking issue");
    out->id = r.string("id");
    out->name = r.string("name");
    out->description = r.string("description");
    out->status = r.string("status");
    out->firstSeen = r.time("first_seen");
    out->lastSeen = r.time("last_seen");
    out->library = r.string("library");
    const QJsonObject agg = r.object("aggregations");
    out->occurrences = qint64(agg.value("occurrences"_L1).toDouble());
    out->users = qint64(agg.value("users"_L1).toDouble());
    out->sessions = qint64(agg.value("sessions"_L1).toDouble());
    const QJsonObject assignee = r.object("assignee");
    out->assigneeType = assignee.value("type"_L1).toString();
    const QJsonValue assigneeId = assignee.value("id"_L1);
    out->assigneeId = assigneeId.isDouble() ? QString::number(qint64(assigneeId.toDouble())) : assigneeId.toString();
    return r.ok();
}

// posthog/api/organization_member.py OrganizationMemberSerializer: the user nested (UserBasicSerializer).
bool OrganizationMember::fromJson(const QJsonObject &json, OrganizationMember *out, QString *error)
{
    PostHogJsonReader r(json, error, "an organization member");
    const QJsonObject user = r.object("user");
    out->userId = qint64(user.value("id"_L1).toDouble());
    out->userUuid = user.value("uuid"_L1).toString();
    out->email = user.value("email"_L1).toString();
    out->firstName = user.value("first_name"_L1).toString();
    out->lastName = user.value("last_name"_L1).toString();
    out->level = int(r.integer("level"));
    return r.ok();
}

bool KeyScopes::grants(const QString &scope) const
{
    if (scopes.contains("*"_L1) || scopes.contains(scope))
        return true;
    if (scope.endsWith(":read"_L1)) {
        QString write = scope;
        write.replace(":read"_L1, ":write"_L1);
        return scopes.contains(write);
    }
    return false;
}

bool KeyScopes::fromJson(const QJsonObject &json, KeyScopes *out, QString *error)
{
    // posthog/api/personal_api_key.py always serialises `scopes`; an answer without it is not
    // PostHog's (a proxy, an older server), so the scopes are unknown, not "none".
    if (!json.value("scopes"_L1).isArray()) {
        if (error)
            *error = u"the API key's scopes: the answer has no 'scopes' list"_s;
        return false;
    }
    PostHogJsonReader r(json, error, "the API key's scopes");
    out->scopes = r.strings("scopes");
    out->scopedOrganizations = r.strings("scoped_organizations");
    out->scopedProjects.clear();
    for (const QJsonValue &v : r.array("scoped_teams"))
        out->scopedProjects.append(qint64(v.toDouble()));
    return r.ok();
}

// ---- Experiments ----

QString Experiment::status() const
{
    if (!startDate.isValid())
        return u"draft"_s;
    return endDate.isValid() ? u"complete"_s : u"running"_s;
}

namespace {
QList<ExperimentVariant> variantsOf(const QJsonArray &list)
{
    QList<ExperimentVariant> variants;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        variants.append({o.value("key"_L1).toString(), o.value("name"_L1).toString(), o.value("rollout_percentage"_L1).toDouble()});
    }
    return variants;
}
} // namespace

bool Experiment::fromJson(const QJsonObject &json, Experiment *out, QString *error)
{
    PostHogJsonReader r(json, error, "an experiment");
    out->id = r.integer("id");
    out->name = r.string("name");
    out->description = r.string("description");
    out->featureFlagKey = r.string("feature_flag_key");
    out->featureFlag = r.object("feature_flag");
    out->variants = variantsOf(r.object("parameters").value("feature_flag_variants"_L1).toArray());
    if (out->variants.isEmpty()) // older experiments keep the variants on the flag only
        out->variants
            = variantsOf(out->featureFlag.value("filters"_L1).toObject().value("multivariate"_L1).toObject().value("variants"_L1).toArray());
    out->startDate = r.time("start_date");
    out->endDate = r.time("end_date");
    out->createdAt = r.time("created_at");
    out->archived = r.boolean("archived");
    out->type = r.string("type");
    out->conclusion = r.string("conclusion");
    out->conclusionComment = r.string("conclusion_comment");
    out->metrics = r.array("metrics");
    out->metricsSecondary = r.array("metrics_secondary");
    out->savedMetrics = r.array("saved_metrics");
    out->exposureCriteria = json.value("exposure_criteria"_L1).isObject() ? json.value("exposure_criteria"_L1) : QJsonValue(QJsonValue::Null);
    out->holdout = json.value("holdout"_L1).isObject() ? json.value("holdout"_L1) : QJsonValue(QJsonValue::Null);
    out->statsMethod = r.object("stats_config").value("method"_L1).toString(u"bayesian"_s);
    return r.ok();
}

bool ExperimentVariantResult::fromJson(const QJsonObject &json, ExperimentVariantResult *out, QString *error)
{
    PostHogJsonReader r(json, error, "an experiment variant's result");
    out->key = r.string("key");
    out->samples = r.integer("number_of_samples");
    out->sum = json.value("sum"_L1).toDouble();
    out->sumSquares = json.value("sum_squares"_L1).toDouble();
    out->stepCounts.clear();
    for (const QJsonValue &v : json.value("step_counts"_L1).toArray())
        out->stepCounts.append(qint64(v.toDouble()));
    out->validationFailures = r.strings("validation_failures");
    out->method = r.string("method");
    // ExperimentVariantResultBayesian: chance_to_win + credible_interval; ...Frequentist: p_value + confidence_interval.
    const QJsonArray interval = json.value(json.contains("credible_interval"_L1) ? "credible_interval"_L1 : "confidence_interval"_L1).toArray();
    out->chanceToWin = json.value("chance_to_win"_L1).toDouble(-1);
    out->pValue = json.value("p_value"_L1).toDouble(-1);
    out->hasStatistics = interval.size() == 2 && (out->chanceToWin >= 0 || out->pValue >= 0);
    out->intervalLow = interval.at(0).toDouble();
    out->intervalHigh = interval.at(1).toDouble();
    out->significant = json.value("significant"_L1).toBool(false);
    return r.ok();
}

QString ExperimentMetricResult::title(const QJsonObject &metric)
{
    if (!metric.value("name"_L1).toString().isEmpty())
        return metric.value("name"_L1).toString();
    const QString type = metric.value("metric_type"_L1).toString();
    auto eventOf = [](const QJsonValue &node) {
        const QJsonObject o = node.toObject();
        return o.value("event"_L1).toString(o.value("name"_L1).toString(u"?"_s));
    };
    if (type == "funnel"_L1) {
        QStringList steps;
        for (const QJsonValue &s : metric.value("series"_L1).toArray())
            steps.append(eventOf(s));
        return steps.join(u" → "_s);
    }
    if (type == "ratio"_L1)
        return u"%1 / %2"_s.arg(eventOf(metric.value("numerator"_L1)), eventOf(metric.value("denominator"_L1)));
    if (type == "retention"_L1)
        return u"%1 → %2 retention"_s.arg(eventOf(metric.value("start_event"_L1)), eventOf(metric.value("completion_event"_L1)));
    return u"mean %1"_s.arg(eventOf(metric.value("source"_L1)));
}

bool ExperimentMetricResult::fromJson(const QJsonObject &json, ExperimentMetricResult *out, QString *error)
{
    if (!json.value("baseline"_L1).isObject()) { // the legacy ExperimentTrendsQuery/FunnelsQuery answer
        if (error)
            *error = u"the experiment metric's answer has no 'baseline' (a legacy experiment result?)"_s;
        return false;
    }
    if (!ExperimentVariantResult::fromJson(json.value("baseline"_L1).toObject(), &out->baseline, error))
        return false;
    out->variants.clear();
    for (const QJsonValue &v : json.value("variant_results"_L1).toArray()) {
        ExperimentVariantResult parsed;
        if (!ExperimentVariantResult::fromJson(v.toObject(), &parsed, error))
            return false;
        out->variants.append(parsed);
    }
    return true;
}
