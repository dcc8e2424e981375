#include "demoexperimentseed.h"

#include "demoids.h"

#include "demologging.h"
#include "demoquerycommon.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 dayMs = 86400000;
constexpr double exposedShare = 0.5; // of the project's persons, the ones who reach the tested screen

struct VariantPlan
{
    const char *key; // nullptr: no such variant
    const char *name;
    int rollout;
    double goalRate; // share of exposed persons who reach the goal after their exposure
    double secondaryRate; // share who do one more secondary-metric event after it
};

struct ExperimentPlan
{
    int team;
    const char *name;
    const char *description;
    const char *flagKey;
    int startDaysAgo; // 0: a draft, never launched
    int endDaysAgo; // 0: still running
    std::array<VariantPlan, 3> variants;
    bool meanPrimary; // the primary metric: a mean of goalSteps' one event, else a funnel of them
    const char *goalSteps; // comma separated
    const char *primaryName;
    int conversionWindowDays; // 0: the whole experiment
    const char *secondaryEvent; // a mean metric of this event, or nullptr
    const char *secondaryName;
    const char *conclusion;
    const char *conclusionComment;
};

constexpr VariantPlan none{nullptr, nullptr, 0, 0, 0};

// The experiments, as data: a table, not code.
constexpr std::array<ExperimentPlan, 5> experimentPlans{{
    {1,
     "Share dialog redesign",
     "Does the one-click share dialog get more people to share a file?",
     "share-dialog-redesign",
     16,
     0,
     {{{"control", "Control", 50, 0.08, 0.0}, {"test", "One-click dialog", 50, 0.22, 0.12}, none}},
     false,
     "file_shared",
     "Shared a file",
     0,
     "file_uploaded",
     "Uploads per person",
     nullptr,
     nullptr},
    {1,
     "Annual plan toggle on pricing page",
     "Which pricing page layout converts more visitors to a paid plan?",
     "pricing-annual-toggle",
     29,
     12,
     {{{"control", "Monthly only", 34, 0.03, 0.0},
       {"test-1", "Toggle, monthly first", 33, 0.045, 0.0},
       {"test-2", "Toggle, annual first", 33, 0.11, 0.0}}},
     false,
     "upgraded_plan",
     "Upgraded plan",
     14,
     nullptr,
     nullptr,
     "won",
     "test-2 lifted upgrades clearly; shipped to everyone."},
    {1,
     "AI summary tone",
     "Do friendlier AI summaries get used more?",
     "ai-summary-tone",
     0,
     0,
     {{{"control", "Neutral", 50, 0, 0}, {"test", "Friendly", 50, 0, 0}, none}},
     true,
     "$ai_generation",
     "AI generations per person",
     0,
     nullptr,
     nullptr,
     nullptr,
     nullptr},
    {2,
     "Mobile onboarding checklist",
     "Does a checklist on first launch lead to a first upload and share?",
     "mobile-onboarding-checklist",
     10,
     0,
     {{{"control", "Control", 50, 0.12, 0.0}, {"test", "Checklist", 50, 0.14, 0.0}, none}},
     false,
     "file_uploaded,file_shared",
     "Upload then share",
     7,
     nullptr,
     nullptr,
     nullptr,
     nullptr},
    {2,
     "Offline mode teaser",
     "Does teasing offline mode bring sign-ups?",
     "offline-mode-teaser",
     0,
     0,
     {{{"control", "Control", 50, 0, 0}, {"test", "Teaser", 50, 0, 0}, none}},
     false,
     "signed_up",
     "Signed up",
     0,
     nullptr,
     nullptr,
     nullptr,
     nullptr},
}};

// A draw in [0, 1) that depends only on what it is for, so persons do not shift each other.
double unit(quint32 seed, size_t plan, qint64 row, char purpose)
{
    const quint64 key = (quint64(seed) << 32) ^ (quint64(plan) << 56) ^ (quint64(row) << 8) ^ quint64(uchar(purpose));
    return double(DemoIds::mix(DemoIds::mix(key)) >> 11) * 0x1.0p-53;
}

