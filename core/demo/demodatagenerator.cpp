#include "demodatagenerator.h"

#include "demoids.h"

#include "demoaitrace.h"
#include "demoerrortrackingseed.h"
#include "demoexperimentseed.h"
#include "demosurveyseed.h"

#include "demo/hogql/demoschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <iterator>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QUuid demoNamespace(u"{7c1e4a52-9b0d-4f3e-8a61-2d5f0c9e7b14}"_s);

QString uuidFor(const QString &name)
{
    return QUuid::createUuidV5(demoNamespace, name).toString(QUuid::WithoutBraces);
}

QString sqlTime(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

// 'YYYY-MM-DD HH:MM:SS.mmm' for a UTC epoch in ms, without QDateTime: formatting 200 000
// timestamps through QDateTime::toString alone took longer than the whole load may.
QByteArray sqlTimeFast(qint64 msecs)
{
    qint64 days = msecs / 86400000;
    qint64 rest = msecs % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    QByteArray out(23, Qt::Uninitialized);
    char *p = out.data();
    auto digits = [&p](int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            p[i] = char('0' + value % 10);
        p += width;
    };
    digits(year, 4), *p++ = '-', digits(month, 2), *p++ = '-', digits(day, 2), *p++ = ' ';
    digits(int(rest / 3600000), 2), *p++ = ':', digits(int(rest / 60000 % 60), 2), *p++ = ':', digits(int(rest / 1000 % 60), 2);
    *p++ = '.', digits(int(rest % 1000), 3);
    return out;
}

QByteArray quoted(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (uchar(c) < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", unsigned(uchar(c)));
            out += escape;
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

// Builds one properties object as compact JSON text, as QJsonDocument would, without its cost.
class JsonWriter
{
public:
    JsonWriter() { m_out.reserve(700); }
    JsonWriter &raw(QByteArrayView key, QByteArrayView json)
    {
        m_out += m_out.isEmpty() ? '{' : ',';
        appendQuoted(key);
        m_out += ':';
        m_out += json;
        return *this;
    }
    JsonWriter &text(QByteArrayView key, QByteArrayView value)
    {
        m_out += m_out.isEmpty() ? '{' : ',';
        appendQuoted(key);
        m_out += ':';
        appendQuoted(value);
        return *this;
    }
    JsonWriter &number(QByteArrayView key, double value) { return raw(key, QByteArray::number(value, 'g', 12)); }
    JsonWriter &integer(QByteArrayView key, qint64 value) { return raw(key, QByteArray::number(value)); }
    JsonWriter &boolean(QByteArrayView key, bool value) { return raw(key, value ? "true" : "false"); }
    // Members already written as JSON text ("k":v,...), as DemoAiTrace gives them.
    JsonWriter &members(QByteArrayView json)
    {
        m_out += m_out.isEmpty() ? '{' : ',';
        m_out += json;
        return *this;
    }
    QByteArray finish()
    {
        if (m_out.isEmpty())
            return QByteArrayLiteral("{}");
        m_out += '}';
        return std::move(m_out);
    }

private:
    void appendQuoted(QByteArrayView text)
    {
        bool plain = true;
        for (char c : text)
            plain = plain && c != '"' && c != '\\' && uchar(c) >= 0x20;
        if (!plain) {
            m_out += quoted(text);
            return;
        }
        m_out += '"';
        m_out += text;
        m_out += '"';
    }

    QByteArray m_out;
};

// One prepared statement through SQLite's C API: per row, Qt's QVariant binding was the
// largest cost of generation.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    // The bytes must outlive step(): every caller binds values it keeps until then.
    void text(int index, const QByteArray &value) { sqlite3_bind_text(m_stmt, index, value.constData(), int(value.size()), SQLITE_STATIC); }
    void integer(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    bool step(QString *error)
    {
        const bool ok = m_ok && sqlite3_step(m_stmt) == SQLITE_DONE;
        sqlite3_reset(m_stmt);
        if (!ok)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return ok;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};

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
    *error = query.lastError().text() + u" in "_s + sql.left(80);
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

// One item of a weighted list (an array or a braced list), drawn in proportion to its weight.
template <typename Items>
const auto &pickFrom(QRandomGenerator &rng, const Items &items)
{
    int total = 0;
    for (const auto &i : items)
        total += i.weight;
    int r = int(rng.bounded(total));
    for (const auto &i : items) {
        if (r < i.weight)
            return i;
        r -= i.weight;
    }
    return *std::begin(items);
}

const char *pickWeighted(QRandomGenerator &rng, std::initializer_list<Weighted> items)
{
    return pickFrom(rng, items).value;
}

template <typename T, std::size_t N>
const T &pickByWeight(QRandomGenerator &rng, const T (&items)[N])
{
    return pickFrom(rng, items);
}

struct ErrorKind
{
    const char *type;
    const char *message;
    const char *file;
    const char *function;
    const char *mangled;
    const char *code; // the source line, for the frame's context
    int line;
    int weight;
    int minAgeDays; // > 0: only happens that many days ago or more (no recent events)
};

const ErrorKind errorKinds[] = {
    {"TypeError", "Cannot read properties of undefined (reading 'files')", "src/upload/UploadQueue.tsx", "enqueueFiles", "t",
     "    const names = batch.files.map((f) => f.name)", 88, 30, 0},
    {"ChunkLoadError", "Loading chunk 412 failed.", "webpack/runtime/jsonp chunk loading", "loadChunk", "r.l", "    throw error", 27, 18, 0},
    {"NetworkError", "Failed to fetch /api/share-links", "src/sharing/api.ts", "createShareLink", "a",
     "    const response = await fetch(url, options)", 41, 14, 0},
    {"RangeError", "Maximum call stack size exceeded", "src/tree/FolderTree.tsx", "renderNode", "o", "    return children.map(renderNode)", 130, 8,
     0},
    {"SyntaxError", "Unexpected token '<' in JSON at position 0", "src/billing/invoices.ts", "parseInvoice", "p", "    return JSON.parse(body)", 57,
     10, 0},
    {"QuotaExceededError", "Storage quota exceeded while caching thumbnails", "src/preview/cache.ts", "storeThumbnail", "s",
     "    localStorage.setItem(key, dataUrl)", 23, 6, 0},
    {"AbortError", "The user aborted a request.", "src/upload/resumable.ts", "sendChunk", "c", "    await xhr.send(chunk)", 212, 9, 0},
    {"ReferenceError", "stripe is not defined", "src/billing/Checkout.tsx", "openCheckout", "u", "    stripe.redirectToCheckout({ sessionId })", 19,
     5, 0},
    // Thrown on the server (src/server/): captured by posthog-node, no page URL.
    {"Error", "connect ECONNREFUSED 10.0.4.17:5432", "src/server/db/pool.ts", "acquireConnection", "acquireConnection",
     "    const client = await pool.connect()", 48, 7, 0},
    // Fixed in the current release: last seen days ago, so a 24 h default window finds nothing.
    {"InvalidStateError", "Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.", "src/offline/store.ts",
     "openTransaction", "d", "    const tx = db.transaction(STORE, 'readwrite')", 64, 4, 3},
};

struct AiModel
{
    const char *model;
    const char *provider;
    double inputPerToken;
    double outputPerToken;
    int weight;
};

const AiModel embeddingModels[] = {
    {"text-embedding-3-small", "openai", 0.02e-6, 0, 70},
    {"text-embedding-3-large", "openai", 0.13e-6, 0, 30},
};

struct Person
{
    QByteArray id;
    QByteArray distinctId;
    int team;
    bool testAccount;
    QByteArray browser, os, country;
};

QJsonObject contextLine(int number, const QString &line)
{
    return {{u"number"_s, number}, {u"line"_s, line}};
}

// A frame as cymbal stores it after resolution (rust/cymbal/src/frames/mod.rs).
QJsonObject resolvedFrame(const QString &mangled, const QString &resolved, const QString &source, int line, int column, bool inApp,
                          const QJsonValue &context)
{
    QJsonObject frame{{u"raw_id"_s, uuidFor(source + mangled).left(16)},
                      {u"mangled_name"_s, mangled},
                      {u"resolved_name"_s, resolved},
                      {u"source"_s, source},
                      {u"line"_s, line},
                      {u"column"_s, column},
                      {u"in_app"_s, inApp},
                      {u"lang"_s, u"javascript"_s},
                      {u"resolved"_s, true},
                      {u"resolve_failure"_s, QJsonValue::Null},
                      {u"synthetic"_s, false}};
    if (!context.isNull())
        frame.insert(u"context"_s, context);
    return frame;
}

bool thrownOnServer(const ErrorKind &kind)
{
    return QByteArrayView(kind.file).startsWith("src/server/");
}

// $exception_list for one error: resolved by cymbal, or (`raw`) as the SDK sent it.
QJsonArray exceptionList(const ErrorKind &kind, bool raw)
{
    const bool server = thrownOnServer(kind);
    QJsonObject stacktrace;
    if (raw) {
        stacktrace = {{u"type"_s, u"raw"_s},
                      {u"frames"_s, QJsonArray{QJsonObject{{u"filename"_s, u"https://hedgebox.example/static/vendor.js"_s},
                                                           {u"function"_s, u"invokeGuardedCallback"_s},
                                                           {u"lineno"_s, 1},
                                                           {u"colno"_s, 39912},
                                                           {u"in_app"_s, false}},
                                               QJsonObject{{u"filename"_s, QString::fromLatin1(kind.file)},
                                                           {u"function"_s, QString::fromLatin1(kind.function)},
                                                           {u"lineno"_s, kind.line},
                                                           {u"colno"_s, 17},
                                                           {u"in_app"_s, true}}}}};
    } else {
        const QJsonObject context{{u"before"_s, QJsonArray{contextLine(kind.line - 1, u"  try {"_s)}},
                                  {u"line"_s, contextLine(kind.line, QString::fromLatin1(kind.code))},
                                  {u"after"_s, QJsonArray{contextLine(kind.line + 1, u"  } finally {"_s)}}};
        stacktrace = {{u"type"_s, u"resolved"_s},
                      {u"frames"_s, QJsonArray{server ? resolvedFrame(u"processTicksAndRejections"_s, u"processTicksAndRejections"_s,
                                                                      u"node:internal/process/task_queues"_s, 95, 5, false, QJsonValue::Null)
                                                      : resolvedFrame(u"Xe"_s, u"invokeGuardedCallback"_s,
                                                                      u"node_modules/react-dom/cjs/react-dom.production.min.js"_s, 3991, 14, false,
                                                                      QJsonValue::Null),
                                               resolvedFrame(QString::fromLatin1(kind.mangled), QString::fromLatin1(kind.function),
                                                             QString::fromLatin1(kind.file), kind.line, 17, true, context)}}};
    }
    return {QJsonObject{
        {u"type"_s, QString::fromLatin1(kind.type)},
        {u"value"_s, QString::fromLatin1(kind.message)},
        {u"mechanism"_s, QJsonObject{{u"handled"_s, false}, {u"synthetic"_s, false}, {u"type"_s, server ? u"onuncaughtexception"_s : u"onerror"_s}}},
        {u"stacktrace"_s, stacktrace}}};
}

QByteArray compactJson(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}
QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

namespace {

const QList<QByteArray> countries = {"United States",  "United States", "United States", "Germany", "France", "United Kingdom",
                                     "United Kingdom", "India",         "Brazil",        "Canada",  "Japan",  "Spain"};
const QList<QByteArray> browsers = {"Chrome", "Chrome", "Chrome", "Safari", "Firefox", "Edge"};
const QList<QByteArray> oses = {"Mac OS X", "Windows", "Windows", "Linux", "iOS", "Android"};
const QList<QByteArray> paths = {"/", "/files", "/files", "/pricing", "/signup", "/settings", "/shared", "/billing"};
const QList<QByteArray> referrers = {"$direct", "www.google.com", "news.ycombinator.com", "twitter.com", "www.bing.com"};

// Persons; every 40th is a Hedgebox employee testing in production: a test account under
// PostHog's default filters (email containing @posthog.com, local hosts).
bool makePersons(QRandomGenerator &rng, int count, quint32 seed, const QDateTime &now, sqlite3 *db, QList<Person> *persons, QString *error)
{
    Statement insert(db, "INSERT INTO persons (id, team_id, created_at, is_identified, properties) VALUES (?, ?, ?, 1, ?)");
    persons->reserve(count);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        Person p;
        p.team = rng.bounded(5) == 0 ? 2 : 1;
        p.id = uuidFor(u"person-%1-%2"_s.arg(seed).arg(i)).toLatin1();
        p.distinctId = "user-" + QByteArray::number(i);
        p.testAccount = i % 40 == 7;
        p.country = pick(rng, countries);
        p.browser = pick(rng, browsers);
        p.os = pick(rng, oses);
        const char *plan = pickWeighted(rng, {{"free", 70}, {"pro", 25}, {"enterprise", 5}});
        const QByteArray email = p.testAccount ? "qa" + QByteArray::number(i) + "@posthog.com" : "user" + QByteArray::number(i) + "@example.com";
        JsonWriter props;
        props.text("email", email).text("$geoip_country_name", p.country).text("$browser", p.browser).text("$os", p.os).text("plan", plan);
        const QByteArray created = sqlTimeFast(nowMs - 40LL * 86400000 + qint64(rng.bounded(40 * 86400)) * 1000);
        const QByteArray json = props.finish();
        insert.text(1, p.id);
        insert.integer(2, p.team);
        insert.text(3, created);
        insert.text(4, json);
        if (!insert.step(error))
            return false;
        persons->append(p);
    }
    return true;
}

void webProperties(QRandomGenerator &rng, const Person &person, bool autocapture, JsonWriter &props)
{
    const QByteArray path = pick(rng, paths);
    const bool mobile = (person.os == "iOS" || person.os == "Android");
    props.text("$pathname", path).text("$current_url", (person.testAccount ? "http://localhost:8000" : "https://hedgebox.example") + path);
    props.text("$referring_domain", pick(rng, referrers)).text("$device_type", mobile ? "Mobile" : "Desktop");
    if (autocapture)
        props.text("$event_type", pickWeighted(rng, {{"click", 80}, {"submit", 12}, {"change", 8}}));
}

// $exception as it is stored after ingestion: cymbal's fingerprint, issue and resolved frames;
// one browser error in ten left unprocessed (raw SDK frames), as events from before source maps
// were uploaded. Browser errors come from posthog-js, whose $lib is "web" (posthog-js
// src/config.ts LIB_NAME), with the page they happened on (`page` varies without drawing from
// `rng`, so the other events stay as they were); server errors from posthog-node, with none.
void exceptionProperties(QRandomGenerator &rng, const ErrorKind &kind, const Person &person, quint64 page, JsonWriter &props)
{
    const QString fingerprint = u"%1:%2"_s.arg(QLatin1String(kind.type), QLatin1String(kind.function));
    const bool server = thrownOnServer(kind);
    const bool raw = rng.bounded(10) == 0 && !server;
    const int patch = 1 + int(rng.bounded(3));
    const QString version = u"2026.11.%1"_s.arg(patch);
    const QString hash = uuidFor(u"release-"_s + version).left(12);
    props.text("$exception_type", kind.type).text("$exception_message", kind.message);
    // An issue belongs to one project, as in PostHog, though both projects throw the same errors.
    const QString issue = uuidFor(u"issue-%1-%2"_s.arg(person.team).arg(fingerprint));
    props.text("$exception_fingerprint", fingerprint.toUtf8()).text("$exception_issue_id", issue.toLatin1());
    props.raw("$exception_list", compactJson(exceptionList(kind, raw)));
    props.raw("$exception_releases",
              compactJson(QJsonObject{
                  {hash, QJsonObject{{u"id"_s, uuidFor(hash)}, {u"hash_id"_s, hash}, {u"version"_s, version}, {u"project"_s, u"hedgebox-web"_s}}}}));
    props.text("$lib", server ? "posthog-node" : "web").text("$lib_version", (server ? "4.3." : "1.200.") + QByteArray::number(patch));
    if (!server) {
        const QByteArray &path = paths.at(int(DemoIds::mix(page) % quint64(paths.size())));
        props.text("$pathname", path).text("$current_url", (person.testAccount ? "http://localhost:8000" : "https://hedgebox.example") + path);
    }
}

// A lone embedding call: its own trace id, as the SDKs' client wrappers send it. Generations come
// in traces (DemoAiTrace).
void embeddingProperties(QRandomGenerator &rng, quint64 traceSeed, JsonWriter &props)
{
    const AiModel &model = pickByWeight(rng, embeddingModels);
    const int input = 20 + int(rng.bounded(800));
    const double inputCost = std::round(input * model.inputPerToken * 1e10) / 1e10;
    const bool failed = rng.bounded(50) == 0;
    props.text("$ai_model", model.model).text("$ai_provider", model.provider).integer("$ai_input_tokens", input);
    props.number("$ai_input_cost_usd", inputCost).number("$ai_total_cost_usd", inputCost);
    props.number("$ai_latency", std::round((0.05 + rng.generateDouble() * 0.5) * 1000) / 1000);
    props.text("$ai_trace_id", DemoIds::uuid(DemoIds::mix(traceSeed), DemoIds::mix(traceSeed + 1)))
        .integer("$ai_http_status", failed ? 500 : 200)
        .boolean("$ai_is_error", failed);
}

} // namespace

DemoDataGenerator::DemoDataGenerator(quint32 seed, int events, QDateTime now)
    : m_seed(seed)
    , m_events(events)
    , m_now(std::move(now))
{ }

QDateTime DemoDataGenerator::anchorNow()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), 0));
    return now;
}

