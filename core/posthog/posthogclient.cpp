#include "posthogclient.h"

#include "posthoglogging.h"
#include "surveyresultsquery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString projectPath(qint64 projectId, const QString &rest)
{
    return u"/api/projects/%1/%2"_s.arg(projectId).arg(rest);
}

QString environmentPath(qint64 projectId, const QString &rest)
{
    return u"/api/environments/%1/%2"_s.arg(projectId).arg(rest);
}

PostHogRequestSpec get(const QString &path, const QString &subject = {})
{
    PostHogRequestSpec spec;
    spec.path = path;
    spec.subject = subject;
    return spec;
}

PostHogRequestSpec write(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &subject = {})
{
    PostHogRequestSpec spec;
    spec.method = method;
    spec.path = path;
    spec.body = body;
    spec.idempotent = false;
    spec.subject = subject;
    return spec;
}

void addListQuery(QUrlQuery &query, const ListOptions &options)
{
    query.addQueryItem(u"limit"_s, QString::number(options.limit));
    query.addQueryItem(u"offset"_s, QString::number(options.offset));
    if (!options.search.isEmpty())
        query.addQueryItem(u"search"_s, options.search);
}

bool looksLikeShortId(const QString &id)
{
    bool numeric = false;
    id.toLongLong(&numeric);
    return !numeric && id.size() == 8;
}

template <typename T>
bool parseObject(const QJsonValue &value, T *out, QString *error)
{
    if (!value.isObject()) {
        *error = u"expected a JSON object"_s;
        return false;
    }
    return T::fromJson(value.toObject(), out, error);
}

template <typename T>
bool parseList(const QJsonArray &array, QList<T> *out, QString *error)
{
    out->clear();
    for (const QJsonValue &item : array) {
        T parsed;
        if (!parseObject(item, &parsed, error))
            return false;
        out->append(parsed);
    }
    return true;
}

PostHogError malformed(const QString &what)
{
    return PostHogError(PostHogError::Category::MalformedResponse, u"PostHog's answer had an unexpected shape: %1. Check the address points "
                                                                   "at PostHog; if it does, this is a bug worth reporting."_s.arg(what));
}

} // namespace

PostHogClient::PostHogClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

PostHogClient::~PostHogClient() = default;

void PostHogClient::setConnection(const PostHogConnection &connection)
{
    m_connection = connection;
}

void PostHogClient::setApiKey(const QString &key)
{
    m_apiKey = key.trimmed();
    m_scopedProjects.clear();
}

