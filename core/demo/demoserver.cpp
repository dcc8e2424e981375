#include "demoserver.h"

#include "demoauth.h"
#include "demodatagenerator.h"

#include "demo/hogql/demoschema.h"
#include "http/httpserveradapter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

QString iso(const QString &sqlTime)
{
    if (sqlTime.isEmpty())
        return {};
    return QString(sqlTime).replace(10, 1, QLatin1Char('T')) + QLatin1Char('Z');
}

QJsonValue jsonText(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return QJsonValue::Null;
}

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonObject creator()
{
    return {{u"id"_s, 1}, {u"first_name"_s, u"Demo"_s}, {u"email"_s, u"demo@hedgebox.example"_s}};
}

const QString shortIdAlphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;

// A query-string value decoded as Django's QueryDict does: a bare '+' is a space, '%2B' a plus.
// QUrlQuery leaves a bare '+' as a plus, so the raw query is split here.
QString param(const HttpRequest &request, const QString &name, const QString &fallback = {})
{
    const QByteArray raw = request.url.query(QUrl::FullyEncoded).toUtf8();
    for (const QByteArray &pair : raw.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        if (QString::fromUtf8(QByteArray::fromPercentEncoding(key)) == name)
            return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
    }
    return fallback;
}

QJsonObject organizationJson(const QString &id)
{
    const bool main = id == DemoBackend::organizationId();
    return {{u"id"_s, id},
            {u"name"_s, main ? u"Hedgebox Demo"_s : u"Hedgebox Labs"_s},
            {u"slug"_s, main ? u"hedgebox-demo"_s : u"hedgebox-labs"_s},
            {u"membership_level"_s, main ? 15 : 1},
            {u"created_at"_s, main ? u"2026-01-05T09:00:00Z"_s : u"2026-03-12T14:30:00Z"_s}};
}

QString organizationOf(qint64 team)
{
    return DemoBackend::secondOrganizationProjectIds().contains(team) ? DemoBackend::secondOrganizationId() : DemoBackend::organizationId();
}

bool projectExists(qint64 team)
{
    return DemoBackend::projectIds().contains(team) || DemoBackend::secondOrganizationProjectIds().contains(team);
}

// PostHog's default test account filters (posthog/models/team/team.py): the company's own
// people and local development traffic.
QJsonArray testAccountFilters()
{
    return {
        QJsonObject{{u"key"_s, u"email"_s}, {u"value"_s, u"@posthog.com"_s}, {u"operator"_s, u"not_icontains"_s}, {u"type"_s, u"person"_s}},
        QJsonObject{
            {u"key"_s, u"$host"_s}, {u"value"_s, u"^(localhost|127\\.0\\.0\\.1)($|:)"_s}, {u"operator"_s, u"not_regex"_s}, {u"type"_s, u"event"_s}}};
}

} // namespace

DemoServer::DemoServer(DemoBackend::Options options, quint16 port)
    : m_options(std::move(options))
    , m_port(port)
    , m_connectionName(u"demo-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128)))
{ }

DemoServer::~DemoServer()
{
    m_http.reset();
    m_queries.reset();
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_sessionPath.isEmpty())
        QFile::remove(m_sessionPath);
}

bool DemoServer::prepareDatabase(QString *error)
{
    QString path = m_options.databasePath;
    const bool useCache = path.isEmpty();
    if (useCache) {
        const QDateTime anchor = DemoDataGenerator::anchorNow();
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QDir().mkpath(dir);
        path = u"%1/demo-v%2-seed%3-events%4-%5.sqlite"_s.arg(dir)
                   .arg(DemoSchema::version)
                   .arg(m_options.seed)
                   .arg(m_options.events)
                   .arg(anchor.toString(u"yyyyMMddHH"_s));
    }
    if (!QFile::exists(path)) {
        QElapsedTimer clock;
        clock.start();
        // Unique per process: two instances (say the window and a stdio client) may generate at once.
        const QString partial = path + u".%1.partial"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
        QFile::remove(partial);
        {
            QSqlDatabase gen = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName + u"-gen"_s);
            gen.setDatabaseName(partial);
            if (!gen.open()) {
                *error = gen.lastError().text();
                return false;
            }
            DemoDataGenerator generator(m_options.seed, m_options.events, DemoDataGenerator::anchorNow());
            const bool ok = generator.generate(gen, error);
            gen.close();
            if (!ok)
                return false;
        }
        QSqlDatabase::removeDatabase(m_connectionName + u"-gen"_s);
        if (!QFile::rename(partial, path)) {
            QFile::remove(partial);
            if (!QFile::exists(path)) { // another instance finishing first is fine: same seed, same data
                *error = u"could not write %1"_s.arg(path);
                return false;
            }
        }
        qInfo("Demo workspace: generated %d events in %lld ms", m_options.events, qint64(clock.elapsed()));
    }
    if (useCache) {
        // Writes (insights, dashboards, flags) last for this session only.
        m_sessionPath = u"%1/posthog-companion-demo-%2.sqlite"_s.arg(QDir::tempPath(), QUuid::createUuid().toString(QUuid::Id128));
        if (!QFile::copy(path, m_sessionPath)) {
            *error = u"could not copy the demo data to %1"_s.arg(m_sessionPath);
            return false;
        }
        QFile::setPermissions(m_sessionPath, QFile::ReadOwner | QFile::WriteOwner);
        path = m_sessionPath;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return DemoSchema::configure(db, error);
}