bool DemoDataGenerator::generate(QSqlDatabase &db, QString *error)
{
    // Nothing here needs to survive a crash: a half-written file is never renamed into the cache.
    run(db, u"PRAGMA page_size = 16384"_s, error); // rows of ~500 bytes: fewer pages, fewer splits
    run(db, u"PRAGMA journal_mode = OFF"_s, error);
    run(db, u"PRAGMA synchronous = OFF"_s, error);
    run(db, u"PRAGMA cache_size = -16000"_s, error); // 16 MB: the hot pages are the B-trees' right edges
    run(db, u"PRAGMA temp_store = MEMORY"_s, error);
    const QVariant handle = db.driver()->handle();
    sqlite3 *raw = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
    if (!raw) {
        *error = u"the SQLite driver gave no handle"_s;
        return false;
    }
    if (!DemoSchema::createTables(db, error) || !DemoSchema::createIndexes(db, error) || !createTables(db, error)
        || !DemoErrorTrackingSeed::create(db, error))
        return false;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const bool ok = generateEvents(raw, error) && seedProjects(db, error) && seedDashboards(db, error) && seedInsights(db, error)
                    && seedFlags(db, error) && DemoExperimentSeed(m_seed, m_now).run(db, raw, error)
                    && DemoSurveySeed(m_seed, m_now).generate(db, error);
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    if (!generateDefinitions(db, error))
        return false;
    run(db, u"PRAGMA analysis_limit = 1000"_s, error);
    run(db, u"ANALYZE"_s, error);
    return DemoSchema::configure(db, error);
}

