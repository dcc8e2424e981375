#include "demoqueryengine.h"

#include "demo/hogql/hogqlfilterplaceholders.h"
#include "demo/hogql/hogqltranslator.h"
#include "demo/hogql/hogqlvalueformatter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QString hogqlString(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), "\\\\"_L1);
    escaped.replace(QLatin1Char('\''), "\\'"_L1);
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// "-7d", "-24h", "-2w", "-3m", "mStart", ISO dates → a UTC time; invalid on nonsense.
QDateTime relativeDate(const QString &text, const QDateTime &now, bool endOfDay)
{
    static const QRegularExpression relative(u"^-(\\d+)([hdwmy])$"_s);
    const auto match = relative.match(text.trimmed());
    if (match.hasMatch()) {
        const int n = match.captured(1).toInt();
        const QChar unit = match.captured(2).at(0);
        QDateTime t = now;
        if (unit == QLatin1Char('h'))
            return t.addSecs(-3600LL * n);
        if (unit == QLatin1Char('d'))
            t = t.addDays(-n);
        else if (unit == QLatin1Char('w'))
            t = t.addDays(-7LL * n);
        else if (unit == QLatin1Char('m'))
            t = t.addMonths(-n);
        else
            t = t.addYears(-n);
        t.setTime(QTime(0, 0));
        return t;
    }
    if (text == "mStart"_L1) {
        QDateTime t = now;
        t.setDate(QDate(now.date().year(), now.date().month(), 1));
        t.setTime(QTime(0, 0));
        return t;
    }
    // A bare date first: QDateTime::fromString would read "2026-11-01" as its midnight, losing
    // the end of day a date_to means.
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid())
        return QDateTime(d, endOfDay ? QTime(23, 59, 59, 999) : QTime(0, 0), QTimeZone::utc());
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime) // no offset: the project's time zone, UTC
        t.setTimeZone(QTimeZone::utc());
    return t.toUTC();
}

// A node's dateRange as PostHog's QueryDateRange reads it: date_from (default `defaultFrom`) to
// date_to (default now); both invalid when either cannot be read.
struct NodeRange
{
    QDateTime from;
    QDateTime to;
    bool ok() const { return from.isValid() && to.isValid(); }
};

NodeRange nodeRange(const QJsonObject &node, const QDateTime &now, const QString &defaultFrom = u"-7d"_s)
{
    const QJsonObject range = node.value("dateRange"_L1).toObject();
    NodeRange out;
    out.from = relativeDate(range.value("date_from"_L1).toString(defaultFrom), now, false);
    out.to = range.value("date_to"_L1).isString() ? relativeDate(range.value("date_to"_L1).toString(), now, true) : now;
    return out;
}

QString sqlTime(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

// A failure the translator let through, told as PostHog tells a ClickHouse error it exposes:
// what went wrong in HogQL terms, never the storage engine's name, its message or the
// translated SQL (which would teach clients a dialect PostHog does not speak).
QString runtimeError(const QString &engineText)
{
    const QString text = engineText.toLower();
    if (text.contains("malformed json"_L1) || text.contains("json"_L1))
        return u"Cannot parse a JSON value in the query's data or arguments."_s;
    if (text.contains("no such function"_L1) || text.contains("wrong number of arguments"_L1))
        return u"A function in the query is unknown or called with the wrong number of arguments."_s;
    if (text.contains("no such column"_L1) || text.contains("ambiguous"_L1))
        return u"Unable to resolve a field in the query: check the column names and aliases."_s;
    if (text.contains("too many terms"_L1) || text.contains("too big"_L1) || text.contains("too long"_L1))
        return u"The query is too large or too complex."_s;
    if (text.contains("interrupt"_L1))
        return u"The query was cancelled."_s;
    return u"Syntax error or unsupported construct in the query: it could not be executed."_s;
}

// PostHog's default test account filters (posthog/models/team/team.py) over the demo's
// SQLite tables: no person whose email contains @posthog.com, no local host.
QString testAccountCondition()
{
    return u" AND coalesce(json_extract(properties, '$.\"$host\"'), '') NOT LIKE 'localhost%'"
           " AND coalesce(json_extract(properties, '$.\"$host\"'), '') NOT LIKE '127.0.0.1%'"
           " AND person_id NOT IN (SELECT id FROM persons WHERE lower(json_extract(properties, '$.email')) LIKE '%@posthog.com%')"_s;
}

} // namespace