// posthog/models/feature_flag/flag_matching.py get_hash: sha1("<key>.<distinct_id><salt>"), its
// first 15 hex digits over 0xfffffffffffffff; get_matching_variant walks the variants'
// cumulative rollouts with salt "variant".
int matchingVariant(const ExperimentPlan &plan, const QByteArray &distinctId)
{
    const QByteArray digest = QCryptographicHash::hash(QByteArray(plan.flagKey) + '.' + distinctId + "variant", QCryptographicHash::Sha1);
    const double hash = double(digest.toHex().left(15).toULongLong(nullptr, 16)) / double(0xfffffffffffffffULL);
    double from = 0;
    for (int i = 0; i < int(plan.variants.size()) && plan.variants.at(size_t(i)).key; ++i) {
        const double to = from + plan.variants.at(size_t(i)).rollout / 100.0;
        if (hash >= from && hash < to)
            return i;
        from = to;
    }
    return 0;
}

int variantCount(const ExperimentPlan &plan)
{
    int n = 0;
    while (n < int(plan.variants.size()) && plan.variants.at(size_t(n)).key)
        ++n;
    return n;
}

QString stored(qint64 msecs)
{
    return DemoQueryCommon::sqlTime(QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc()));
}

struct Person
{
    qint64 row = 0;
    QByteArray id, distinctId, host, browser, os, country;
    int team = 0;
    qint64 createdMs = 0;
};

QByteArray column(sqlite3_stmt *statement, int index)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, index));
    return text ? QByteArray(text) : QByteArray();
}

// makePersons (demodatagenerator.cpp) inserts person i as rowid i + 1 with distinct_id "user-<i>".
bool readPersons(sqlite3 *db, QList<Person> *persons, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    const char *sql = "SELECT rowid, id, team_id, created_at, coalesce(json_extract(properties, '$.email'), ''),"
                      " json_extract(properties, '$.\"$browser\"'), json_extract(properties, '$.\"$os\"'),"
                      " json_extract(properties, '$.\"$geoip_country_name\"') FROM persons ORDER BY rowid";
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    while (sqlite3_step(statement) == SQLITE_ROW) {
        Person p;
        p.row = sqlite3_column_int64(statement, 0);
        p.id = column(statement, 1);
        p.distinctId = "user-" + QByteArray::number(p.row - 1);
        p.team = sqlite3_column_int(statement, 2);
        p.createdMs = DemoQueryCommon::storedMsecs(QString::fromLatin1(column(statement, 3)));
        p.host = column(statement, 4).contains("@posthog.com") ? "localhost:8000" : "hedgebox.example"; // as their other events
        p.browser = column(statement, 5);
        p.os = column(statement, 6);
        p.country = column(statement, 7);
        persons->append(p);
    }
    sqlite3_finalize(statement);
    return true;
}

// Properties as compact JSON text; every value here is plain text without quotes to escape.
class Properties
{
public:
    Properties &text(const QByteArray &key, const QByteArray &value)
    {
        m_keys.append({key, "String"});
        return raw(key, '"' + value + '"');
    }
    Properties &number(const QByteArray &key, double value)
    {
        m_keys.append({key, "Numeric"});
        return raw(key, QByteArray::number(value, 'g', 12));
    }
    QByteArray json() const { return m_json + '}'; }
    const QList<std::pair<QByteArray, const char *>> &keys() const { return m_keys; }

private:
    Properties &raw(const QByteArray &key, const QByteArray &json)
    {
        m_json += (m_json.isEmpty() ? "{\"" : ",\"") + key + "\":" + json;
        return *this;
    }
    QByteArray m_json;
    QList<std::pair<QByteArray, const char *>> m_keys;
};

// The new events, inserted in time order (as the generator does: the indexes then grow at their
// right edge) through one prepared statement, and the property definitions they bring (the
// generator samples only its own first rows for those).
class EventWriter
{
public:
    explicit EventWriter(sqlite3 *db)
        : m_db(db)
    { }

