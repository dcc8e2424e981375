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
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QUuid>

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
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
    return {{QStringLiteral("id"), 1}, {QStringLiteral("first_name"), QStringLiteral("Demo")},
            {QStringLiteral("email"), QStringLiteral("demo@hedgebox.example")}};
}

const QString shortIdAlphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

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
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), main ? QStringLiteral("Hedgebox Demo") : QStringLiteral("Hedgebox Labs")},
            {QStringLiteral("slug"), main ? QStringLiteral("hedgebox-demo") : QStringLiteral("hedgebox-labs")},
            {QStringLiteral("membership_level"), main ? 15 : 1},
            {QStringLiteral("created_at"), main ? QStringLiteral("2026-01-05T09:00:00Z") : QStringLiteral("2026-03-12T14:30:00Z")}};
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
    return {QJsonObject{{QStringLiteral("key"), QStringLiteral("email")}, {QStringLiteral("value"), QStringLiteral("@posthog.com")},
                        {QStringLiteral("operator"), QStringLiteral("not_icontains")}, {QStringLiteral("type"), QStringLiteral("person")}},
            QJsonObject{{QStringLiteral("key"), QStringLiteral("$host")}, {QStringLiteral("value"), QStringLiteral("^(localhost|127\\.0\\.0\\.1)($|:)")},
                        {QStringLiteral("operator"), QStringLiteral("not_regex")}, {QStringLiteral("type"), QStringLiteral("event")}}};
}

} // namespace

DemoServer::DemoServer(DemoBackend::Options options, quint16 port)
    : m_options(std::move(options))
    , m_port(port)
    , m_connectionName(QStringLiteral("demo-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
}

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
        path = QStringLiteral("%1/demo-v%2-seed%3-events%4-%5.sqlite").arg(dir).arg(DemoSchema::version).arg(m_options.seed)
                   .arg(m_options.events).arg(anchor.toString(QStringLiteral("yyyyMMddHH")));
    }
    if (!QFile::exists(path)) {
        QElapsedTimer clock;
        clock.start();
        // Unique per process: two instances (say the window and a stdio client) may generate at once.
        const QString partial = path + QStringLiteral(".%1.partial").arg(QUuid::createUuid().toString(QUuid::Id128));
        QFile::remove(partial);
        {
            QSqlDatabase gen = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName + QStringLiteral("-gen"));
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
        QSqlDatabase::removeDatabase(m_connectionName + QStringLiteral("-gen"));
        if (!QFile::rename(partial, path)) {
            QFile::remove(partial);
            if (!QFile::exists(path)) { // another instance finishing first is fine: same seed, same data
                *error = QStringLiteral("could not write %1").arg(path);
                return false;
            }
        }
        qInfo("Demo workspace: generated %d events in %lld ms", m_options.events, qint64(clock.elapsed()));
    }
    if (useCache) {
        // Writes (insights, dashboards, flags) last for this session only.
        m_sessionPath = QStringLiteral("%1/posthog-companion-demo-%2.sqlite").arg(QDir::tempPath(), QUuid::createUuid().toString(QUuid::Id128));
        if (!QFile::copy(path, m_sessionPath)) {
            *error = QStringLiteral("could not copy the demo data to %1").arg(m_sessionPath);
            return false;
        }
        QFile::setPermissions(m_sessionPath, QFile::ReadOwner | QFile::WriteOwner);
        path = m_sessionPath;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
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
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    Q_EMIT ready(m_baseUrl);
}

void DemoServer::patchRow(const QString &table, qint64 id, const QJsonObject &body, const QStringList &textFields,
                          const QStringList &boolFields, const QStringList &jsonFields) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    auto set = [&](const QString &field, const QVariant &value) {
        q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, field)); // names come from our lists only
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
    return error(500, QStringLiteral("server_error"), QStringLiteral("error"), QStringLiteral("A server error occurred."));
}

DemoServer::Reply DemoServer::notFound(const QString &what)
{
    return error(404, QStringLiteral("invalid_request"), QStringLiteral("not_found"), QStringLiteral("%1 not found.").arg(what));
}