void DemoServer::start()
{
    QString error;
    if (!prepareDatabase(&error)) {
        Q_EMIT failed(tr("The demo workspace could not prepare its data: %1").arg(error));
        return;
    }
    m_queries = std::make_unique<DemoQueryEngine>(m_connectionName);
    m_http = std::make_unique<HttpServerAdapter>();
    m_http->setMaxBodySize(2 * 1024 * 1024);
    m_http->setHandler([this](const HttpRequest &request, HttpResponder responder) { handle(request, std::move(responder)); });
    const quint16 port = m_http->listen(m_port);
    if (port == 0) {
        Q_EMIT failed(tr("The demo workspace could not start its server: %1").arg(m_http->errorString()));
        return;
    }
    m_baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    Q_EMIT ready(m_baseUrl);
}

void DemoServer::patchRow(const QString &table, qint64 id, const QJsonObject &body, const QStringList &textFields, const QStringList &boolFields,
                          const QStringList &jsonFields) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    auto set = [&](const QString &field, const QVariant &value) {
        q.prepare(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(table, field)); // names come from our lists only
        q.addBindValue(value);
        q.addBindValue(id);
        q.exec();
    };
    for (const QString &field : textFields) {
        if (body.contains(field))
            set(field, body.value(field).toString());
    }
    for (const QString &field : boolFields) {
        if (body.contains(field))
            set(field, body.value(field).toBool() ? 1 : 0);
    }
    for (const QString &field : jsonFields) {
        if (body.contains(field))
            set(field, compact(body.value(field)));
    }
}

DemoServer::Reply DemoServer::error(int status, const QString &type, const QString &code, const QString &detail, const QString &attr)
{
    return {status, DemoQueryEngine::errorBody(type, code, detail, attr)};
}

// PostHog's answer to an unexpected failure: never the storage engine's own text.
DemoServer::Reply DemoServer::serverError()
{
    return error(500, u"server_error"_s, u"error"_s, u"A server error occurred."_s);
}

DemoServer::Reply DemoServer::notFound(const QString &what)
{
    return error(404, u"invalid_request"_s, u"not_found"_s, u"%1 not found."_s.arg(what));
}

void DemoServer::handle(const HttpRequest &request, HttpResponder responder)
{
    Reply reply;
    const DemoApiKey *key = DemoAuth::find(request.header("Authorization"));
    if (!key) {
        reply = error(401, u"authentication_error"_s, u"invalid_personal_api_key"_s,
                      request.hasHeader("Authorization") ? u"Personal API key is invalid."_s : u"Authentication credentials were not provided."_s);
    } else if (const auto denied = DemoAuth::denial(*key, scopeRequest(request))) {
        reply = error(403, u"authentication_error"_s, u"permission_denied"_s, *denied);
    } else {
        m_key = key;
        reply = route(request);
    }
    const QByteArray body = reply.body.isArray() ? QJsonDocument(reply.body.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(reply.body.toObject()).toJson(QJsonDocument::Compact);
    responder.send(reply.status, body);
}

// The scope object and project a request needs, as the PostHog viewset for its path declares
// (`scope_object` on each viewset; QueryViewSet counts every action as a read).
DemoScopeRequest DemoServer::scopeRequest(const HttpRequest &request) const
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    DemoScopeRequest s;
    s.write = request.method != "GET" && request.method != "HEAD" && request.method != "OPTIONS";
    const QString resource = parts.value(1);
    if (resource == "users"_L1) {
        s.scopeObject = u"user"_s;
    } else if (resource == "personal_api_keys"_L1) {
        s.exempt = parts.value(2) == "@current"_L1;
        s.scopeObject = u"personal_api_key"_s;
    } else if (resource == "organizations"_L1) {
        s.scopeObject = parts.value(3) == "projects"_L1 ? u"project"_s : u"organization"_s;
        s.organization = parts.value(2) == "@current"_L1 ? DemoBackend::organizationId() : parts.value(2);
    } else if (resource == "projects"_L1 || resource == "environments"_L1) {
        bool ok = false;
        const qint64 team = parts.value(2).toLongLong(&ok);
        s.scopeObject = u"project"_s;
        if (!ok)
            return s; // the root list is organization-level
        s.team = team;
        s.organization = organizationOf(team);
        static const QHash<QString, QString> objects{{u"insights"_s, u"insight"_s},
                                                     {u"dashboards"_s, u"dashboard"_s},
                                                     {u"feature_flags"_s, u"feature_flag"_s},
                                                     {u"event_definitions"_s, u"event_definition"_s},
                                                     {u"property_definitions"_s, u"property_definition"_s},
                                                     {u"query"_s, u"query"_s},
                                                     {u"error_tracking"_s, u"error_tracking"_s}};
        if (parts.size() > 3)
            s.scopeObject = objects.value(parts.at(3), u"INTERNAL"_s);
        s.exempt = s.scopeObject == "INTERNAL"_L1; // unknown endpoints answer 404 below
        if (s.scopeObject == "query"_L1)
            s.write = false;
    } else {
        s.exempt = true; // no such endpoint: 404
    }
    return s;
}

DemoServer::Reply DemoServer::route(const HttpRequest &request)
{
    QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.at(0) != "api"_L1)
        return error(404, u"invalid_request"_s, u"not_found"_s, u"No such endpoint."_s);
    parts.removeFirst();
    const QString &resource = parts.at(0);
    const bool get = request.method == "GET";
    if (resource == "users"_L1 && parts.value(1) == "@me"_L1)
        return get ? Reply{200, currentUserJson()} : methodNotAllowed(request);
    if (resource == "personal_api_keys"_L1 && parts.value(1) == "@current"_L1)
        return get ? Reply{200, DemoAuth::currentKeyJson(*m_key)} : methodNotAllowed(request);
    if (resource == "organizations"_L1)
        return get ? organizations(parts.mid(1), request) : methodNotAllowed(request);
    if (resource == "projects"_L1 || resource == "environments"_L1) {
        if (parts.size() == 1 && resource == "projects"_L1) // RootProjectViewSet: the current organization's projects
            return get ? Reply{200, projectList(request, DemoBackend::organizationId())} : methodNotAllowed(request);
        bool ok = false;
        const qint64 team = parts.value(1).toLongLong(&ok);
        if (!ok || !projectExists(team))
            return notFound(u"Project"_s);
        if (parts.size() == 2)
            return get ? Reply{200, projectJson(team)} : methodNotAllowed(request);
        return projectRoute(team, parts.mid(2), request);
    }
    return notFound(u"Endpoint"_s);
}