bool DemoDataGenerator::createTables(QSqlDatabase &db, QString *error)
{
    const QStringList statements = {
        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s,
        u"CREATE TABLE projects (id INTEGER PRIMARY KEY, uuid TEXT, name TEXT, created_at TEXT, timezone TEXT, organization_id TEXT)"_s,
        u"CREATE TABLE insights (id INTEGER PRIMARY KEY AUTOINCREMENT, team_id INTEGER, short_id TEXT UNIQUE, name TEXT,"
        " description TEXT, query TEXT, tags TEXT DEFAULT '[]', dashboards TEXT DEFAULT '[]', saved INTEGER DEFAULT 1,"
        " favorited INTEGER DEFAULT 0, deleted INTEGER DEFAULT 0, created_at TEXT, last_modified_at TEXT, legacy_order INTEGER)"_s,
        u"CREATE TABLE dashboards (id INTEGER PRIMARY KEY AUTOINCREMENT, team_id INTEGER, name TEXT, description TEXT,"
        " pinned INTEGER DEFAULT 0, tags TEXT DEFAULT '[]', deleted INTEGER DEFAULT 0, created_at TEXT, last_accessed_at TEXT)"_s,
        u"CREATE TABLE dashboard_texts (id INTEGER PRIMARY KEY AUTOINCREMENT, dashboard_id INTEGER, body TEXT, created_at TEXT)"_s,
        u"CREATE TABLE feature_flags (id INTEGER PRIMARY KEY AUTOINCREMENT, team_id INTEGER, key TEXT, name TEXT,"
        " active INTEGER DEFAULT 1, deleted INTEGER DEFAULT 0, filters TEXT DEFAULT '{}', tags TEXT DEFAULT '[]', created_at TEXT)"_s,
        u"CREATE TABLE event_definitions (team_id INTEGER, name TEXT, volume_30_day INTEGER, last_seen_at TEXT, created_at TEXT,"
        " PRIMARY KEY (team_id, name))"_s,
        u"CREATE TABLE property_definitions (team_id INTEGER, type TEXT, name TEXT, property_type TEXT, event TEXT,"
        " PRIMARY KEY (team_id, type, name, event))"_s,
    };
    for (const QString &sql : statements) {
        if (!run(db, sql, error))
            return false;
    }
    QSqlQuery meta(db);
    meta.prepare(u"INSERT INTO meta VALUES ('now', ?)"_s);
    meta.addBindValue(sqlTime(m_now));
    return exec(meta, error);
}