void DemoServer::handle(const HttpRequest &request, HttpResponder responder)
{
    Reply reply;
    const DemoApiKey *key = DemoAuth::find(request.header("Authorization"));
    if (!key) {
        reply = error(401, QStringLiteral("authentication_error"), QStringLiteral("invalid_personal_api_key"),
                      request.hasHeader("Authorization") ? QStringLiteral("Personal API key is invalid.")
                                                         : QStringLiteral("Authentication credentials were not provided."));
    } else if (const auto denied = DemoAuth::denial(*key, scopeRequest(request))) {
        reply = error(403, QStringLiteral("authentication_error"), QStringLiteral("permission_denied"), *denied);
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
    if (resource == QLatin1String("users")) {
        s.scopeObject = QStringLiteral("user");
    } else if (resource == QLatin1String("personal_api_keys")) {
        s.exempt = parts.value(2) == QLatin1String("@current");
        s.scopeObject = QStringLiteral("personal_api_key");
    } else if (resource == QLatin1String("organizations")) {
        s.scopeObject = parts.value(3) == QLatin1String("projects") ? QStringLiteral("project") : QStringLiteral("organization");
        s.organization = parts.value(2) == QLatin1String("@current") ? DemoBackend::organizationId() : parts.value(2);
    } else if (resource == QLatin1String("projects") || resource == QLatin1String("environments")) {
        bool ok = false;
        const qint64 team = parts.value(2).toLongLong(&ok);
        s.scopeObject = QStringLiteral("project");
        if (!ok)
            return s; // the root list is organization-level
        s.team = team;
        s.organization = organizationOf(team);
        static const QHash<QString, QString> objects{
            {QStringLiteral("insights"), QStringLiteral("insight")}, {QStringLiteral("dashboards"), QStringLiteral("dashboard")},
            {QStringLiteral("feature_flags"), QStringLiteral("feature_flag")}, {QStringLiteral("event_definitions"), QStringLiteral("event_definition")},
            {QStringLiteral("property_definitions"), QStringLiteral("property_definition")}, {QStringLiteral("query"), QStringLiteral("query")},
            {QStringLiteral("error_tracking"), QStringLiteral("error_tracking")}};
        if (parts.size() > 3)
            s.scopeObject = objects.value(parts.at(3), QStringLiteral("INTERNAL"));
        s.exempt = s.scopeObject == QLatin1String("INTERNAL"); // unknown endpoints answer 404 below
        if (s.scopeObject == QLatin1String("query"))
            s.write = false;
    } else {
        s.exempt = true; // no such endpoint: 404
    }
    return s;
}

DemoServer::Reply DemoServer::route(const HttpRequest &request)
{
    QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.at(0) != QLatin1String("api"))
        return error(404, QStringLiteral("invalid_request"), QStringLiteral("not_found"), QStringLiteral("No such endpoint."));
    parts.removeFirst();
    const QString &resource = parts.at(0);
    const bool get = request.method == "GET";
    if (resource == QLatin1String("users") && parts.value(1) == QLatin1String("@me"))
        return get ? Reply{200, currentUserJson()} : methodNotAllowed(request);
    if (resource == QLatin1String("personal_api_keys") && parts.value(1) == QLatin1String("@current"))
        return get ? Reply{200, DemoAuth::currentKeyJson(*m_key)} : methodNotAllowed(request);
    if (resource == QLatin1String("organizations"))
        return get ? organizations(parts.mid(1), request) : methodNotAllowed(request);
    if (resource == QLatin1String("projects") || resource == QLatin1String("environments")) {
        if (parts.size() == 1 && resource == QLatin1String("projects")) // RootProjectViewSet: the current organization's projects
            return get ? Reply{200, projectList(request, DemoBackend::organizationId())} : methodNotAllowed(request);
        bool ok = false;
        const qint64 team = parts.value(1).toLongLong(&ok);
        if (!ok || !projectExists(team))
            return notFound(QStringLiteral("Project"));
        if (parts.size() == 2)
            return get ? Reply{200, projectJson(team)} : methodNotAllowed(request);
        return projectRoute(team, parts.mid(2), request);
    }
    return notFound(QStringLiteral("Endpoint"));
}

DemoServer::Reply DemoServer::methodNotAllowed(const HttpRequest &request)
{
    return error(405, QStringLiteral("invalid_request"), QStringLiteral("method_not_allowed"),
                 QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(request.method)));
}

QJsonObject DemoServer::currentUserJson() const
{
    const QJsonObject org = organizationJson(DemoBackend::organizationId());
    auto brief = [](const QJsonObject &o) {
        return QJsonObject{{QStringLiteral("id"), o.value(QLatin1String("id"))}, {QStringLiteral("name"), o.value(QLatin1String("name"))},
                           {QStringLiteral("slug"), o.value(QLatin1String("slug"))}};
    };
    return {{QStringLiteral("distinct_id"), QStringLiteral("demo-user")},
            {QStringLiteral("email"), QStringLiteral("demo@hedgebox.example")},
            {QStringLiteral("first_name"), QStringLiteral("Demo")},
            {QStringLiteral("organization"), brief(org)},
            {QStringLiteral("team"), QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Hedgebox Web")},
                                                 {QStringLiteral("organization"), DemoBackend::organizationId()}}},
            {QStringLiteral("organizations"), QJsonArray{brief(org), brief(organizationJson(DemoBackend::secondOrganizationId()))}}};
}

// TeamSerializer's fields as /api/projects/{id}/ answers them; api_token included, as PostHog does.
QJsonObject DemoServer::projectJson(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id, uuid, name, created_at, timezone, organization_id FROM projects WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return {{QStringLiteral("id"), q.value(0).toLongLong()}, {QStringLiteral("project_id"), q.value(0).toLongLong()},
            {QStringLiteral("uuid"), q.value(1).toString()}, {QStringLiteral("organization"), q.value(5).toString()},
            {QStringLiteral("name"), q.value(2).toString()}, {QStringLiteral("created_at"), iso(q.value(3).toString())},
            {QStringLiteral("updated_at"), iso(q.value(3).toString())}, {QStringLiteral("timezone"), q.value(4).toString()},
            {QStringLiteral("api_token"), QStringLiteral("phc_demo%1Hedgebox").arg(id)}, {QStringLiteral("is_demo"), true},
            {QStringLiteral("ingested_event"), true}, {QStringLiteral("access_control"), false},
            {QStringLiteral("test_account_filters"), testAccountFilters()},
            {QStringLiteral("test_account_filters_default_checked"), true}};
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
    const QString id = parts.at(0) == QLatin1String("@current") ? DemoBackend::organizationId() : parts.at(0);
    if (id != DemoBackend::organizationId() && id != DemoBackend::secondOrganizationId())
        return notFound(QStringLiteral("Organization"));
    if (parts.size() == 1)
        return {200, organizationJson(id)};
    if (parts.size() == 2 && parts.at(1) == QLatin1String("projects"))
        return {200, projectList(request, id)};
    return notFound(QStringLiteral("Endpoint"));
}