QNetworkReply *PostHogClient::sendRaw(const PostHogRequestSpec &spec)
{
    QUrl url = spec.absoluteUrl;
    if (url.isEmpty()) {
        url = m_connection.apiBase();
        url.setPath(spec.path);
        if (!spec.query.isEmpty()) {
            // QUrlQuery leaves '+' bare and Django reads a bare '+' as a space, so "a+b" would
            // arrive as "a b"; spaces are already %20, so every '+' left here is a literal one.
            QString encoded = spec.query.toString(QUrl::FullyEncoded);
            encoded.replace(QLatin1Char('+'), "%2B"_L1);
            url.setQuery(encoded, QUrl::StrictMode);
        }
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setRawHeader("User-Agent", "posthog-companion/" PHC_VERSION);
    request.setRawHeader("Accept", "application/json");
    QByteArray body;
    if (!spec.body.isUndefined()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        body = spec.body.isArray() ? QJsonDocument(spec.body.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(spec.body.toObject()).toJson(QJsonDocument::Compact);
    }
    return m_network->sendCustomRequest(request, spec.method, body);
}

bool PostHogClient::acquireQuerySlot(PostHogCall *call)
{
    if (m_activeQueries < m_policy.maxConcurrentQueries) {
        ++m_activeQueries;
        return true;
    }
    m_waitingQueries.append(call);
    return false;
}

void PostHogClient::releaseQuerySlot()
{
    --m_activeQueries;
    while (!m_waitingQueries.isEmpty()) {
        QPointer<PostHogCall> next = m_waitingQueries.takeFirst();
        if (next && !next->isFinished()) {
            ++m_activeQueries;
            next->m_holdsQuerySlot = true;
            next->attempt();
            return;
        }
    }
}

PostHogCall *PostHogClient::send(const PostHogRequestSpec &spec, QObject *context, Callback<QJsonValue> done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const bool sendsRequest = !spec.path.isEmpty() || spec.absoluteUrl.isValid();
    if (sendsRequest && m_apiKey.startsWith("phc_"_L1)) {
        // A project API key only ingests events; the private API refuses it, so say why up front.
        qCDebug(lcPostHog, "%s %s not sent: the key is a public project key", spec.method.constData(),
                qUtf8Printable(spec.absoluteUrl.isEmpty() ? spec.path : spec.absoluteUrl.path()));
        const PostHogError error(PostHogError::Category::Unauthorized, u"The key starts with 'phc_': that is a public project key (for sending "
                                                                       "events), and PostHog's private API refuses it. Create a personal API "
                                                                       "key in PostHog under Settings > Personal API keys (it starts with "
                                                                       "'phx_') and enter it on PostHog Companion's Connection page."_s);
        return fail(error, context, std::move(done));
    }
    // Set when the context announces its end: a QWidget emits destroyed() before its QPointers
    // clear, and the abandon below would otherwise call back into the half-destroyed widget.
    auto contextGone = std::make_shared<bool>(false);
    PostHogCall *call = new PostHogCall(this, spec, m_policy.defaultDeadlineMs,
                                        [guard, hasContext, contextGone, done](const QJsonValue &value, const PostHogError &error) {
                                            if (hasContext && (!guard || *contextGone))
                                                return;
                                            if (error.isNone())
                                                done(PostHogResult<QJsonValue>(value));
                                            else
                                                done(PostHogResult<QJsonValue>(error));
                                        });
    // A query whose asker is gone is abandoned: cancel it so PostHog stops it too.
    if (spec.isQuery && context)
        connect(context, &QObject::destroyed, call, [call, contextGone] {
            *contextGone = true;
            call->abandon();
        });
    return call;
}

PostHogCall *PostHogClient::fail(const PostHogError &error, QObject *context, Callback<QJsonValue> done)
{
    PostHogCall *call = send(PostHogRequestSpec(), context, std::move(done));
    call->m_presetError = error;
    return call;
}

template <typename T>
PostHogCall *PostHogClient::typed(const PostHogRequestSpec &spec, QObject *context, Callback<T> done,
                                  std::function<bool(const QJsonValue &, T *, QString *)> parse)
{
    return send(spec, context, [done, parse](const PostHogResult<QJsonValue> &result) {
        if (!result.ok()) {
            done(PostHogResult<T>(result.error()));
            return;
        }
        T value;
        QString error;
        if (!parse(result.value(), &value, &error)) {
            done(PostHogResult<T>(malformed(error)));
            return;
        }
        done(PostHogResult<T>(std::move(value)));
    });
}

template <typename T>
PostHogCall *PostHogClient::object(const PostHogRequestSpec &spec, QObject *context, Callback<T> done)
{
    return typed<T>(spec, context, done, [](const QJsonValue &v, T *out, QString *error) { return parseObject(v, out, error); });
}

template <typename T>
PostHogCall *PostHogClient::list(const PostHogRequestSpec &spec, QObject *context, Callback<QList<T>> done)
{
    return typed<QList<T>>(spec, context, done, [](const QJsonValue &v, QList<T> *out, QString *error) {
        // A bare list, or the first page of an envelope (these endpoints are not paged by us).
        return parseList(v.isArray() ? v.toArray() : v.toObject().value("results"_L1).toArray(), out, error);
    });
}

template <typename T>
PostHogCall *PostHogClient::page(const PostHogRequestSpec &spec, int offset, QObject *context, Callback<Page<T>> done)
{
    return typed<Page<T>>(spec, context, done, [offset](const QJsonValue &v, Page<T> *out, QString *error) {
        if (v.isArray()) // a few endpoints answer a bare list
            return parseList(v.toArray(), &out->results, error);
        if (!v.isObject() || !v.toObject().value("results"_L1).isArray()) {
            *error = u"expected a list envelope with 'results'"_s;
            return false;
        }
        const QJsonObject json = v.toObject();
        out->offset = offset;
        out->count = json.value("count"_L1).isDouble() ? qint64(json.value("count"_L1).toDouble()) : -1;
        const QJsonValue next = json.value("next"_L1);
        out->hasMore = next.isString() && !next.toString().isEmpty();
        if (!out->hasMore && json.value("hasMore"_L1).isBool())
            out->hasMore = json.value("hasMore"_L1).toBool();
        return parseList(json.value("results"_L1).toArray(), &out->results, error);
    });
}

PostHogCall *PostHogClient::currentUser(QObject *context, Callback<CurrentUser> done)
{
    return object<CurrentUser>(get(u"/api/users/@me/"_s, u"The current user"_s), context, done);
}

PostHogCall *PostHogClient::apiKeyScopes(QObject *context, Callback<KeyScopes> done)
{
    // Remembered so a project-scoping 403 can name the projects the key may reach.
    QPointer<PostHogClient> self(this);
    return object<KeyScopes>(get(u"/api/personal_api_keys/@current"_s, u"The API key"_s), context,
                             [self, done](const PostHogResult<KeyScopes> &scopes) {
                                 if (self)
                                     self->m_scopedProjects = scopes.ok() ? scopes.value().scopedProjects : QList<qint64>();
                                 done(scopes);
                             });
}

PostHogCall *PostHogClient::organizations(QObject *context, Callback<QList<Organization>> done)
{
    return list<Organization>(get(u"/api/organizations/"_s), context, done);
}

PostHogCall *PostHogClient::organization(const QString &id, QObject *context, Callback<Organization> done)
{
    return object<Organization>(get(u"/api/organizations/%1/"_s.arg(id), u"Organization %1"_s.arg(id)), context, done);
}

PostHogCall *PostHogClient::projects(const QString &organizationId, QObject *context, Callback<QList<Project>> done)
{
    PostHogRequestSpec spec = get(u"/api/organizations/%1/projects/"_s.arg(organizationId), u"Organization %1"_s.arg(organizationId));
    spec.query.addQueryItem(u"limit"_s, u"200"_s);
    return list<Project>(spec, context, done);
}

PostHogCall *PostHogClient::project(qint64 projectId, QObject *context, Callback<Project> done)
{
    return object<Project>(get(u"/api/projects/%1/"_s.arg(projectId), u"Project %1"_s.arg(projectId)), context, done);
}

PostHogCall *PostHogClient::insights(qint64 projectId, const ListOptions &options, QObject *context, Callback<Page<Insight>> done)
{
    PostHogRequestSpec spec = get(projectPath(projectId, u"insights/"_s), u"Project %1"_s.arg(projectId));
    addListQuery(spec.query, options);
    spec.query.addQueryItem(u"saved"_s, u"true"_s);
    spec.query.addQueryItem(u"basic"_s, u"true"_s);
    // Without order= PostHog sorts by the legacy `order` column (posthog/api/insight.py,
    // order_queryset), not by date; people expect the newest first.
    spec.query.addQueryItem(u"order"_s, u"-last_modified_at"_s);
    return page<Insight>(spec, options.offset, context, done);
}

PostHogCall *PostHogClient::insight(qint64 projectId, const QString &idOrShortId, bool computeResult, QObject *context, Callback<Insight> done)
{
    return insight(projectId, idOrShortId, computeResult ? u"blocking"_s : QString(), context, std::move(done));
}

PostHogCall *PostHogClient::insight(qint64 projectId, const QString &idOrShortId, const QString &refresh, QObject *context, Callback<Insight> done)
{
    const QString subject = u"Insight %1"_s.arg(idOrShortId);
    if (!looksLikeShortId(idOrShortId)) {
        bool numeric = false;
        const qint64 id = idOrShortId.toLongLong(&numeric);
        if (!numeric || id <= 0) {
            const PostHogError error(PostHogError::Category::InvalidArgument,
                                     u"'%1' is not an insight id: give the numeric id or the 8-character short_id."_s.arg(idOrShortId.left(40)));
            return fail(error, context, [done](const PostHogResult<QJsonValue> &r) { done(PostHogResult<Insight>(r.error())); });
        }
        PostHogRequestSpec spec = get(projectPath(projectId, u"insights/%1/"_s.arg(id)), subject);
        if (!refresh.isEmpty())
            spec.query.addQueryItem(u"refresh"_s, refresh);
        return object<Insight>(spec, context, done);
    }
    PostHogRequestSpec spec = get(projectPath(projectId, u"insights/"_s), subject);
    spec.query.addQueryItem(u"short_id"_s, idOrShortId);
    if (!refresh.isEmpty())
        spec.query.addQueryItem(u"refresh"_s, refresh);
    return page<Insight>(spec, 0, context, [done, subject](const PostHogResult<Page<Insight>> &result) {
        if (!result.ok())
            return done(PostHogResult<Insight>(result.error()));
        if (result.value().results.isEmpty())
            return done(PostHogResult<Insight>(PostHogError::fromHttp(404, QByteArray(), -1, subject)));
        done(PostHogResult<Insight>(result.value().results.first()));
    });
}

PostHogCall *PostHogClient::createInsight(qint64 projectId, const QJsonObject &fields, QObject *context, Callback<Insight> done)
{
    QJsonObject body = fields;
    if (!body.contains("saved"_L1))
        body.insert(u"saved"_s, true);
    return object<Insight>(write("POST", projectPath(projectId, u"insights/"_s), body, u"Project %1"_s.arg(projectId)), context, done);
}

PostHogCall *PostHogClient::updateInsight(qint64 projectId, qint64 insightId, const QJsonObject &changes, QObject *context, Callback<Insight> done)
{
    return object<Insight>(write("PATCH", projectPath(projectId, u"insights/%1/"_s.arg(insightId)), changes, u"Insight %1"_s.arg(insightId)), context,
                           done);
}

PostHogCall *PostHogClient::deleteInsight(qint64 projectId, qint64 insightId, QObject *context, Callback<Insight> done)
{
    return updateInsight(projectId, insightId, QJsonObject{{u"deleted"_s, true}}, context, done);
}

// What a dashboard search has gathered so far, across PostHog's pages.
struct DashboardSearch
{
    QString needle;
    int offset = 0;
    int limit = 0;
    int pagesLeft = 20; // 2 000 dashboards at 100 a page: enough for real projects, bounded anyway
    QList<Dashboard> matches;
};

namespace {
Page<Dashboard> searchResult(const DashboardSearch &search, bool walkedAll)
{
    Page<Dashboard> page;
    page.offset = search.offset;
    page.results = search.matches.mid(search.offset, search.limit);
    page.hasMore = search.matches.size() > search.offset + search.limit;
    page.count = walkedAll ? search.matches.size() : -1;
    return page;
}
} // namespace

PostHogCall *PostHogClient::dashboards(qint64 projectId, const ListOptions &options, QObject *context, Callback<Page<Dashboard>> done)
{
    if (!options.search.trimmed().isEmpty()) {
        // posthog/api/dashboards/dashboard.py: DashboardsViewSet.filter_queryset reads only `tags`.
        auto search = std::make_shared<DashboardSearch>();
        search->needle = options.search.trimmed();
        search->offset = options.offset;
        search->limit = options.limit;
        return dashboardSearchPage(projectId, search, 0, context, std::move(done));
    }
    PostHogRequestSpec spec = get(projectPath(projectId, u"dashboards/"_s), u"Project %1"_s.arg(projectId));
    addListQuery(spec.query, options);
    return page<Dashboard>(spec, options.offset, context, done);
}

PostHogCall *PostHogClient::dashboardSearchPage(qint64 projectId, std::shared_ptr<DashboardSearch> search, int pageOffset, QObject *context,
                                                Callback<Page<Dashboard>> done)
{
    PostHogRequestSpec spec = get(projectPath(projectId, u"dashboards/"_s), u"Project %1"_s.arg(projectId));
    addListQuery(spec.query, ListOptions{QString(), 100, pageOffset});
    --search->pagesLeft;
    return page<Dashboard>(spec, pageOffset, context,
                           [this, projectId, search, pageOffset, context, done](const PostHogResult<Page<Dashboard>> &result) {
                               if (!result.ok())
                                   return done(PostHogResult<Page<Dashboard>>(result.error()));
                               for (const Dashboard &d : result.value().results) {
                                   if (d.name.contains(search->needle, Qt::CaseInsensitive))
                                       search->matches.append(d);
                               }
                               const bool enough = search->matches.size() > search->offset + search->limit;
                               const bool lastPage = !result.value().hasMore || result.value().results.isEmpty();
                               if (enough || lastPage || search->pagesLeft <= 0)
                                   return done(PostHogResult<Page<Dashboard>>(searchResult(*search, lastPage)));
                               dashboardSearchPage(projectId, search, pageOffset + int(result.value().results.size()), context, done);
                           });
}

PostHogCall *PostHogClient::dashboard(qint64 projectId, qint64 dashboardId, QObject *context, Callback<Dashboard> done)
{
    return object<Dashboard>(get(projectPath(projectId, u"dashboards/%1/"_s.arg(dashboardId)), u"Dashboard %1"_s.arg(dashboardId)), context, done);
}

PostHogCall *PostHogClient::createDashboard(qint64 projectId, const QJsonObject &fields, QObject *context, Callback<Dashboard> done)
{
    return object<Dashboard>(write("POST", projectPath(projectId, u"dashboards/"_s), fields, u"Project %1"_s.arg(projectId)), context, done);
}

PostHogCall *PostHogClient::updateDashboard(qint64 projectId, qint64 dashboardId, const QJsonObject &changes, QObject *context,
                                            Callback<Dashboard> done)
{
    return object<Dashboard>(
        write("PATCH", projectPath(projectId, u"dashboards/%1/"_s.arg(dashboardId)), changes, u"Dashboard %1"_s.arg(dashboardId)), context, done);
}

PostHogCall *PostHogClient::deleteDashboard(qint64 projectId, qint64 dashboardId, QObject *context, Callback<Dashboard> done)
{
    return updateDashboard(projectId, dashboardId, QJsonObject{{u"deleted"_s, true}}, context, done);
}

PostHogCall *PostHogClient::addInsightToDashboard(qint64 projectId, qint64 insightId, qint64 dashboardId, QObject *context, Callback<Insight> done)
{
    return insight(projectId, QString::number(insightId), false, context,
                   [this, projectId, insightId, dashboardId, context, done](const PostHogResult<Insight> &result) {
                       if (!result.ok())
                           return done(result);
                       QJsonArray merged;
                       for (qint64 id : result.value().dashboards)
                           merged.append(id);
                       if (!result.value().dashboards.contains(dashboardId))
                           merged.append(dashboardId);
                       updateInsight(projectId, insightId, QJsonObject{{u"dashboards"_s, merged}}, context, done);
                   });
}

PostHogCall *PostHogClient::eventDefinitions(qint64 projectId, const ListOptions &options, QObject *context, Callback<Page<EventDefinition>> done)
{
    PostHogRequestSpec spec = get(projectPath(projectId, u"event_definitions/"_s), u"Project %1"_s.arg(projectId));
    addListQuery(spec.query, options);
    return page<EventDefinition>(spec, options.offset, context, done);
}

PostHogCall *PostHogClient::propertyDefinitions(qint64 projectId, const PropertyListOptions &options, QObject *context,
                                                Callback<Page<PropertyDefinition>> done)
{
    PostHogRequestSpec spec = get(projectPath(projectId, u"property_definitions/"_s), u"Project %1"_s.arg(projectId));
    spec.query.addQueryItem(u"type"_s, options.type);
    spec.query.addQueryItem(u"limit"_s, QString::number(options.limit));
    spec.query.addQueryItem(u"offset"_s, QString::number(options.offset));
    spec.query.addQueryItem(u"exclude_hidden"_s, u"true"_s);
    if (!options.search.isEmpty())
        spec.query.addQueryItem(u"search"_s, options.search);
    if (!options.eventNames.isEmpty()) {
        spec.query.addQueryItem(u"event_names"_s,
                                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(options.eventNames)).toJson(QJsonDocument::Compact)));
        spec.query.addQueryItem(u"filter_by_event_names"_s, u"true"_s);
    }
    return page<PropertyDefinition>(spec, options.offset, context, done);
}

