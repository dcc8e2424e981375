#pragma once

// Typed views of PostHog's JSON. Parsing is defensive: unknown fields are ignored, missing
// optional ones stay empty, and a field of the wrong type makes fromJson() fail with a message
// naming it (the client turns that into a MalformedResponse error).

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct OrganizationRef
{
    QString id;
    QString name;
    QString slug;
};

struct CurrentUser
{
    QString distinctId;
    QString email;
    QString firstName;
    OrganizationRef organization;
    qint64 currentProjectId = 0;
    QString currentProjectName;
    QList<OrganizationRef> organizations;
    static bool fromJson(const QJsonObject &json, CurrentUser *out, QString *error);
};

struct Organization
{
    QString id;
    QString name;
    QString slug;
    int membershipLevel = 0;
    QDateTime createdAt;
    static bool fromJson(const QJsonObject &json, Organization *out, QString *error);
};

struct Project
{
    qint64 id = 0;
    QString uuid;
    QString organizationId;
    QString name;
    QString timezone;
    QDateTime createdAt;
    // api_token and secret tokens are deliberately not kept.
    static bool fromJson(const QJsonObject &json, Project *out, QString *error);
};

struct Insight
{
    qint64 id = 0;
    QString shortId;
    QString name;
    QString derivedName;
    QString description;
    QJsonObject query;
    QJsonValue result;
    QStringList columns; // column names of an SQL insight's result (InsightSerializer.get_columns)
    QList<qint64> dashboards;
    QStringList tags;
    QDateTime createdAt;
    QDateTime lastModifiedAt;
    QDateTime lastRefresh; // when `result` was computed (invalid: no result, or PostHog did not say)
    bool saved = false;
    bool favorited = false;
    bool deleted = false;
    QString displayName() const { return name.isEmpty() ? derivedName : name; }
    // The HogQL text when the insight is a SQL insight (HogQLQuery, possibly wrapped).
    QString hogql() const;
    static bool fromJson(const QJsonObject &json, Insight *out, QString *error);
};

struct DashboardTile
{
    qint64 id = 0;
    bool hasInsight = false;
    Insight insight;
    QString text;
};

struct Dashboard
{
    qint64 id = 0;
    QString name;
    QString description;
    bool pinned = false;
    bool deleted = false;
    QStringList tags;
    QDateTime createdAt;
    QDateTime lastAccessedAt;
    QString createdBy;
    QList<DashboardTile> tiles;
    static bool fromJson(const QJsonObject &json, Dashboard *out, QString *error);
};

struct EventDefinition
{
    QString id;
    QString name;
    QString description;
    QStringList tags;
    QDateTime lastSeenAt;
    bool verified = false;
    bool hidden = false;
    static bool fromJson(const QJsonObject &json, EventDefinition *out, QString *error);
};

struct PropertyDefinition
{
    QString id;
    QString name;
    QString propertyType; // String, Numeric, Boolean, DateTime, Duration (may be empty)
    bool isNumerical = false;
    bool hidden = false;
    static bool fromJson(const QJsonObject &json, PropertyDefinition *out, QString *error);
};

struct FeatureFlag
{
    qint64 id = 0;
    QString key;
    QString name;
    bool active = false;
    bool deleted = false;
    QJsonObject filters;
    QStringList tags;
    QDateTime createdAt;
    // "50% of users", "2 release conditions", "multivariate: control 50%, test 50%".
    QString rolloutSummary() const;
    static bool fromJson(const QJsonObject &json, FeatureFlag *out, QString *error);
};

struct QueryResult
{
    QStringList columns;
    QStringList types;
    QJsonArray rows; // each a JSON array, one value per column
    bool hasMore = false;
    int limit = 0;
    int offset = 0;
    QString hogql;
    static bool fromJson(const QJsonObject &json, QueryResult *out, QString *error);
};