DemoQueryEngine::DemoQueryEngine(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

QJsonObject DemoQueryEngine::errorBody(const QString &type, const QString &code, const QString &detail, const QString &attr)
{
    return {
        {u"type"_s, type}, {u"code"_s, code}, {u"detail"_s, detail}, {u"attr"_s, attr.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(attr)}};
}

DemoQueryEngine::Answer DemoQueryEngine::run(qint64 teamId, const QJsonObject &node) const
{
    const QString kind = node.value("kind"_L1).toString();
    if (kind == "HogQLQuery"_L1)
        return hogqlWithFilters(teamId, node);
    if (kind == "DataVisualizationNode"_L1 || kind == "InsightVizNode"_L1 || kind == "DataTableNode"_L1)
        return run(teamId, node.value("source"_L1).toObject());
    if (kind == "TrendsQuery"_L1)
        return trends(teamId, node);
    if (kind == "ErrorTrackingQuery"_L1)
        return errorTracking(teamId, node);
    if (kind == "EventsQuery"_L1)
        return events(teamId, node);
    if (kind == "FunnelsQuery"_L1)
        return funnels(teamId, node);
    if (kind == "RetentionQuery"_L1)
        return retention(teamId, node);
    return {400, errorBody(u"validation_error"_s, u"invalid_input"_s,
                           kind.isEmpty() ? u"The query has no 'kind'."_s
                                          : u"The demo workspace does not support query kind '%1'. Supported: HogQLQuery, "
                                            "DataVisualizationNode, InsightVizNode, TrendsQuery, FunnelsQuery, RetentionQuery, "
                                            "ErrorTrackingQuery, EventsQuery."_s.arg(kind.left(80)),
                           u"kind"_s)};
}

// The same test account filters as testAccountCondition(), in HogQL, for `{filters}`.
static QString testAccountHogQL()
{
    return u"coalesce(properties.$host, '') NOT LIKE 'localhost%' AND coalesce(properties.$host, '') NOT LIKE '127.0.0.1%' "
           "AND coalesce(person.properties.email, '') NOT ILIKE '%@posthog.com%'"_s;
}

DemoQueryEngine::Answer DemoQueryEngine::hogqlWithFilters(qint64 teamId, const QJsonObject &node) const
{
    const HogQLFilterPlaceholders::Expansion expanded
        = HogQLFilterPlaceholders::expand(node.value("query"_L1).toString(), node.value("filters"_L1).toObject(), testAccountHogQL());
    if (!expanded.ok())
        return {400, errorBody(u"validation_error"_s, u"query_error"_s, expanded.error)};
    return hogql(teamId, expanded.hogql);
}

DemoQueryEngine::Answer DemoQueryEngine::hogql(qint64 teamId, const QString &sql) const
{
    QElapsedTimer clock;
    clock.start();
    HogQLTranslator::Options options;
    options.teamId = teamId;
    const HogQLTranslation t = HogQLTranslator().translate(sql, options);
    if (!t.ok)
        return {400, errorBody(u"validation_error"_s, u"query_error"_s, t.error)};
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(t.sql))
        return {400, errorBody(u"validation_error"_s, u"query_error"_s, runtimeError(query.lastError().databaseText()))};
    QJsonArray rows;
    bool hasMore = false;
    const int columns = int(t.columns.size());
    while (query.next()) {
        if (rows.size() >= t.limit) {
            hasMore = true;
            break;
        }
        QJsonArray row;
        for (int c = 0; c < columns; ++c)
            row.append(HogQLValueFormatter::toJson(query.value(c), t.types.at(c)));
        rows.append(row);
    }
    QJsonArray types;
    for (int c = 0; c < columns; ++c)
        types.append(QJsonArray{t.columns.at(c), t.types.at(c)});
    return {200, QJsonObject{{u"columns"_s, QJsonArray::fromStringList(t.columns)},
                             {u"types"_s, types},
                             {u"results"_s, rows},
                             {u"hasMore"_s, hasMore},
                             {u"limit"_s, t.limit},
                             {u"offset"_s, t.offset},
                             {u"hogql"_s, t.hogql},
                             {u"timings"_s, QJsonArray{QJsonObject{{u"k"_s, u"./execute"_s}, {u"t"_s, clock.nsecsElapsed() / 1e9}}}},
                             {u"is_cached"_s, false},
                             {u"last_refresh"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}};
}

DemoQueryEngine::Answer DemoQueryEngine::trends(qint64 teamId, const QJsonObject &node) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto [from, to] = nodeRange(node, now);
    if (!from.isValid() || !to.isValid())
        return {400, errorBody(u"validation_error"_s, u"invalid_input"_s, u"dateRange must use relative dates like '-7d' or ISO dates."_s,
                               u"dateRange"_s)};
    const QString interval = node.value("interval"_L1).toString(u"day"_s);
    QString bucket;
    if (interval == "hour"_L1)
        bucket = u"toStartOfHour(timestamp)"_s;
    else if (interval == "week"_L1)
        bucket = u"toStartOfWeek(timestamp)"_s;
    else if (interval == "month"_L1)
        bucket = u"toStartOfMonth(timestamp)"_s;
    else
        bucket = u"toDate(timestamp)"_s;

    const QJsonObject breakdownFilter = node.value("breakdownFilter"_L1).toObject();
    QString breakdown = breakdownFilter.value("breakdown"_L1).toString();
    static const QRegularExpression safeKey(u"^[A-Za-z0-9_$.\\- ]{1,200}$"_s);
    if (!breakdown.isEmpty() && !safeKey.match(breakdown).hasMatch())
        return {400, errorBody(u"validation_error"_s, u"invalid_input"_s, u"Unsupported breakdown property name."_s, u"breakdownFilter"_s)};
    QString breakdownExpr;
    if (!breakdown.isEmpty())
        breakdownExpr = (breakdownFilter.value("breakdown_type"_L1).toString() == "person"_L1 ? u"person.properties[%1]"_s : u"properties[%1]"_s)
                            .arg(hogqlString(breakdown));

    // Buckets from `from` to `to`, so days without events show as 0.
    QStringList buckets;
    QDate day = from.date();
    while (day <= to.date() && buckets.size() < 400) {
        QDate b = day;
        if (interval == "week"_L1)
            b = day.addDays(-(day.dayOfWeek() % 7));
        else if (interval == "month"_L1)
            b = QDate(day.year(), day.month(), 1);
        if (buckets.isEmpty() || buckets.last() != b.toString(Qt::ISODate))
            buckets.append(b.toString(Qt::ISODate));
        day = day.addDays(1);
    }

    QJsonArray results;
    const QJsonArray series = node.value("series"_L1).toArray();
    if (series.isEmpty())
        return {400, errorBody(u"validation_error"_s, u"invalid_input"_s, u"A TrendsQuery needs at least one series."_s, u"series"_s)};
    for (const QJsonValue &s : series) {
        const QJsonObject entry = s.toObject();
        const QString event = entry.value("event"_L1).toString();
        const QString math = entry.value("math"_L1).toString(u"total"_s);
        QString value;
        if (math == "dau"_L1 || math == "unique_users"_L1)
            value = u"count(DISTINCT person_id)"_s;
        else if (math == "sum"_L1 || math == "avg"_L1 || math == "min"_L1 || math == "max"_L1) {
            const QString property = entry.value("math_property"_L1).toString();
            if (!safeKey.match(property).hasMatch())
                return {400,
                        errorBody(u"validation_error"_s, u"invalid_input"_s, u"math '%1' needs a math_property."_s.arg(math), u"math_property"_s)};
            value = u"%1(toFloat(properties[%2]))"_s.arg(math, hogqlString(property));
        } else if (math == "total"_L1)
            value = u"count()"_s;
        else
            return {400, errorBody(u"validation_error"_s, u"invalid_input"_s,
                                   u"The demo workspace supports math total, dau, sum, avg, min and max; not '%1'."_s.arg(math), u"math"_s)};
        QString sql = u"SELECT %1 AS bucket, %2 AS value%3 FROM events WHERE timestamp >= %4 AND timestamp <= %5"_s.arg(
            bucket, value, breakdownExpr.isEmpty() ? QString() : u", "_s + breakdownExpr + u" AS breakdown_value"_s, hogqlString(sqlTime(from)),
            hogqlString(sqlTime(to)));
        if (!event.isEmpty())
            sql += u" AND event = "_s + hogqlString(event);
        sql += u" GROUP BY bucket%1 LIMIT 50000"_s.arg(breakdownExpr.isEmpty() ? QString() : u", breakdown_value"_s);
        const Answer answer = hogql(teamId, sql);
        if (answer.status != 200)
            return answer;
        QMap<QString, QMap<QString, double>> byBreakdown;
        for (const QJsonValue &row : answer.body.value("results"_L1).toArray()) {
            const QJsonArray r = row.toArray();
            const QString key
                = breakdownExpr.isEmpty() ? QString() : (r.at(2).isNull() ? u"$$_posthog_breakdown_null_$$"_s : r.at(2).toVariant().toString());
            byBreakdown[key][r.at(0).toString().left(10)] += r.at(1).toDouble();
        }
        if (byBreakdown.isEmpty())
            byBreakdown.insert(QString(), {});
        const QString label = entry.value("custom_name"_L1).toString(event.isEmpty() ? u"All events"_s : event);
        for (auto it = byBreakdown.begin(); it != byBreakdown.end(); ++it) {
            QJsonArray data, labels;
            double total = 0;
            for (const QString &b : buckets) {
                const double v = it.value().value(b);
                data.append(v);
                labels.append(QDate::fromString(b, Qt::ISODate).toString(u"d-MMM-yyyy"_s));
                total += v;
            }
            QJsonObject result{{u"label"_s, breakdownExpr.isEmpty() ? label : u"%1 - %2"_s.arg(label, it.key())},
                               {u"count"_s, total},
                               {u"data"_s, data},
                               {u"days"_s, QJsonArray::fromStringList(buckets)},
                               {u"labels"_s, labels},
                               {u"aggregated_value"_s, total},
                               {u"action"_s, QJsonObject{{u"id"_s, event}, {u"math"_s, math}}}};
            if (!breakdownExpr.isEmpty())
                result.insert(u"breakdown_value"_s, it.key());
            results.append(result);
        }
    }
    return {200, QJsonObject{{u"results"_s, results}, {u"is_cached"_s, false}, {u"last_refresh"_s, now.toString(Qt::ISODate)}}};
}