PostHogCall *PostHogClient::query(qint64 projectId, const QJsonObject &node, QObject *context, Callback<QJsonObject> done)
{
    PostHogRequestSpec spec;
    spec.method = "POST";
    spec.path = environmentPath(projectId, u"query/"_s);
    // client_query_id names the query on PostHog (posthog/api/query.py), so an abandoned blocking
    // query can be cancelled with DELETE …/query/{client_query_id}/ instead of holding a slot.
    const QString clientQueryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    spec.body = QJsonObject{{u"query"_s, node}, {u"refresh"_s, u"blocking"_s}, {u"client_query_id"_s, clientQueryId}};
    spec.cancelPath = environmentPath(projectId, u"query/%1/"_s.arg(clientQueryId));
    spec.idempotent = true; // a query reads; PostHog's own client retries it
    spec.isQuery = true;
    spec.subject = u"Project %1"_s.arg(projectId);
    return typed<QJsonObject>(spec, context, done, [](const QJsonValue &v, QJsonObject *out, QString *error) {
        if (!v.isObject()) {
            *error = u"expected a JSON object"_s;
            return false;
        }
        *out = v.toObject();
        return true;
    });
}

PostHogCall *PostHogClient::hogql(qint64 projectId, const QString &sql, QObject *context, Callback<QueryResult> done)
{
    const QJsonObject node{{u"kind"_s, u"HogQLQuery"_s}, {u"query"_s, sql}};
    return query(projectId, node, context, [done](const PostHogResult<QJsonObject> &result) {
        if (!result.ok())
            return done(PostHogResult<QueryResult>(result.error()));
        QueryResult parsed;
        QString error;
        if (!QueryResult::fromJson(result.value(), &parsed, &error))
            return done(PostHogResult<QueryResult>(malformed(error)));
        done(PostHogResult<QueryResult>(parsed));
    });
}