namespace {

struct EventRow
{
    QByteArray uuid, event, timestamp, session, properties;
    int person = 0;
};

// Chunks of rows from the generating thread to the inserting one; bounded, so memory stays small.
class RowQueue
{
public:
    void push(std::vector<EventRow> chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_chunks.size() < 4; });
        m_chunks.push_back(std::move(chunk));
        m_changed.notify_all();
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    bool pop(std::vector<EventRow> *chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_chunks.empty() || m_closed; });
        if (m_chunks.empty())
            return false;
        *chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return true;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<EventRow>> m_chunks;
    bool m_closed = false;
};

struct EventPlan
{
    quint32 seed;
    int events;
    qint64 nowMs;
};

QByteArray eventUuid(const EventPlan &plan, int slot)
{
    return DemoIds::uuid(DemoIds::mix(quint64(plan.seed) * 1000003 + quint64(slot)), DemoIds::mix(quint64(slot) ^ 0x5bd1e995));
}

// A trace's events before its last one (`row`), in the slots after row's: same person and
// session, the common properties in `common`, each at its own capture time.
void traceRows(const DemoAiTrace &trace, const JsonWriter &common, const EventRow &row, const EventPlan &plan, int i, qint64 when,
               std::vector<EventRow> *out)
{
    const std::vector<DemoAiTrace::Event> &events = trace.events();
    for (size_t k = 0; k + 1 < events.size(); ++k) {
        EventRow r;
        r.person = row.person;
        r.event = events[k].name;
        r.session = row.session;
        JsonWriter props = common;
        props.members(events[k].properties).text("$session_id", row.session);
        r.properties = props.finish();
        r.uuid = eventUuid(plan, i + 1 + int(k));
        r.timestamp = sqlTimeFast(when + events[k].offsetMs);
        out->push_back(std::move(r));
    }
}