    void write(const Person &p, const QByteArray &event, qint64 msecs, const QByteArray &session, const Properties &props, quint64 uuidSeed)
    {
        m_rows.push_back(
            {p.team, msecs, DemoIds::uuid(DemoIds::mix(uuidSeed), DemoIds::mix(uuidSeed ^ 0x5bd1e995ULL)), event, &p, session, props.json()});
        // Each event kind of each experiment always sets the same keys: note them once.
        QByteArray shape = QByteArray::number(p.team) + ' ' + event;
        for (const auto &key : props.keys())
            shape += ' ' + key.first;
        if (m_shapes.contains(shape))
            return;
        m_shapes.insert(shape);
        for (const auto &[key, type] : props.keys())
            m_definitions.emplace(std::tuple{p.team, event, key}, type);
    }

    int written() const { return int(m_rows.size()); }

    bool finish(QSqlDatabase &db, QString *error)
    {
        std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return std::tie(a.team, a.msecs) < std::tie(b.team, b.msecs); });
        sqlite3_stmt *insert = nullptr;
        bool ok = sqlite3_prepare_v2(m_db,
                                     "INSERT INTO events (uuid, team_id, event, timestamp, distinct_id, person_id, session_id, properties)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                     -1, &insert, nullptr)
                  == SQLITE_OK;
        auto bind = [insert](int index, const QByteArray &value) {
            sqlite3_bind_text(insert, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
        };
        for (auto row = m_rows.cbegin(); ok && row != m_rows.cend(); ++row) {
            bind(1, row->uuid);
            sqlite3_bind_int(insert, 2, row->team);
            bind(3, row->event);
            bind(4, stored(row->msecs).toLatin1());
            bind(5, row->person->distinctId);
            bind(6, row->person->id);
            bind(7, row->session);
            bind(8, row->properties);
            ok = sqlite3_step(insert) == SQLITE_DONE;
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        if (!ok) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        return writeDefinitions(db, error);
    }

private:
    struct Row
    {
        int team;
        qint64 msecs;
        QByteArray uuid, event;
        const Person *person;
        QByteArray session, properties;
    };

    bool writeDefinitions(QSqlDatabase &db, QString *error) const
    {
        QSqlQuery insert(db);
        insert.prepare(u"INSERT OR IGNORE INTO property_definitions VALUES (?, 'event', ?, ?, ?)"_s);
        for (const auto &[where, type] : m_definitions) {
            const auto &[team, event, key] = where;
            insert.addBindValue(team);
            insert.addBindValue(QString::fromUtf8(key));
            insert.addBindValue(QString::fromLatin1(type));
            insert.addBindValue(QString::fromUtf8(event));
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
        return true;
    }

    sqlite3 *m_db;
    std::vector<Row> m_rows;
    QSet<QByteArray> m_shapes;
    std::map<std::tuple<int, QByteArray, QByteArray>, const char *> m_definitions;
};

// One experiment's exposures and goals for one person.
struct Simulation
{
    quint32 seed;
    size_t index;
    const ExperimentPlan &plan;
    qint64 startMs;
    qint64 endMs; // when exposures stop: the end date, or now
    qint64 nowMs;
};

Properties baseProperties(const Person &p, const QByteArray &session, const ExperimentPlan &plan, const char *variant)
{
    Properties props;
    props.text("$browser", p.browser).text("$os", p.os).text("$geoip_country_name", p.country).text("$lib", "web").text("$host", p.host);
    // posthog-js adds the flags it evaluated to later events as $feature/<key>.
    props.text("$session_id", session).text("$feature/" + QByteArray(plan.flagKey), variant);
    return props;
}

Properties goalProperties(const Person &p, const QByteArray &session, const Simulation &s, const char *variant, const QByteArray &event, double draw)
{
    Properties props = baseProperties(p, session, s.plan, variant);
    if (event == "upgraded_plan") {
        const bool enterprise = draw < 0.2;
        props.text("plan", enterprise ? "enterprise" : "pro").number("amount", enterprise ? 499.0 : 29.0);
    } else if (event == "file_uploaded") {
        props.number("file_size_bytes", double(qint64(draw * 50 * 1024 * 1024)));
        props.text("file_type", draw < 0.4 ? "image/png" : draw < 0.75 ? "application/pdf" : "video/mp4");
    }
    return props;
}

void writeFlagCall(EventWriter &out, const Person &p, const Simulation &s, const QByteArray &session, const char *variant, qint64 msecs, int nth)
{
    Properties props = baseProperties(p, session, s.plan, variant);
    props.text("$feature_flag", s.plan.flagKey).text("$feature_flag_response", variant);
    out.write(p, "$feature_flag_called", msecs, session, props,
              (quint64(s.seed) << 40) ^ (quint64(s.index) << 32) ^ (quint64(p.row) << 4) ^ quint64(nth));
}

// The goal's steps in order after the exposure, unless the last would fall after now.
void writeGoal(EventWriter &out, const Person &p, const Simulation &s, const QByteArray &session, const char *variant, qint64 exposedAt)
{
    const QList<QByteArray> steps = QByteArray(s.plan.goalSteps).split(',');
    QList<qint64> times;
    qint64 at = exposedAt;
    for (qsizetype k = 0; k < steps.size(); ++k) {
        at += 300000 + qint64(unit(s.seed, s.index, p.row, char('a' + k)) * 2 * dayMs);
        times.append(at);
    }
    if (times.last() >= s.nowMs - 60000)
        return;
    for (qsizetype k = 0; k < steps.size(); ++k) {
        const Properties props = goalProperties(p, session, s, variant, steps.at(k), unit(s.seed, s.index, p.row, char('p' + k)));
        out.write(p, steps.at(k), times.at(k), session, props,
                  (quint64(s.seed) << 40) ^ (quint64(s.index) << 32) ^ (quint64(p.row) << 4) ^ quint64(8 + k));
    }
}

void simulate(EventWriter &out, const Person &p, const Simulation &s)
{
    if (p.team != s.plan.team || p.createdMs >= s.endMs || unit(s.seed, s.index, p.row, 'x') >= exposedShare)
        return;
    const qint64 from = qMax(s.startMs, p.createdMs);
    const qint64 exposedAt = from + qint64(unit(s.seed, s.index, p.row, 't') * 0.9 * double(s.endMs - from));
    const int v = matchingVariant(s.plan, p.distinctId);
    const VariantPlan &variant = s.plan.variants.at(size_t(v));
    const QByteArray session = DemoIds::uuid(DemoIds::mix((quint64(s.seed) << 20) ^ quint64(p.row)), DemoIds::mix(s.index * 7919 + quint64(p.row)));
    writeFlagCall(out, p, s, session, variant.key, exposedAt, 0);
    // Flags are checked again on later page loads.
    for (int nth = 1; nth <= 2 && unit(s.seed, s.index, p.row, char('0' + nth)) < 0.6 / nth; ++nth)
        writeFlagCall(out, p, s, session, variant.key, qMin(s.endMs, exposedAt + qint64(unit(s.seed, s.index, p.row, char('r' + nth)) * 5 * dayMs)),
                      nth);
    // A few persons see two variants (a distinct_id merged later): PostHog counts them as $multiple.
    if (unit(s.seed, s.index, p.row, 'm') < 0.02) {
        const char *other = s.plan.variants.at(size_t((v + 1) % variantCount(s.plan))).key;
        writeFlagCall(out, p, s, session, other, qMin(s.endMs, exposedAt + 3600000), 3);
    }
    if (unit(s.seed, s.index, p.row, 'g') < variant.goalRate)
        writeGoal(out, p, s, session, variant.key, exposedAt);
    if (s.plan.secondaryEvent && unit(s.seed, s.index, p.row, 's') < variant.secondaryRate) {
        const qint64 at = exposedAt + 600000 + qint64(unit(s.seed, s.index, p.row, 'u') * 3 * dayMs);
        if (at < s.nowMs - 60000)
            out.write(p, s.plan.secondaryEvent, at, session,
                      goalProperties(p, session, s, variant.key, s.plan.secondaryEvent, unit(s.seed, s.index, p.row, 'q')),
                      (quint64(s.seed) << 40) ^ (quint64(s.index) << 32) ^ (quint64(p.row) << 4) ^ 15);
    }
}

QJsonObject eventsNode(const QString &event)
{
    return {{u"kind"_s, u"EventsNode"_s}, {u"event"_s, event}, {u"name"_s, event}};
}

// ExperimentMetric as the experiment form saves it (frontend/src/queries/schema/schema-general.ts).
QJsonObject metric(const ExperimentPlan &plan, bool secondary)
{
    const QString uuid
        = QUuid::createUuidV5(QUuid(u"{3f6c2a1e-8d4b-4c7a-9e2f-1b5d7c9a0e42}"_s), QString::fromLatin1(plan.flagKey) + (secondary ? u"-2"_s : u"-1"_s))
              .toString(QUuid::WithoutBraces);
    QJsonObject m{{u"kind"_s, u"ExperimentMetric"_s}, {u"uuid"_s, uuid}};
    if (secondary || plan.meanPrimary) {
        m.insert(u"name"_s, QString::fromLatin1(secondary ? plan.secondaryName : plan.primaryName));
        m.insert(u"metric_type"_s, u"mean"_s);
        QJsonObject source = eventsNode(QString::fromLatin1(secondary ? plan.secondaryEvent : plan.goalSteps));
        source.insert(u"math"_s, u"total"_s);
        m.insert(u"source"_s, source);
    } else {
        m.insert(u"name"_s, QString::fromLatin1(plan.primaryName));
        m.insert(u"metric_type"_s, u"funnel"_s);
        QJsonArray series;
        for (const QByteArray &step : QByteArray(plan.goalSteps).split(','))
            series.append(eventsNode(QString::fromLatin1(step)));
        m.insert(u"series"_s, series);
        if (plan.conversionWindowDays > 0) {
            m.insert(u"conversion_window"_s, plan.conversionWindowDays);
            m.insert(u"conversion_window_unit"_s, u"day"_s);
        }
    }
    // ExperimentSerializer adds a fingerprint of the metric's configuration.
    m.insert(u"fingerprint"_s,
             QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(m).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex()));
    return m;
}

QJsonArray variantsJson(const ExperimentPlan &plan)
{
    QJsonArray variants;
    for (int i = 0; i < variantCount(plan); ++i) {
        const VariantPlan &v = plan.variants.at(size_t(i));
        variants.append(
            QJsonObject{{u"key"_s, QString::fromLatin1(v.key)}, {u"name"_s, QString::fromLatin1(v.name)}, {u"rollout_percentage"_s, v.rollout}});
    }
    return variants;
}

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

// The flag PostHog's ExperimentSerializer.create makes: everyone, the variants, on once launched.
qint64 insertFlag(QSqlDatabase &db, const ExperimentPlan &plan, const QDateTime &created, QString *error)
{
    const QJsonObject filters{{u"groups"_s, QJsonArray{QJsonObject{{u"properties"_s, QJsonArray()}, {u"rollout_percentage"_s, 100}}}},
                              {u"multivariate"_s, QJsonObject{{u"variants"_s, variantsJson(plan)}}},
                              {u"aggregation_group_type_index"_s, QJsonValue::Null},
                              {u"holdout_groups"_s, QJsonValue::Null}};
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO feature_flags (team_id, key, name, active, deleted, filters, created_at) VALUES (?, ?, ?, ?, 0, ?, ?)"_s);
    q.addBindValue(plan.team);
    q.addBindValue(QString::fromLatin1(plan.flagKey));
    q.addBindValue(u"Feature Flag for Experiment %1"_s.arg(QString::fromUtf8(plan.name)));
    q.addBindValue(plan.startDaysAgo > 0 ? 1 : 0);
    q.addBindValue(compact(filters));
    q.addBindValue(DemoQueryCommon::sqlTime(created));
    return exec(q, error) ? q.lastInsertId().toLongLong() : -1;
}

bool insertExperiment(QSqlDatabase &db, const ExperimentPlan &plan, qint64 flagId, const QDateTime &now, QString *error)
{
    const QDateTime start = plan.startDaysAgo > 0 ? now.addDays(-plan.startDaysAgo) : QDateTime();
    const QDateTime end = plan.endDaysAgo > 0 ? now.addDays(-plan.endDaysAgo) : QDateTime();
    const QDateTime created = start.isValid() ? start.addDays(-2) : now.addDays(-3);
    const QJsonObject parameters{{u"feature_flag_variants"_s, variantsJson(plan)}, {u"minimum_detectable_effect"_s, 30}};
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO experiments (team_id, name, description, feature_flag_id, start_date, end_date, parameters, metrics,"
              " metrics_secondary, exposure_criteria, stats_config, conclusion, conclusion_comment, created_at, updated_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariant null(QMetaType::fromType<QString>());
    for (const QVariant &value :
         {QVariant(plan.team), QVariant(QString::fromUtf8(plan.name)), QVariant(QString::fromUtf8(plan.description)), QVariant(flagId),
          start.isValid() ? QVariant(DemoQueryCommon::sqlTime(start)) : null, end.isValid() ? QVariant(DemoQueryCommon::sqlTime(end)) : null,
          QVariant(compact(parameters)), QVariant(compact(QJsonArray{metric(plan, false)})),
          QVariant(compact(plan.secondaryEvent ? QJsonArray{metric(plan, true)} : QJsonArray())),
          QVariant(compact(QJsonObject{{u"filterTestAccounts"_s, true}})), QVariant(compact(QJsonObject{{u"method"_s, u"bayesian"_s}})),
          plan.conclusion ? QVariant(QString::fromLatin1(plan.conclusion)) : null,
          plan.conclusionComment ? QVariant(QString::fromUtf8(plan.conclusionComment)) : null, QVariant(DemoQueryCommon::sqlTime(created)),
          QVariant(DemoQueryCommon::sqlTime(end.isValid()     ? end
                                            : start.isValid() ? start
                                                              : created))})
        q.addBindValue(value);
    return exec(q, error);
}

bool createTable(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"CREATE TABLE experiments (id INTEGER PRIMARY KEY AUTOINCREMENT, team_id INTEGER, name TEXT, description TEXT,"
              " feature_flag_id INTEGER, start_date TEXT, end_date TEXT, parameters TEXT DEFAULT '{}', metrics TEXT DEFAULT '[]',"
              " metrics_secondary TEXT DEFAULT '[]', exposure_criteria TEXT, stats_config TEXT, type TEXT DEFAULT 'product',"
              " archived INTEGER DEFAULT 0, deleted INTEGER DEFAULT 0, conclusion TEXT, conclusion_comment TEXT, created_at TEXT,"
              " updated_at TEXT)"_s);
    return exec(q, error);
}

} // namespace