namespace {
// A HogQL string literal, escaped as posthog/hogql/escape_sql.py escape_hogql_string does.
QString hogqlLiteral(const QString &text)
{
    static const QHash<QChar, QString> escapes{{u'\b', u"\\b"_s},    {u'\f', u"\\f"_s}, {u'\r', u"\\r"_s}, {u'\n', u"\\n"_s},  {u'\t', u"\\t"_s},
                                               {QChar(0), u"\\0"_s}, {u'\a', u"\\a"_s}, {u'\v', u"\\v"_s}, {u'\\', u"\\\\"_s}, {u'\'', u"\\'"_s}};
    QString out = u"'"_s;
    for (const QChar c : text)
        out += escapes.value(c, QString(c));
    return out + u"'"_s;
}

// The filters PostHog's own MCP tool sends for these (services/mcp/src/tools/errorTracking/
// queryIssuesList.ts buildFilterGroup): $lib exact, the release as a hogql test over
// $exception_releases' keys, versions and git commit ids, $current_url icontains. The runner
// reads the first group's filters (error_tracking_query_runner.py `properties`).
QJsonObject issueFilterGroup(const ErrorListOptions &options)
{
    QJsonArray filters;
    if (!options.library.isEmpty())
        filters.append(
            QJsonObject{{u"type"_s, u"event"_s}, {u"key"_s, u"$lib"_s}, {u"operator"_s, u"exact"_s}, {u"value"_s, QJsonArray{options.library}}});
    if (!options.release.isEmpty()) {
        const QString r = hogqlLiteral(options.release);
        const QString test = u"arrayExists(r -> (r.1 = %1 OR JSONExtractString(r.2, 'version') = %1 OR JSONExtractString(JSONExtractRaw(r.2, "
                             "'metadata'), 'git', 'commit_id') = %1), JSONExtractKeysAndValuesRaw(ifNull(nullIf(JSONExtractRaw(properties, "
                             "'$exception_releases'), ''), '{}')))"_s.arg(r);
        filters.append(QJsonObject{{u"type"_s, u"hogql"_s}, {u"key"_s, test}});
    }
    if (!options.url.isEmpty())
        filters.append(
            QJsonObject{{u"type"_s, u"event"_s}, {u"key"_s, u"$current_url"_s}, {u"operator"_s, u"icontains"_s}, {u"value"_s, options.url}});
    if (filters.isEmpty())
        return {};
    return {{u"type"_s, u"AND"_s}, {u"values"_s, QJsonArray{QJsonObject{{u"type"_s, u"AND"_s}, {u"values"_s, filters}}}}};
}

QJsonObject errorTrackingNode(const ErrorListOptions &options, const QString &issueId)
{
    QJsonObject dateRange{{u"date_from"_s, options.dateFrom}};
    if (!options.dateTo.isEmpty())
        dateRange.insert(u"date_to"_s, options.dateTo);
    QJsonObject node{{u"kind"_s, u"ErrorTrackingQuery"_s},
                     {u"dateRange"_s, dateRange},
                     {u"status"_s, options.status},
                     {u"orderBy"_s, options.orderBy},
                     {u"orderDirection"_s, options.orderDirection},
                     {u"filterTestAccounts"_s, !options.includeTestAccounts},
                     // The default (true) attaches each row's whole first event (posthog/schema.py).
                     {u"withFirstEvent"_s, false},
                     {u"limit"_s, options.limit},
                     {u"offset"_s, options.offset},
                     {u"volumeResolution"_s, 1},
                     {u"withAggregations"_s, true}};
    if (!options.search.isEmpty())
        node.insert(u"searchQuery"_s, options.search);
    if (!issueId.isEmpty())
        node.insert(u"issueId"_s, issueId);
    const QJsonObject filterGroup = issueFilterGroup(options);
    if (!filterGroup.isEmpty())
        node.insert(u"filterGroup"_s, filterGroup);
    return node;
}

bool isIssueId(const QString &issueId)
{
    static const QRegularExpression safeId(u"^[A-Za-z0-9-]{1,64}$"_s);
    return safeId.match(issueId).hasMatch();
}

bool parseIssues(const QJsonObject &answer, Page<ErrorIssue> *out, int offset, QString *error)
{
    if (!answer.value("results"_L1).isArray()) {
        *error = u"the error tracking answer has no 'results' list"_s;
        return false;
    }
    out->offset = offset;
    out->hasMore = answer.value("hasMore"_L1).toBool();
    return parseList(answer.value("results"_L1).toArray(), &out->results, error);
}
} // namespace