DemoServer::Reply DemoServer::methodNotAllowed(const HttpRequest &request)
{
    return error(405, u"invalid_request"_s, u"method_not_allowed"_s, u"Method \"%1\" not allowed."_s.arg(QString::fromLatin1(request.method)));
}

QJsonObject DemoServer::currentUserJson() const
{
    const QJsonObject org = organizationJson(DemoBackend::organizationId());
    auto brief = [](const QJsonObject &o) {
        return QJsonObject{{u"id"_s, o.value("id"_L1)}, {u"name"_s, o.value("name"_L1)}, {u"slug"_s, o.value("slug"_L1)}};
    };
    return {{u"distinct_id"_s, u"demo-user"_s},
            {u"email"_s, u"demo@hedgebox.example"_s},
            {u"first_name"_s, u"Demo"_s},
            {u"organization"_s, brief(org)},
            {u"team"_s, QJsonObject{{u"id"_s, 1}, {u"name"_s, u"Hedgebox Web"_s}, {u"organization"_s, DemoBackend::organizationId()}}},
            {u"organizations"_s, QJsonArray{brief(org), brief(organizationJson(DemoBackend::secondOrganizationId()))}}};
}

// TeamSerializer's fields as /api/projects/{id}/ answers them; api_token included, as PostHog does.
QJsonObject DemoServer::projectJson(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT id, uuid, name, created_at, timezone, organization_id FROM projects WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return {{u"id"_s, q.value(0).toLongLong()},
            {u"project_id"_s, q.value(0).toLongLong()},
            {u"uuid"_s, q.value(1).toString()},
            {u"organization"_s, q.value(5).toString()},
            {u"name"_s, q.value(2).toString()},
            {u"created_at"_s, iso(q.value(3).toString())},
            {u"updated_at"_s, iso(q.value(3).toString())},
            {u"timezone"_s, q.value(4).toString()},
            {u"api_token"_s, u"phc_demo%1Hedgebox"_s.arg(id)},
            {u"is_demo"_s, true},
            {u"ingested_event"_s, true},
            {u"access_control"_s, false},
            {u"test_account_filters"_s, testAccountFilters()},
            {u"test_account_filters_default_checked"_s, true}};
}

QJsonObject DemoServer::projectList(const HttpRequest &request, const QString &organization) const
{
    QJsonArray projects;
    const QList<qint64> ids = organization == DemoBackend::organizationId() ? DemoBackend::projectIds() : DemoBackend::secondOrganizationProjectIds();
    for (qint64 pid : ids)
        projects.append(projectJson(pid));
    return listEnvelope(request, projects, projects.size(), 100, 0);
}

DemoServer::Reply DemoServer::organizations(const QStringList &parts, const HttpRequest &request) const
{
    if (parts.isEmpty()) {
        const QJsonArray orgs{organizationJson(DemoBackend::organizationId()), organizationJson(DemoBackend::secondOrganizationId())};
        return {200, listEnvelope(request, orgs, orgs.size(), 100, 0)};
    }
    const QString id = parts.at(0) == "@current"_L1 ? DemoBackend::organizationId() : parts.at(0);
    if (id != DemoBackend::organizationId() && id != DemoBackend::secondOrganizationId())
        return notFound(u"Organization"_s);
    if (parts.size() == 1)
        return {200, organizationJson(id)};
    if (parts.size() == 2 && parts.at(1) == "projects"_L1)
        return {200, projectList(request, id)};
    return notFound(u"Endpoint"_s);
}

DemoServer::Reply DemoServer::projectRoute(qint64 team, const QStringList &parts, const HttpRequest &request)
{
    const QString &what = parts.at(0);
    if (what == "insights"_L1)
        return insights(team, parts.mid(1), request);
    if (what == "dashboards"_L1)
        return dashboards(team, parts.mid(1), request);
    if (what == "feature_flags"_L1)
        return featureFlags(team, parts.mid(1), request);
    if (what == "event_definitions"_L1 && parts.size() == 1)
        return eventDefinitions(team, request);
    if (what == "property_definitions"_L1 && parts.size() == 1)
        return propertyDefinitions(team, request);
    if (what == "query"_L1 && parts.size() == 1)
        return query(team, request);
    if (what == "query"_L1)
        return queryStatus(parts.mid(1), request);
    if (what == "error_tracking"_L1 && parts.value(1) == "issues"_L1)
        return errorIssues(team, parts.mid(2), request);
    return notFound(u"Endpoint"_s);
}

QJsonObject DemoServer::listEnvelope(const HttpRequest &request, const QJsonArray &page, qint64 count, int limit, int offset) const
{
    auto link = [&](int newOffset) -> QJsonValue {
        QUrl url = m_baseUrl;
        url.setPath(request.path);
        QUrlQuery query = request.query;
        query.removeAllQueryItems(u"offset"_s);
        query.removeAllQueryItems(u"limit"_s);
        query.addQueryItem(u"limit"_s, QString::number(limit));
        query.addQueryItem(u"offset"_s, QString::number(newOffset));
        url.setQuery(query);
        return url.toString();
    };
    return {{u"count"_s, count},
            {u"next"_s, offset + page.size() < count ? link(offset + int(page.size())) : QJsonValue(QJsonValue::Null)},
            {u"previous"_s, offset > 0 ? link(qMax(0, offset - limit)) : QJsonValue(QJsonValue::Null)},
            {u"results"_s, page}};
}

