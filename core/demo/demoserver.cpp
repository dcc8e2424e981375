#include "demoserver.h"

#include "demoaccountapi.h"
#include "demoauth.h"
#include "demodashboardresource.h"
#include "demodatabase.h"
#include "demodefinitionapi.h"
#include "demoerrorissueapi.h"
#include "demoexperimentapi.h"
#include "demofeatureflagresource.h"
#include "demoinsightresource.h"
#include "demologging.h"
#include "demoqueryapi.h"
#include "demoqueryengine.h"
#include "demorouter.h"
#include "demosurveyapi.h"

#include "http/httpserveradapter.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace {

// The four rows every project resource shares: list, create, retrieve, partial update (a
// soft delete is a PATCH of `deleted`; PostHog forbids DELETE on them).
QList<DemoRouter::Route> restRoutes(const QString &collection, const QString &scope, const DemoRestResource &resource)
{
    const DemoRestResource *r = &resource;
    return {{"GET", collection, scope, [r](const DemoCall &c) { return r->list(c); }},
            {"POST", collection, scope, [r](const DemoCall &c) { return r->create(c); }},
            {"GET", collection + u"/{id}"_s, scope, [r](const DemoCall &c) { return r->retrieve(c); }},
            {"PATCH", collection + u"/{id}"_s, scope, [r](const DemoCall &c) { return r->update(c); }},
            // Insights, dashboards and flags are ForbidDestroyModel viewsets: deleting is a PATCH of `deleted`.
            {"DELETE", collection + u"/{id}"_s, scope, [](const DemoCall &) { return DemoReply::destroyForbidden(); }}};
}

// The 401 PostHog answers for a missing or unknown key.
DemoReply unauthenticated(const HttpRequest &request)
{
    return DemoReply::error(401, u"authentication_error"_s, u"invalid_personal_api_key"_s,
                            request.hasHeader("Authorization") ? u"Personal API key is invalid."_s
                                                               : u"Authentication credentials were not provided."_s);
}

} // namespace

DemoServer::DemoServer(DemoBackend::Options options, quint16 port)
    : m_options(std::move(options))
    , m_port(port)
{ }

DemoServer::~DemoServer() = default;

void DemoServer::start()
{
    QElapsedTimer clock;
    clock.start();
    QString error;
    m_db = std::make_unique<DemoDatabase>();
    if (!m_db->open(m_options, &error)) {
        qCWarning(lcDemo) << "demo data could not be prepared:" << error;
        Q_EMIT failed(u"The demo workspace could not prepare its data: %1"_s.arg(error));
        return;
    }
    buildHandlers();
    buildRoutes();
    m_http = std::make_unique<HttpServerAdapter>();
    m_http->setMaxBodySize(2 * 1024 * 1024);
    m_http->setHandler([this](const HttpRequest &request, HttpResponder responder) { handle(request, std::move(responder)); });
    const quint16 port = m_http->listen(m_port);
    if (port == 0) {
        qCWarning(lcDemo) << "demo server could not listen:" << m_http->errorString();
        Q_EMIT failed(u"The demo workspace could not start its server: %1"_s.arg(m_http->errorString()));
        return;
    }
    m_baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    qCInfo(lcDemo).nospace() << "demo backend ready at " << m_baseUrl.toString() << " in " << clock.elapsed() << " ms";
    Q_EMIT ready(m_baseUrl);
}

void DemoServer::buildHandlers()
{
    m_queries = std::make_unique<DemoQueryEngine>(m_db->connectionName());
    m_account = std::make_unique<DemoAccountApi>(*m_db);
    m_insights = std::make_unique<DemoInsightResource>(*m_db, *m_queries);
    m_dashboards = std::make_unique<DemoDashboardResource>(*m_db, *m_insights);
    m_flags = std::make_unique<DemoFeatureFlagResource>(*m_db);
    m_definitions = std::make_unique<DemoDefinitionApi>(*m_db);
    m_queryApi = std::make_unique<DemoQueryApi>(*m_db, *m_queries);
    m_errorIssues = std::make_unique<DemoErrorIssueApi>(*m_db);
    m_experiments = std::make_unique<DemoExperimentApi>(*m_db);
    m_surveys = std::make_unique<DemoSurveyApi>(*m_db);
}

