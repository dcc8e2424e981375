#include "demodatagenerator.h"

#include "demo/hogql/demoschema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QUuid demoNamespace(QStringLiteral("{7c1e4a52-9b0d-4f3e-8a61-2d5f0c9e7b14}"));

QString uuidFor(const QString &name)
{
    return QUuid::createUuidV5(demoNamespace, name).toString(QUuid::WithoutBraces);
}

QString sqlTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text() + QStringLiteral(" in ") + sql.left(80);
    return false;
}

template <typename T>
const T &pick(QRandomGenerator &rng, const QList<T> &items)
{
    return items.at(int(rng.bounded(quint32(items.size()))));
}

struct Weighted
{
    const char *value;
    int weight;
};

const char *pickWeighted(QRandomGenerator &rng, std::initializer_list<Weighted> items)
{
    int total = 0;
    for (const auto &i : items)
        total += i.weight;
    int r = int(rng.bounded(total));
    for (const auto &i : items) {
        if (r < i.weight)
            return i.value;
        r -= i.weight;
    }
    return items.begin()->value;
}

struct ErrorKind
{
    const char *type;
    const char *message;
    const char *file;
    const char *function;
    int line;
    int weight;
};

const ErrorKind errorKinds[] = {
    {"TypeError", "Cannot read properties of undefined (reading 'files')", "src/upload/UploadQueue.tsx", "enqueueFiles", 88, 30},
    {"ChunkLoadError", "Loading chunk 412 failed.", "webpack/runtime/jsonp chunk loading", "loadChunk", 27, 18},
    {"NetworkError", "Failed to fetch /api/share-links", "src/sharing/api.ts", "createShareLink", 41, 14},
    {"RangeError", "Maximum call stack size exceeded", "src/tree/FolderTree.tsx", "renderNode", 130, 8},
    {"SyntaxError", "Unexpected token '<' in JSON at position 0", "src/billing/invoices.ts", "parseInvoice", 57, 10},
    {"QuotaExceededError", "Storage quota exceeded while caching thumbnails", "src/preview/cache.ts", "storeThumbnail", 23, 6},
    {"AbortError", "The user aborted a request.", "src/upload/resumable.ts", "sendChunk", 212, 9},
    {"ReferenceError", "stripe is not defined", "src/billing/Checkout.tsx", "openCheckout", 19, 5},
};

struct AiModel
{
    const char *model;
    const char *provider;
    double inputPerToken;
    double outputPerToken;
    int weight;
};

const AiModel aiModels[] = {
    {"gpt-4o", "openai", 2.5e-6, 10e-6, 30},
    {"gpt-4o-mini", "openai", 0.15e-6, 0.6e-6, 35},
    {"claude-3-5-sonnet-20241022", "anthropic", 3e-6, 15e-6, 20},
    {"claude-3-5-haiku-20241022", "anthropic", 0.8e-6, 4e-6, 10},
    {"gemini-1.5-pro", "google", 1.25e-6, 5e-6, 5},
};

} // namespace

DemoDataGenerator::DemoDataGenerator(quint32 seed, int events, QDateTime now)
    : m_seed(seed), m_events(events), m_now(std::move(now))
{
}

QDateTime DemoDataGenerator::anchorNow()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), 0));
    return now;
}

bool DemoDataGenerator::generate(QSqlDatabase &db, QString *error)
{
    run(db, QStringLiteral("PRAGMA journal_mode = OFF"), error);
    run(db, QStringLiteral("PRAGMA synchronous = OFF"), error);
    if (!DemoSchema::create(db, error) || !createTables(db, error))
        return false;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const bool ok = generateEvents(db, error) && generateDefinitions(db, error) && seedObjects(db, error);
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    run(db, QStringLiteral("ANALYZE"), error);
    return true;
}

