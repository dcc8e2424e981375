#include "demosurveyapi.h"

#include "demodatabase.h"
#include "demofeatureflagresource.h"
#include "demojson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString surveyIdOf = u"json_extract(properties, '$.\"$survey_id\"')"_s;

// posthog/models/surveys/util.py get_unique_survey_event_uuids_sql_subquery: the latest
// `survey sent` of each submission ($survey_submission_id; events without one are each their own),
// per survey, over all time; the outer query applies the dates. SQLite takes a bare column from
// the row that holds the max().
QString latestPerSubmission(const QString &extraCondition = {})
{
    return u"(SELECT uuid FROM (SELECT uuid, max(timestamp) FROM events WHERE team_id = ? AND event = 'survey sent'%1"
           " GROUP BY %2, CASE WHEN coalesce(json_extract(properties, '$.\"$survey_submission_id\"'), '') = '' THEN uuid"
           " ELSE json_extract(properties, '$.\"$survey_submission_id\"') END))"_s.arg(extraCondition, surveyIdOf);
}

// A dismissal after answering part of it is not counted as one (survey.py _get_survey_stats).
const QString wholeDismissals = u"(event != 'survey dismissed' OR coalesce(json_extract(properties, '$.\"$survey_partially_completed\"'), 0) = 0)"_s;

// Python's datetime.isoformat() of ClickHouse's naive UTC time, plus the "Z" PostHog appends.
QString pythonIso(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    QString out = stored.left(19).replace(10, 1, QLatin1Char('T'));
    const QString millis = stored.mid(20, 3);
    if (!millis.isEmpty() && millis != "000"_L1)
        out += u".%1000"_s.arg(millis);
    return out + QLatin1Char('Z');
}

QJsonValue isoOrNull(const QVariant &stored)
{
    return stored.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(DemoJson::iso(stored.toString()));
}

// survey.py _validate_and_parse_dates: datetime.fromisoformat(...).astimezone(UTC); a time without
// an offset is the server's (UTC).
std::optional<QString> storedTime(const QString &text)
{
    if (text.isEmpty())
        return QString();
    QString iso = text;
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    static const QRegularExpression offset(u"(Z|[+-]\\d\\d:?\\d\\d)$"_s);
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (t.isValid() && !offset.match(iso).hasMatch())
        t.setTimeZone(QTimeZone::utc());
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

DemoReply invalidDates(const QString &detail)
{
    return DemoReply::error(400, u"validation_error"_s, u"invalid"_s, detail);
}

QJsonObject emptyEventStats()
{
    return {{u"total_count"_s, 0},
            {u"unique_persons"_s, 0},
            {u"first_seen"_s, QJsonValue::Null},
            {u"last_seen"_s, QJsonValue::Null},
            {u"unique_persons_only_seen"_s, 0},
            {u"total_count_only_seen"_s, 0}};
}

double rate(qint64 part, qint64 whole)
{
    return std::round(double(part) / double(whole) * 100.0 * 100.0) / 100.0;
}

// survey.py _calculate_rates: zeros until someone was shown the survey.
QJsonObject rates(const QJsonObject &stats)
{
    auto field = [&stats](const char *event, const char *key) {
        return qint64(stats.value(QLatin1String(event)).toObject().value(QLatin1String(key)).toDouble());
    };
    const qint64 shown = field("survey shown", "total_count");
    if (shown == 0)
        return {
            {u"response_rate"_s, 0.0}, {u"dismissal_rate"_s, 0.0}, {u"unique_users_response_rate"_s, 0.0}, {u"unique_users_dismissal_rate"_s, 0.0}};
    const qint64 uniqueShown = field("survey shown", "unique_persons");
    return {{u"response_rate"_s, rate(field("survey sent", "total_count"), shown)},
            {u"dismissal_rate"_s, rate(field("survey dismissed", "total_count"), shown)},
            {u"unique_users_response_rate"_s, rate(field("survey sent", "unique_persons"), uniqueShown)},
            {u"unique_users_dismissal_rate"_s, rate(field("survey dismissed", "unique_persons"), uniqueShown)}};
}

// UserBasicSerializer (posthog/api/shared.py), which agent-toolkit's zod schema requires whole.
QJsonObject creator()
{
    QJsonObject user = DemoJson::creator();
    user.insert(u"uuid"_s, u"0190a7c4-1f00-7000-8000-00000000d3e0"_s);
    user.insert(u"distinct_id"_s, u"demo-user"_s);
    user.insert(u"last_name"_s, u"User"_s);
    user.insert(u"is_email_verified"_s, true);
    return user;
}

} // namespace