DemoExperimentSeed::DemoExperimentSeed(quint32 seed, QDateTime now)
    : m_seed(seed)
    , m_now(std::move(now))
{ }

bool DemoExperimentSeed::run(QSqlDatabase &db, sqlite3 *raw, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    QList<Person> persons;
    if (!createTable(db, error) || !readPersons(raw, &persons, error))
        return false;
    EventWriter writer(raw);
    const qint64 nowMs = m_now.toMSecsSinceEpoch();
    for (size_t i = 0; i < experimentPlans.size(); ++i) {
        const ExperimentPlan &plan = experimentPlans.at(i);
        const QDateTime created = plan.startDaysAgo > 0 ? m_now.addDays(-plan.startDaysAgo - 2) : m_now.addDays(-3);
        const qint64 flagId = insertFlag(db, plan, created, error);
        if (flagId < 0 || !insertExperiment(db, plan, flagId, m_now, error))
            return false;
        if (plan.startDaysAgo == 0)
            continue;
        const Simulation s{m_seed, i, plan, nowMs - plan.startDaysAgo * dayMs, plan.endDaysAgo > 0 ? nowMs - plan.endDaysAgo * dayMs : nowMs - 600000,
                           nowMs};
        for (const Person &p : std::as_const(persons))
            simulate(writer, p, s);
    }
    const bool ok = writer.finish(db, error);
    qCDebug(lcDemo).nospace() << "experiments seeded: " << writer.written() << " events in " << clock.elapsed() << " ms";
    return ok;
}