DemoQueryEngine::Answer DemoQueryEngine::errorTracking(qint64 teamId, const QJsonObject &node) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto [from, to] = nodeRange(node, now);
    if (!from.isValid() || !to.isValid())
        return {400, errorBody(u"validation_error"_s, u"invalid_input"_s, u"dateRange must use relative dates like '-7d' or ISO dates."_s,
                               u"dateRange"_s)};
    const QString status = node.value("status"_L1).toString(u"active"_s);
    static const QStringList statuses = {u"active"_s, u"resolved"_s, u"suppressed"_s, u"pending_release"_s, u"archived"_s, u"all"_s};
    if (!statuses.contains(status))
        return {400, errorBody(u"validation_error"_s, u"invalid_input"_s, u"status must be one of %1."_s.arg(statuses.join(u", "_s)), u"status"_s)};
    static const QHash<QString, QString> orderColumns{{u"occurrences"_s, u"occurrences"_s},
                                                      {u"last_seen"_s, u"last_seen"_s},
                                                      {u"first_seen"_s, u"first_seen"_s},
                                                      {u"users"_s, u"users"_s},
                                                      {u"sessions"_s, u"sessions"_s}};
    const QString orderBy = node.value("orderBy"_L1).toString(u"occurrences"_s);
    if (!orderColumns.contains(orderBy))
        return {400, errorBody(u"validation_error"_s, u"invalid_input"_s, u"orderBy must be occurrences, last_seen, first_seen, users or sessions."_s,
                               u"orderBy"_s)};
    const bool ascending = node.value("orderDirection"_L1).toString().compare("ASC"_L1, Qt::CaseInsensitive) == 0;
    const int limit = qBound(1, node.value("limit"_L1).toInt(50), 100);
    const int offset = qMax(0, node.value("offset"_L1).toInt(0));
    const QString search = node.value("searchQuery"_L1).toString();
    const QString issueId = node.value("issueId"_L1).toString();

    QString sql
        = u"SELECT e.id, e.name, e.description, e.first_seen, e.last_seen, e.occurrences, e.users, e.sessions, e.library,"
          " coalesce(s.status, 'active') AS status FROM ("
          " SELECT json_extract(properties, '$.\"$exception_issue_id\"') AS id, min(json_extract(properties, '$.\"$exception_type\"')) AS name,"
          " min(json_extract(properties, '$.\"$exception_message\"')) AS description, min(timestamp) AS first_seen, max(timestamp) AS last_seen,"
          " count(*) AS occurrences, count(DISTINCT person_id) AS users, count(DISTINCT session_id) AS sessions,"
          " min(json_extract(properties, '$.\"$lib\"')) AS library"
          " FROM events WHERE team_id = ? AND event = '$exception' AND timestamp >= ? AND timestamp <= ?%1 GROUP BY id) AS e"
          " LEFT JOIN error_issue_status AS s ON s.id = e.id WHERE e.id IS NOT NULL"_s.arg(
              node.value("filterTestAccounts"_L1).toBool() ? testAccountCondition() : QString());
    QVariantList binds{teamId, sqlTime(from), sqlTime(to)};
    if (status != "all"_L1) {
        sql += u" AND coalesce(s.status, 'active') = ?"_s;
        binds.append(status);
    }
    if (!issueId.isEmpty()) {
        sql += u" AND e.id = ?"_s;
        binds.append(issueId);
    }
    if (!search.isEmpty()) {
        sql += u" AND (lower(e.name) LIKE ? OR lower(e.description) LIKE ?)"_s;
        const QString pattern = QLatin1Char('%') + search.toLower() + QLatin1Char('%');
        binds.append(pattern);
        binds.append(pattern);
    }
    sql += u" ORDER BY %1 %2, e.id LIMIT ? OFFSET ?"_s.arg(orderColumns.value(orderBy), ascending ? u"ASC"_s : u"DESC"_s);
    binds.append(limit + 1);
    binds.append(offset);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(sql);
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec())
        return {500, errorBody(u"server_error"_s, u"error"_s, u"A server error occurred."_s)};
    QJsonArray results;
    bool hasMore = false;
    auto iso = [](const QString &t) { return QString(t).replace(10, 1, QLatin1Char('T')) + QLatin1Char('Z'); };
    // error_tracking_query_runner.py: withFirstEvent defaults to true and attaches each issue's
    // first event; withLastEvent (default false) its latest one.
    const bool withFirst = node.value("withFirstEvent"_L1).toBool(true);
    const bool withLast = node.value("withLastEvent"_L1).toBool(false);
    while (query.next()) {
        if (results.size() >= limit) {
            hasMore = true;
            break;
        }
        results.append(QJsonObject{{u"id"_s, query.value(0).toString()},
                                   {u"name"_s, query.value(1).toString()},
                                   {u"description"_s, query.value(2).toString()},
                                   {u"first_seen"_s, iso(query.value(3).toString())},
                                   {u"last_seen"_s, iso(query.value(4).toString())},
                                   {u"library"_s, query.value(8).toString()},
                                   {u"status"_s, query.value(9).toString()},
                                   {u"assignee"_s, QJsonValue::Null},
                                   {u"aggregations"_s, QJsonObject{{u"occurrences"_s, query.value(5).toLongLong()},
                                                                   {u"users"_s, query.value(6).toLongLong()},
                                                                   {u"sessions"_s, query.value(7).toLongLong()},
                                                                   {u"volume_buckets"_s, QJsonArray()}}}});
    }
    if (withFirst || withLast)
        attachIssueEvents(teamId, sqlTime(from), sqlTime(to), withFirst, withLast, &results);
    return {200, QJsonObject{{u"results"_s, results}, {u"hasMore"_s, hasMore}, {u"limit"_s, limit}, {u"offset"_s, offset}}};
}