DemoSurveyApi::DemoSurveyApi(const DemoDatabase &db)
    : m_db(db)
{ }

// DRF SearchFilter: every term (split on spaces and commas) must be in the name or the description.
DemoReply DemoSurveyApi::list(const DemoCall &call) const
{
    QString where = u"team_id = ?"_s;
    QVariantList binds{call.team()};
    const QStringList terms = call.param(u"search"_s).replace(QLatin1Char(','), QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString term : terms) {
        term = term.toLower().replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        where += u" AND (lower(name) LIKE ? ESCAPE '\\' OR lower(description) LIKE ? ESCAPE '\\')"_s;
        binds << u"%%1%"_s.arg(term) << u"%%1%"_s.arg(term);
    }
    const DemoCall::Paging p = call.paging();
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT count(*) FROM surveys WHERE "_s + where);
    const qint64 count = m_db.exec(q, binds) && q.next() ? q.value(0).toLongLong() : 0;
    // SurveyViewSet sets no ordering (the queryset is unordered); newest first here.
    q.prepare(u"SELECT id FROM surveys WHERE %1 ORDER BY created_at DESC, id LIMIT ? OFFSET ?"_s.arg(where));
    m_db.exec(q, binds + QVariantList{p.limit, p.offset});
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    QJsonArray rows;
    for (const QString &id : std::as_const(ids))
        rows.append(survey(id));
    return {200, call.listEnvelope(rows, count, p.limit, p.offset)};
}

bool DemoSurveyApi::exists(const DemoCall &call) const
{
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT 1 FROM surveys WHERE id = ? AND team_id = ?"_s);
    return m_db.exec(q, {call.id().toLower(), call.team()}) && q.next();
}

DemoReply DemoSurveyApi::retrieve(const DemoCall &call) const
{
    if (!exists(call))
        return DemoReply::notFound(u"Survey"_s);
    return {200, survey(call.id().toLower())};
}

QJsonObject DemoSurveyApi::linkedFlag(qint64 flagId) const
{
    return DemoFeatureFlagResource::minimal(m_db, flagId);
}