bool DemoDataGenerator::createTables(QSqlDatabase &db, QString *error)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE projects (id INTEGER PRIMARY KEY, uuid TEXT, name TEXT, created_at TEXT, timezone TEXT)"),
        QStringLiteral("CREATE TABLE insights (id INTEGER PRIMARY KEY AUTOINCREMENT, team_id INTEGER, short_id TEXT UNIQUE, name TEXT,"
                       " description TEXT, query TEXT, tags TEXT DEFAULT '[]', dashboards TEXT DEFAULT '[]', saved INTEGER DEFAULT 1,"
                       " favorited INTEGER DEFAULT 0, deleted INTEGER DEFAULT 0, created_at TEXT, last_modified_at TEXT)"),
        QStringLiteral("CREATE TABLE dashboards (id INTEGER PRIMARY KEY AUTOINCREMENT, team_id INTEGER, name TEXT, description TEXT,"
                       " pinned INTEGER DEFAULT 0, tags TEXT DEFAULT '[]', deleted INTEGER DEFAULT 0, created_at TEXT, last_accessed_at TEXT)"),
        QStringLiteral("CREATE TABLE feature_flags (id INTEGER PRIMARY KEY AUTOINCREMENT, team_id INTEGER, key TEXT, name TEXT,"
                       " active INTEGER DEFAULT 1, deleted INTEGER DEFAULT 0, filters TEXT DEFAULT '{}', tags TEXT DEFAULT '[]', created_at TEXT)"),
        QStringLiteral("CREATE TABLE error_issue_status (id TEXT PRIMARY KEY, status TEXT)"),
        QStringLiteral("CREATE TABLE event_definitions (team_id INTEGER, name TEXT, volume_30_day INTEGER, last_seen_at TEXT,"
                       " PRIMARY KEY (team_id, name))"),
        QStringLiteral("CREATE TABLE property_definitions (team_id INTEGER, type TEXT, name TEXT, property_type TEXT, event TEXT,"
                       " PRIMARY KEY (team_id, type, name, event))"),
    };
    for (const QString &sql : statements) {
        if (!run(db, sql, error))
            return false;
    }
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO meta VALUES ('now', ?)"));
    meta.addBindValue(sqlTime(m_now));
    return exec(meta, error);
}