namespace {
struct Paging
{
    int limit = 100;
    int offset = 0;
};

Paging paging(const HttpRequest &request)
{
    Paging p;
    bool ok = false;
    const int limit = param(request, u"limit"_s).toInt(&ok);
    if (ok)
        p.limit = qBound(1, limit, 1000);
    const int offset = param(request, u"offset"_s).toInt(&ok);
    if (ok)
        p.offset = qMax(0, offset);
    return p;
}

QJsonObject requestJson(const HttpRequest &request, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}
} // namespace

QJsonObject DemoServer::listPage(const HttpRequest &request, const QString &table, const QString &where, const QVariantList &binds,
                                 const QString &orderBy, const std::function<QJsonObject(qint64 id)> &render) const
{
    const Paging p = paging(request);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT count(*) FROM %1 WHERE %2"_s.arg(table, where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    const qint64 count = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.prepare(u"SELECT id FROM %1 WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?"_s.arg(table, where, orderBy));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(p.limit);
    q.addBindValue(p.offset);
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QJsonArray page;
    for (qint64 id : ids)
        page.append(render(id));
    return listEnvelope(request, page, count, p.limit, p.offset);
}

// insight.py order_queryset: `order=` is any field (a leading '-' descends); without it, the
// legacy `order` column (NULLs last, as Postgres sorts them), not a date.
QString DemoServer::insightOrder(const HttpRequest &request) const
{
    static const QStringList fields = {u"last_modified_at"_s, u"created_at"_s, u"name"_s, u"id"_s, u"last_viewed_at"_s, u"order"_s};
    QString order = param(request, u"order"_s);
    const bool descending = order.startsWith(QLatin1Char('-'));
    if (descending)
        order.remove(0, 1);
    if (order == "last_viewed_at"_L1)
        order = u"last_modified_at"_s;
    if (!fields.contains(order))
        return u"legacy_order IS NULL, legacy_order, id"_s;
    if (order == "order"_L1)
        order = u"legacy_order"_s;
    return u"%1 IS NULL, %1 %2, id %2"_s.arg(order, descending ? u"DESC"_s : u"ASC"_s);
}

QJsonObject DemoServer::insightJson(qint64 id, bool withResult) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT id, short_id, name, description, query, tags, dashboards, saved, favorited, deleted, created_at,"
              " last_modified_at, team_id, legacy_order FROM insights WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    const QJsonObject query = jsonText(q.value(4).toString()).toObject();
    QJsonObject json{{u"id"_s, q.value(0).toLongLong()},
                     {u"short_id"_s, q.value(1).toString()},
                     {u"name"_s, q.value(2).toString()},
                     {u"derived_name"_s, QJsonValue::Null},
                     {u"description"_s, q.value(3).toString()},
                     {u"query"_s, query},
                     {u"tags"_s, jsonText(q.value(5).toString())},
                     {u"dashboards"_s, jsonText(q.value(6).toString())},
                     {u"saved"_s, q.value(7).toBool()},
                     {u"favorited"_s, q.value(8).toBool()},
                     {u"deleted"_s, q.value(9).toBool()},
                     {u"created_at"_s, iso(q.value(10).toString())},
                     {u"last_modified_at"_s, iso(q.value(11).toString())},
                     {u"created_by"_s, creator()},
                     {u"last_modified_by"_s, creator()},
                     {u"updated_at"_s, iso(q.value(11).toString())},
                     {u"order"_s, q.value(13).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(13).toInt())},
                     {u"filters"_s, QJsonObject()}, // query-based insights carry empty legacy filters
                     {u"last_refresh"_s, QJsonValue::Null},
                     {u"is_cached"_s, false},
                     {u"is_sample"_s, false},
                     {u"timezone"_s, u"UTC"_s},
                     {u"result"_s, QJsonValue::Null}};
    QJsonArray tiles;
    for (const QJsonValue &d : json.value("dashboards"_L1).toArray())
        tiles.append(QJsonObject{{u"id"_s, d.toInteger() * 1000 + id}, {u"dashboard_id"_s, d}, {u"deleted"_s, false}});
    json.insert(u"dashboard_tiles"_s, tiles);
    if (withResult && !query.isEmpty()) {
        const DemoQueryEngine::Answer answer = m_queries->run(q.value(12).toLongLong(), query);
        if (answer.status == 200) {
            json.insert(u"result"_s, answer.body.value("results"_L1));
            json.insert(u"last_refresh"_s, answer.body.value("last_refresh"_L1));
        }
        if (answer.status == 200 && answer.body.contains("columns"_L1))
            json.insert(u"columns"_s, answer.body.value("columns"_L1));
    }
    return json;
}