void DemoQueryEngine::attachIssueEvents(qint64 teamId, const QString &from, const QString &to, bool first, bool last, QJsonArray *issues) const
{
    for (qsizetype i = 0; i < issues->size(); ++i) {
        QJsonObject issue = issues->at(i).toObject();
        const QString id = issue.value("id"_L1).toString();
        if (first)
            issue.insert(u"first_event"_s, issueEvent(teamId, id, from, to, true));
        if (last)
            issue.insert(u"last_event"_s, issueEvent(teamId, id, from, to, false));
        issues->replace(i, issue);
    }
}

// The first or last $exception of an issue within the range, as PostHog's runner returns it:
// {uuid, timestamp, properties} with the properties as JSON text.
QJsonValue DemoQueryEngine::issueEvent(qint64 teamId, const QString &issueId, const QString &from, const QString &to, bool first) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT uuid, timestamp, distinct_id, properties FROM events WHERE team_id = ? AND event = '$exception'"
              " AND timestamp >= ? AND timestamp <= ? AND json_extract(properties, '$.\"$exception_issue_id\"') = ?"
              " ORDER BY timestamp %1 LIMIT 1"_s.arg(first ? u"ASC"_s : u"DESC"_s));
    q.addBindValue(teamId);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(issueId);
    if (!q.exec() || !q.next())
        return QJsonValue::Null;
    return QJsonObject{{u"uuid"_s, q.value(0).toString()},
                       {u"timestamp"_s, QString(q.value(1).toString()).replace(10, 1, QLatin1Char('T')) + QLatin1Char('Z')},
                       {u"distinct_id"_s, q.value(2).toString()},
                       {u"properties"_s, q.value(3).toString()}};
}