DemoServer::Reply DemoServer::projectRoute(qint64 team, const QStringList &parts, const HttpRequest &request)
{
    const QString &what = parts.at(0);
    if (what == QLatin1String("insights"))
        return insights(team, parts.mid(1), request);
    if (what == QLatin1String("dashboards"))
        return dashboards(team, parts.mid(1), request);
    if (what == QLatin1String("feature_flags"))
        return featureFlags(team, parts.mid(1), request);
    if (what == QLatin1String("event_definitions") && parts.size() == 1)
        return eventDefinitions(team, request);
    if (what == QLatin1String("property_definitions") && parts.size() == 1)
        return propertyDefinitions(team, request);
    if (what == QLatin1String("query") && parts.size() == 1)
        return query(team, request);
    if (what == QLatin1String("query"))
        return queryStatus(parts.mid(1), request);
    if (what == QLatin1String("error_tracking") && parts.value(1) == QLatin1String("issues"))
        return errorIssues(team, parts.mid(2), request);
    return notFound(QStringLiteral("Endpoint"));
}

QJsonObject DemoServer::listEnvelope(const HttpRequest &request, const QJsonArray &page, qint64 count, int limit, int offset) const
{
    auto link = [&](int newOffset) -> QJsonValue {
        QUrl url = m_baseUrl;
        url.setPath(request.path);
        QUrlQuery query = request.query;
        query.removeAllQueryItems(QStringLiteral("offset"));
        query.removeAllQueryItems(QStringLiteral("limit"));
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        query.addQueryItem(QStringLiteral("offset"), QString::number(newOffset));
        url.setQuery(query);
        return url.toString();
    };
    return {{QStringLiteral("count"), count},
            {QStringLiteral("next"), offset + page.size() < count ? link(offset + int(page.size())) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("previous"), offset > 0 ? link(qMax(0, offset - limit)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("results"), page}};
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
    const int limit = param(request, QStringLiteral("limit")).toInt(&ok);
    if (ok)
        p.limit = qBound(1, limit, 1000);
    const int offset = param(request, QStringLiteral("offset")).toInt(&ok);
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
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    const qint64 count = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?").arg(table, where, orderBy));
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
    static const QStringList fields = {QStringLiteral("last_modified_at"), QStringLiteral("created_at"), QStringLiteral("name"),
                                       QStringLiteral("id"), QStringLiteral("last_viewed_at"), QStringLiteral("order")};
    QString order = param(request, QStringLiteral("order"));
    const bool descending = order.startsWith(QLatin1Char('-'));
    if (descending)
        order.remove(0, 1);
    if (order == QLatin1String("last_viewed_at"))
        order = QStringLiteral("last_modified_at");
    if (!fields.contains(order))
        return QStringLiteral("legacy_order IS NULL, legacy_order, id");
    if (order == QLatin1String("order"))
        order = QStringLiteral("legacy_order");
    return QStringLiteral("%1 IS NULL, %1 %2, id %2").arg(order, descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
}

QJsonObject DemoServer::insightJson(qint64 id, bool withResult) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id, short_id, name, description, query, tags, dashboards, saved, favorited, deleted, created_at,"
                             " last_modified_at, team_id, legacy_order FROM insights WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    const QJsonObject query = jsonText(q.value(4).toString()).toObject();
    QJsonObject json{{QStringLiteral("id"), q.value(0).toLongLong()},
                     {QStringLiteral("short_id"), q.value(1).toString()},
                     {QStringLiteral("name"), q.value(2).toString()},
                     {QStringLiteral("derived_name"), QJsonValue::Null},
                     {QStringLiteral("description"), q.value(3).toString()},
                     {QStringLiteral("query"), query},
                     {QStringLiteral("tags"), jsonText(q.value(5).toString())},
                     {QStringLiteral("dashboards"), jsonText(q.value(6).toString())},
                     {QStringLiteral("saved"), q.value(7).toBool()},
                     {QStringLiteral("favorited"), q.value(8).toBool()},
                     {QStringLiteral("deleted"), q.value(9).toBool()},
                     {QStringLiteral("created_at"), iso(q.value(10).toString())},
                     {QStringLiteral("last_modified_at"), iso(q.value(11).toString())},
                     {QStringLiteral("created_by"), creator()},
                     {QStringLiteral("last_modified_by"), creator()},
                     {QStringLiteral("updated_at"), iso(q.value(11).toString())},
                     {QStringLiteral("order"), q.value(13).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(13).toInt())},
                     {QStringLiteral("filters"), QJsonObject()}, // query-based insights carry empty legacy filters
                     {QStringLiteral("last_refresh"), QJsonValue::Null},
                     {QStringLiteral("is_cached"), false},
                     {QStringLiteral("is_sample"), false},
                     {QStringLiteral("timezone"), QStringLiteral("UTC")},
                     {QStringLiteral("result"), QJsonValue::Null}};
    QJsonArray tiles;
    for (const QJsonValue &d : json.value(QLatin1String("dashboards")).toArray())
        tiles.append(QJsonObject{{QStringLiteral("id"), d.toInteger() * 1000 + id}, {QStringLiteral("dashboard_id"), d}, {QStringLiteral("deleted"), false}});
    json.insert(QStringLiteral("dashboard_tiles"), tiles);
    if (withResult && !query.isEmpty()) {
        const DemoQueryEngine::Answer answer = m_queries->run(q.value(12).toLongLong(), query);
        if (answer.status == 200) {
            json.insert(QStringLiteral("result"), answer.body.value(QLatin1String("results")));
            json.insert(QStringLiteral("last_refresh"), answer.body.value(QLatin1String("last_refresh")));
        }
        if (answer.status == 200 && answer.body.contains(QLatin1String("columns")))
            json.insert(QStringLiteral("columns"), answer.body.value(QLatin1String("columns")));
    }
    return json;
}