bool DemoDataGenerator::generateEvents(QSqlDatabase &db, QString *error)
{
    QRandomGenerator rng(m_seed);
    const int personCount = qMax(20, m_events / 40);
    static const QList<QString> countries = {QStringLiteral("United States"), QStringLiteral("United States"), QStringLiteral("United States"),
                                             QStringLiteral("Germany"), QStringLiteral("France"), QStringLiteral("United Kingdom"),
                                             QStringLiteral("United Kingdom"), QStringLiteral("India"), QStringLiteral("Brazil"),
                                             QStringLiteral("Canada"), QStringLiteral("Japan"), QStringLiteral("Spain")};
    static const QList<QString> browsers = {QStringLiteral("Chrome"), QStringLiteral("Chrome"), QStringLiteral("Chrome"),
                                            QStringLiteral("Safari"), QStringLiteral("Firefox"), QStringLiteral("Edge")};
    static const QList<QString> oses = {QStringLiteral("Mac OS X"), QStringLiteral("Windows"), QStringLiteral("Windows"),
                                        QStringLiteral("Linux"), QStringLiteral("iOS"), QStringLiteral("Android")};
    static const QList<QString> paths = {QStringLiteral("/"), QStringLiteral("/files"), QStringLiteral("/files"), QStringLiteral("/pricing"),
                                         QStringLiteral("/signup"), QStringLiteral("/settings"), QStringLiteral("/shared"), QStringLiteral("/billing")};
    static const QList<QString> referrers = {QStringLiteral("$direct"), QStringLiteral("www.google.com"), QStringLiteral("news.ycombinator.com"),
                                             QStringLiteral("twitter.com"), QStringLiteral("www.bing.com")};

    struct Person { QString id; QString distinctId; int team; QJsonObject props; };
    QList<Person> persons;
    persons.reserve(personCount);
    QSqlQuery insertPerson(db);
    insertPerson.prepare(QStringLiteral("INSERT INTO persons (id, team_id, created_at, is_identified, properties) VALUES (?, ?, ?, 1, ?)"));
    for (int i = 0; i < personCount; ++i) {
        Person p;
        p.team = rng.bounded(5) == 0 ? 2 : 1;
        p.id = uuidFor(QStringLiteral("person-%1-%2").arg(m_seed).arg(i));
        p.distinctId = QStringLiteral("user-%1").arg(i);
        p.props = {{QStringLiteral("email"), QStringLiteral("user%1@example.com").arg(i)},
                   {QStringLiteral("$geoip_country_name"), pick(rng, countries)},
                   {QStringLiteral("$browser"), pick(rng, browsers)},
                   {QStringLiteral("$os"), pick(rng, oses)},
                   {QStringLiteral("plan"), QString::fromLatin1(pickWeighted(rng, {{"free", 70}, {"pro", 25}, {"enterprise", 5}}))}};
        insertPerson.addBindValue(p.id);
        insertPerson.addBindValue(p.team);
        insertPerson.addBindValue(sqlTime(m_now.addDays(-40).addSecs(rng.bounded(40 * 86400))));
        insertPerson.addBindValue(QString::fromUtf8(QJsonDocument(p.props).toJson(QJsonDocument::Compact)));
        if (!exec(insertPerson, error))
            return false;
        persons.append(p);
    }

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO events (uuid, team_id, event, timestamp, distinct_id, person_id, session_id, properties)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 span = 30LL * 86400;
    for (int i = 0; i < m_events; ++i) {
        // A few persons are far more active than the rest, as in real products.
        const int index = int(std::pow(rng.generateDouble(), 2.0) * personCount) % personCount;
        const Person &person = persons.at(index);
        const QDateTime when = m_now.addSecs(-qint64(rng.bounded(quint32(span))) - 1).addMSecs(-qint64(rng.bounded(1000)));
        const QString sessionId = uuidFor(QStringLiteral("session-%1-%2-%3").arg(m_seed).arg(index).arg(when.toSecsSinceEpoch() / 1800));
        const QString event = QString::fromLatin1(pickWeighted(rng, {{"$pageview", 520}, {"$autocapture", 230}, {"file_uploaded", 80},
                                                                     {"$ai_generation", 80}, {"$exception", 35}, {"signed_up", 15},
                                                                     {"upgraded_plan", 6}, {"file_shared", 34}}));
        QJsonObject props{{QStringLiteral("$browser"), person.props.value(QLatin1String("$browser"))},
                          {QStringLiteral("$os"), person.props.value(QLatin1String("$os"))},
                          {QStringLiteral("$geoip_country_name"), person.props.value(QLatin1String("$geoip_country_name"))},
                          {QStringLiteral("$session_id"), sessionId},
                          {QStringLiteral("$lib"), QStringLiteral("web")}};
        if (event == QLatin1String("$pageview") || event == QLatin1String("$autocapture")) {
            const QString path = pick(rng, paths);
            props.insert(QStringLiteral("$pathname"), path);
            props.insert(QStringLiteral("$current_url"), QStringLiteral("https://hedgebox.example") + path);
            props.insert(QStringLiteral("$referring_domain"), pick(rng, referrers));
            props.insert(QStringLiteral("$device_type"), person.props.value(QLatin1String("$os")).toString().contains(QLatin1String("OS")) && person.props.value(QLatin1String("$os")).toString() != QLatin1String("Mac OS X") ? QStringLiteral("Mobile") : QStringLiteral("Desktop"));
            if (event == QLatin1String("$autocapture"))
                props.insert(QStringLiteral("$event_type"), QString::fromLatin1(pickWeighted(rng, {{"click", 80}, {"submit", 12}, {"change", 8}})));
        } else if (event == QLatin1String("file_uploaded")) {
            props.insert(QStringLiteral("file_size_bytes"), qint64(rng.bounded(50 * 1024 * 1024)));
            props.insert(QStringLiteral("file_type"), QString::fromLatin1(pickWeighted(rng, {{"image/png", 40}, {"application/pdf", 35}, {"video/mp4", 25}})));
        } else if (event == QLatin1String("upgraded_plan")) {
            const bool enterprise = rng.bounded(5) == 0;
            props.insert(QStringLiteral("plan"), enterprise ? QStringLiteral("enterprise") : QStringLiteral("pro"));
            props.insert(QStringLiteral("amount"), enterprise ? 499.0 : 29.0);
        } else if (event == QLatin1String("$exception")) {
            int total = 0;
            for (const auto &k : errorKinds)
                total += k.weight;
            int r = int(rng.bounded(total));
            const ErrorKind *kind = &errorKinds[0];
            for (const auto &k : errorKinds) {
                if (r < k.weight) { kind = &k; break; }
                r -= k.weight;
            }
            const QString fingerprint = QStringLiteral("%1:%2").arg(QLatin1String(kind->type), QLatin1String(kind->function));
            const QJsonArray frames{
                QJsonObject{{QStringLiteral("filename"), QStringLiteral("node_modules/react-dom/cjs/react-dom.production.min.js")},
                            {QStringLiteral("function"), QStringLiteral("invokeGuardedCallback")}, {QStringLiteral("lineno"), 3991},
                            {QStringLiteral("colno"), 14}, {QStringLiteral("in_app"), false}},
                QJsonObject{{QStringLiteral("filename"), QString::fromLatin1(kind->file)}, {QStringLiteral("function"), QString::fromLatin1(kind->function)},
                            {QStringLiteral("lineno"), kind->line}, {QStringLiteral("colno"), 17}, {QStringLiteral("in_app"), true}}};
            props.insert(QStringLiteral("$exception_type"), QString::fromLatin1(kind->type));
            props.insert(QStringLiteral("$exception_message"), QString::fromLatin1(kind->message));
            props.insert(QStringLiteral("$exception_fingerprint"), fingerprint);
            props.insert(QStringLiteral("$exception_issue_id"), uuidFor(QStringLiteral("issue-") + fingerprint));
            props.insert(QStringLiteral("$exception_list"),
                         QJsonArray{QJsonObject{{QStringLiteral("type"), QString::fromLatin1(kind->type)},
                                                {QStringLiteral("value"), QString::fromLatin1(kind->message)},
                                                {QStringLiteral("stacktrace"), QJsonObject{{QStringLiteral("type"), QStringLiteral("resolved")},
                                                                                           {QStringLiteral("frames"), frames}}}}});
            props.insert(QStringLiteral("$exception_releases"),
                         QJsonObject{{QStringLiteral("hedgebox-web"), QJsonObject{{QStringLiteral("version"), QStringLiteral("2026.11.%1").arg(1 + rng.bounded(3))}}}});
        } else if (event == QLatin1String("$ai_generation")) {
            int total = 0;
            for (const auto &m : aiModels)
                total += m.weight;
            int r = int(rng.bounded(total));
            const AiModel *model = &aiModels[0];
            for (const auto &m : aiModels) {
                if (r < m.weight) { model = &m; break; }
                r -= m.weight;
            }
            const int input = 200 + int(rng.bounded(4000));
            const int output = 50 + int(rng.bounded(1200));
            const double inputCost = std::round(input * model->inputPerToken * 1e8) / 1e8;
            const double outputCost = std::round(output * model->outputPerToken * 1e8) / 1e8;
            const bool failed = rng.bounded(50) == 0;
            props.insert(QStringLiteral("$ai_model"), QString::fromLatin1(model->model));
            props.insert(QStringLiteral("$ai_provider"), QString::fromLatin1(model->provider));
            props.insert(QStringLiteral("$ai_input_tokens"), input);
            props.insert(QStringLiteral("$ai_output_tokens"), output);
            props.insert(QStringLiteral("$ai_input_cost_usd"), inputCost);
            props.insert(QStringLiteral("$ai_output_cost_usd"), outputCost);
            props.insert(QStringLiteral("$ai_total_cost_usd"), std::round((inputCost + outputCost) * 1e8) / 1e8);
            props.insert(QStringLiteral("$ai_latency"), std::round((0.3 + rng.generateDouble() * 6.0) * 1000) / 1000);
            props.insert(QStringLiteral("$ai_trace_id"), uuidFor(QStringLiteral("trace-%1-%2").arg(m_seed).arg(i)));
            props.insert(QStringLiteral("$ai_http_status"), failed ? 500 : 200);
            props.insert(QStringLiteral("$ai_is_error"), failed);
        }
        insert.addBindValue(uuidFor(QStringLiteral("event-%1-%2").arg(m_seed).arg(i)));
        insert.addBindValue(person.team);
        insert.addBindValue(event);
        insert.addBindValue(sqlTime(when));
        insert.addBindValue(person.distinctId);
        insert.addBindValue(person.id);
        insert.addBindValue(sessionId);
        insert.addBindValue(QString::fromUtf8(QJsonDocument(props).toJson(QJsonDocument::Compact)));
        if (!exec(insert, error))
            return false;
    }
    return true;
}