// events_query_runner.py: without `after`, only the last 24 hours ("-24h"); "all" lifts it.
DemoQueryEngine::Answer DemoQueryEngine::events(qint64 teamId, const QJsonObject &node) const
{
    QStringList select;
    for (const QJsonValue &v : node.value("select"_L1).toArray())
        select.append(v.toString());
    if (select.isEmpty())
        return {400, errorBody(u"validation_error"_s, u"invalid_input"_s, u"An EventsQuery needs a 'select' list."_s, u"select"_s)};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList where;
    const QString after = node.value("after"_L1).toString(u"-24h"_s);
    if (after != "all"_L1) {
        const QDateTime from = relativeDate(after, now, false);
        if (!from.isValid())
            return {400, errorBody(u"validation_error"_s, u"invalid_input"_s, u"'after' must be a relative date like '-24h' or an ISO date."_s,
                                   u"after"_s)};
        where.append(u"timestamp > "_s + hogqlString(sqlTime(from)));
    }
    if (node.value("before"_L1).isString()) {
        const QDateTime to = relativeDate(node.value("before"_L1).toString(), now, true);
        if (!to.isValid())
            return {400, errorBody(u"validation_error"_s, u"invalid_input"_s, u"'before' must be a relative date like '-1d' or an ISO date."_s,
                                   u"before"_s)};
        where.append(u"timestamp < "_s + hogqlString(sqlTime(to)));
    }
    const QString event = node.value("event"_L1).toString();
    if (!event.isEmpty())
        where.append(u"event = "_s + hogqlString(event));
    for (const QJsonValue &v : node.value("where"_L1).toArray())
        where.append(QLatin1Char('(') + v.toString() + QLatin1Char(')'));
    QStringList orderBy;
    for (const QJsonValue &v : node.value("orderBy"_L1).toArray())
        orderBy.append(v.toString());
    if (orderBy.isEmpty())
        orderBy.append(u"timestamp DESC"_s); // PostHog's default order
    QString sql = u"SELECT %1 FROM events"_s.arg(select.join(u", "_s));
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY "_s + orderBy.join(u", "_s);
    sql += u" LIMIT %1 OFFSET %2"_s.arg(qBound(1, node.value("limit"_L1).toInt(100), 10000)).arg(qMax(0, node.value("offset"_L1).toInt(0)));
    return hogql(teamId, sql);
}