DemoServer::Reply DemoServer::insightList(qint64 team, const HttpRequest &request, bool refresh) const
{
    QString where = QStringLiteral("team_id = ? AND deleted = 0");
    QVariantList binds{team};
    // insight.py filter_queryset: search matches name, derived name, description and tags.
    const QString search = param(request, QStringLiteral("search"));
    if (!search.isEmpty()) {
        where += QStringLiteral(" AND (lower(name) LIKE ? OR lower(description) LIKE ? OR lower(tags) LIKE ?)");
        const QString pattern = QStringLiteral("%%1%").arg(search.toLower());
        binds << pattern << pattern << pattern;
    }
    const QString shortId = param(request, QStringLiteral("short_id"));
    if (!shortId.isEmpty()) {
        where += QStringLiteral(" AND short_id = ?");
        binds << shortId;
    }
    // saved=true: saved or on a dashboard; saved=false: not saved.
    const QString saved = param(request, QStringLiteral("saved")).toLower();
    if (saved == QLatin1String("true") || saved == QLatin1String("1"))
        where += QStringLiteral(" AND (saved = 1 OR dashboards != '[]')");
    else if (saved == QLatin1String("false") || saved == QLatin1String("0"))
        where += QStringLiteral(" AND saved = 0");
    const bool basic = param(request, QStringLiteral("basic")) == QLatin1String("true");
    return {200, listPage(request, QStringLiteral("insights"), where, binds, insightOrder(request),
                          [this, refresh, basic](qint64 id) {
                              QJsonObject insight = insightJson(id, refresh && !basic);
                              if (basic) // InsightBasicSerializer has no result
                                  insight.remove(QStringLiteral("result"));
                              return insight;
                          })};
}