bool DemoDataGenerator::generateDefinitions(QSqlDatabase &db, QString *error)
{
    if (!run(db, QStringLiteral("INSERT INTO event_definitions SELECT team_id, event, count(*), max(timestamp) FROM events GROUP BY team_id, event"),
             error))
        return false;
    // Property names and types as they occur, per event, from a sample of each event's rows.
    if (!run(db, QStringLiteral(
                     "INSERT OR IGNORE INTO property_definitions SELECT e.team_id, 'event', j.key,"
                     " CASE j.type WHEN 'integer' THEN 'Numeric' WHEN 'real' THEN 'Numeric' WHEN 'true' THEN 'Boolean'"
                     " WHEN 'false' THEN 'Boolean' ELSE 'String' END, e.event"
                     " FROM (SELECT team_id, event, properties FROM events WHERE rowid % 50 = 0) AS e, json_each(e.properties) AS j"
                     " WHERE j.type NOT IN ('array', 'object') OR j.key IN ('$exception_list', '$exception_releases')"),
             error))
        return false;
    return run(db, QStringLiteral(
                       "INSERT OR IGNORE INTO property_definitions SELECT p.team_id, 'person', j.key, 'String', ''"
                       " FROM persons AS p, json_each(p.properties) AS j"),
               error);
}