// The event of slot `i`; a trace's earlier events go to `before` and take the next slots.
EventRow makeEvent(QRandomGenerator &rng, const QList<Person> &persons, const EventPlan &plan, int i, qint64 ageMs, std::vector<EventRow> *before)
{
    // A few persons are far more active than the rest, as in real products.
    const int index = int(std::pow(rng.generateDouble(), 2.0) * persons.size()) % int(persons.size());
    const Person &person = persons.at(index);
    qint64 when = plan.nowMs - ageMs;
    EventRow row;
    row.person = index;
    row.event = pickWeighted(rng, {{"$pageview", 520},
                                   {"$autocapture", 230},
                                   {"file_uploaded", 80},
                                   {"$ai_trace", 28},
                                   {"$ai_embedding", 20},
                                   {"$exception", 35},
                                   {"signed_up", 15},
                                   {"upgraded_plan", 6},
                                   {"file_shared", 34}});
    const QByteArray &event = row.event;
    std::optional<DemoAiTrace> trace;
    std::optional<JsonWriter> common; // the properties every event has, for a trace's other events
    JsonWriter props;
    props.text("$browser", person.browser).text("$os", person.os).text("$geoip_country_name", person.country);
    if (event != "$exception") // an exception's SDK depends on where it was thrown: exceptionProperties
        props.text("$lib", "web");
    props.text("$host", person.testAccount ? "localhost:8000" : "hedgebox.example");
    if (event == "$pageview" || event == "$autocapture") {
        webProperties(rng, person, event == "$autocapture", props);
    } else if (event == "file_uploaded") {
        props.integer("file_size_bytes", qint64(rng.bounded(50 * 1024 * 1024)));
        props.text("file_type", pickWeighted(rng, {{"image/png", 40}, {"application/pdf", 35}, {"video/mp4", 25}}));
    } else if (event == "upgraded_plan") {
        const bool enterprise = rng.bounded(5) == 0;
        props.text("plan", enterprise ? "enterprise" : "pro").number("amount", enterprise ? 499.0 : 29.0);
    } else if (event == "$exception") {
        const ErrorKind &kind = pickByWeight(rng, errorKinds);
        if (kind.minAgeDays > 0) // moved back in time: the bug was fixed
            when = plan.nowMs - (kind.minAgeDays * 86400LL + qint64(rng.bounded(6 * 86400))) * 1000;
        exceptionProperties(rng, kind, person, (quint64(plan.seed) << 32) ^ quint64(i), props);
    } else if (event == "$ai_trace") {
        trace.emplace(rng, (quint64(plan.seed) << 32) + quint64(i), plan.events - i);
        common = props;
        row.event = trace->events().back().name;
        props.members(trace->events().back().properties);
    } else if (event == "$ai_embedding") {
        embeddingProperties(rng, (quint64(plan.seed) << 32) + quint64(i), props);
    }
    row.session = DemoIds::uuid(DemoIds::mix((quint64(plan.seed) << 40) ^ (quint64(index) << 20) ^ quint64(when / 1800000)),
                                DemoIds::mix(quint64(index) + 17));
    props.text("$session_id", row.session);
    row.uuid = eventUuid(plan, i);
    row.timestamp = sqlTimeFast(when);
    row.properties = props.finish();
    if (trace)
        traceRows(*trace, *common, row, plan, i, when, before);
    return row;
}

void produceEvents(QRandomGenerator rng, const QList<Person> &persons, EventPlan plan, RowQueue *queue)
{
    // Oldest first: rows then reach the indexes in (nearly) key order, which is as cheap as
    // building the indexes afterwards and saves that step.
    std::vector<qint64> ages(size_t(plan.events));
    for (qint64 &age : ages)
        age = (qint64(rng.bounded(quint32(30 * 86400))) + 1) * 1000 + qint64(rng.bounded(1000));
    std::sort(ages.begin(), ages.end(), std::greater<qint64>());
    std::vector<EventRow> chunk;
    std::vector<EventRow> before;
    for (int i = 0; i < plan.events; ++i) {
        EventRow row = makeEvent(rng, persons, plan, i, ages[size_t(i)], &before);
        i += int(before.size());
        std::move(before.begin(), before.end(), std::back_inserter(chunk));
        before.clear();
        chunk.push_back(std::move(row));
        if (chunk.size() >= 4096) {
            queue->push(std::move(chunk));
            chunk = {};
        }
    }
    if (!chunk.empty())
        queue->push(std::move(chunk));
    queue->close();
}

} // namespace