DemoServer::Reply DemoServer::insightList(qint64 team, const HttpRequest &request, bool refresh) const
{
    QString where = u"team_id = ? AND deleted = 0"_s;
    QVariantList binds{team};
    // insight.py filter_queryset: search matches name, derived name, description and tags.
    const QString search = param(request, u"search"_s);
    if (!search.isEmpty()) {
        where += u" AND (lower(name) LIKE ? OR lower(description) LIKE ? OR lower(tags) LIKE ?)"_s;
        const QString pattern = u"%%1%"_s.arg(search.toLower());
        binds << pattern << pattern << pattern;
    }
    const QString shortId = param(request, u"short_id"_s);
    if (!shortId.isEmpty()) {
        where += u" AND short_id = ?"_s;
        binds << shortId;
    }
    // saved=true: saved or on a dashboard; saved=false: not saved.
    const QString saved = param(request, u"saved"_s).toLower();
    if (saved == "true"_L1 || saved == "1"_L1)
        where += u" AND (saved = 1 OR dashboards != '[]')"_s;
    else if (saved == "false"_L1 || saved == "0"_L1)
        where += u" AND saved = 0"_s;
    const bool basic = param(request, u"basic"_s) == "true"_L1;
    return {200, listPage(request, u"insights"_s, where, binds, insightOrder(request), [this, refresh, basic](qint64 id) {
                QJsonObject insight = insightJson(id, refresh && !basic);
                if (basic) // InsightBasicSerializer has no result
                    insight.remove(u"result"_s);
                return insight;
            })};
}

DemoServer::Reply DemoServer::insights(qint64 team, const QStringList &parts, const HttpRequest &request)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const bool refresh = !param(request, u"refresh"_s).isEmpty() && param(request, u"refresh"_s) != "false"_L1;
    if (parts.isEmpty() && request.method == "GET")
        return insightList(team, request, refresh);
    if (parts.isEmpty() && request.method == "POST") {
        bool ok = false;
        const QJsonObject body = requestJson(request, &ok);
        if (!ok)
            return error(400, u"validation_error"_s, u"parse_error"_s, u"The body must be a JSON object."_s);
        const QJsonObject query = body.value("query"_L1).toObject();
        if (!query.isEmpty()) {
            const DemoQueryEngine::Answer check = m_queries->run(team, query);
            if (check.status != 200)
                return {check.status, check.body};
        }
        QString shortId;
        for (int i = 0; i < 8; ++i)
            shortId += shortIdAlphabet.at(int(QRandomGenerator::global()->bounded(int(shortIdAlphabet.size()))));
        q.prepare(u"INSERT INTO insights (team_id, short_id, name, description, query, tags, dashboards, saved, created_at, last_modified_at)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(team);
        q.addBindValue(shortId);
        q.addBindValue(body.value("name"_L1).toString());
        q.addBindValue(body.value("description"_L1).toString());
        q.addBindValue(compact(query));
        q.addBindValue(compact(body.value("tags"_L1).toArray()));
        q.addBindValue(compact(body.value("dashboards"_L1).toArray()));
        q.addBindValue(body.value("saved"_L1).toBool(true) ? 1 : 0);
        q.addBindValue(now());
        q.addBindValue(now());
        if (!q.exec())
            return serverError();
        return {201, insightJson(q.lastInsertId().toLongLong(), false)};
    }
    bool ok = false;
    const qint64 id = parts.value(0).toLongLong(&ok);
    q.prepare(u"SELECT id FROM insights WHERE id = ? AND team_id = ? AND deleted = 0"_s);
    q.addBindValue(id);
    q.addBindValue(team);
    if (!ok || parts.size() != 1 || !q.exec() || !q.next())
        return notFound(u"Insight"_s);
    if (request.method == "GET")
        return {200, insightJson(id, refresh)};
    if (request.method != "PATCH")
        return error(405, u"invalid_request"_s, u"method_not_allowed"_s, u"Method not allowed."_s);
    const QJsonObject body = requestJson(request, &ok);
    if (!ok)
        return error(400, u"validation_error"_s, u"parse_error"_s, u"The body must be a JSON object."_s);
    if (body.contains("query"_L1)) {
        const DemoQueryEngine::Answer check = m_queries->run(team, body.value("query"_L1).toObject());
        if (check.status != 200)
            return {check.status, check.body};
    }
    patchRow(u"insights"_s, id, body, {u"name"_s, u"description"_s}, {u"deleted"_s, u"favorited"_s, u"saved"_s},
             {u"query"_s, u"tags"_s, u"dashboards"_s});
    q.prepare(u"UPDATE insights SET last_modified_at = ? WHERE id = ?"_s);
    q.addBindValue(now());
    q.addBindValue(id);
    q.exec();
    return {200, insightJson(id, false)};
}

QJsonObject DemoServer::dashboardJson(qint64 id, bool withTiles) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT id, name, description, pinned, tags, deleted, created_at, last_accessed_at FROM dashboards WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    QJsonObject json{{u"id"_s, q.value(0).toLongLong()},
                     {u"name"_s, q.value(1).toString()},
                     {u"description"_s, q.value(2).toString()},
                     {u"pinned"_s, q.value(3).toBool()},
                     {u"tags"_s, jsonText(q.value(4).toString())},
                     {u"deleted"_s, q.value(5).toBool()},
                     {u"created_at"_s, iso(q.value(6).toString())},
                     {u"last_accessed_at"_s, iso(q.value(7).toString())},
                     {u"created_by"_s, creator()}};
    if (withTiles)
        json.insert(u"tiles"_s, dashboardTiles(id));
    return json;
}