bool DemoDataGenerator::seedObjects(QSqlDatabase &db, QString *error)
{
    const QString created = sqlTime(m_now.addDays(-20));
    const QString modified = sqlTime(m_now.addDays(-2));
    QSqlQuery project(db);
    project.prepare(QStringLiteral("INSERT INTO projects VALUES (?, ?, ?, ?, 'UTC')"));
    for (auto [id, name] : {std::pair{1, "Hedgebox Web"}, std::pair{2, "Hedgebox Mobile"}}) {
        project.addBindValue(id);
        project.addBindValue(uuidFor(QStringLiteral("project-%1").arg(id)));
        project.addBindValue(QString::fromLatin1(name));
        project.addBindValue(sqlTime(m_now.addDays(-60)));
        if (!exec(project, error))
            return false;
    }

    QSqlQuery dashboard(db);
    dashboard.prepare(QStringLiteral("INSERT INTO dashboards (team_id, name, description, pinned, tags, created_at, last_accessed_at)"
                                     " VALUES (1, ?, ?, ?, ?, ?, ?)"));
    const QList<std::tuple<QString, QString, bool, QString>> dashboards = {
        {QStringLiteral("Product overview"), QStringLiteral("Traffic, sign-ups and upgrades at a glance."), true, QStringLiteral("[\"core\"]")},
        {QStringLiteral("AI features"), QStringLiteral("Cost, volume and latency of LLM calls."), false, QStringLiteral("[\"ai\"]")},
    };
    for (const auto &[name, description, pinned, tags] : dashboards) {
        dashboard.addBindValue(name);
        dashboard.addBindValue(description);
        dashboard.addBindValue(pinned ? 1 : 0);
        dashboard.addBindValue(tags);
        dashboard.addBindValue(created);
        dashboard.addBindValue(modified);
        if (!exec(dashboard, error))
            return false;
    }

    auto hogql = [](const QString &sql) {
        return QJsonObject{{QStringLiteral("kind"), QStringLiteral("DataVisualizationNode")},
                           {QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("HogQLQuery")}, {QStringLiteral("query"), sql}}}};
    };
    auto trends = [](const QString &event, const QString &math, const QJsonObject &breakdown) {
        QJsonObject source{{QStringLiteral("kind"), QStringLiteral("TrendsQuery")},
                           {QStringLiteral("series"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("EventsNode")},
                                                                             {QStringLiteral("event"), event}, {QStringLiteral("math"), math}}}},
                           {QStringLiteral("dateRange"), QJsonObject{{QStringLiteral("date_from"), QStringLiteral("-30d")}}},
                           {QStringLiteral("interval"), QStringLiteral("day")}};
        if (!breakdown.isEmpty())
            source.insert(QStringLiteral("breakdownFilter"), breakdown);
        return QJsonObject{{QStringLiteral("kind"), QStringLiteral("InsightVizNode")}, {QStringLiteral("source"), source}};
    };
    struct Seed { const char *shortId; const char *name; const char *description; QJsonObject query; const char *dashboards; bool favorited; };
    const QList<Seed> insights = {
        {"pV7cQ2mA", "Page views by country (7 days)", "Where our visitors come from.",
         hogql(QStringLiteral("SELECT properties.$geoip_country_name AS country, count() AS views FROM events WHERE event = '$pageview' "
                              "AND timestamp > now() - INTERVAL 7 DAY GROUP BY country ORDER BY views DESC LIMIT 10")), "[1]", true},
        {"dAu30dYs", "Daily active users", "Distinct persons with any event, per day, last 30 days.",
         hogql(QStringLiteral("SELECT toDate(timestamp) AS day, count(DISTINCT person_id) AS dau FROM events WHERE timestamp > now() - INTERVAL 30 DAY "
                              "GROUP BY day ORDER BY day")), "[1]", true},
        {"sGnUp7dT", "Sign-ups per day", "Trend of signed_up events.", trends(QStringLiteral("signed_up"), QStringLiteral("total"), {}), "[1]", false},
        {"uPgRd0Br", "Upgrades by plan", "upgraded_plan broken down by plan.",
         trends(QStringLiteral("upgraded_plan"), QStringLiteral("total"),
                QJsonObject{{QStringLiteral("breakdown_type"), QStringLiteral("event")}, {QStringLiteral("breakdown"), QStringLiteral("plan")}}), "[1]", false},
        {"aIc0sTmd", "LLM cost by model (30 days)", "Total $ai_total_cost_usd per model.",
         hogql(QStringLiteral("SELECT properties.$ai_model AS model, round(sum(toFloat(properties.$ai_total_cost_usd)), 4) AS cost_usd, count() AS calls "
                              "FROM events WHERE event = '$ai_generation' AND timestamp > now() - INTERVAL 30 DAY GROUP BY model ORDER BY cost_usd DESC")),
         "[2]", false},
        {"eRr0rTr3", "Exceptions per day", "All $exception events.", trends(QStringLiteral("$exception"), QStringLiteral("total"), {}), "[2]", false},
    };
    QSqlQuery insight(db);
    insight.prepare(QStringLiteral("INSERT INTO insights (team_id, short_id, name, description, query, dashboards, favorited, created_at, last_modified_at)"
                                   " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Seed &s : insights) {
        insight.addBindValue(QString::fromLatin1(s.shortId));
        insight.addBindValue(QString::fromUtf8(s.name));
        insight.addBindValue(QString::fromUtf8(s.description));
        insight.addBindValue(QString::fromUtf8(QJsonDocument(s.query).toJson(QJsonDocument::Compact)));
        insight.addBindValue(QString::fromLatin1(s.dashboards));
        insight.addBindValue(s.favorited ? 1 : 0);
        insight.addBindValue(created);
        insight.addBindValue(modified);
        if (!exec(insight, error))
            return false;
    }

    auto group = [](QJsonArray properties, QJsonValue rollout) {
        return QJsonObject{{QStringLiteral("properties"), properties}, {QStringLiteral("rollout_percentage"), rollout}};
    };
    auto personProperty = [](const char *key, const char *value) {
        return QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key)}, {QStringLiteral("type"), QStringLiteral("person")},
                           {QStringLiteral("operator"), QStringLiteral("exact")}, {QStringLiteral("value"), QJsonArray{QString::fromLatin1(value)}}};
    };
    struct Flag { const char *key; const char *name; bool active; QJsonObject filters; };
    const QList<Flag> flags = {
        {"new-upload-flow", "Resumable uploads", true, QJsonObject{{QStringLiteral("groups"), QJsonArray{group({}, 50)}}}},
        {"ai-summaries", "AI file summaries", true,
         QJsonObject{{QStringLiteral("groups"), QJsonArray{group({personProperty("plan", "pro")}, 100), group({personProperty("plan", "enterprise")}, 100)}}}},
        {"pricing-page-test", "Pricing page experiment", true,
         QJsonObject{{QStringLiteral("groups"), QJsonArray{group({}, 100)}},
                     {QStringLiteral("multivariate"), QJsonObject{{QStringLiteral("variants"),
                                                                   QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("control")}, {QStringLiteral("rollout_percentage"), 50}},
                                                                              QJsonObject{{QStringLiteral("key"), QStringLiteral("annual-first")}, {QStringLiteral("rollout_percentage"), 50}}}}}}}},
        {"dark-mode", "Dark mode", true, QJsonObject{{QStringLiteral("groups"), QJsonArray{group({}, 100)}}}},
        {"legacy-sharing", "Legacy share links", false, QJsonObject{{QStringLiteral("groups"), QJsonArray{group({}, 0)}}}},
        {"eu-data-residency", "EU data residency banner", true,
         QJsonObject{{QStringLiteral("groups"), QJsonArray{group({personProperty("$geoip_country_name", "Germany"), personProperty("$geoip_country_name", "France")}, 100)}}}},
    };
    QSqlQuery flag(db);
    flag.prepare(QStringLiteral("INSERT INTO feature_flags (team_id, key, name, active, filters, created_at) VALUES (1, ?, ?, ?, ?, ?)"));
    for (const Flag &f : flags) {
        flag.addBindValue(QString::fromLatin1(f.key));
        flag.addBindValue(QString::fromLatin1(f.name));
        flag.addBindValue(f.active ? 1 : 0);
        flag.addBindValue(QString::fromUtf8(QJsonDocument(f.filters).toJson(QJsonDocument::Compact)));
        flag.addBindValue(created);
        if (!exec(flag, error))
            return false;
    }
    return true;
}
