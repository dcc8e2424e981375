#pragma once

#include "posthogcall.h"
#include "posthogconnection.h"
#include "posthogmodels.h"
#include "posthogresult.h"
#include "retrypolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
struct DashboardSearch;

struct ListOptions
{
    QString search;
    int limit = 100;
    int offset = 0;
};

struct PropertyListOptions
{
    QString type = QStringLiteral("event"); // "event" or "person"
    QStringList eventNames; // only properties seen with these events
    QString search;
    int limit = 100;
    int offset = 0;
};

struct ErrorListOptions
{
    QString status = QStringLiteral("active"); // active|resolved|suppressed|pending_release|archived|all
    QString dateFrom = QStringLiteral("-7d");
    QString dateTo;
    QString orderBy = QStringLiteral("occurrences"); // occurrences|last_seen|first_seen|users|sessions
    QString orderDirection = QStringLiteral("DESC");
    QString search;
    bool includeTestAccounts = false; // PostHog's UI and tools filter test accounts by default
    int limit = 25;
    int offset = 0;
    // Narrow the counted events (ErrorTrackingQuery filterGroup): a release (version, hash or
    // commit id in $exception_releases), an SDK ($lib, exact), a URL part ($current_url).
    QString release;
    QString library;
    QString url;
};

struct ErrorEventOptions
{
    QString issueId;
    QString dateFrom = QStringLiteral("-7d");
    QString dateTo;
    bool includeTestAccounts = false;
    int limit = 20;
    int offset = 0;
};

struct ExperimentListOptions : ListOptions
{
    QString status; // draft | running | complete | all (PostHog's default: all but archived)
};