namespace {

DemoQueryEngine::Answer invalid(const QString &detail, const QString &attr)
{
    return {400, DemoQueryEngine::errorBody(u"validation_error"_s, u"invalid_input"_s, detail, attr)};
}

// "yyyy-MM-dd HH:mm:ss.zzz" (the demo's stored form) → milliseconds since the epoch.
// Read by hand: QDateTime::fromString costs too much for a funnel's hundreds of thousands of rows.
qint64 storedMsecs(const QString &t)
{
    auto number = [&t](int at, int length) {
        int v = 0;
        for (int i = at; i < at + length && i < t.size(); ++i)
            v = v * 10 + (t.at(i).unicode() - '0');
        return v;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    const qint64 ms = t.size() >= 23 ? number(20, 3) : 0;
    return ((days * 24 + number(11, 2)) * 60 + number(14, 2)) * 60000 + number(17, 2) * 1000 + ms;
}

// A query's `properties`: a list of filters or a PropertyGroupFilter {type, values: [groups]}.
bool hasPropertyFilters(const QJsonValue &v)
{
    if (v.isArray())
        return !v.toArray().isEmpty();
    if (v.isObject()) {
        for (const QJsonValue &group : v.toObject().value("values"_L1).toArray()) {
            if (!group.isObject() || hasPropertyFilters(group.toObject().value("values"_L1)))
                return true;
        }
    }
    return false;
}

QJsonValue nullable(const QJsonValue &v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

} // namespace

// posthog/hogql_queries/insights/funnels (funnels_query_runner.py, base.py, funnel.py): an
// ordered funnel per person within the conversion window, every step inside the date range;
// each person counts once, at the deepest step reached from any start. Steps are EventsNodes.
DemoQueryEngine::Answer DemoQueryEngine::funnels(qint64 teamId, const QJsonObject &node) const
{
    QElapsedTimer clock;
    clock.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto [from, to] = nodeRange(node, now);
    if (!from.isValid() || !to.isValid())
        return invalid(u"dateRange must use relative dates like '-7d' or ISO dates."_s, u"dateRange"_s);

    const QJsonArray series = node.value("series"_L1).toArray();
    if (series.isEmpty())
        return invalid(u"A FunnelsQuery needs at least one step in 'series'."_s, u"series"_s);
    if (hasPropertyFilters(node.value("properties"_L1)))
        return invalid(u"The demo workspace does not support property filters on funnels."_s, u"properties"_s);
    struct Step
    {
        QString event; // empty: all events
        QJsonObject node;
    };
    std::vector<Step> steps;
    for (const QJsonValue &v : series) {
        const QJsonObject s = v.toObject();
        if (s.value("kind"_L1).toString(u"EventsNode"_s) != "EventsNode"_L1)
            return invalid(u"The demo workspace supports only EventsNode funnel steps."_s, u"series"_s);
        if (hasPropertyFilters(s.value("properties"_L1)))
            return invalid(u"The demo workspace does not support property filters on funnel steps."_s, u"series"_s);
        steps.push_back({s.value("event"_L1).toString(), s});
    }

    const QJsonObject filter = node.value("funnelsFilter"_L1).toObject();
    const QString order = filter.value("funnelOrderType"_L1).toString(u"ordered"_s);
    if (order != "ordered"_L1)
        return invalid(u"The demo workspace supports only funnelOrderType 'ordered'."_s, u"funnelOrderType"_s);
    if (filter.value("funnelVizType"_L1).toString(u"steps"_s) != "steps"_L1)
        return invalid(u"The demo workspace supports only funnelVizType 'steps'."_s, u"funnelVizType"_s);
    if (filter.value("breakdownAttributionType"_L1).toString(u"first_touch"_s) != "first_touch"_L1)
        return invalid(u"The demo workspace supports only breakdownAttributionType 'first_touch'."_s, u"breakdownAttributionType"_s);
    const int windowInterval = filter.value("funnelWindowInterval"_L1).toInt(14);
    const QString windowUnit = filter.value("funnelWindowIntervalUnit"_L1).toString(u"day"_s);
    static const QHash<QString, qint64> unitMsecs{{u"second"_s, 1000LL},  {u"minute"_s, 60000LL},      {u"hour"_s, 3600000LL},
                                                  {u"day"_s, 86400000LL}, {u"week"_s, 7 * 86400000LL}, {u"month"_s, 30 * 86400000LL}};
    if (!unitMsecs.contains(windowUnit) || windowInterval < 1)
        return invalid(u"funnelWindowIntervalUnit must be second, minute, hour, day, week or month, with a positive interval."_s,
                       u"funnelWindowIntervalUnit"_s);
    const qint64 window = unitMsecs.value(windowUnit) * windowInterval;

    const QJsonObject breakdownFilter = node.value("breakdownFilter"_L1).toObject();
    // base.py _query_has_array_breakdown: a breakdown given as a list answers values as lists.
    const QJsonValue breakdownField = breakdownFilter.value("breakdown"_L1);
    const bool arrayBreakdown = breakdownField.isArray();
    if (arrayBreakdown && breakdownField.toArray().size() > 1)
        return invalid(u"The demo workspace supports one breakdown property in funnels."_s, u"breakdownFilter"_s);
    const QString breakdown = arrayBreakdown ? breakdownField.toArray().at(0).toString() : breakdownField.toString();
    const QString breakdownType = breakdownFilter.value("breakdown_type"_L1).toString(u"event"_s);
    static const QRegularExpression safeKey(u"^[A-Za-z0-9_$.\\- ]{1,200}$"_s);
    if (!breakdown.isEmpty() && (!safeKey.match(breakdown).hasMatch() || (breakdownType != "event"_L1 && breakdownType != "person"_L1)))
        return invalid(u"The demo workspace supports event or person breakdowns by a plain property name."_s, u"breakdownFilter"_s);
    const int breakdownLimit = qMax(1, breakdownFilter.value("breakdown_limit"_L1).toInt(25));

    bool allEvents = false;
    QStringList names;
    for (const Step &s : steps) {
        if (s.event.isEmpty())
            allEvents = true;
        else if (!names.contains(s.event))
            names.append(s.event);
    }
    QString sql = u"SELECT e.person_id, e.event, e.timestamp, %1 FROM events AS e%2"
                  " WHERE e.team_id = ? AND e.timestamp >= ? AND e.timestamp <= ? AND e.person_id IS NOT NULL"_s.arg(
                      breakdown.isEmpty()            ? u"NULL"_s
                      : breakdownType == "person"_L1 ? u"json_extract(p.properties, ?)"_s
                                                     : u"json_extract(e.properties, ?)"_s,
                      breakdownType == "person"_L1 && !breakdown.isEmpty() ? u" LEFT JOIN persons AS p ON p.id = e.person_id"_s : QString());
    QVariantList binds;
    if (!breakdown.isEmpty())
        binds.append(u"$.\"%1\""_s.arg(breakdown));
    binds << teamId << sqlTime(from) << sqlTime(to);
    if (!allEvents) {
        QStringList marks;
        for (const QString &n : names) {
            marks.append(u"?"_s);
            binds.append(n);
        }
        sql += u" AND e.event IN (%1)"_s.arg(marks.join(QLatin1Char(',')));
    }
    if (node.value("filterTestAccounts"_L1).toBool())
        sql += QString(testAccountCondition())
                   .replace("(properties"_L1, "(e.properties"_L1)
                   .replace(" person_id NOT IN"_L1, " e.person_id NOT IN"_L1);
    sql += u" ORDER BY e.person_id, e.timestamp"_s;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec())
        return {500, errorBody(u"server_error"_s, u"error"_s, u"A server error occurred."_s)};

    const int n = int(steps.size());
    struct Group
    {
        std::vector<qint64> counts;
        std::vector<std::vector<double>> times; // seconds from the step before, per converted person
    };
    QHash<QString, Group> groups; // by breakdown value ("" without a breakdown)
    auto newGroup = [n]() {
        Group g;
        g.counts.assign(n, 0);
        g.times.assign(n, {});
        return g;
    };
    // Per step k, the chain reaching step k with the latest start (the one most likely to go on
    // converting within the window); a chain is the timestamps of its steps.
    std::vector<std::vector<qint64>> chains(n);
    QString person;
    QString personBreakdown;
    bool personStarted = false;
    auto finishPerson = [&]() {
        int best = -1;
        for (int k = n - 1; k >= 0; --k) {
            if (!chains[k].empty()) {
                best = k;
                break;
            }
        }
        if (best >= 0) {
            auto it = groups.find(personBreakdown);
            if (it == groups.end())
                it = groups.insert(personBreakdown, newGroup());
            for (int k = 0; k <= best; ++k) {
                ++it->counts[k];
                if (k > 0)
                    it->times[k].push_back((chains[best][k] - chains[best][k - 1]) / 1000.0);
            }
        }
        for (auto &c : chains)
            c.clear();
        personStarted = false;
    };
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (id != person) {
            finishPerson();
            person = id;
        }
        const QString event = query.value(1).toString();
        const qint64 t = storedMsecs(query.value(2).toString());
        // Deepest step first, so one event never serves two consecutive steps.
        for (int k = n - 1; k >= 0; --k) {
            if (!steps[k].event.isEmpty() && steps[k].event != event)
                continue;
            if (k == 0) {
                chains[0] = {t};
                if (!personStarted) { // first_touch attribution: the breakdown of the person's first step-0 event
                    personStarted = true;
                    const QVariant b = query.value(3);
                    personBreakdown = breakdown.isEmpty() ? QString() : b.isNull() ? QString() : b.toString();
                }
            } else if (!chains[k - 1].empty() && t - chains[k - 1].front() <= window
                       && (chains[k].empty() || chains[k - 1].front() >= chains[k].front())) {
                chains[k] = chains[k - 1];
                chains[k].push_back(t);
            }
        }
    }
    finishPerson();