DemoServer::Reply DemoServer::insights(qint64 team, const QStringList &parts, const HttpRequest &request)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const bool refresh = !param(request, QStringLiteral("refresh")).isEmpty()
        && param(request, QStringLiteral("refresh")) != QLatin1String("false");
    if (parts.isEmpty() && request.method == "GET")
        return insightList(team, request, refresh);
    if (parts.isEmpty() && request.method == "POST") {
        bool ok = false;
        const QJsonObject body = requestJson(request, &ok);
        if (!ok)
            return error(400, QStringLiteral("validation_error"), QStringLiteral("parse_error"), QStringLiteral("The body must be a JSON object."));
        const QJsonObject query = body.value(QLatin1String("query")).toObject();
        if (!query.isEmpty()) {
            const DemoQueryEngine::Answer check = m_queries->run(team, query);
            if (check.status != 200)
                return {check.status, check.body};
        }
        QString shortId;
        for (int i = 0; i < 8; ++i)
            shortId += shortIdAlphabet.at(int(QRandomGenerator::global()->bounded(int(shortIdAlphabet.size()))));
        q.prepare(QStringLiteral("INSERT INTO insights (team_id, short_id, name, description, query, tags, dashboards, saved, created_at, last_modified_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(team);
        q.addBindValue(shortId);
        q.addBindValue(body.value(QLatin1String("name")).toString());
        q.addBindValue(body.value(QLatin1String("description")).toString());
        q.addBindValue(compact(query));
        q.addBindValue(compact(body.value(QLatin1String("tags")).toArray()));
        q.addBindValue(compact(body.value(QLatin1String("dashboards")).toArray()));
        q.addBindValue(body.value(QLatin1String("saved")).toBool(true) ? 1 : 0);
        q.addBindValue(now());
        q.addBindValue(now());
        if (!q.exec())
            return serverError();
        return {201, insightJson(q.lastInsertId().toLongLong(), false)};
    }
    bool ok = false;
    const qint64 id = parts.value(0).toLongLong(&ok);
    q.prepare(QStringLiteral("SELECT id FROM insights WHERE id = ? AND team_id = ? AND deleted = 0"));
    q.addBindValue(id);
    q.addBindValue(team);
    if (!ok || parts.size() != 1 || !q.exec() || !q.next())
        return notFound(QStringLiteral("Insight"));
    if (request.method == "GET")
        return {200, insightJson(id, refresh)};
    if (request.method != "PATCH")
        return error(405, QStringLiteral("invalid_request"), QStringLiteral("method_not_allowed"), QStringLiteral("Method not allowed."));
    const QJsonObject body = requestJson(request, &ok);
    if (!ok)
        return error(400, QStringLiteral("validation_error"), QStringLiteral("parse_error"), QStringLiteral("The body must be a JSON object."));
    if (body.contains(QLatin1String("query"))) {
        const DemoQueryEngine::Answer check = m_queries->run(team, body.value(QLatin1String("query")).toObject());
        if (check.status != 200)
            return {check.status, check.body};
    }
    patchRow(QStringLiteral("insights"), id, body, {QStringLiteral("name"), QStringLiteral("description")},
             {QStringLiteral("deleted"), QStringLiteral("favorited"), QStringLiteral("saved")},
             {QStringLiteral("query"), QStringLiteral("tags"), QStringLiteral("dashboards")});
    q.prepare(QStringLiteral("UPDATE insights SET last_modified_at = ? WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(id);
    q.exec();
    return {200, insightJson(id, false)};
}

QJsonObject DemoServer::dashboardJson(qint64 id, bool withTiles) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id, name, description, pinned, tags, deleted, created_at, last_accessed_at FROM dashboards WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    QJsonObject json{{QStringLiteral("id"), q.value(0).toLongLong()}, {QStringLiteral("name"), q.value(1).toString()},
                     {QStringLiteral("description"), q.value(2).toString()}, {QStringLiteral("pinned"), q.value(3).toBool()},
                     {QStringLiteral("tags"), jsonText(q.value(4).toString())}, {QStringLiteral("deleted"), q.value(5).toBool()},
                     {QStringLiteral("created_at"), iso(q.value(6).toString())}, {QStringLiteral("last_accessed_at"), iso(q.value(7).toString())},
                     {QStringLiteral("created_by"), creator()}};
    if (withTiles)
        json.insert(QStringLiteral("tiles"), dashboardTiles(id));
    return json;
}

// DashboardTileSerializer's fields. PostHog keeps the insight-dashboard link on the insight,
// so insight tiles are derived from it; text tiles live in their own table.
QJsonArray DemoServer::dashboardTiles(qint64 dashboard) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT i.id FROM insights AS i, json_each(i.dashboards) AS d WHERE d.value = ? AND i.deleted = 0 ORDER BY i.id"));
    q.addBindValue(dashboard);
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QJsonArray tiles;
    auto tile = [&](qint64 tileId, const QJsonValue &insight, const QJsonValue &text) {
        const int order = int(tiles.size());
        const QJsonObject layout{{QStringLiteral("x"), (order % 2) * 6}, {QStringLiteral("y"), (order / 2) * 5},
                                 {QStringLiteral("w"), 6}, {QStringLiteral("h"), 5}};
        tiles.append(QJsonObject{{QStringLiteral("id"), tileId}, {QStringLiteral("order"), order},
                                 {QStringLiteral("layouts"), QJsonObject{{QStringLiteral("sm"), layout}}},
                                 {QStringLiteral("color"), QJsonValue::Null}, {QStringLiteral("insight"), insight},
                                 {QStringLiteral("text"), text}, {QStringLiteral("deleted"), false},
                                 {QStringLiteral("is_cached"), false}, {QStringLiteral("last_refresh"), QJsonValue::Null},
                                 {QStringLiteral("show_description"), true}, {QStringLiteral("filters_overrides"), QJsonObject()}});
    };
    for (qint64 insightId : ids)
        tile(dashboard * 1000 + insightId, insightJson(insightId, false), QJsonValue::Null);
    q.prepare(QStringLiteral("SELECT id, body, created_at FROM dashboard_texts WHERE dashboard_id = ? ORDER BY id"));
    q.addBindValue(dashboard);
    q.exec();
    while (q.next()) {
        const QJsonObject text{{QStringLiteral("id"), q.value(0).toLongLong()}, {QStringLiteral("body"), q.value(1).toString()},
                               {QStringLiteral("created_by"), creator()}, {QStringLiteral("last_modified_at"), iso(q.value(2).toString())},
                               {QStringLiteral("last_modified_by"), QJsonValue::Null}};
        tile(900000 + q.value(0).toLongLong(), QJsonValue::Null, text);
    }
    return tiles;
}

DemoServer::Reply DemoServer::dashboards(qint64 team, const QStringList &parts, const HttpRequest &request)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (parts.isEmpty() && request.method == "GET") {
        // DashboardsViewSet.filter_queryset handles only `tags`: `search` is ignored, as on PostHog.
        return {200, listPage(request, QStringLiteral("dashboards"), QStringLiteral("team_id = ? AND deleted = 0"), {team},
                              QStringLiteral("pinned DESC, name, id"), [this](qint64 id) { return dashboardJson(id, false); })};
    }
    bool ok = false;
    if (parts.isEmpty() && request.method == "POST") {
        const QJsonObject body = requestJson(request, &ok);
        if (!ok || body.value(QLatin1String("name")).toString().trimmed().isEmpty())
            return error(400, QStringLiteral("validation_error"), QStringLiteral("required"), QStringLiteral("This field is required."), QStringLiteral("name"));
        q.prepare(QStringLiteral("INSERT INTO dashboards (team_id, name, description, pinned, tags, created_at, last_accessed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(team);
        q.addBindValue(body.value(QLatin1String("name")).toString());
        q.addBindValue(body.value(QLatin1String("description")).toString());
        q.addBindValue(body.value(QLatin1String("pinned")).toBool() ? 1 : 0);
        q.addBindValue(compact(body.value(QLatin1String("tags")).toArray()));
        q.addBindValue(now());
        q.addBindValue(now());
        if (!q.exec())
            return serverError();
        return {201, dashboardJson(q.lastInsertId().toLongLong(), true)};
    }
    const qint64 id = parts.value(0).toLongLong(&ok);
    q.prepare(QStringLiteral("SELECT id FROM dashboards WHERE id = ? AND team_id = ? AND deleted = 0"));
    q.addBindValue(id);
    q.addBindValue(team);
    if (!ok || parts.size() != 1 || !q.exec() || !q.next())
        return notFound(QStringLiteral("Dashboard"));
    if (request.method == "GET") {
        q.prepare(QStringLiteral("UPDATE dashboards SET last_accessed_at = ? WHERE id = ?")); // as PostHog's retrieve does
        q.addBindValue(now());
        q.addBindValue(id);
        q.exec();
        return {200, dashboardJson(id, true)};
    }
    if (request.method != "PATCH")
        return error(405, QStringLiteral("invalid_request"), QStringLiteral("method_not_allowed"), QStringLiteral("Method not allowed."));
    const QJsonObject body = requestJson(request, &ok);
    if (!ok)
        return error(400, QStringLiteral("validation_error"), QStringLiteral("parse_error"), QStringLiteral("The body must be a JSON object."));
    patchRow(QStringLiteral("dashboards"), id, body, {QStringLiteral("name"), QStringLiteral("description")},
             {QStringLiteral("pinned"), QStringLiteral("deleted")}, {QStringLiteral("tags")});
    return {200, dashboardJson(id, true)};
}

namespace {
// FeatureFlagSerializer.get_is_simple_flag: one group without properties, no variants.
bool isSimpleFlag(const QString &filtersText)
{
    const QJsonObject filters = jsonText(filtersText).toObject();
    const QJsonArray groups = filters.value(QLatin1String("groups")).toArray();
    return groups.size() == 1 && groups.first().toObject().value(QLatin1String("properties")).toArray().isEmpty()
        && !filters.contains(QLatin1String("multivariate"));
}

QJsonValue simpleRollout(const QString &filtersText)
{
    if (!isSimpleFlag(filtersText))
        return QJsonValue::Null;
    return jsonText(filtersText).toObject().value(QLatin1String("groups")).toArray().first().toObject().value(QLatin1String("rollout_percentage"));
}
} // namespace

QJsonObject DemoServer::flagJson(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id, key, name, active, deleted, filters, tags, created_at FROM feature_flags WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return {{QStringLiteral("id"), q.value(0).toLongLong()}, {QStringLiteral("key"), q.value(1).toString()},
            {QStringLiteral("name"), q.value(2).toString()}, {QStringLiteral("active"), q.value(3).toBool()},
            {QStringLiteral("deleted"), q.value(4).toBool()}, {QStringLiteral("filters"), jsonText(q.value(5).toString())},
            {QStringLiteral("tags"), jsonText(q.value(6).toString())}, {QStringLiteral("created_at"), iso(q.value(7).toString())},
            {QStringLiteral("created_by"), creator()}, {QStringLiteral("ensure_experience_continuity"), false},
            {QStringLiteral("is_simple_flag"), isSimpleFlag(q.value(5).toString())},
            {QStringLiteral("rollout_percentage"), simpleRollout(q.value(5).toString())},
            {QStringLiteral("version"), 1}, {QStringLiteral("last_modified_by"), creator()}};
}

DemoServer::Reply DemoServer::featureFlags(qint64 team, const QStringList &parts, const HttpRequest &request)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    bool ok = false;
    auto keyTaken = [&](const QString &key, qint64 except) {
        q.prepare(QStringLiteral("SELECT 1 FROM feature_flags WHERE team_id = ? AND key = ? AND deleted = 0 AND id != ?"));
        q.addBindValue(team);
        q.addBindValue(key);
        q.addBindValue(except);
        return q.exec() && q.next();
    };
    static const QRegularExpression validKey(QStringLiteral("^[A-Za-z0-9_-]{1,400}$"));
    if (parts.isEmpty() && request.method == "GET") {
        const QString search = QStringLiteral("%%1%").arg(param(request, QStringLiteral("search")).toLower());
        return {200, listPage(request, QStringLiteral("feature_flags"), QStringLiteral("team_id = ? AND deleted = 0 AND (lower(key) LIKE ? OR lower(name) LIKE ?)"),
                              {team, search, search}, QStringLiteral("id"), [this](qint64 id) { return flagJson(id); })};
    }
    if (parts.isEmpty() && request.method == "POST") {
        const QJsonObject body = requestJson(request, &ok);
        const QString key = body.value(QLatin1String("key")).toString();
        if (!ok || !validKey.match(key).hasMatch())
            return error(400, QStringLiteral("validation_error"), QStringLiteral("invalid_key"),
                         QStringLiteral("Only letters, numbers, hyphens (\"-\") & underscores (\"_\") are allowed."), QStringLiteral("key"));
        if (keyTaken(key, -1))
            return error(400, QStringLiteral("validation_error"), QStringLiteral("unique"),
                         QStringLiteral("There is already a feature flag with this key."), QStringLiteral("key"));
        q.prepare(QStringLiteral("INSERT INTO feature_flags (team_id, key, name, active, filters, tags, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(team);
        q.addBindValue(key);
        q.addBindValue(body.value(QLatin1String("name")).toString());
        q.addBindValue(body.value(QLatin1String("active")).toBool(true) ? 1 : 0);
        q.addBindValue(compact(body.value(QLatin1String("filters")).isObject() ? body.value(QLatin1String("filters")).toObject()
                                                                               : QJsonObject{{QStringLiteral("groups"), QJsonArray()}}));
        q.addBindValue(compact(body.value(QLatin1String("tags")).toArray()));
        q.addBindValue(now());
        if (!q.exec())
            return serverError();
        return {201, flagJson(q.lastInsertId().toLongLong())};
    }
    const qint64 id = parts.value(0).toLongLong(&ok);
    // feature_flag.py filters deleted flags out of the list only: a deleted flag stays readable.
    q.prepare(QStringLiteral("SELECT id FROM feature_flags WHERE id = ? AND team_id = ?"));
    q.addBindValue(id);
    q.addBindValue(team);
    if (!ok || parts.size() != 1 || !q.exec() || !q.next())
        return notFound(QStringLiteral("Feature flag"));
    if (request.method == "GET")
        return {200, flagJson(id)};
    if (request.method != "PATCH")
        return error(405, QStringLiteral("invalid_request"), QStringLiteral("method_not_allowed"), QStringLiteral("Method not allowed."));
    const QJsonObject body = requestJson(request, &ok);
    if (!ok)
        return error(400, QStringLiteral("validation_error"), QStringLiteral("parse_error"), QStringLiteral("The body must be a JSON object."));
    if (body.contains(QLatin1String("key"))) {
        const QString key = body.value(QLatin1String("key")).toString();
        if (!validKey.match(key).hasMatch())
            return error(400, QStringLiteral("validation_error"), QStringLiteral("invalid_key"),
                         QStringLiteral("Only letters, numbers, hyphens (\"-\") & underscores (\"_\") are allowed."), QStringLiteral("key"));
        if (keyTaken(key, id))
            return error(400, QStringLiteral("validation_error"), QStringLiteral("unique"),
                         QStringLiteral("There is already a feature flag with this key."), QStringLiteral("key"));
        q.prepare(QStringLiteral("UPDATE feature_flags SET key = ? WHERE id = ?"));
        q.addBindValue(key);
        q.addBindValue(id);
        q.exec();
    }
    patchRow(QStringLiteral("feature_flags"), id, body, {QStringLiteral("name")}, {QStringLiteral("active"), QStringLiteral("deleted")},
             {QStringLiteral("filters"), QStringLiteral("tags")});
    return {200, flagJson(id)};
}

// event_definition.py: no volume_30_day/query_usage_30_day in current serializers;
// ordered by last_seen_at::date DESC, name.
DemoServer::Reply DemoServer::eventDefinitions(qint64 team, const HttpRequest &request)
{
    const Paging p = paging(request);
    const QString search = QStringLiteral("%%1%").arg(param(request, QStringLiteral("search")).toLower());
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM event_definitions WHERE team_id = ? AND lower(name) LIKE ?"));
    q.addBindValue(team);
    q.addBindValue(search);
    const qint64 count = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.prepare(QStringLiteral("SELECT name, last_seen_at, created_at FROM event_definitions WHERE team_id = ? AND lower(name) LIKE ?"
                             " ORDER BY date(last_seen_at) DESC, name LIMIT ? OFFSET ?"));
    q.addBindValue(team);
    q.addBindValue(search);
    q.addBindValue(p.limit);
    q.addBindValue(p.offset);
    q.exec();
    QJsonArray page;
    while (q.next()) {
        const QString name = q.value(0).toString();
        page.append(QJsonObject{{QStringLiteral("id"), QUuid::createUuidV5(QUuid(), name).toString(QUuid::WithoutBraces)},
                                {QStringLiteral("name"), name}, {QStringLiteral("description"), QJsonValue::Null},
                                {QStringLiteral("tags"), QJsonArray()}, {QStringLiteral("last_seen_at"), iso(q.value(1).toString())},
                                {QStringLiteral("created_at"), iso(q.value(2).toString())}, {QStringLiteral("last_updated_at"), iso(q.value(1).toString())},
                                {QStringLiteral("verified"), false}, {QStringLiteral("hidden"), false}, {QStringLiteral("is_action"), false},
                                {QStringLiteral("post_to_slack"), false}});
    }
    return {200, listEnvelope(request, page, count, p.limit, p.offset)};
}

DemoServer::Reply DemoServer::propertyDefinitions(qint64 team, const HttpRequest &request)
{
    const Paging p = paging(request);
    const QString type = param(request, QStringLiteral("type")).isEmpty() ? QStringLiteral("event")
                                                                                        : param(request, QStringLiteral("type"));
    if (type != QLatin1String("event") && type != QLatin1String("person"))
        return error(400, QStringLiteral("validation_error"), QStringLiteral("invalid_choice"),
                     QStringLiteral("\"%1\" is not a valid choice.").arg(type.left(40)), QStringLiteral("type"));
    const QString search = QStringLiteral("%%1%").arg(param(request, QStringLiteral("search")).toLower());
    QString where = QStringLiteral("team_id = ? AND type = ? AND lower(name) LIKE ?");
    QVariantList binds{team, type, search};
    const QJsonArray eventNames = jsonText(param(request, QStringLiteral("event_names"))).toArray();
    if (!eventNames.isEmpty()) {
        QStringList marks;
        for (const QJsonValue &e : eventNames) {
            marks.append(QStringLiteral("?"));
            binds.append(e.toString());
        }
        where += QStringLiteral(" AND event IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT count(DISTINCT name) FROM property_definitions WHERE ") + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.exec();
    q.next();
    const qint64 count = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT name, min(property_type) FROM property_definitions WHERE %1 GROUP BY name ORDER BY name LIMIT ? OFFSET ?").arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(p.limit);
    q.addBindValue(p.offset);
    q.exec();
    QJsonArray page;
    while (q.next()) {
        const QString name = q.value(0).toString();
        page.append(QJsonObject{{QStringLiteral("id"), QUuid::createUuidV5(QUuid(), type + name).toString(QUuid::WithoutBraces)},
                                {QStringLiteral("name"), name}, {QStringLiteral("property_type"), q.value(1).toString()},
                                {QStringLiteral("is_numerical"), q.value(1).toString() == QLatin1String("Numeric")},
                                {QStringLiteral("hidden"), false}});
    }
    return {200, listEnvelope(request, page, count, p.limit, p.offset)};
}

DemoServer::Reply DemoServer::errorIssues(qint64 team, const QStringList &parts, const HttpRequest &request)
{
    if (parts.isEmpty() && request.method == "GET") {
        const DemoQueryEngine::Answer answer = m_queries->run(team, QJsonObject{{QStringLiteral("kind"), QStringLiteral("ErrorTrackingQuery")},
                                                                                {QStringLiteral("status"), QStringLiteral("all")},
                                                                                {QStringLiteral("dateRange"), QJsonObject{{QStringLiteral("date_from"), QStringLiteral("-90d")}}},
                                                                                {QStringLiteral("limit"), 100}});
        const QJsonArray results = answer.body.value(QLatin1String("results")).toArray();
        return {answer.status, listEnvelope(request, results, results.size(), 100, 0)};
    }
    const QString id = parts.value(0);
    const DemoQueryEngine::Answer answer = m_queries->run(team, QJsonObject{{QStringLiteral("kind"), QStringLiteral("ErrorTrackingQuery")},
                                                                            {QStringLiteral("status"), QStringLiteral("all")},
                                                                            {QStringLiteral("issueId"), id},
                                                                            {QStringLiteral("dateRange"), QJsonObject{{QStringLiteral("date_from"), QStringLiteral("-90d")}}}});
    const QJsonArray results = answer.body.value(QLatin1String("results")).toArray();
    if (parts.size() != 1 || results.isEmpty())
        return notFound(QStringLiteral("Error tracking issue"));
    if (request.method == "GET")
        return {200, results.first()};
    if (request.method != "PATCH")
        return error(405, QStringLiteral("invalid_request"), QStringLiteral("method_not_allowed"), QStringLiteral("Method not allowed."));
    bool ok = false;
    const QJsonObject body = requestJson(request, &ok);
    static const QStringList statuses = {QStringLiteral("active"), QStringLiteral("resolved"), QStringLiteral("suppressed"),
                                         QStringLiteral("pending_release"), QStringLiteral("archived")};
    const QString status = body.value(QLatin1String("status")).toString();
    if (!ok || !statuses.contains(status))
        return error(400, QStringLiteral("validation_error"), QStringLiteral("invalid_choice"),
                     QStringLiteral("status must be one of %1.").arg(statuses.join(QStringLiteral(", "))), QStringLiteral("status"));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO error_issue_status (id, status) VALUES (?, ?)"));
    q.addBindValue(id);
    q.addBindValue(status);
    q.exec();
    QJsonObject issue = results.first().toObject();
    issue.insert(QStringLiteral("status"), status);
    return {200, issue};
}

DemoServer::Reply DemoServer::query(qint64 team, const HttpRequest &request)
{
    if (request.method != "POST")
        return error(405, QStringLiteral("invalid_request"), QStringLiteral("method_not_allowed"), QStringLiteral("Method not allowed."));
    bool ok = false;
    const QJsonObject body = requestJson(request, &ok);
    if (!ok || !body.value(QLatin1String("query")).isObject())
        return error(400, QStringLiteral("validation_error"), QStringLiteral("required"),
                     QStringLiteral("The body must be a JSON object with a 'query' node."), QStringLiteral("query"));
    // client_query_id names the run so the caller can cancel it; the demo answers before it could.
    const DemoQueryEngine::Answer answer = m_queries->run(team, body.value(QLatin1String("query")).toObject());
    QJsonObject result = answer.body;
    if (answer.status == 200 && body.value(QLatin1String("client_query_id")).isString())
        result.insert(QStringLiteral("query_id"), body.value(QLatin1String("client_query_id")));
    return {answer.status, result};
}

// query.py destroy: cancel_query answers 200 {"message": ...} whether or not the query still runs.
DemoServer::Reply DemoServer::queryStatus(const QStringList &parts, const HttpRequest &request) const
{
    if (parts.size() != 1)
        return notFound(QStringLiteral("Endpoint"));
    if (request.method == "DELETE")
        return {200, QJsonObject{{QStringLiteral("message"), QStringLiteral("Cancelled query on clickhouse")}}};
    return methodNotAllowed(request);
}