struct ErrorIssue
{
    QString id;
    QString name; // exception type
    QString description; // message
    QString status;
    QDateTime firstSeen;
    QDateTime lastSeen;
    QString library;
    qint64 occurrences = 0;
    qint64 users = 0;
    qint64 sessions = 0;
    // {id, type} (products/error_tracking/backend/logic.py serialize_issue_assignment): a user's
    // numeric id or a role's uuid; both empty when nobody is assigned.
    QString assigneeType; // "user" or "role"
    QString assigneeId;
    // Both ErrorTrackingQuery rows and the issues endpoint's (no aggregations there).
    static bool fromJson(const QJsonObject &json, ErrorIssue *out, QString *error);
};

struct StackFrame
{
    QString filename;
    QString function;
    int line = 0;
    int column = 0;
    bool inApp = false;
};

struct ErrorIssueDetails
{
    ErrorIssue issue;
    QString exceptionType;
    QString exceptionMessage;
    QList<StackFrame> frames; // innermost last, as PostHog stores them
    QString release;
    QDateTime latestAt;
    QString window; // date_from of the counts: "-7d", an ISO date
};

// Error tracking: who an issue may be assigned to, and one occurrence of an issue.
struct OrganizationMember
{
    qint64 userId = 0; // what an issue's assignee {type: "user", id} names
    QString userUuid;
    QString email;
    QString firstName;
    QString lastName;
    int level = 0;
    static bool fromJson(const QJsonObject &json, OrganizationMember *out, QString *error);
};

struct ErrorEvent
{
    QString uuid;
    QDateTime timestamp;
    QString exceptionType;
    QString message;
    QStringList releases; // versions (else hashes) from $exception_releases
    QString url;
    QString browser;
    QString os;
    QString distinctId;
    QString personId;
    QString email; // the person's, when known
    QString sessionId;
};

struct KeyScopes
{
    QStringList scopes;
    QList<qint64> scopedProjects;
    QStringList scopedOrganizations;
    // "insight:read" is granted by "insight:read", "insight:write" or "*".
    bool grants(const QString &scope) const;
    static bool fromJson(const QJsonObject &json, KeyScopes *out, QString *error);
};

// Surveys (posthog/api/survey.py SurveySerializer; question fields: posthog/models/surveys/survey.py).
struct SurveyQuestion
{
    QString id;
    QString type; // open | rating | single_choice | multiple_choice | link
    QString question;
    QStringList choices;
    int scale = 0; // rating: 3, 5, 7 (from 1) or 10 (from 0)
    QString display; // rating: number | emoji
    bool hasOpenChoice = false; // the last choice takes free text
    bool optional = false;
};

struct Survey
{
    QString id; // a UUID
    QString name;
    QString description;
    QString type; // popover | widget | api | external_survey
    QList<SurveyQuestion> questions;
    QDateTime createdAt;
    QDateTime startDate; // invalid: a draft
    QDateTime endDate; // valid: stopped
    bool archived = false;
    qint64 responsesLimit = 0; // 0: none
    QString linkedFlagKey;
    bool partialResponses = false;
    // draft | running | stopped | archived, as PostHog's list shows it (archived first).
    QString status() const;
    static bool fromJson(const QJsonObject &json, Survey *out, QString *error);
};

struct SurveyEventStats
{
    qint64 total = 0;
    qint64 uniquePersons = 0;
    QDateTime firstSeen;
    QDateTime lastSeen;
};

// GET …/surveys/{id}/stats/ and …/surveys/stats/ (survey.py _get_survey_stats): `survey sent` is
// deduplicated by submission, dismissals after a partial answer are not counted.
struct SurveyStats
{
    SurveyEventStats shown;
    SurveyEventStats dismissed;
    SurveyEventStats sent;
    double responseRate = 0; // sent / shown, in %
    double dismissalRate = 0;
    double uniqueUsersResponseRate = 0;
    static bool fromJson(const QJsonObject &json, SurveyStats *out, QString *error);
};

struct SurveyAnswerCount
{
    QString value; // a rating, a choice, or an open answer
    qint64 count = 0; // submissions that gave it
    QDateTime latest;
};