PostHogCall *PostHogClient::errorIssues(qint64 projectId, const ErrorListOptions &options, QObject *context, Callback<Page<ErrorIssue>> done)
{
    const int offset = options.offset;
    return query(projectId, errorTrackingNode(options, QString()), context, [done, offset](const PostHogResult<QJsonObject> &result) {
        if (!result.ok())
            return done(PostHogResult<Page<ErrorIssue>>(result.error()));
        Page<ErrorIssue> page;
        QString error;
        if (!parseIssues(result.value(), &page, offset, &error))
            return done(PostHogResult<Page<ErrorIssue>>(malformed(error)));
        done(PostHogResult<Page<ErrorIssue>>(page));
    });
}

namespace {
// A frame in cymbal's resolved format (rust/cymbal/src/frames/mod.rs: mangled_name, resolved_name,
// source, line, column, in_app), falling back to the raw SDK fields of unprocessed events.
StackFrame parseFrame(const QJsonObject &frame)
{
    auto firstString = [&frame](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            const QString value = frame.value(QLatin1String(key)).toString();
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };
    auto firstInt = [&frame](const char *key, const char *fallback) {
        const QJsonValue value = frame.value(QLatin1String(key));
        return value.isDouble() ? value.toInt() : frame.value(QLatin1String(fallback)).toInt();
    };
    StackFrame parsed;
    parsed.function = firstString({"resolved_name", "mangled_name", "function"});
    parsed.filename = firstString({"source", "filename", "abs_path"});
    parsed.line = firstInt("line", "lineno");
    parsed.column = firstInt("column", "colno");
    parsed.inApp = frame.value("in_app"_L1).toBool();
    return parsed;
}

QJsonValue decodedJson(const QJsonValue &value)
{
    // HogQL returns JSON properties as strings.
    if (!value.isString())
        return value;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

void readLatestEvent(const QJsonArray &row, ErrorIssueDetails *details)
{
    const QJsonObject exception = decodedJson(row.at(0)).toArray().first().toObject();
    details->exceptionType = exception.value("type"_L1).toString();
    details->exceptionMessage = exception.value("value"_L1).toString();
    const QJsonArray frames = exception.value("stacktrace"_L1).toObject().value("frames"_L1).toArray();
    for (const QJsonValue &frame : frames)
        details->frames.append(parseFrame(frame.toObject()));
    const QJsonObject releaseMap = decodedJson(row.at(1)).toObject();
    if (!releaseMap.isEmpty())
        details->release = releaseMap.begin().value().toObject().value("version"_L1).toString();
    details->latestAt = PostHogJson::parseTime(row.at(2));
}

// The latest $exception of an issue. `after` is required in practice: without it PostHog adds
// after = -24h (posthog/hogql_queries/events_query_runner.py), hiding older issues' events.
// Events carry the issue either as the issue_id column or as $exception_issue_id.
QJsonObject latestEventNode(const QString &issueId, const QString &after)
{
    return QJsonObject{{u"kind"_s, u"EventsQuery"_s},
                       {u"event"_s, u"$exception"_s},
                       {u"select"_s, QJsonArray{u"properties.$exception_list"_s, u"properties.$exception_releases"_s, u"timestamp"_s}},
                       {u"where"_s, QJsonArray{u"issue_id = '%1' OR properties.$exception_issue_id = '%1'"_s.arg(issueId)}},
                       {u"after"_s, after},
                       {u"orderBy"_s, QJsonArray{u"timestamp DESC"_s}},
                       {u"limit"_s, 1}};
}
} // namespace

template <typename T>
PostHogCall *PostHogClient::refuseIssueId(const QString &issueId, QObject *context, Callback<T> done)
{
    const PostHogError error(PostHogError::Category::InvalidArgument,
                             u"'%1' is not an error issue id: ids are UUIDs; list them with list_errors."_s.arg(issueId.left(64)));
    return fail(error, context, [done](const PostHogResult<QJsonValue> &r) { done(PostHogResult<T>(r.error())); });
}

PostHogCall *PostHogClient::errorIssueDetails(qint64 projectId, const QString &issueId, QObject *context, Callback<ErrorIssueDetails> done,
                                              const QString &dateFrom)
{
    if (!isIssueId(issueId))
        return refuseIssueId(issueId, context, done);
    return issueCounts(projectId, issueId, dateFrom, context,
                       [this, projectId, issueId, dateFrom, context, done](const PostHogResult<ErrorIssueDetails> &counted) {
                           if (counted.ok() || counted.error().category() != PostHogError::Category::NotFound)
                               return withLatestEvent(projectId, issueId, counted, context, done);
                           issueCountsSinceFirstSeen(projectId, issueId, dateFrom, context, done);
                       });
}

// No occurrence inside the window: the issue may still exist, last seen earlier. Its own record
// names first_seen, from where the counts cover its whole life.
void PostHogClient::issueCountsSinceFirstSeen(qint64 projectId, const QString &issueId, const QString &dateFrom, QObject *context,
                                              Callback<ErrorIssueDetails> done)
{
    const QString subject = u"Error issue %1"_s.arg(issueId.left(64));
    send(get(environmentPath(projectId, u"error_tracking/issues/%1/"_s.arg(issueId)), subject), context,
         [this, projectId, issueId, dateFrom, context, done](const PostHogResult<QJsonValue> &issue) {
             const QDateTime firstSeen
                 = issue.ok() ? QDateTime::fromString(issue.value().toObject().value("first_seen"_L1).toString(), Qt::ISODateWithMs) : QDateTime();
             if (!firstSeen.isValid())
                 return done(PostHogResult<ErrorIssueDetails>(
                     issue.ok() ? PostHogError::fromHttp(404, QByteArray(), -1, u"Error issue %1"_s.arg(issueId)) : issue.error()));
             const QString since = firstSeen.toUTC().date().toString(Qt::ISODate);
             issueCounts(projectId, issueId, since, context,
                         [this, projectId, issueId, dateFrom, since, context, done](PostHogResult<ErrorIssueDetails> widened) {
                             if (widened.ok())
                                 widened.value().window = u"%1 (its first seen day: no occurrence since %2)"_s.arg(since, dateFrom);
                             withLatestEvent(projectId, issueId, widened, context, done);
                         });
         });
}

PostHogCall *PostHogClient::issueCounts(qint64 projectId, const QString &issueId, const QString &dateFrom, QObject *context,
                                        Callback<ErrorIssueDetails> done)
{
    ErrorListOptions options;
    options.status = u"all"_s;
    options.dateFrom = dateFrom;
    options.limit = 1;
    const QString subject = u"Error issue %1"_s.arg(issueId.left(64));
    return query(projectId, errorTrackingNode(options, issueId), context, [subject, dateFrom, done](const PostHogResult<QJsonObject> &result) {
        if (!result.ok())
            return done(PostHogResult<ErrorIssueDetails>(result.error()));
        Page<ErrorIssue> page;
        QString error;
        if (!parseIssues(result.value(), &page, 0, &error))
            return done(PostHogResult<ErrorIssueDetails>(malformed(error)));
        if (page.results.isEmpty())
            return done(PostHogResult<ErrorIssueDetails>(PostHogError::fromHttp(404, QByteArray(), -1, subject)));
        ErrorIssueDetails details;
        details.issue = page.results.first();
        details.window = dateFrom;
        done(PostHogResult<ErrorIssueDetails>(details));
    });
}

void PostHogClient::withLatestEvent(qint64 projectId, const QString &issueId, const PostHogResult<ErrorIssueDetails> &counted, QObject *context,
                                    Callback<ErrorIssueDetails> done)
{
    if (!counted.ok())
        return done(counted);
    ErrorIssueDetails details = counted.value();
    const QDateTime firstSeen = details.issue.firstSeen;
    const QString after = firstSeen.isValid() ? firstSeen.toUTC().toString(Qt::ISODate) : details.window;
    query(projectId, latestEventNode(issueId, after), context, [done, details](const PostHogResult<QJsonObject> &events) mutable {
        if (!events.ok())
            return done(PostHogResult<ErrorIssueDetails>(events.error()));
        const QJsonArray rows = events.value().value("results"_L1).toArray();
        if (!rows.isEmpty())
            readLatestEvent(rows.first().toArray(), &details);
        done(PostHogResult<ErrorIssueDetails>(details));
    });
}

PostHogCall *PostHogClient::errorIssue(qint64 projectId, const QString &issueId, QObject *context, Callback<ErrorIssue> done)
{
    if (!isIssueId(issueId))
        return refuseIssueId(issueId, context, done);
    return object<ErrorIssue>(get(environmentPath(projectId, u"error_tracking/issues/%1/"_s.arg(issueId)), u"Error issue %1"_s.arg(issueId)), context,
                              done);
}

// Setting a value twice leaves what setting it once does, so a lost answer may be retried.
PostHogCall *PostHogClient::updateErrorIssueStatus(qint64 projectId, const QString &issueId, const QString &status, QObject *context,
                                                   Callback<ErrorIssue> done)
{
    if (!isIssueId(issueId))
        return refuseIssueId(issueId, context, done);
    PostHogRequestSpec spec = write("PATCH", environmentPath(projectId, u"error_tracking/issues/%1/"_s.arg(issueId)),
                                    QJsonObject{{u"status"_s, status}}, u"Error issue %1"_s.arg(issueId));
    spec.idempotent = true;
    return object<ErrorIssue>(spec, context, done);
}

PostHogCall *PostHogClient::assignErrorIssue(qint64 projectId, const QString &issueId, const QString &assigneeType, const QString &assigneeId,
                                             QObject *context, Callback<QJsonObject> done)
{
    if (!isIssueId(issueId))
        return refuseIssueId(issueId, context, done);
    bool numeric = false;
    const qint64 userId = assigneeId.toLongLong(&numeric);
    const QJsonValue id = assigneeType == "user"_L1 && numeric ? QJsonValue(userId) : QJsonValue(assigneeId);
    const QJsonValue assignee
        = assigneeType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonObject{{u"id"_s, id}, {u"type"_s, assigneeType}});
    PostHogRequestSpec spec = write("PATCH", environmentPath(projectId, u"error_tracking/issues/%1/assign/"_s.arg(issueId)),
                                    QJsonObject{{u"assignee"_s, assignee}}, u"Error issue %1"_s.arg(issueId));
    spec.idempotent = true;
    return typed<QJsonObject>(spec, context, done, [](const QJsonValue &v, QJsonObject *out, QString *) {
        *out = v.toObject(); // {"success": true}; nothing else to read
        return true;
    });
}