// SurveySerializer (posthog/api/survey.py), every field of its Meta.fields.
QJsonObject DemoSurveyApi::survey(const QString &id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT id, name, description, type, questions, conditions, appearance, linked_flag_id, start_date, end_date, archived,"
              " responses_limit, enable_partial_responses, schedule, created_at FROM surveys WHERE id = ?"_s);
    if (!m_db.exec(q, {id}) || !q.next())
        return {};
    const QJsonObject flag = q.value(7).isNull() ? QJsonObject() : linkedFlag(q.value(7).toLongLong());
    const QJsonValue flagValue = flag.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(flag);
    auto keyOf = [](const QJsonValue &f) { return f.isObject() ? f.toObject().value("key"_L1) : QJsonValue(QJsonValue::Null); };
    return {{u"id"_s, q.value(0).toString()},
            {u"name"_s, q.value(1).toString()},
            {u"description"_s, q.value(2).toString()},
            {u"type"_s, q.value(3).toString()},
            {u"schedule"_s, q.value(13).toString()},
            {u"linked_flag"_s, flagValue},
            {u"linked_flag_id"_s, flag.isEmpty() ? QJsonValue(QJsonValue::Null) : flag.value("id"_L1)},
            {u"targeting_flag"_s, QJsonValue::Null},
            {u"internal_targeting_flag"_s, QJsonValue::Null},
            {u"questions"_s, DemoJson::parse(q.value(4).toString())},
            {u"conditions"_s, DemoJson::parse(q.value(5).toString())},
            {u"appearance"_s, DemoJson::parse(q.value(6).toString())},
            {u"created_at"_s, DemoJson::iso(q.value(14).toString())},
            {u"created_by"_s, creator()},
            {u"start_date"_s, isoOrNull(q.value(8))},
            {u"end_date"_s, isoOrNull(q.value(9))},
            {u"archived"_s, q.value(10).toBool()},
            {u"responses_limit"_s, q.value(11).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(11).toLongLong())},
            {u"feature_flag_keys"_s, QJsonArray{QJsonObject{{u"key"_s, u"linked_flag_key"_s}, {u"value"_s, keyOf(flagValue)}},
                                                QJsonObject{{u"key"_s, u"targeting_flag_key"_s}, {u"value"_s, QJsonValue::Null}},
                                                QJsonObject{{u"key"_s, u"internal_targeting_flag_key"_s}, {u"value"_s, QJsonValue::Null}},
                                                QJsonObject{{u"key"_s, u"internal_response_sampling_flag_key"_s}, {u"value"_s, QJsonValue::Null}}}},
            {u"iteration_count"_s, QJsonValue::Null},
            {u"iteration_frequency_days"_s, QJsonValue::Null},
            {u"iteration_start_dates"_s, QJsonValue::Null},
            {u"current_iteration"_s, QJsonValue::Null},
            {u"current_iteration_start_date"_s, QJsonValue::Null},
            {u"response_sampling_start_date"_s, QJsonValue::Null},
            {u"response_sampling_interval_type"_s, u"week"_s},
            {u"response_sampling_interval"_s, QJsonValue::Null},
            {u"response_sampling_limit"_s, QJsonValue::Null},
            {u"response_sampling_daily_limits"_s, QJsonValue::Null},
            {u"enable_partial_responses"_s, q.value(12).toBool()},
            {u"user_access_level"_s, u"editor"_s}};
}

// survey.py _get_survey_stats: counts and unique persons per event (partial dismissals left out,
// `survey sent` deduplicated by submission), dismissers who also answered taken off the dismissed
// persons, and the "only seen" remainders.
QJsonObject DemoSurveyApi::statsFor(qint64 team, const QStringList &surveyIds, const Window &window) const
{
    QString filter = u" AND %1 IN (%2)"_s.arg(surveyIdOf, QStringList(surveyIds.size(), u"?"_s).join(u", "_s));
    QVariantList filterBinds;
    for (const QString &id : surveyIds)
        filterBinds.append(id);
    for (const auto &[bound, op] : {std::pair{window.from, ">="}, std::pair{window.to, "<="}}) {
        if (!bound.isEmpty()) {
            filter += u" AND timestamp %1 ?"_s.arg(QLatin1String(op));
            filterBinds.append(bound);
        }
    }
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT event, count(*), count(DISTINCT person_id), min(timestamp), max(timestamp) FROM events WHERE team_id = ?"
              " AND event IN ('survey shown', 'survey dismissed', 'survey sent')%1 AND %2 AND (event != 'survey sent' OR uuid IN %3)"
              " GROUP BY event"_s.arg(filter, wholeDismissals, latestPerSubmission()));
    QJsonObject stats;
    for (const char *event : {"survey shown", "survey dismissed", "survey sent"})
        stats.insert(QLatin1String(event), emptyEventStats());
    if (m_db.exec(q, QVariantList{team} + filterBinds + QVariantList{team})) {
        while (q.next()) {
            QJsonObject e = emptyEventStats();
            e.insert(u"total_count"_s, q.value(1).toLongLong());
            e.insert(u"unique_persons"_s, q.value(2).toLongLong());
            e.insert(u"first_seen"_s, pythonIso(q.value(3).toString()));
            e.insert(u"last_seen"_s, pythonIso(q.value(4).toString()));
            stats.insert(q.value(0).toString(), e);
        }
    }
    q.prepare(u"SELECT count(*) FROM (SELECT person_id FROM events WHERE team_id = ? AND event IN ('survey dismissed', 'survey sent')%1 AND %2"
              " GROUP BY person_id HAVING sum(event = 'survey dismissed') > 0 AND sum(event = 'survey sent') > 0)"_s.arg(filter, wholeDismissals));
    const qint64 both = m_db.exec(q, QVariantList{team} + filterBinds) && q.next() ? q.value(0).toLongLong() : 0;
    auto get = [&stats](const char *event, const char *key) {
        return qint64(stats.value(QLatin1String(event)).toObject().value(QLatin1String(key)).toDouble());
    };
    QJsonObject dismissed = stats.value("survey dismissed"_L1).toObject();
    dismissed.insert(u"unique_persons"_s, qMax<qint64>(0, get("survey dismissed", "unique_persons") - both));
    stats.insert(u"survey dismissed"_s, dismissed);
    QJsonObject shown = stats.value("survey shown"_L1).toObject();
    shown.insert(u"unique_persons_only_seen"_s, qMax<qint64>(0, get("survey shown", "unique_persons") - get("survey dismissed", "unique_persons")
                                                                    - get("survey sent", "unique_persons")));
    shown.insert(u"total_count_only_seen"_s,
                 qMax<qint64>(0, get("survey shown", "total_count") - get("survey dismissed", "total_count") - get("survey sent", "total_count")));
    stats.insert(u"survey shown"_s, shown);
    return {{u"stats"_s, stats}, {u"rates"_s, rates(stats)}};
}