struct SurveyQuestionResults
{
    SurveyQuestion question;
    qint64 respondents = 0; // submissions that answered the question
    // rating: every value of the scale in order; choices: each choice (a multiple choice counts every
    // choice picked) then other answers; open: the latest distinct answers, newest first.
    QList<SurveyAnswerCount> answers;
    double average = 0; // rating
    qint64 promoters = 0, passives = 0, detractors = 0; // a 0-10 rating: 9-10, 7-8, 0-6
    double nps = 0; // % promoters - % detractors
};

struct SurveyResults
{
    Survey survey;
    SurveyStats stats;
    QDateTime from;
    QDateTime to;
    qint64 submissions = 0; // distinct submissions with a `survey sent` in the window
    QList<SurveyQuestionResults> questions; // link questions have no answers and are left out
};

template <typename T>
struct Page
{
    QList<T> results;
    qint64 count = -1; // -1 when PostHog did not say
    bool hasMore = false;
    int offset = 0;
    int nextOffset() const { return offset + int(results.size()); }
};

// Helpers shared by the parsers (and by the demo backend tests).
namespace PostHogJson {
QDateTime parseTime(const QJsonValue &value);
}

// ---- Experiments: ee/clickhouse/views/experiments.py ExperimentSerializer, and the results of
// products/experiments/backend/hogql_queries (ExperimentExposureQuery, ExperimentQuery). ----

struct ExperimentVariant
{
    QString key;
    QString name;
    double rollout = 0; // percent
};

struct Experiment
{
    qint64 id = 0;
    QString name;
    QString description;
    QString featureFlagKey;
    QJsonObject featureFlag; // as PostHog serialises it: ExperimentExposureQuery wants it back
    QList<ExperimentVariant> variants; // parameters.feature_flag_variants, else the flag's variants
    QDateTime startDate; // invalid: a draft
    QDateTime endDate; // invalid: not stopped
    QDateTime createdAt;
    bool archived = false;
    QString type; // product | web
    QString conclusion; // won | lost | inconclusive | stopped_early | invalid
    QString conclusionComment;
    QJsonArray metrics;
    QJsonArray metricsSecondary;
    QJsonArray savedMetrics; // shared metrics: [{query, metadata: {type: primary|secondary}}]
    QJsonValue exposureCriteria;
    QJsonValue holdout;
    QString statsMethod; // stats_config.method: bayesian | frequentist
    QString status() const; // draft, running or complete, as the list's ?status= means them
    static bool fromJson(const QJsonObject &json, Experiment *out, QString *error);
};

struct ExperimentVariantResult
{
    QString key;
    qint64 samples = 0; // exposed persons (number_of_samples)
    double sum = 0; // funnel: persons who converted; mean: the metric's total
    double sumSquares = 0;
    QList<qint64> stepCounts; // funnel: persons who reached each step
    QStringList validationFailures; // not-enough-exposures, not-enough-metric-data, baseline-mean-is-zero
    QString method; // bayesian | frequentist; empty for the baseline
    bool hasStatistics = false; // PostHog compared this variant with the baseline
    double chanceToWin = -1; // bayesian
    double pValue = -1; // frequentist
    double intervalLow = 0; // relative change against the baseline (0.1 = +10%): credible or confidence interval
    double intervalHigh = 0;
    bool significant = false;
    double mean() const { return samples > 0 ? sum / double(samples) : 0; }
    static bool fromJson(const QJsonObject &json, ExperimentVariantResult *out, QString *error);
};

struct ExperimentMetricResult
{
    QString name; // the metric's name, else one derived from its events
    QString metricType; // funnel | mean | ratio | retention
    bool secondary = false;
    QString error; // PostHog could not compute it: what it said
    ExperimentVariantResult baseline;
    QList<ExperimentVariantResult> variants;
    static QString title(const QJsonObject &metric);
    // An ExperimentQueryResponse in PostHog's current shape {baseline, variant_results}.
    static bool fromJson(const QJsonObject &json, ExperimentMetricResult *out, QString *error);
};

struct ExperimentResults
{
    Experiment experiment;
    QList<std::pair<QString, qint64>> exposures; // per variant, "$multiple" (saw several) included
    double sampleRatioMismatchP = -1; // -1: PostHog did not compute it
    QList<ExperimentMetricResult> metrics; // primary first
};