PostHogCall *PostHogClient::organizationMembers(const QString &organizationId, QObject *context, Callback<QList<OrganizationMember>> done)
{
    PostHogRequestSpec spec = get(u"/api/organizations/%1/members/"_s.arg(organizationId), u"Organization %1"_s.arg(organizationId));
    spec.query.addQueryItem(u"limit"_s, u"500"_s);
    return list<OrganizationMember>(spec, context, done);
}

namespace {
// The columns errorIssueEvents reads, in this order.
const QStringList errorEventColumns = {u"uuid"_s,
                                       u"timestamp"_s,
                                       u"properties.$exception_list"_s,
                                       u"properties.$exception_releases"_s,
                                       u"properties.$current_url"_s,
                                       u"properties.$browser"_s,
                                       u"properties.$os"_s,
                                       u"distinct_id"_s,
                                       u"person_id"_s,
                                       u"person.properties.email"_s,
                                       u"properties.$session_id"_s};

// `after` is always sent: PostHog's default is -24h (posthog/hogql_queries/events_query_runner.py).
QJsonObject errorEventsNode(const ErrorEventOptions &o)
{
    QJsonObject node{{u"kind"_s, u"EventsQuery"_s},
                     {u"event"_s, u"$exception"_s},
                     {u"select"_s, QJsonArray::fromStringList(errorEventColumns)},
                     {u"where"_s, QJsonArray{u"issue_id = '%1' OR properties.$exception_issue_id = '%1'"_s.arg(o.issueId)}},
                     {u"after"_s, o.dateFrom},
                     {u"orderBy"_s, QJsonArray{u"timestamp DESC"_s}},
                     {u"filterTestAccounts"_s, !o.includeTestAccounts},
                     {u"limit"_s, o.limit},
                     {u"offset"_s, o.offset}};
    if (!o.dateTo.isEmpty())
        node.insert(u"before"_s, o.dateTo);
    return node;
}

QString text(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString();
}

ErrorEvent errorEvent(const QJsonArray &row)
{
    ErrorEvent e;
    e.uuid = text(row.at(0));
    e.timestamp = PostHogJson::parseTime(row.at(1));
    const QJsonObject exception = decodedJson(row.at(2)).toArray().at(0).toObject();
    e.exceptionType = exception.value("type"_L1).toString();
    e.message = exception.value("value"_L1).toString();
    const QJsonObject releases = decodedJson(row.at(3)).toObject();
    for (auto it = releases.begin(); it != releases.end(); ++it) {
        const QString version = it.value().toObject().value("version"_L1).toString();
        e.releases.append(version.isEmpty() ? it.key() : version);
    }
    e.url = text(row.at(4));
    e.browser = text(row.at(5));
    e.os = text(row.at(6));
    e.distinctId = text(row.at(7));
    e.personId = text(row.at(8));
    e.email = text(row.at(9));
    e.sessionId = text(row.at(10));
    return e;
}
} // namespace