// DashboardTileSerializer's fields. PostHog keeps the insight-dashboard link on the insight,
// so insight tiles are derived from it; text tiles live in their own table.
QJsonArray DemoServer::dashboardTiles(qint64 dashboard) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT i.id FROM insights AS i, json_each(i.dashboards) AS d WHERE d.value = ? AND i.deleted = 0 ORDER BY i.id"_s);
    q.addBindValue(dashboard);
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QJsonArray tiles;
    auto tile = [&](qint64 tileId, const QJsonValue &insight, const QJsonValue &text) {
        const int order = int(tiles.size());
        const QJsonObject layout{{u"x"_s, (order % 2) * 6}, {u"y"_s, (order / 2) * 5}, {u"w"_s, 6}, {u"h"_s, 5}};
        tiles.append(QJsonObject{{u"id"_s, tileId},
                                 {u"order"_s, order},
                                 {u"layouts"_s, QJsonObject{{u"sm"_s, layout}}},
                                 {u"color"_s, QJsonValue::Null},
                                 {u"insight"_s, insight},
                                 {u"text"_s, text},
                                 {u"deleted"_s, false},
                                 {u"is_cached"_s, false},
                                 {u"last_refresh"_s, QJsonValue::Null},
                                 {u"show_description"_s, true},
                                 {u"filters_overrides"_s, QJsonObject()}});
    };
    for (qint64 insightId : ids)
        tile(dashboard * 1000 + insightId, insightJson(insightId, false), QJsonValue::Null);
    q.prepare(u"SELECT id, body, created_at FROM dashboard_texts WHERE dashboard_id = ? ORDER BY id"_s);
    q.addBindValue(dashboard);
    q.exec();
    while (q.next()) {
        const QJsonObject text{{u"id"_s, q.value(0).toLongLong()},
                               {u"body"_s, q.value(1).toString()},
                               {u"created_by"_s, creator()},
                               {u"last_modified_at"_s, iso(q.value(2).toString())},
                               {u"last_modified_by"_s, QJsonValue::Null}};
        tile(900000 + q.value(0).toLongLong(), QJsonValue::Null, text);
    }
    return tiles;
}

DemoServer::Reply DemoServer::dashboards(qint64 team, const QStringList &parts, const HttpRequest &request)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (parts.isEmpty() && request.method == "GET") {
        // DashboardsViewSet.filter_queryset handles only `tags`: `search` is ignored, as on PostHog.
        return {200, listPage(request, u"dashboards"_s, u"team_id = ? AND deleted = 0"_s, {team}, u"pinned DESC, name, id"_s,
                              [this](qint64 id) { return dashboardJson(id, false); })};
    }
    bool ok = false;
    if (parts.isEmpty() && request.method == "POST") {
        const QJsonObject body = requestJson(request, &ok);
        if (!ok || body.value("name"_L1).toString().trimmed().isEmpty())
            return error(400, u"validation_error"_s, u"required"_s, u"This field is required."_s, u"name"_s);
        q.prepare(u"INSERT INTO dashboards (team_id, name, description, pinned, tags, created_at, last_accessed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(team);
        q.addBindValue(body.value("name"_L1).toString());
        q.addBindValue(body.value("description"_L1).toString());
        q.addBindValue(body.value("pinned"_L1).toBool() ? 1 : 0);
        q.addBindValue(compact(body.value("tags"_L1).toArray()));
        q.addBindValue(now());
        q.addBindValue(now());
        if (!q.exec())
            return serverError();
        return {201, dashboardJson(q.lastInsertId().toLongLong(), true)};
    }
    const qint64 id = parts.value(0).toLongLong(&ok);
    q.prepare(u"SELECT id FROM dashboards WHERE id = ? AND team_id = ? AND deleted = 0"_s);
    q.addBindValue(id);
    q.addBindValue(team);
    if (!ok || parts.size() != 1 || !q.exec() || !q.next())
        return notFound(u"Dashboard"_s);
    if (request.method == "GET") {
        q.prepare(u"UPDATE dashboards SET last_accessed_at = ? WHERE id = ?"_s); // as PostHog's retrieve does
        q.addBindValue(now());
        q.addBindValue(id);
        q.exec();
        return {200, dashboardJson(id, true)};
    }
    if (request.method != "PATCH")
        return error(405, u"invalid_request"_s, u"method_not_allowed"_s, u"Method not allowed."_s);
    const QJsonObject body = requestJson(request, &ok);
    if (!ok)
        return error(400, u"validation_error"_s, u"parse_error"_s, u"The body must be a JSON object."_s);
    patchRow(u"dashboards"_s, id, body, {u"name"_s, u"description"_s}, {u"pinned"_s, u"deleted"_s}, {u"tags"_s});
    return {200, dashboardJson(id, true)};
}

namespace {
// FeatureFlagSerializer.get_is_simple_flag: one group without properties, no variants.
bool isSimpleFlag(const QString &filtersText)
{
    const QJsonObject filters = jsonText(filtersText).toObject();
    const QJsonArray groups = filters.value("groups"_L1).toArray();
    return groups.size() == 1 && groups.first().toObject().value("properties"_L1).toArray().isEmpty() && !filters.contains("multivariate"_L1);
}

QJsonValue simpleRollout(const QString &filtersText)
{
    if (!isSimpleFlag(filtersText))
        return QJsonValue::Null;
    return jsonText(filtersText).toObject().value("groups"_L1).toArray().first().toObject().value("rollout_percentage"_L1);
}
} // namespace

QJsonObject DemoServer::flagJson(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT id, key, name, active, deleted, filters, tags, created_at FROM feature_flags WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return {{u"id"_s, q.value(0).toLongLong()},
            {u"key"_s, q.value(1).toString()},
            {u"name"_s, q.value(2).toString()},
            {u"active"_s, q.value(3).toBool()},
            {u"deleted"_s, q.value(4).toBool()},
            {u"filters"_s, jsonText(q.value(5).toString())},
            {u"tags"_s, jsonText(q.value(6).toString())},
            {u"created_at"_s, iso(q.value(7).toString())},
            {u"created_by"_s, creator()},
            {u"ensure_experience_continuity"_s, false},
            {u"is_simple_flag"_s, isSimpleFlag(q.value(5).toString())},
            {u"rollout_percentage"_s, simpleRollout(q.value(5).toString())},
            {u"version"_s, 1},
            {u"last_modified_by"_s, creator()}};
}