// Rows are built on a second thread while this one inserts them: the two halves of the work
// take about as long as each other, so on two cores the load takes half the time.
bool DemoDataGenerator::generateEvents(sqlite3 *db, QString *error)
{
    QRandomGenerator rng(m_seed);
    QList<Person> persons;
    if (!makePersons(rng, qMax(20, m_events / 40), m_seed, m_now, db, &persons, error))
        return false;
    RowQueue queue;
    std::thread producer(produceEvents, rng, std::cref(persons), EventPlan{m_seed, m_events, m_now.toMSecsSinceEpoch()}, &queue);
    // Sixteen rows per statement: one VDBE run per batch instead of per row.
    constexpr int batch = 16;
    QByteArray sql = "INSERT INTO events (uuid, team_id, event, timestamp, distinct_id, person_id, session_id, properties) VALUES ";
    for (int i = 0; i < batch; ++i)
        sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?)";
    Statement many(db, sql.constData());
    Statement one(db, "INSERT INTO events (uuid, team_id, event, timestamp, distinct_id, person_id, session_id, properties)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto bind = [&persons](Statement &statement, int first, const EventRow &row) {
        const Person &person = persons.at(row.person);
        statement.text(first + 1, row.uuid);
        statement.integer(first + 2, person.team);
        statement.text(first + 3, row.event);
        statement.text(first + 4, row.timestamp);
        statement.text(first + 5, person.distinctId);
        statement.text(first + 6, person.id);
        statement.text(first + 7, row.session);
        statement.text(first + 8, row.properties);
    };
    bool ok = true;
    std::vector<EventRow> chunk;
    while (queue.pop(&chunk)) {
        size_t i = 0;
        for (; ok && i + batch <= chunk.size(); i += batch) {
            for (int r = 0; r < batch; ++r)
                bind(many, r * 8, chunk[i + size_t(r)]);
            ok = many.step(error);
        }
        for (; ok && i < chunk.size(); ++i) {
            bind(one, 0, chunk[i]);
            ok = one.step(error);
        }
    }
    producer.join();
    return ok;
}

bool DemoDataGenerator::generateDefinitions(QSqlDatabase &db, QString *error)
{
    if (!run(db,
             u"INSERT INTO event_definitions SELECT team_id, event, count(*), max(timestamp), min(timestamp) FROM events"
             " GROUP BY team_id, event"_s,
             error))
        return false;
    // Property names and types as they occur, per event, from a sample of rows (a rowid range:
    // a modulo filter would read the whole table). Every event kind sets the same keys each time.
    if (!run(db,
             u"INSERT OR IGNORE INTO property_definitions SELECT e.team_id, 'event', j.key,"
             " CASE j.type WHEN 'integer' THEN 'Numeric' WHEN 'real' THEN 'Numeric' WHEN 'true' THEN 'Boolean'"
             " WHEN 'false' THEN 'Boolean' ELSE 'String' END, e.event"
             " FROM (SELECT team_id, event, properties FROM events WHERE rowid <= 8000) AS e, json_each(e.properties) AS j"
             " WHERE j.type NOT IN ('array', 'object') OR j.key IN ('$exception_list', '$exception_releases')"_s,
             error))
        return false;
    return run(db,
               u"INSERT OR IGNORE INTO property_definitions SELECT p.team_id, 'person', j.key, 'String', ''"
               " FROM persons AS p, json_each(p.properties) AS j"_s,
               error);
}

bool DemoDataGenerator::seedProjects(QSqlDatabase &db, QString *error)
{
    // Two projects in the user's current organization, one in a second organization.
    QSqlQuery project(db);
    project.prepare(u"INSERT INTO projects VALUES (?, ?, ?, ?, 'UTC', ?)"_s);
    const QString main = u"0190a7c4-5e1d-7d2a-9f3b-4d6e8a1c2b3d"_s;
    const QString labs = u"0190a7c4-7a2b-7c1d-8e4f-5a6b7c8d9e0f"_s;
    for (auto [id, name, org] : {std::tuple{1, "Hedgebox Web", main}, std::tuple{2, "Hedgebox Mobile", main}, std::tuple{3, "Labs sandbox", labs}}) {
        project.addBindValue(id);
        project.addBindValue(uuidFor(u"project-%1"_s.arg(id)));
        project.addBindValue(QString::fromLatin1(name));
        project.addBindValue(sqlTime(m_now.addDays(-60 + id)));
        project.addBindValue(org);
        if (!exec(project, error))
            return false;
    }
    return true;
}