// Asynchronous PostHog REST client on one QNetworkAccessManager. Every method returns at once
// with a PostHogCall handle and later runs `done` (unless `context` died first or the call was
// cancelled and the context is gone). Retries, deadlines and error messages follow
// posthog-api.md. The API key is sent as a bearer token and never logged or echoed.
class PostHogClient : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(const PostHogResult<T> &)>;

    explicit PostHogClient(QObject *parent = nullptr);
    ~PostHogClient() override;

    void setConnection(const PostHogConnection &connection);
    PostHogConnection connection() const { return m_connection; }
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }

    PostHogCall *currentUser(QObject *context, Callback<CurrentUser> done);
    PostHogCall *apiKeyScopes(QObject *context, Callback<KeyScopes> done);
    PostHogCall *organizations(QObject *context, Callback<QList<Organization>> done);
    PostHogCall *organization(const QString &id, QObject *context, Callback<Organization> done);
    PostHogCall *projects(const QString &organizationId, QObject *context, Callback<QList<Project>> done);
    PostHogCall *project(qint64 projectId, QObject *context, Callback<Project> done);

    PostHogCall *insights(qint64 projectId, const ListOptions &options, QObject *context, Callback<Page<Insight>> done);
    // `idOrShortId`: a numeric id, or an 8-character short_id (resolved through ?short_id=).
    // With `computeResult`, PostHog runs the insight's query (refresh=blocking) and fills `result`.
    PostHogCall *insight(qint64 projectId, const QString &idOrShortId, bool computeResult, QObject *context, Callback<Insight> done);
    // The same with PostHog's own `refresh` value (posthog/hogql_queries/refresh_policy.py): empty
    // serves the cache only, "blocking" computes when stale, "force_blocking" always computes.
    PostHogCall *insight(qint64 projectId, const QString &idOrShortId, const QString &refresh, QObject *context, Callback<Insight> done);
    // `fields`: {name, description, query, tags, dashboards, saved}.
    PostHogCall *createInsight(qint64 projectId, const QJsonObject &fields, QObject *context, Callback<Insight> done);
    PostHogCall *updateInsight(qint64 projectId, qint64 insightId, const QJsonObject &changes, QObject *context, Callback<Insight> done);
    PostHogCall *deleteInsight(qint64 projectId, qint64 insightId, QObject *context, Callback<Insight> done);

    // PostHog ignores `search` on dashboards, so a search walks PostHog's pages (bounded) and
    // filters names here; the answer is one page of matches whose hasMore is true to its word.
    PostHogCall *dashboards(qint64 projectId, const ListOptions &options, QObject *context, Callback<Page<Dashboard>> done);
    PostHogCall *dashboard(qint64 projectId, qint64 dashboardId, QObject *context, Callback<Dashboard> done);
    PostHogCall *createDashboard(qint64 projectId, const QJsonObject &fields, QObject *context, Callback<Dashboard> done);
    PostHogCall *updateDashboard(qint64 projectId, qint64 dashboardId, const QJsonObject &changes, QObject *context, Callback<Dashboard> done);
    PostHogCall *deleteDashboard(qint64 projectId, qint64 dashboardId, QObject *context, Callback<Dashboard> done);
    // Reads the insight's dashboards and adds one (PostHog's field replaces the whole list).
    PostHogCall *addInsightToDashboard(qint64 projectId, qint64 insightId, qint64 dashboardId, QObject *context, Callback<Insight> done);

    PostHogCall *eventDefinitions(qint64 projectId, const ListOptions &options, QObject *context, Callback<Page<EventDefinition>> done);
    PostHogCall *propertyDefinitions(qint64 projectId, const PropertyListOptions &options, QObject *context, Callback<Page<PropertyDefinition>> done);

    // Any query node ({"kind": "HogQLQuery", ...}, TrendsQuery, ...): PostHog's raw answer.
    PostHogCall *query(qint64 projectId, const QJsonObject &node, QObject *context, Callback<QJsonObject> done);
    PostHogCall *hogql(qint64 projectId, const QString &sql, QObject *context, Callback<QueryResult> done);

    PostHogCall *errorIssues(qint64 projectId, const ErrorListOptions &options, QObject *context, Callback<Page<ErrorIssue>> done);
    // Counts (occurrences, users, sessions) cover `dateFrom` until now, list_errors' default
    // window, so both tools agree; the latest event is looked for since the issue's first_seen.
    PostHogCall *errorIssueDetails(qint64 projectId, const QString &issueId, QObject *context, Callback<ErrorIssueDetails> done,
                                   const QString &dateFrom = QStringLiteral("-7d"));

    // Error tracking writes (products/error_tracking/backend/api/issues.py) and occurrences.
    // The issue as the issues endpoint has it (status, assignee, first_seen; no counts).
    PostHogCall *errorIssue(qint64 projectId, const QString &issueId, QObject *context, Callback<ErrorIssue> done);
    // PATCH {status}: active, resolved, suppressed (also archived, pending_release).
    PostHogCall *updateErrorIssueStatus(qint64 projectId, const QString &issueId, const QString &status, QObject *context, Callback<ErrorIssue> done);
    // The assign action; an empty `assigneeType` unassigns. PostHog answers {"success": true}.
    PostHogCall *assignErrorIssue(qint64 projectId, const QString &issueId, const QString &assigneeType, const QString &assigneeId, QObject *context,
                                  Callback<QJsonObject> done);
    PostHogCall *organizationMembers(const QString &organizationId, QObject *context, Callback<QList<OrganizationMember>> done);
    // The issue's $exception events, newest first, through EventsQuery.
    PostHogCall *errorIssueEvents(qint64 projectId, const ErrorEventOptions &options, QObject *context, Callback<Page<ErrorEvent>> done);

    PostHogCall *featureFlags(qint64 projectId, const ListOptions &options, QObject *context, Callback<Page<FeatureFlag>> done);
    PostHogCall *featureFlag(qint64 projectId, qint64 flagId, QObject *context, Callback<FeatureFlag> done);
    PostHogCall *createFeatureFlag(qint64 projectId, const QJsonObject &fields, QObject *context, Callback<FeatureFlag> done);
    // Re-reads the flag and merges `changes.filters` into its filters, so groups, variants and
    // payloads not being changed survive.
    PostHogCall *updateFeatureFlag(qint64 projectId, qint64 flagId, const QJsonObject &changes, QObject *context, Callback<FeatureFlag> done);
    PostHogCall *deleteFeatureFlag(qint64 projectId, qint64 flagId, QObject *context, Callback<FeatureFlag> done);

    // ee/clickhouse/views/experiments.py: newest first; archived ones are left out of the list.
    PostHogCall *experiments(qint64 projectId, const ExperimentListOptions &options, QObject *context, Callback<Page<Experiment>> done);
    PostHogCall *experiment(qint64 projectId, qint64 experimentId, QObject *context, Callback<Experiment> done);
    // What PostHog's results page (and its own MCP tool) asks: the experiment, its exposures
    // (ExperimentExposureQuery), then each metric (ExperimentQuery), primary then secondary, shared
    // metrics included. A draft comes back without exposures or metrics; a metric PostHog cannot
    // compute carries its error, while auth, rate-limit and network failures fail the whole call.
    PostHogCall *experimentResults(qint64 projectId, qint64 experimentId, QObject *context, Callback<ExperimentResults> done);
    // Surveys (posthog/api/survey.py SurveyViewSet). PostHog searches name and description.
    PostHogCall *surveys(qint64 projectId, const ListOptions &options, QObject *context, Callback<Page<Survey>> done);
    PostHogCall *survey(qint64 projectId, const QString &surveyId, QObject *context, Callback<Survey> done);
    // An invalid `from`/`to` leaves that side open.
    PostHogCall *surveyStats(qint64 projectId, const QString &surveyId, const QDateTime &from, const QDateTime &to, QObject *context,
                             Callback<SurveyStats> done);
    // Survey id → responses (deduplicated by submission) since the project's first survey started.
    PostHogCall *surveyResponseCounts(qint64 projectId, QObject *context, Callback<QHash<QString, qint64>> done);
    // The survey, its stats and each question's answers between `from` and `to` (invalid: PostHog's
    // results view defaults, from the survey's creation day to its end or today); an open question
    // lists its `openAnswers` latest distinct answers.
    PostHogCall *surveyResults(qint64 projectId, const QString &surveyId, const QDateTime &from, const QDateTime &to, int openAnswers,
                               QObject *context, Callback<SurveyResults> done);

    // The lowest level, for endpoints without a typed method.
    PostHogCall *send(const PostHogRequestSpec &spec, QObject *context, Callback<QJsonValue> done);

    int inFlightQueries() const { return m_activeQueries; }
    // The projects the key is limited to, as the last apiKeyScopes() read them (empty: all).
    QList<qint64> scopedProjects() const { return m_scopedProjects; }