DemoServer::Reply DemoServer::featureFlags(qint64 team, const QStringList &parts, const HttpRequest &request)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    bool ok = false;
    auto keyTaken = [&](const QString &key, qint64 except) {
        q.prepare(u"SELECT 1 FROM feature_flags WHERE team_id = ? AND key = ? AND deleted = 0 AND id != ?"_s);
        q.addBindValue(team);
        q.addBindValue(key);
        q.addBindValue(except);
        return q.exec() && q.next();
    };
    static const QRegularExpression validKey(u"^[A-Za-z0-9_-]{1,400}$"_s);
    if (parts.isEmpty() && request.method == "GET") {
        const QString search = u"%%1%"_s.arg(param(request, u"search"_s).toLower());
        return {200, listPage(request, u"feature_flags"_s, u"team_id = ? AND deleted = 0 AND (lower(key) LIKE ? OR lower(name) LIKE ?)"_s,
                              {team, search, search}, u"id"_s, [this](qint64 id) { return flagJson(id); })};
    }
    if (parts.isEmpty() && request.method == "POST") {
        const QJsonObject body = requestJson(request, &ok);
        const QString key = body.value("key"_L1).toString();
        if (!ok || !validKey.match(key).hasMatch())
            return error(400, u"validation_error"_s, u"invalid_key"_s, u"Only letters, numbers, hyphens (\"-\") & underscores (\"_\") are allowed."_s,
                         u"key"_s);
        if (keyTaken(key, -1))
            return error(400, u"validation_error"_s, u"unique"_s, u"There is already a feature flag with this key."_s, u"key"_s);
        q.prepare(u"INSERT INTO feature_flags (team_id, key, name, active, filters, tags, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(team);
        q.addBindValue(key);
        q.addBindValue(body.value("name"_L1).toString());
        q.addBindValue(body.value("active"_L1).toBool(true) ? 1 : 0);
        q.addBindValue(compact(body.value("filters"_L1).isObject() ? body.value("filters"_L1).toObject() : QJsonObject{{u"groups"_s, QJsonArray()}}));
        q.addBindValue(compact(body.value("tags"_L1).toArray()));
        q.addBindValue(now());
        if (!q.exec())
            return serverError();
        return {201, flagJson(q.lastInsertId().toLongLong())};
    }
    const qint64 id = parts.value(0).toLongLong(&ok);
    // feature_flag.py filters deleted flags out of the list only: a deleted flag stays readable.
    q.prepare(u"SELECT id FROM feature_flags WHERE id = ? AND team_id = ?"_s);
    q.addBindValue(id);
    q.addBindValue(team);
    if (!ok || parts.size() != 1 || !q.exec() || !q.next())
        return notFound(u"Feature flag"_s);
    if (request.method == "GET")
        return {200, flagJson(id)};
    if (request.method != "PATCH")
        return error(405, u"invalid_request"_s, u"method_not_allowed"_s, u"Method not allowed."_s);
    const QJsonObject body = requestJson(request, &ok);
    if (!ok)
        return error(400, u"validation_error"_s, u"parse_error"_s, u"The body must be a JSON object."_s);
    if (body.contains("key"_L1)) {
        const QString key = body.value("key"_L1).toString();
        if (!validKey.match(key).hasMatch())
            return error(400, u"validation_error"_s, u"invalid_key"_s, u"Only letters, numbers, hyphens (\"-\") & underscores (\"_\") are allowed."_s,
                         u"key"_s);
        if (keyTaken(key, id))
            return error(400, u"validation_error"_s, u"unique"_s, u"There is already a feature flag with this key."_s, u"key"_s);
        q.prepare(u"UPDATE feature_flags SET key = ? WHERE id = ?"_s);
        q.addBindValue(key);
        q.addBindValue(id);
        q.exec();
    }
    patchRow(u"feature_flags"_s, id, body, {u"name"_s}, {u"active"_s, u"deleted"_s}, {u"filters"_s, u"tags"_s});
    return {200, flagJson(id)};
}

// event_definition.py: no volume_30_day/query_usage_30_day in current serializers;
// ordered by last_seen_at::date DESC, name.
DemoServer::Reply DemoServer::eventDefinitions(qint64 team, const HttpRequest &request)
{
    const Paging p = paging(request);
    const QString search = u"%%1%"_s.arg(param(request, u"search"_s).toLower());
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT count(*) FROM event_definitions WHERE team_id = ? AND lower(name) LIKE ?"_s);
    q.addBindValue(team);
    q.addBindValue(search);
    const qint64 count = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.prepare(u"SELECT name, last_seen_at, created_at FROM event_definitions WHERE team_id = ? AND lower(name) LIKE ?"
              " ORDER BY date(last_seen_at) DESC, name LIMIT ? OFFSET ?"_s);
    q.addBindValue(team);
    q.addBindValue(search);
    q.addBindValue(p.limit);
    q.addBindValue(p.offset);
    q.exec();
    QJsonArray page;
    while (q.next()) {
        const QString name = q.value(0).toString();
        page.append(QJsonObject{{u"id"_s, QUuid::createUuidV5(QUuid(), name).toString(QUuid::WithoutBraces)},
                                {u"name"_s, name},
                                {u"description"_s, QJsonValue::Null},
                                {u"tags"_s, QJsonArray()},
                                {u"last_seen_at"_s, iso(q.value(1).toString())},
                                {u"created_at"_s, iso(q.value(2).toString())},
                                {u"last_updated_at"_s, iso(q.value(1).toString())},
                                {u"verified"_s, false},
                                {u"hidden"_s, false},
                                {u"is_action"_s, false},
                                {u"post_to_slack"_s, false}});
    }
    return {200, listEnvelope(request, page, count, p.limit, p.offset)};
}