    auto stepsJson = [&](const Group &g, const std::optional<QString> &breakdownValue) {
        QJsonArray out;
        for (int k = 0; k < n; ++k) {
            const Step &s = steps[k];
            const QString name = s.event.isEmpty() ? u"All events"_s : s.event;
            QJsonValue average = QJsonValue::Null, median = QJsonValue::Null;
            std::vector<double> times = g.times[k];
            if (k > 0 && !times.empty()) {
                double sum = 0;
                for (double x : times)
                    sum += x;
                average = sum / double(times.size());
                std::sort(times.begin(), times.end());
                const size_t mid = times.size() / 2;
                median = times.size() % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2.0;
            }
            QJsonObject step{
                {u"action_id"_s, s.event.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.event)},
                {u"name"_s, name},
                {u"custom_name"_s, nullable(s.node.value("custom_name"_L1))},
                {u"order"_s, k},
                {u"people"_s, QJsonArray()},
                {u"count"_s, g.counts[k]},
                {u"type"_s, u"events"_s},
                {u"average_conversion_time"_s, average},
                {u"median_conversion_time"_s, median},
                {u"converted_people_url"_s, u"/api/person/funnel/?funnel_step=%1"_s.arg(k + 1)},
                {u"dropped_people_url"_s, k == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(u"/api/person/funnel/?funnel_step=-%1"_s.arg(k + 1))}};
            if (breakdownValue) {
                const QJsonValue value = arrayBreakdown ? QJsonValue(QJsonArray{*breakdownValue}) : QJsonValue(*breakdownValue);
                step.insert(u"breakdown"_s, value);
                step.insert(u"breakdown_value"_s, value);
            }
            out.append(step);
        }
        return out;
    };

    QJsonArray results;
    if (breakdown.isEmpty()) {
        results = stepsJson(groups.value(QString(), newGroup()), std::nullopt);
    } else {
        // base.py _breakdown_other_subquery: ranked by the last step's count, values beyond
        // breakdown_limit folded into 'Other'.
        QList<QString> keys = groups.keys();
        std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
            const Group &ga = groups[a], &gb = groups[b];
            for (int k = n - 1; k >= 0; --k) {
                if (ga.counts[k] != gb.counts[k])
                    return ga.counts[k] > gb.counts[k];
            }
            return a < b;
        });
        if (keys.size() > breakdownLimit) {
            Group other = newGroup();
            for (qsizetype i = breakdownLimit; i < keys.size(); ++i) {
                const Group &g = groups[keys.at(i)];
                for (int k = 0; k < n; ++k) {
                    other.counts[k] += g.counts[k];
                    other.times[k].insert(other.times[k].end(), g.times[k].begin(), g.times[k].end());
                }
            }
            keys = keys.mid(0, breakdownLimit);
            const QString otherKey = u"Other"_s;
            groups.insert(otherKey, other);
            keys.append(otherKey);
        }
        for (const QString &key : keys)
            results.append(stepsJson(groups.value(key), key));
    }
    return {200, QJsonObject{{u"results"_s, results},
                             {u"isUdf"_s, false},
                             {u"timings"_s, QJsonArray{QJsonObject{{u"k"_s, u"./execute"_s}, {u"t"_s, clock.nsecsElapsed() / 1e9}}}},
                             {u"is_cached"_s, false},
                             {u"last_refresh"_s, now.toString(Qt::ISODate)}}};
}