PostHogCall *PostHogClient::errorIssueEvents(qint64 projectId, const ErrorEventOptions &options, QObject *context, Callback<Page<ErrorEvent>> done)
{
    if (!isIssueId(options.issueId))
        return refuseIssueId(options.issueId, context, done);
    const int offset = options.offset;
    return query(projectId, errorEventsNode(options), context, [done, offset](const PostHogResult<QJsonObject> &result) {
        if (!result.ok())
            return done(PostHogResult<Page<ErrorEvent>>(result.error()));
        if (!result.value().value("results"_L1).isArray())
            return done(PostHogResult<Page<ErrorEvent>>(malformed(u"the events answer has no 'results' list"_s)));
        Page<ErrorEvent> page;
        page.offset = offset;
        page.hasMore = result.value().value("hasMore"_L1).toBool();
        for (const QJsonValue &row : result.value().value("results"_L1).toArray())
            page.results.append(errorEvent(row.toArray()));
        done(PostHogResult<Page<ErrorEvent>>(page));
    });
}

PostHogCall *PostHogClient::featureFlags(qint64 projectId, const ListOptions &options, QObject *context, Callback<Page<FeatureFlag>> done)
{
    PostHogRequestSpec spec = get(projectPath(projectId, u"feature_flags/"_s), u"Project %1"_s.arg(projectId));
    addListQuery(spec.query, options);
    return page<FeatureFlag>(spec, options.offset, context, done);
}

PostHogCall *PostHogClient::featureFlag(qint64 projectId, qint64 flagId, QObject *context, Callback<FeatureFlag> done)
{
    return object<FeatureFlag>(get(projectPath(projectId, u"feature_flags/%1/"_s.arg(flagId)), u"Feature flag %1"_s.arg(flagId)), context, done);
}

PostHogCall *PostHogClient::createFeatureFlag(qint64 projectId, const QJsonObject &fields, QObject *context, Callback<FeatureFlag> done)
{
    return object<FeatureFlag>(write("POST", projectPath(projectId, u"feature_flags/"_s), fields, u"Project %1"_s.arg(projectId)), context, done);
}

PostHogCall *PostHogClient::updateFeatureFlag(qint64 projectId, qint64 flagId, const QJsonObject &changes, QObject *context,
                                              Callback<FeatureFlag> done)
{
    const QString path = projectPath(projectId, u"feature_flags/%1/"_s.arg(flagId));
    const QString subject = u"Feature flag %1"_s.arg(flagId);
    if (!changes.contains("filters"_L1))
        return object<FeatureFlag>(write("PATCH", path, changes, subject), context, done);
    return featureFlag(projectId, flagId, context, [this, path, subject, changes, context, done](const PostHogResult<FeatureFlag> &current) {
        if (!current.ok())
            return done(current);
        QJsonObject filters = current.value().filters;
        const QJsonObject requested = changes.value("filters"_L1).toObject();
        for (auto it = requested.begin(); it != requested.end(); ++it)
            filters.insert(it.key(), it.value());
        QJsonObject body = changes;
        body.insert(u"filters"_s, filters);
        object<FeatureFlag>(write("PATCH", path, body, subject), context, done);
    });
}

PostHogCall *PostHogClient::deleteFeatureFlag(qint64 projectId, qint64 flagId, QObject *context, Callback<FeatureFlag> done)
{
    return object<FeatureFlag>(write("PATCH", projectPath(projectId, u"feature_flags/%1/"_s.arg(flagId)), QJsonObject{{u"deleted"_s, true}},
                                     u"Feature flag %1"_s.arg(flagId)),
                               context, done);
}

// ---- Experiments ----

PostHogCall *PostHogClient::experiments(qint64 projectId, const ExperimentListOptions &options, QObject *context, Callback<Page<Experiment>> done)
{
    PostHogRequestSpec spec = get(projectPath(projectId, u"experiments/"_s), u"Project %1"_s.arg(projectId));
    addListQuery(spec.query, options);
    if (!options.status.isEmpty())
        spec.query.addQueryItem(u"status"_s, options.status);
    return page<Experiment>(spec, options.offset, context, done);
}

PostHogCall *PostHogClient::experiment(qint64 projectId, qint64 experimentId, QObject *context, Callback<Experiment> done)
{
    return object<Experiment>(get(projectPath(projectId, u"experiments/%1/"_s.arg(experimentId)), u"Experiment %1"_s.arg(experimentId)), context,
                              done);
}

namespace {

// Python's datetime.fromisoformat reads this form in every version (a bare "Z" only from 3.11).
QString isoForQuery(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"+00:00"_s : QString();
}

// The node @posthog/agent-toolkit's getExposures sends (ExperimentExposureQuery in schema-general.ts).
QJsonObject exposureNode(const Experiment &e)
{
    QJsonObject node{{u"kind"_s, u"ExperimentExposureQuery"_s},
                     {u"experiment_id"_s, e.id},
                     {u"experiment_name"_s, e.name},
                     {u"exposure_criteria"_s, e.exposureCriteria},
                     {u"feature_flag"_s, e.featureFlag},
                     {u"start_date"_s, isoForQuery(e.startDate)},
                     {u"end_date"_s, e.endDate.isValid() ? QJsonValue(isoForQuery(e.endDate)) : QJsonValue(QJsonValue::Null)}};
    if (e.holdout.isObject())
        node.insert(u"holdout"_s, e.holdout);
    return node;
}

// The experiment's own metrics, then its shared (saved) ones, primary before secondary; at most ten.
QList<std::pair<QJsonObject, bool>> metricRequests(const Experiment &e)
{
    QList<std::pair<QJsonObject, bool>> requests;
    for (bool secondary : {false, true}) {
        for (const QJsonValue &m : secondary ? e.metricsSecondary : e.metrics)
            requests.append({m.toObject(), secondary});
        for (const QJsonValue &saved : e.savedMetrics) {
            const QJsonObject o = saved.toObject();
            if ((o.value("metadata"_L1).toObject().value("type"_L1).toString(u"primary"_s) == "secondary"_L1) == secondary)
                requests.append({o.value("query"_L1).toObject(), secondary});
        }
    }
    return requests.mid(0, 10);
}

void readExposures(const QJsonObject &answer, ExperimentResults *results)
{
    const QJsonObject totals = answer.value("total_exposures"_L1).toObject();
    QStringList order;
    for (const ExperimentVariant &v : std::as_const(results->experiment.variants))
        order.append(v.key);
    for (const QString &key : totals.keys()) {
        if (!order.contains(key))
            order.append(key); // "$multiple", or a variant no longer configured
    }
    for (const QString &key : std::as_const(order))
        results->exposures.append({key, qint64(totals.value(key).toDouble())});
    const QJsonValue srm = answer.value("sample_ratio_mismatch"_L1);
    results->sampleRatioMismatchP = srm.isObject() ? srm.toObject().value("p_value"_L1).toDouble(-1) : -1;
}

// Failures that no other metric would escape either.
bool failsEveryMetric(const PostHogError &error)
{
    using C = PostHogError::Category;
    return error.category() != C::BadRequest && error.category() != C::ServerError && error.category() != C::MalformedResponse
           && error.category() != C::NotFound;
}

} // namespace