DemoServer::Reply DemoServer::propertyDefinitions(qint64 team, const HttpRequest &request)
{
    const Paging p = paging(request);
    const QString type = param(request, u"type"_s).isEmpty() ? u"event"_s : param(request, u"type"_s);
    if (type != "event"_L1 && type != "person"_L1)
        return error(400, u"validation_error"_s, u"invalid_choice"_s, u"\"%1\" is not a valid choice."_s.arg(type.left(40)), u"type"_s);
    const QString search = u"%%1%"_s.arg(param(request, u"search"_s).toLower());
    QString where = u"team_id = ? AND type = ? AND lower(name) LIKE ?"_s;
    QVariantList binds{team, type, search};
    const QJsonArray eventNames = jsonText(param(request, u"event_names"_s)).toArray();
    if (!eventNames.isEmpty()) {
        QStringList marks;
        for (const QJsonValue &e : eventNames) {
            marks.append(u"?"_s);
            binds.append(e.toString());
        }
        where += u" AND event IN (%1)"_s.arg(marks.join(QLatin1Char(',')));
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT count(DISTINCT name) FROM property_definitions WHERE "_s + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.exec();
    q.next();
    const qint64 count = q.value(0).toLongLong();
    q.prepare(u"SELECT name, min(property_type) FROM property_definitions WHERE %1 GROUP BY name ORDER BY name LIMIT ? OFFSET ?"_s.arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(p.limit);
    q.addBindValue(p.offset);
    q.exec();
    QJsonArray page;
    while (q.next()) {
        const QString name = q.value(0).toString();
        page.append(QJsonObject{{u"id"_s, QUuid::createUuidV5(QUuid(), type + name).toString(QUuid::WithoutBraces)},
                                {u"name"_s, name},
                                {u"property_type"_s, q.value(1).toString()},
                                {u"is_numerical"_s, q.value(1).toString() == "Numeric"_L1},
                                {u"hidden"_s, false}});
    }
    return {200, listEnvelope(request, page, count, p.limit, p.offset)};
}

DemoServer::Reply DemoServer::errorIssues(qint64 team, const QStringList &parts, const HttpRequest &request)
{
    if (parts.isEmpty() && request.method == "GET") {
        const DemoQueryEngine::Answer answer = m_queries->run(team, QJsonObject{{u"kind"_s, u"ErrorTrackingQuery"_s},
                                                                                {u"status"_s, u"all"_s},
                                                                                {u"dateRange"_s, QJsonObject{{u"date_from"_s, u"-90d"_s}}},
                                                                                {u"limit"_s, 100}});
        const QJsonArray results = answer.body.value("results"_L1).toArray();
        return {answer.status, listEnvelope(request, results, results.size(), 100, 0)};
    }
    const QString id = parts.value(0);
    const DemoQueryEngine::Answer answer = m_queries->run(team, QJsonObject{{u"kind"_s, u"ErrorTrackingQuery"_s},
                                                                            {u"status"_s, u"all"_s},
                                                                            {u"issueId"_s, id},
                                                                            {u"dateRange"_s, QJsonObject{{u"date_from"_s, u"-90d"_s}}}});
    const QJsonArray results = answer.body.value("results"_L1).toArray();
    if (parts.size() != 1 || results.isEmpty())
        return notFound(u"Error tracking issue"_s);
    if (request.method == "GET")
        return {200, results.first()};
    if (request.method != "PATCH")
        return error(405, u"invalid_request"_s, u"method_not_allowed"_s, u"Method not allowed."_s);
    bool ok = false;
    const QJsonObject body = requestJson(request, &ok);
    static const QStringList statuses = {u"active"_s, u"resolved"_s, u"suppressed"_s, u"pending_release"_s, u"archived"_s};
    const QString status = body.value("status"_L1).toString();
    if (!ok || !statuses.contains(status))
        return error(400, u"validation_error"_s, u"invalid_choice"_s, u"status must be one of %1."_s.arg(statuses.join(u", "_s)), u"status"_s);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT OR REPLACE INTO error_issue_status (id, status) VALUES (?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(status);
    q.exec();
    QJsonObject issue = results.first().toObject();
    issue.insert(u"status"_s, status);
    return {200, issue};
}

DemoServer::Reply DemoServer::query(qint64 team, const HttpRequest &request)
{
    if (request.method != "POST")
        return error(405, u"invalid_request"_s, u"method_not_allowed"_s, u"Method not allowed."_s);
    bool ok = false;
    const QJsonObject body = requestJson(request, &ok);
    if (!ok || !body.value("query"_L1).isObject())
        return error(400, u"validation_error"_s, u"required"_s, u"The body must be a JSON object with a 'query' node."_s, u"query"_s);
    // client_query_id names the run so the caller can cancel it; the demo answers before it could.
    const DemoQueryEngine::Answer answer = m_queries->run(team, body.value("query"_L1).toObject());
    QJsonObject result = answer.body;
    if (answer.status == 200 && body.value("client_query_id"_L1).isString())
        result.insert(u"query_id"_s, body.value("client_query_id"_L1));
    return {answer.status, result};
}

// query.py destroy: cancel_query answers 200 {"message": ...} whether or not the query still runs.
DemoServer::Reply DemoServer::queryStatus(const QStringList &parts, const HttpRequest &request) const
{
    if (parts.size() != 1)
        return notFound(u"Endpoint"_s);
    if (request.method == "DELETE")
        return {200, QJsonObject{{u"message"_s, u"Cancelled query on clickhouse"_s}}};
    return methodNotAllowed(request);
}