bool DemoDataGenerator::seedDashboards(QSqlDatabase &db, QString *error)
{
    QSqlQuery dashboard(db);
    dashboard.prepare(u"INSERT INTO dashboards (team_id, name, description, pinned, tags, created_at, last_accessed_at)"
                      " VALUES (1, ?, ?, ?, ?, ?, ?)"_s);
    // Inserted out of name order, so "sorted -pinned, name" is visible in the list.
    const QList<std::tuple<QString, QString, bool, QString>> dashboards = {
        {u"Product overview"_s, u"Traffic, sign-ups and upgrades at a glance."_s, true, u"[\"core\"]"_s},
        {u"AI features"_s, u"Cost, volume and latency of LLM calls."_s, false, u"[\"ai\"]"_s},
        {u"Growth funnel"_s, u"From visit to paid plan."_s, false, u"[\"growth\"]"_s},
    };
    for (const auto &[name, description, pinned, tags] : dashboards) {
        dashboard.addBindValue(name);
        dashboard.addBindValue(description);
        dashboard.addBindValue(pinned ? 1 : 0);
        dashboard.addBindValue(tags);
        dashboard.addBindValue(sqlTime(m_now.addDays(-20)));
        dashboard.addBindValue(sqlTime(m_now.addDays(-2)));
        if (!exec(dashboard, error))
            return false;
    }
    QSqlQuery text(db);
    text.prepare(u"INSERT INTO dashboard_texts (dashboard_id, body, created_at) VALUES (?, ?, ?)"_s);
    for (auto [id, body] : {std::pair{1, "## Weekly review\nNumbers refresh every hour. Ask #growth before changing tiles."},
                            std::pair{2, "LLM costs are in USD, from `$ai_total_cost_usd`."}}) {
        text.addBindValue(id);
        text.addBindValue(QString::fromUtf8(body));
        text.addBindValue(sqlTime(m_now.addDays(-19)));
        if (!exec(text, error))
            return false;
    }
    return true;
}

namespace {

QJsonObject sqlInsight(const QString &sql)
{
    return {{u"kind"_s, u"DataVisualizationNode"_s}, {u"source"_s, QJsonObject{{u"kind"_s, u"HogQLQuery"_s}, {u"query"_s, sql}}}};
}

QJsonObject eventsNode(const QString &event, const QString &math = u"total"_s)
{
    return {{u"kind"_s, u"EventsNode"_s}, {u"event"_s, event}, {u"math"_s, math}};
}

QJsonObject vizNode(QJsonObject source)
{
    source.insert(u"dateRange"_s, QJsonObject{{u"date_from"_s, u"-30d"_s}});
    return {{u"kind"_s, u"InsightVizNode"_s}, {u"source"_s, source}};
}

QJsonObject trendsInsight(const QString &event, const QJsonObject &breakdown = {})
{
    QJsonObject source{{u"kind"_s, u"TrendsQuery"_s}, {u"series"_s, QJsonArray{eventsNode(event)}}, {u"interval"_s, u"day"_s}};
    if (!breakdown.isEmpty())
        source.insert(u"breakdownFilter"_s, breakdown);
    return vizNode(source);
}

QJsonObject funnelInsight()
{
    return vizNode({{u"kind"_s, u"FunnelsQuery"_s},
                    {u"series"_s, QJsonArray{eventsNode(u"$pageview"_s), eventsNode(u"signed_up"_s), eventsNode(u"upgraded_plan"_s)}},
                    {u"funnelsFilter"_s, QJsonObject{{u"funnelWindowInterval"_s, 14}, {u"funnelWindowIntervalUnit"_s, u"day"_s}}}});
}

QJsonObject retentionInsight()
{
    const QJsonObject entity{{u"id"_s, u"file_uploaded"_s}, {u"name"_s, u"file_uploaded"_s}, {u"type"_s, u"events"_s}};
    return vizNode({{u"kind"_s, u"RetentionQuery"_s},
                    {u"retentionFilter"_s,
                     QJsonObject{{u"period"_s, u"Week"_s}, {u"totalIntervals"_s, 4}, {u"targetEntity"_s, entity}, {u"returningEntity"_s, entity}}}});
}

struct InsightSeed
{
    const char *shortId;
    const char *name;
    const char *description;
    QJsonObject query;
    const char *dashboards;
    bool favorited;
    int order; // the legacy `order` column PostHog sorts by without ?order=
    int modifiedAgo; // days; differs from `order` so the two sorts differ
};

QList<InsightSeed> insightSeeds()
{
    const QJsonObject byPlan{{u"breakdown_type"_s, u"event"_s}, {u"breakdown"_s, u"plan"_s}};
    return {
        {"pV7cQ2mA", "Page views by country (7 days)", "Where our visitors come from.",
         sqlInsight(u"SELECT properties.$geoip_country_name AS country, count() AS views FROM events WHERE event = '$pageview' "
                    "AND timestamp > now() - INTERVAL 7 DAY GROUP BY country ORDER BY views DESC LIMIT 10"_s),
         "[1]", true, 3, 9},
        {"dAu30dYs", "Daily active users", "Distinct persons with any event, per day, last 30 days.",
         sqlInsight(u"SELECT toDate(timestamp) AS day, count(DISTINCT person_id) AS dau FROM events WHERE timestamp > now() - INTERVAL 30 DAY "
                    "GROUP BY day ORDER BY day"_s),
         "[1]", true, 1, 5},
        {"sGnUp7dT", "Sign-ups per day", "Trend of signed_up events.", trendsInsight(u"signed_up"_s), "[1]", false, 2, 1},
        {"uPgRd0Br", "Upgrades by plan", "upgraded_plan broken down by plan.", trendsInsight(u"upgraded_plan"_s, byPlan), "[1]", false, 6, 3},
        {"aIc0sTmd", "LLM cost by model (30 days)", "Total $ai_total_cost_usd per model.",
         sqlInsight(u"SELECT properties.$ai_model AS model, round(sum(toFloat(properties.$ai_total_cost_usd)), 4) AS cost_usd, count() AS calls "
                    "FROM events WHERE event = '$ai_generation' AND timestamp > now() - INTERVAL 30 DAY GROUP BY model ORDER BY cost_usd DESC"_s),
         "[2]", false, 5, 2},
        {"eRr0rTr3", "Exceptions per day", "All $exception events.", trendsInsight(u"$exception"_s), "[2]", false, 4, 7},
        {"fUnN3lSu", "Visit to paid funnel", "Pageview, sign-up, upgrade within 14 days.", funnelInsight(), "[3]", false, 8, 4},
        {"rEt3nTfu", "Uploader retention", "Weekly retention of people who upload files.", retentionInsight(), "[3]", false, 7, 6},
    };
}

} // namespace