// posthog/hogql_queries/insights/retention_query_runner.py: cohorts of `period` ending with the
// one holding date_to; cohort i is the persons who did the target event in
// interval i (retention_recurring) or did it for the first time ever then (retention_first_time);
// value j counts the cohort's persons doing the returning event in interval i + j, value 0
// being the cohort itself.
DemoQueryEngine::Answer DemoQueryEngine::retention(qint64 teamId, const QJsonObject &node) const
{
    QElapsedTimer clock;
    clock.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject filter = node.value("retentionFilter"_L1).toObject();
    const QString period = filter.value("period"_L1).toString(u"Day"_s);
    if (period != "Day"_L1 && period != "Week"_L1 && period != "Month"_L1)
        return invalid(u"The demo workspace supports retention periods Day, Week and Month."_s, u"period"_s);
    const int total = filter.value("totalIntervals"_L1).toInt(11); // posthog/schema.py RetentionFilter: totalIntervals = 11
    if (total < 1 || total > 400)
        return invalid(u"totalIntervals must be between 1 and 400."_s, u"totalIntervals"_s);
    const QJsonValue retentionBreakdown = node.value("breakdownFilter"_L1).toObject().value("breakdown"_L1);
    if (hasPropertyFilters(node.value("properties"_L1)) || !retentionBreakdown.toVariant().isNull())
        return invalid(u"The demo workspace does not support property filters or breakdowns on retention."_s, u"properties"_s);
    const QString type = filter.value("retentionType"_L1).toString(u"retention_recurring"_s);
    if (type != "retention_recurring"_L1 && type != "retention_first_time"_L1)
        return invalid(u"retentionType must be retention_recurring or retention_first_time."_s, u"retentionType"_s);
    QString entityEvent[2];
    const char *entityKeys[2] = {"targetEntity", "returningEntity"};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject entity = filter.value(QLatin1String(entityKeys[i])).toObject();
        if (entity.value("type"_L1).toString(u"events"_s) != "events"_L1)
            return invalid(u"The demo workspace supports only event entities in retention."_s, QLatin1String(entityKeys[i]));
        const QJsonValue id = entity.value("id"_L1);
        entityEvent[i] = id.isString() ? id.toString() : u"$pageview"_s; // PostHog's default entity
    }

    const QJsonObject range = node.value("dateRange"_L1).toObject();
    const QDateTime to = range.value("date_to"_L1).isString() ? relativeDate(range.value("date_to"_L1).toString(), now, true) : now;
    if (!to.isValid())
        return invalid(u"dateRange must use relative dates like '-7d' or ISO dates."_s, u"dateRange"_s);
    // The start of the period holding `to`; weeks start on Sunday (PostHog's default week_start_day).
    auto periodStart = [&period](const QDate &d) {
        if (period == "Week"_L1)
            return d.addDays(-(d.dayOfWeek() % 7));
        if (period == "Month"_L1)
            return QDate(d.year(), d.month(), 1);
        return d;
    };
    auto addPeriods = [&period](const QDate &d, int k) {
        if (period == "Week"_L1)
            return d.addDays(7LL * k);
        if (period == "Month"_L1)
            return d.addMonths(k);
        return d.addDays(k);
    };
    // query_date_range.py QueryDateRangeWithIntervals: the cohorts run from date_from's period
    // (without one, totalIntervals periods back) to the one holding date_to; each cohort looks
    // ahead totalIntervals periods, returns after date_to counting 0.
    QDate first = addPeriods(periodStart(to.date()), -(total - 1));
    if (range.value("date_from"_L1).isString()) {
        const QDateTime from = relativeDate(range.value("date_from"_L1).toString(), now, false);
        if (!from.isValid() || from > to)
            return invalid(u"dateRange must use relative dates like '-7d' or ISO dates, date_from before date_to."_s, u"dateRange"_s);
        first = periodStart(from.date());
    }
    int cohorts = 0;
    for (QDate d = first; d <= to.date() && cohorts <= 400; d = addPeriods(d, 1))
        ++cohorts;
    if (cohorts > 400)
        return invalid(u"The date range holds too many retention periods."_s, u"dateRange"_s);
    const QDate end = addPeriods(first, cohorts); // exclusive
    auto indexOf = [&](const QString &stamp) {
        const QDate d = QDate::fromString(stamp.left(10), Qt::ISODate);
        if (!d.isValid() || d < first || d >= end)
            return -1;
        if (period == "Month"_L1)
            return (d.year() - first.year()) * 12 + d.month() - first.month();
        const qint64 days = first.daysTo(d);
        return int(period == "Week"_L1 ? days / 7 : days);
    };

    const bool testAccounts = node.value("filterTestAccounts"_L1).toBool();
    const QString conditions = testAccounts ? testAccountCondition() : QString();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT person_id, event, timestamp FROM events WHERE team_id = ? AND timestamp >= ? AND timestamp < ?"
                  " AND event IN (?, ?) AND person_id IS NOT NULL%1"_s.arg(conditions));
    query.addBindValue(teamId);
    query.addBindValue(first.toString(Qt::ISODate));
    query.addBindValue(end.toString(Qt::ISODate));
    query.addBindValue(entityEvent[0]);
    query.addBindValue(entityEvent[1]);
    if (!query.exec())
        return {500, errorBody(u"server_error"_s, u"error"_s, u"A server error occurred."_s)};
    QHash<QString, QSet<int>> targetIntervals, returningIntervals;
    while (query.next()) {
        const int index = indexOf(query.value(2).toString());
        if (index < 0)
            continue;
        const QString person = query.value(0).toString();
        const QString event = query.value(1).toString();
        if (event == entityEvent[0])
            targetIntervals[person].insert(index);
        if (event == entityEvent[1])
            returningIntervals[person].insert(index);
    }
    // First-time retention: a person's cohort is the interval of their first target event ever.
    QHash<QString, int> cohortOf;
    if (type == "retention_first_time"_L1) {
        QSqlQuery firsts(QSqlDatabase::database(m_connectionName, false));
        firsts.setForwardOnly(true);
        firsts.prepare(u"SELECT person_id, min(timestamp) FROM events WHERE team_id = ? AND event = ? AND person_id IS NOT NULL%1"
                       " GROUP BY person_id"_s.arg(conditions));
        firsts.addBindValue(teamId);
        firsts.addBindValue(entityEvent[0]);
        if (!firsts.exec())
            return {500, errorBody(u"server_error"_s, u"error"_s, u"A server error occurred."_s)};
        while (firsts.next()) {
            const int index = indexOf(firsts.value(1).toString());
            if (index >= 0)
                cohortOf.insert(firsts.value(0).toString(), index);
        }
    }
    std::vector<std::vector<qint64>> counts(cohorts, std::vector<qint64>(total, 0));
    auto count = [&](const QString &person, int cohort) {
        ++counts[cohort][0];
        const QSet<int> returning = returningIntervals.value(person);
        for (int j = 1; j < total && cohort + j < cohorts; ++j) {
            if (returning.contains(cohort + j))
                ++counts[cohort][j];
        }
    };
    if (type == "retention_first_time"_L1) {
        for (auto it = cohortOf.cbegin(); it != cohortOf.cend(); ++it)
            count(it.key(), it.value());
    } else {
        for (auto it = targetIntervals.cbegin(); it != targetIntervals.cend(); ++it) {
            for (int cohort : it.value())
                count(it.key(), cohort);
        }
    }
    QJsonArray results;
    for (int i = 0; i < cohorts; ++i) {
        QJsonArray values;
        for (int j = 0; j < total; ++j)
            values.append(QJsonObject{{u"count"_s, counts[i][j]}, {u"label"_s, u"%1 %2"_s.arg(period).arg(j)}});
        results.append(QJsonObject{{u"values"_s, values},
                                   {u"label"_s, u"%1 %2"_s.arg(period).arg(i)},
                                   {u"date"_s, QDateTime(addPeriods(first, i), QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODate)}});
    }
    return {200, QJsonObject{{u"results"_s, results},
                             {u"timings"_s, QJsonArray{QJsonObject{{u"k"_s, u"./execute"_s}, {u"t"_s, clock.nsecsElapsed() / 1e9}}}},
                             {u"is_cached"_s, false},
                             {u"last_refresh"_s, now.toString(Qt::ISODate)}}};
}