PostHogCall *PostHogClient::experimentResults(qint64 projectId, qint64 experimentId, QObject *context, Callback<ExperimentResults> done)
{
    return experiment(projectId, experimentId, context, [this, projectId, context, done](const PostHogResult<Experiment> &e) {
        if (!e.ok())
            return done(PostHogResult<ExperimentResults>(e.error()));
        auto results = std::make_shared<ExperimentResults>();
        results->experiment = e.value();
        if (!e.value().startDate.isValid())
            return done(PostHogResult<ExperimentResults>(*results));
        query(projectId, exposureNode(e.value()), context, [this, projectId, results, context, done](const PostHogResult<QJsonObject> &exposures) {
            if (!exposures.ok())
                return done(PostHogResult<ExperimentResults>(exposures.error()));
            readExposures(exposures.value(), results.get());
            experimentMetrics(projectId, results, metricRequests(results->experiment), 0, context, done);
        });
    });
}

void PostHogClient::experimentMetrics(qint64 projectId, std::shared_ptr<ExperimentResults> results, QList<std::pair<QJsonObject, bool>> pending,
                                      qsizetype next, QObject *context, Callback<ExperimentResults> done)
{
    if (next >= pending.size())
        return done(PostHogResult<ExperimentResults>(*results));
    const auto [metric, secondary] = pending.at(next);
    const QJsonObject node{{u"kind"_s, u"ExperimentQuery"_s}, {u"metric"_s, metric}, {u"experiment_id"_s, results->experiment.id}};
    query(projectId, node, context,
          [this, projectId, results, pending, next, context, done, metric, secondary](const PostHogResult<QJsonObject> &answer) {
              if (!answer.ok() && failsEveryMetric(answer.error()))
                  return done(PostHogResult<ExperimentResults>(answer.error()));
              ExperimentMetricResult m;
              QString error;
              if (!answer.ok())
                  m.error = answer.error().message();
              else if (!ExperimentMetricResult::fromJson(answer.value(), &m, &error))
                  m.error = error;
              m.name = ExperimentMetricResult::title(metric);
              m.metricType = metric.value("metric_type"_L1).toString();
              m.secondary = secondary;
              results->metrics.append(m);
              experimentMetrics(projectId, results, pending, next + 1, context, done);
          });
}

namespace {
// Survey ids are UUIDs; anything else would only be spliced into a path and HogQL.
std::optional<PostHogError> badSurveyId(const QString &id)
{
    static const QRegularExpression uuid(u"^[A-Za-z0-9-]{1,64}$"_s);
    if (uuid.match(id).hasMatch())
        return std::nullopt;
    return PostHogError(PostHogError::Category::InvalidArgument,
                        u"'%1' is not a survey id: ids are UUIDs; list them with get_surveys."_s.arg(id.left(64)));
}

void addWindow(QUrlQuery &query, const QDateTime &from, const QDateTime &to)
{
    // survey.py _validate_and_parse_dates: ISO 8601 with a time zone.
    if (from.isValid())
        query.addQueryItem(u"date_from"_s, from.toUTC().toString(Qt::ISODateWithMs));
    if (to.isValid())
        query.addQueryItem(u"date_to"_s, to.toUTC().toString(Qt::ISODateWithMs));
}
} // namespace

PostHogCall *PostHogClient::surveys(qint64 projectId, const ListOptions &options, QObject *context, Callback<Page<Survey>> done)
{
    PostHogRequestSpec spec = get(projectPath(projectId, u"surveys/"_s), u"Project %1"_s.arg(projectId));
    addListQuery(spec.query, options);
    return page<Survey>(spec, options.offset, context, done);
}

PostHogCall *PostHogClient::survey(qint64 projectId, const QString &surveyId, QObject *context, Callback<Survey> done)
{
    if (const auto error = badSurveyId(surveyId))
        return fail(*error, context, [done](const PostHogResult<QJsonValue> &r) { done(PostHogResult<Survey>(r.error())); });
    return object<Survey>(get(projectPath(projectId, u"surveys/%1/"_s.arg(surveyId)), u"Survey %1"_s.arg(surveyId)), context, done);
}

PostHogCall *PostHogClient::surveyStats(qint64 projectId, const QString &surveyId, const QDateTime &from, const QDateTime &to, QObject *context,
                                        Callback<SurveyStats> done)
{
    if (const auto error = badSurveyId(surveyId))
        return fail(*error, context, [done](const PostHogResult<QJsonValue> &r) { done(PostHogResult<SurveyStats>(r.error())); });
    PostHogRequestSpec spec = get(projectPath(projectId, u"surveys/%1/stats/"_s.arg(surveyId)), u"Survey %1"_s.arg(surveyId));
    addWindow(spec.query, from, to);
    return object<SurveyStats>(spec, context, done);
}

PostHogCall *PostHogClient::surveyResponseCounts(qint64 projectId, QObject *context, Callback<QHash<QString, qint64>> done)
{
    return typed<QHash<QString, qint64>>(get(projectPath(projectId, u"surveys/responses_count/"_s), u"Project %1"_s.arg(projectId)), context, done,
                                         [](const QJsonValue &v, QHash<QString, qint64> *out, QString *error) {
                                             if (!v.isObject()) {
                                                 *error = u"expected an object of survey ids and counts"_s;
                                                 return false;
                                             }
                                             const QJsonObject counts = v.toObject();
                                             for (auto it = counts.begin(); it != counts.end(); ++it)
                                                 out->insert(it.key(), qint64(it.value().toDouble()));
                                             return true;
                                         });
}

PostHogCall *PostHogClient::surveyResults(qint64 projectId, const QString &surveyId, const QDateTime &from, const QDateTime &to, int openAnswers,
                                          QObject *context, Callback<SurveyResults> done)
{
    return survey(projectId, surveyId, context, [this, projectId, from, to, openAnswers, context, done](const PostHogResult<Survey> &survey) {
        if (!survey.ok())
            return done(PostHogResult<SurveyResults>(survey.error()));
        const Survey &s = survey.value();
        const QDateTime start = from.isValid() ? from : SurveyResultsQuery::defaultFrom(s);
        const QDateTime end = to.isValid() ? to : SurveyResultsQuery::defaultTo(s, QDateTime::currentDateTimeUtc());
        if (start.isValid() && end.isValid() && start > end) // PostHog's stats would answer 400
            return done(PostHogResult<SurveyResults>(
                PostHogError(PostHogError::Category::InvalidArgument,
                             u"The window ends (%1) before it starts (%2; without date_from, the day survey %3 was created): "
                             "give a later date_to or an earlier date_from."_s.arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate), s.id))));
        SurveyResultsQuery::run(this, projectId, s, start, end, openAnswers, context, done);
    });
}