bool DemoDataGenerator::seedInsights(QSqlDatabase &db, QString *error)
{
    QSqlQuery insight(db);
    insight.prepare(u"INSERT INTO insights (team_id, short_id, name, description, query, dashboards, favorited, created_at,"
                    " last_modified_at, legacy_order) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const InsightSeed &s : insightSeeds()) {
        insight.addBindValue(QString::fromLatin1(s.shortId));
        insight.addBindValue(QString::fromUtf8(s.name));
        insight.addBindValue(QString::fromUtf8(s.description));
        insight.addBindValue(QString::fromUtf8(compactJson(s.query)));
        insight.addBindValue(QString::fromLatin1(s.dashboards));
        insight.addBindValue(s.favorited ? 1 : 0);
        insight.addBindValue(sqlTime(m_now.addDays(-20)));
        insight.addBindValue(sqlTime(m_now.addDays(-s.modifiedAgo)));
        insight.addBindValue(s.order);
        if (!exec(insight, error))
            return false;
    }
    return true;
}

namespace {

QJsonObject group(const QJsonArray &properties, const QJsonValue &rollout, const QString &variant = {})
{
    QJsonObject g{{u"properties"_s, properties}, {u"rollout_percentage"_s, rollout}};
    if (!variant.isEmpty())
        g.insert(u"variant"_s, variant);
    return g;
}

QJsonObject personProperty(const char *key, const QStringList &values)
{
    return {{u"key"_s, QString::fromLatin1(key)},
            {u"type"_s, u"person"_s},
            {u"operator"_s, u"exact"_s},
            {u"value"_s, QJsonArray::fromStringList(values)}};
}

QJsonObject variant(const char *key, int rollout)
{
    return {{u"key"_s, QString::fromLatin1(key)}, {u"name"_s, QString::fromLatin1(key)}, {u"rollout_percentage"_s, rollout}};
}

struct FlagSeed
{
    const char *key;
    const char *name;
    bool active;
    bool deleted;
    QJsonObject filters;
};

QList<FlagSeed> flagSeeds()
{
    auto groups = [](const QJsonArray &list) { return QJsonObject{{u"groups"_s, list}}; };
    QJsonObject pricing = groups({group({}, 100)});
    pricing.insert(u"multivariate"_s, QJsonObject{{u"variants"_s, QJsonArray{variant("control", 50), variant("annual-first", 50)}}});
    // Per-group rollouts, a group pinned to a variant, and JSON payloads per variant.
    QJsonObject onboarding = groups({group({personProperty("plan", {u"enterprise"_s})}, 100, u"guided"_s),
                                     group({personProperty("$geoip_country_name", {u"Germany"_s, u"France"_s})}, 40), group({}, 10)});
    onboarding.insert(u"multivariate"_s,
                      QJsonObject{{u"variants"_s, QJsonArray{variant("control", 34), variant("checklist", 33), variant("guided", 33)}}});
    onboarding.insert(u"payloads"_s, QJsonObject{{u"checklist"_s, u"{\"steps\":[\"upload\",\"share\",\"invite\"]}"_s},
                                                 {u"guided"_s, u"{\"tour\":\"v2\",\"autoplay\":true}"_s}});
    return {
        {"new-upload-flow", "Resumable uploads", true, false, groups({group({}, 50)})},
        {"ai-summaries", "AI file summaries", true, false,
         groups({group({personProperty("plan", {u"pro"_s})}, 100), group({personProperty("plan", {u"enterprise"_s})}, 100)})},
        {"pricing-page-test", "Pricing page experiment", true, false, pricing},
        {"dark-mode", "Dark mode", true, false, groups({group({}, 100)})},
        {"legacy-sharing", "Legacy share links", false, false, groups({group({}, 0)})},
        {"eu-data-residency", "EU data residency banner", true, false,
         groups({group({personProperty("$geoip_country_name", {u"Germany"_s, u"France"_s})}, 100)})},
        {"onboarding-variants", "Onboarding variants", true, false, onboarding},
        {"old-thumbnailer", "Old thumbnail service", false, true, groups({group({}, 0)})},
    };
}

} // namespace

bool DemoDataGenerator::seedFlags(QSqlDatabase &db, QString *error)
{
    QSqlQuery flag(db);
    flag.prepare(u"INSERT INTO feature_flags (team_id, key, name, active, deleted, filters, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)"_s);
    int age = 30;
    for (const FlagSeed &f : flagSeeds()) {
        flag.addBindValue(QString::fromLatin1(f.key));
        flag.addBindValue(QString::fromLatin1(f.name));
        flag.addBindValue(f.active ? 1 : 0);
        flag.addBindValue(f.deleted ? 1 : 0);
        flag.addBindValue(QString::fromUtf8(compactJson(f.filters)));
        flag.addBindValue(sqlTime(m_now.addDays(-age--)));
        if (!exec(flag, error))
            return false;
    }
    return true;
}