namespace {

// The date_from/date_to of either stats action, or the 400 survey.py answers.
std::optional<DemoReply> readWindow(const DemoCall &call, QString *from, QString *to)
{
    const std::optional<QString> f = storedTime(call.param(u"date_from"_s));
    const std::optional<QString> t = storedTime(call.param(u"date_to"_s));
    if (!f || !t)
        return invalidDates(u"Invalid date format. Please use ISO 8601 format with timezone info (e.g. 2024-01-01T00:00:00Z or "
                            "2024-01-01T00:00:00+00:00)"_s);
    if (!f->isEmpty() && !t->isEmpty() && *f > *t)
        return invalidDates(u"date_from must be before date_to"_s);
    *from = *f;
    *to = *t;
    return std::nullopt;
}

} // namespace

DemoReply DemoSurveyApi::stats(const DemoCall &call) const
{
    if (!exists(call))
        return DemoReply::notFound(u"Survey"_s);
    Window window;
    if (const std::optional<DemoReply> refused = readWindow(call, &window.from, &window.to))
        return *refused;
    const QString id = call.id().toLower();
    QJsonObject body = statsFor(call.team(), {id}, window);
    body.insert(u"survey_id"_s, call.id());
    const QJsonObject s = survey(id);
    body.insert(u"start_date"_s, s.value("start_date"_L1));
    body.insert(u"end_date"_s, s.value("end_date"_L1));
    return {200, body};
}

DemoReply DemoSurveyApi::globalStats(const DemoCall &call) const
{
    Window window;
    if (const std::optional<DemoReply> refused = readWindow(call, &window.from, &window.to))
        return *refused;
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT id FROM surveys WHERE team_id = ? AND archived = 0"_s);
    QStringList ids;
    if (m_db.exec(q, {call.team()})) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    if (ids.isEmpty())
        return {200, QJsonObject{{u"stats"_s, QJsonObject()}, {u"rates"_s, rates({})}}};
    return {200, statsFor(call.team(), ids, window)};
}

// survey.py responses_count: deduplicated `survey sent` per survey since the earliest start date
// of any of the project's surveys; {} when none has started.
DemoReply DemoSurveyApi::responsesCount(const DemoCall &call) const
{
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT min(start_date) FROM surveys WHERE team_id = ?"_s);
    const QString earliest = m_db.exec(q, {call.team()}) && q.next() ? q.value(0).toString() : QString();
    QJsonObject counts;
    if (earliest.isEmpty())
        return {200, counts};
    q.prepare(u"SELECT %1 AS survey_id, count(*) FROM events WHERE team_id = ? AND event = 'survey sent' AND timestamp >= ? AND uuid IN %2"
              " GROUP BY survey_id"_s.arg(surveyIdOf, latestPerSubmission(u" AND timestamp >= ?"_s)));
    if (m_db.exec(q, {call.team(), earliest, call.team(), earliest})) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return {200, counts};
}