private:
    friend class PostHogCall;
    QNetworkReply *sendRaw(const PostHogRequestSpec &spec);
    PostHogCall *dashboardSearchPage(qint64 projectId, std::shared_ptr<DashboardSearch> search, int pageOffset, QObject *context,
                                     Callback<Page<Dashboard>> done);
    QString apiKey() const { return m_apiKey; }
    bool acquireQuerySlot(PostHogCall *call);
    // A call that fails with `error` on the next event loop turn, without any request.
    PostHogCall *fail(const PostHogError &error, QObject *context, Callback<QJsonValue> done);
    void releaseQuerySlot();
    // get_error_details' steps: the issue's counts since `dateFrom`, then its latest event.
    void issueCountsSinceFirstSeen(qint64 projectId, const QString &issueId, const QString &dateFrom, QObject *context,
                                   Callback<ErrorIssueDetails> done);
    PostHogCall *issueCounts(qint64 projectId, const QString &issueId, const QString &dateFrom, QObject *context, Callback<ErrorIssueDetails> done);
    template <typename T>
    PostHogCall *refuseIssueId(const QString &issueId, QObject *context, Callback<T> done);
    void withLatestEvent(qint64 projectId, const QString &issueId, const PostHogResult<ErrorIssueDetails> &counted, QObject *context,
                         Callback<ErrorIssueDetails> done);

    // experimentResults' metric queries, one after another so a cancel reaches the one under way.
    void experimentMetrics(qint64 projectId, std::shared_ptr<ExperimentResults> results, QList<std::pair<QJsonObject, bool>> pending, qsizetype next,
                           QObject *context, Callback<ExperimentResults> done);

    template <typename T>
    PostHogCall *typed(const PostHogRequestSpec &spec, QObject *context, Callback<T> done,
                       std::function<bool(const QJsonValue &, T *, QString *)> parse);
    template <typename T>
    PostHogCall *list(const PostHogRequestSpec &spec, QObject *context, Callback<QList<T>> done);
    template <typename T>
    PostHogCall *page(const PostHogRequestSpec &spec, int offset, QObject *context, Callback<Page<T>> done);
    template <typename T>
    PostHogCall *object(const PostHogRequestSpec &spec, QObject *context, Callback<T> done);

    QNetworkAccessManager *m_network;
    PostHogConnection m_connection;
    QString m_apiKey;
    RetryPolicy m_policy;
    int m_activeQueries = 0;
    QList<qint64> m_scopedProjects;
    QList<QPointer<PostHogCall>> m_waitingQueries;
    QPointer<PostHogCall> m_delivering; // whose callback is running now
};