// The whole REST surface. Scopes are the `scope_object` of PostHog's viewset for each path.
void DemoServer::buildRoutes()
{
    using R = DemoRouter::Route;
    const DemoAccountApi *a = m_account.get();
    const DemoDefinitionApi *d = m_definitions.get();
    const DemoQueryApi *q = m_queryApi.get();
    const DemoErrorIssueApi *e = m_errorIssues.get();
    const DemoExperimentApi *x = m_experiments.get();
    const DemoSurveyApi *s = m_surveys.get();
    const QString project = u"/api/projects|environments/{team}"_s;
    QList<R> routes{
        {"GET", u"/api/users/@me"_s, u"user"_s, [a](const DemoCall &c) { return a->currentUser(c); }},
        {"GET", u"/api/personal_api_keys/@current"_s, {}, [a](const DemoCall &c) { return a->currentKey(c); }},
        {"GET", u"/api/organizations"_s, u"organization"_s, [a](const DemoCall &c) { return a->organizations(c); }},
        {"GET", u"/api/organizations/{org}"_s, u"organization"_s, [a](const DemoCall &c) { return a->organization(c); }},
        {"GET", u"/api/organizations/{org}/projects"_s, u"project"_s, [a](const DemoCall &c) { return a->organizationProjects(c); }},
        {"GET", u"/api/organizations/{org}/**"_s, u"organization"_s, [a](const DemoCall &c) { return a->belowOrganization(c); }},
        {"GET", u"/api/projects"_s, u"project"_s, [a](const DemoCall &c) { return a->currentOrganizationProjects(c); }},
        {"GET", project, u"project"_s, [a](const DemoCall &c) { return a->project(c); }},
        {"GET", project + u"/event_definitions"_s, u"event_definition"_s, [d](const DemoCall &c) { return d->eventDefinitions(c); }},
        {"GET", project + u"/property_definitions"_s, u"property_definition"_s, [d](const DemoCall &c) { return d->propertyDefinitions(c); }},
        {"POST", project + u"/query"_s, u"query"_s, [q](const DemoCall &c) { return q->query(c); }},
        {"DELETE", project + u"/query/{id}"_s, u"query"_s, [q](const DemoCall &c) { return q->cancelQuery(c); }},
        {"GET", u"/api/organizations/{org}/members"_s, u"organization_member"_s, [a](const DemoCall &c) { return a->members(c); }},
        {"GET", project + u"/error_tracking/issues"_s, u"error_tracking"_s, [e](const DemoCall &c) { return e->list(c); }},
        {"GET", project + u"/error_tracking/issues/{id}"_s, u"error_tracking"_s, [e](const DemoCall &c) { return e->retrieve(c); }},
        {"PATCH", project + u"/error_tracking/issues/{id}"_s, u"error_tracking"_s, [e](const DemoCall &c) { return e->update(c); }},
        {"PUT", project + u"/error_tracking/issues/{id}"_s, u"error_tracking"_s, [e](const DemoCall &c) { return e->update(c); }},
        {"PATCH", project + u"/error_tracking/issues/{id}/assign"_s, u"error_tracking"_s, [e](const DemoCall &c) { return e->assign(c); }},
        {"GET", project + u"/experiments"_s, u"experiment"_s, [x](const DemoCall &c) { return x->list(c); }},
        {"GET", project + u"/experiments/{id}"_s, u"experiment"_s, [x](const DemoCall &c) { return x->retrieve(c); }},
        // The detail=False actions before {id}: the first exact pattern wins.
        {"GET", project + u"/surveys"_s, u"survey"_s, [s](const DemoCall &c) { return s->list(c); }},
        {"GET", project + u"/surveys/stats"_s, u"survey"_s, [s](const DemoCall &c) { return s->globalStats(c); }},
        {"GET", project + u"/surveys/responses_count"_s, u"survey"_s, [s](const DemoCall &c) { return s->responsesCount(c); }},
        {"GET", project + u"/surveys/{id}"_s, u"survey"_s, [s](const DemoCall &c) { return s->retrieve(c); }},
        {"GET", project + u"/surveys/{id}/stats"_s, u"survey"_s, [s](const DemoCall &c) { return s->stats(c); }},
        {"*", project + u"/**"_s, {}, [](const DemoCall &) { return DemoReply::notFound(u"Endpoint"_s); }},
    };
    routes += restRoutes(project + u"/insights"_s, u"insight"_s, *m_insights);
    routes += restRoutes(project + u"/dashboards"_s, u"dashboard"_s, *m_dashboards);
    routes += restRoutes(project + u"/feature_flags"_s, u"feature_flag"_s, *m_flags);
    m_router = std::make_unique<DemoRouter>(routes);
}

// Authentication, then the key's scopes, then the route: PostHog's order (a 401 or 403 before
// any 404). One debug line per request; never the key, only which demo key it was.
void DemoServer::handle(const HttpRequest &request, HttpResponder responder)
{
    QElapsedTimer clock;
    clock.start();
    DemoReply reply;
    const DemoApiKey *key = DemoAuth::find(request.header("Authorization"));
    const DemoRouter::Resolution route = m_router->resolve(request);
    if (!key) {
        reply = unauthenticated(request);
    } else if (const auto denied = DemoAuth::denial(*key, route.scope)) {
        reply = DemoReply::error(403, u"authentication_error"_s, u"permission_denied"_s, *denied);
    } else if (!route.route) {
        reply = route.failure;
    } else {
        DemoCall call(request, *key, m_baseUrl);
        call.setCaptures(route.team, route.id, route.organization);
        reply = route.route->handler(call);
    }
    responder.send(reply.status, reply.json());
    const QString line = u"%1 %2 %3 %4 ms (%5)"_s.arg(QString::fromLatin1(request.method), request.path.left(300), QString::number(reply.status),
                                                      QString::number(clock.nsecsElapsed() / 1e6, 'f', 2),
                                                      key ? u"key accepted: "_s + key->label : u"key refused"_s);
    if (reply.status >= 500)
        qCWarning(lcDemo).noquote() << line;
    else
        qCDebug(lcDemo).noquote() << line;
}
