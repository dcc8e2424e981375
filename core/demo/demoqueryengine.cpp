#include "demoqueryengine.h"

#include "demo/hogql/hogqlfilterplaceholders.h"
#include "demo/hogql/hogqltranslator.h"
#include "demo/hogql/hogqlvalueformatter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimeZone>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <optional>
#include <vector>

namespace {

QString hogqlString(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// "-7d", "-24h", "-2w", "-3m", "mStart", ISO dates → a UTC time; invalid on nonsense.
QDateTime relativeDate(const QString &text, const QDateTime &now, bool endOfDay)
{
    static const QRegularExpression relative(QStringLiteral("^-(\\d+)([hdwmy])$"));
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
    if (text == QLatin1String("mStart")) {
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

NodeRange nodeRange(const QJsonObject &node, const QDateTime &now, const QString &defaultFrom = QStringLiteral("-7d"))
{
    const QJsonObject range = node.value(QLatin1String("dateRange")).toObject();
    NodeRange out;
    out.from = relativeDate(range.value(QLatin1String("date_from")).toString(defaultFrom), now, false);
    out.to = range.value(QLatin1String("date_to")).isString() ? relativeDate(range.value(QLatin1String("date_to")).toString(), now, true) : now;
    return out;
}

QString sqlTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

// A failure the translator let through, told as PostHog tells a ClickHouse error it exposes:
// what went wrong in HogQL terms, never the storage engine's name, its message or the
// translated SQL (which would teach clients a dialect PostHog does not speak).
QString runtimeError(const QString &engineText)
{
    const QString text = engineText.toLower();
    if (text.contains(QLatin1String("malformed json")) || text.contains(QLatin1String("json")))
        return QStringLiteral("Cannot parse a JSON value in the query's data or arguments.");
    if (text.contains(QLatin1String("no such function")) || text.contains(QLatin1String("wrong number of arguments")))
        return QStringLiteral("A function in the query is unknown or called with the wrong number of arguments.");
    if (text.contains(QLatin1String("no such column")) || text.contains(QLatin1String("ambiguous")))
        return QStringLiteral("Unable to resolve a field in the query: check the column names and aliases.");
    if (text.contains(QLatin1String("too many terms")) || text.contains(QLatin1String("too big")) || text.contains(QLatin1String("too long")))
        return QStringLiteral("The query is too large or too complex.");
    if (text.contains(QLatin1String("interrupt")))
        return QStringLiteral("The query was cancelled.");
    return QStringLiteral("Syntax error or unsupported construct in the query: it could not be executed.");
}

// PostHog's default test account filters (posthog/models/team/team.py) over the demo's
// SQLite tables: no person whose email contains @posthog.com, no local host.
QString testAccountCondition()
{
    return QStringLiteral(
        " AND coalesce(json_extract(properties, '$.\"$host\"'), '') NOT LIKE 'localhost%'"
        " AND coalesce(json_extract(properties, '$.\"$host\"'), '') NOT LIKE '127.0.0.1%'"
        " AND person_id NOT IN (SELECT id FROM persons WHERE lower(json_extract(properties, '$.email')) LIKE '%@posthog.com%')");
}

} // namespace

DemoQueryEngine::DemoQueryEngine(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

QJsonObject DemoQueryEngine::errorBody(const QString &type, const QString &code, const QString &detail, const QString &attr)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("code"), code}, {QStringLiteral("detail"), detail},
            {QStringLiteral("attr"), attr.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(attr)}};
}

DemoQueryEngine::Answer DemoQueryEngine::run(qint64 teamId, const QJsonObject &node) const
{
    const QString kind = node.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("HogQLQuery"))
        return hogqlWithFilters(teamId, node);
    if (kind == QLatin1String("DataVisualizationNode") || kind == QLatin1String("InsightVizNode")
        || kind == QLatin1String("DataTableNode"))
        return run(teamId, node.value(QLatin1String("source")).toObject());
    if (kind == QLatin1String("TrendsQuery"))
        return trends(teamId, node);
    if (kind == QLatin1String("ErrorTrackingQuery"))
        return errorTracking(teamId, node);
    if (kind == QLatin1String("EventsQuery"))
        return events(teamId, node);
    if (kind == QLatin1String("FunnelsQuery"))
        return funnels(teamId, node);
    if (kind == QLatin1String("RetentionQuery"))
        return retention(teamId, node);
    return {400, errorBody(QStringLiteral("validation_error"), QStringLiteral("invalid_input"),
                           kind.isEmpty() ? QStringLiteral("The query has no 'kind'.")
                                          : QStringLiteral("The demo workspace does not support query kind '%1'. Supported: HogQLQuery, "
                                                           "DataVisualizationNode, InsightVizNode, TrendsQuery, FunnelsQuery, RetentionQuery, "
                                                           "ErrorTrackingQuery, EventsQuery.")
                                                .arg(kind.left(80)),
                           QStringLiteral("kind"))};
}

// The same test account filters as testAccountCondition(), in HogQL, for `{filters}`.
static QString testAccountHogQL()
{
    return QStringLiteral("coalesce(properties.$host, '') NOT LIKE 'localhost%' AND coalesce(properties.$host, '') NOT LIKE '127.0.0.1%' "
                          "AND coalesce(person.properties.email, '') NOT ILIKE '%@posthog.com%'");
}

DemoQueryEngine::Answer DemoQueryEngine::hogqlWithFilters(qint64 teamId, const QJsonObject &node) const
{
    const HogQLFilterPlaceholders::Expansion expanded = HogQLFilterPlaceholders::expand(
        node.value(QLatin1String("query")).toString(), node.value(QLatin1String("filters")).toObject(), testAccountHogQL());
    if (!expanded.ok())
        return {400, errorBody(QStringLiteral("validation_error"), QStringLiteral("query_error"), expanded.error)};
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
        return {400, errorBody(QStringLiteral("validation_error"), QStringLiteral("query_error"), t.error)};
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(t.sql))
        return {400, errorBody(QStringLiteral("validation_error"), QStringLiteral("query_error"), runtimeError(query.lastError().databaseText()))};
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
    return {200, QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(t.columns)},
                             {QStringLiteral("types"), types},
                             {QStringLiteral("results"), rows},
                             {QStringLiteral("hasMore"), hasMore},
                             {QStringLiteral("limit"), t.limit},
                             {QStringLiteral("offset"), t.offset},
                             {QStringLiteral("hogql"), t.hogql},
                             {QStringLiteral("timings"), QJsonArray{QJsonObject{{QStringLiteral("k"), QStringLiteral("./execute")},
                                                                                {QStringLiteral("t"), clock.nsecsElapsed() / 1e9}}}},
                             {QStringLiteral("is_cached"), false},
                             {QStringLiteral("last_refresh"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}};
}

DemoQueryEngine::Answer DemoQueryEngine::trends(qint64 teamId, const QJsonObject &node) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto [from, to] = nodeRange(node, now);
    if (!from.isValid() || !to.isValid())
        return {400, errorBody(QStringLiteral("validation_error"), QStringLiteral("invalid_input"),
                               QStringLiteral("dateRange must use relative dates like '-7d' or ISO dates."), QStringLiteral("dateRange"))};
    const QString interval = node.value(QLatin1String("interval")).toString(QStringLiteral("day"));
    QString bucket;
    if (interval == QLatin1String("hour"))
        bucket = QStringLiteral("toStartOfHour(timestamp)");
    else if (interval == QLatin1String("week"))
        bucket = QStringLiteral("toStartOfWeek(timestamp)");
    else if (interval == QLatin1String("month"))
        bucket = QStringLiteral("toStartOfMonth(timestamp)");
    else
        bucket = QStringLiteral("toDate(timestamp)");

    const QJsonObject breakdownFilter = node.value(QLatin1String("breakdownFilter")).toObject();
    QString breakdown = breakdownFilter.value(QLatin1String("breakdown")).toString();
    static const QRegularExpression safeKey(QStringLiteral("^[A-Za-z0-9_$.\\- ]{1,200}$"));
    if (!breakdown.isEmpty() && !safeKey.match(breakdown).hasMatch())
        return {400, errorBody(QStringLiteral("validation_error"), QStringLiteral("invalid_input"),
                               QStringLiteral("Unsupported breakdown property name."), QStringLiteral("breakdownFilter"))};
    QString breakdownExpr;
    if (!breakdown.isEmpty())
        breakdownExpr = (breakdownFilter.value(QLatin1String("breakdown_type")).toString() == QLatin1String("person")
                             ? QStringLiteral("person.properties[%1]") : QStringLiteral("properties[%1]"))
                            .arg(hogqlString(breakdown));

    // Buckets from `from` to `to`, so days without events show as 0.
    QStringList buckets;
    QDate day = from.date();
    while (day <= to.date() && buckets.size() < 400) {
        QDate b = day;
        if (interval == QLatin1String("week"))
            b = day.addDays(-(day.dayOfWeek() % 7));
        else if (interval == QLatin1String("month"))
            b = QDate(day.year(), day.month(), 1);
        if (buckets.isEmpty() || buckets.last() != b.toString(Qt::ISODate))
            buckets.append(b.toString(Qt::ISODate));
        day = day.addDays(1);
    }

    QJsonArray results;
    const QJsonArray series = node.value(QLatin1String("series")).toArray();
    if (series.isEmpty())
        return {400, errorBody(QStringLiteral("validation_error"), QStringLiteral("invalid_input"),
                               QStringLiteral("A TrendsQuery needs at least one series."), QStringLiteral("series"))};
    for (const QJsonValue &s : series) {
        const QJsonObject entry = s.toObject();
        const QString event = entry.value(QLatin1String("event")).toString();
        const QString math = entry.value(QLatin1String("math")).toString(QStringLiteral("total"));
        QString value;
        if (math == QLatin1String("dau") || math == QLatin1String("unique_users"))
            value = QStringLiteral("count(DISTINCT person_id)");
        else if (math == QLatin1String("sum") || math == QLatin1String("avg") || math == QLatin1String("min") || math == QLatin1String("max")) {
            const QString property = entry.value(QLatin1String("math_property")).toString();
            if (!safeKey.match(property).hasMatch())
                return {400, errorBody(QStringLiteral("validation_error"), QStringLiteral("invalid_input"),
                                       QStringLiteral("math '%1' needs a math_property.").arg(math), QStringLiteral("math_property"))};
            value = QStringLiteral("%1(toFloat(properties[%2]))").arg(math, hogqlString(property));
        } else if (math == QLatin1String("total"))
            value = QStringLiteral("count()");
        else
            return {400, errorBody(QStringLiteral("validation_error"), QStringLiteral("invalid_input"),
                                   QStringLiteral("The demo workspace supports math total, dau, sum, avg, min and max; not '%1'.").arg(math),
                                   QStringLiteral("math"))};
        QString sql = QStringLiteral("SELECT %1 AS bucket, %2 AS value%3 FROM events WHERE timestamp >= %4 AND timestamp <= %5")
                          .arg(bucket, value, breakdownExpr.isEmpty() ? QString() : QStringLiteral(", ") + breakdownExpr + QStringLiteral(" AS breakdown_value"),
                               hogqlString(sqlTime(from)), hogqlString(sqlTime(to)));
        if (!event.isEmpty())
            sql += QStringLiteral(" AND event = ") + hogqlString(event);
        sql += QStringLiteral(" GROUP BY bucket%1 LIMIT 50000").arg(breakdownExpr.isEmpty() ? QString() : QStringLiteral(", breakdown_value"));
        const Answer answer = hogql(teamId, sql);
        if (answer.status != 200)
            return answer;
        QMap<QString, QMap<QString, double>> byBreakdown;
        for (const QJsonValue &row : answer.body.value(QLatin1String("results")).toArray()) {
            const QJsonArray r = row.toArray();
            const QString key = breakdownExpr.isEmpty() ? QString() : (r.at(2).isNull() ? QStringLiteral("$$_posthog_breakdown_null_$$") : r.at(2).toVariant().toString());
            byBreakdown[key][r.at(0).toString().left(10)] += r.at(1).toDouble();
        }
        if (byBreakdown.isEmpty())
            byBreakdown.insert(QString(), {});
        const QString label = entry.value(QLatin1String("custom_name")).toString(event.isEmpty() ? QStringLiteral("All events") : event);
        for (auto it = byBreakdown.begin(); it != byBreakdown.end(); ++it) {
            QJsonArray data, labels;
            double total = 0;
            for (const QString &b : buckets) {
                const double v = it.value().value(b);
                data.append(v);
                labels.append(QDate::fromString(b, Qt::ISODate).toString(QStringLiteral("d-MMM-yyyy")));
                total += v;
            }
            QJsonObject result{{QStringLiteral("label"), breakdownExpr.isEmpty() ? label : QStringLiteral("%1 - %2").arg(label, it.key())},
                               {QStringLiteral("count"), total},
                               {QStringLiteral("data"), data},
                               {QStringLiteral("days"), QJsonArray::fromStringList(buckets)},
                               {QStringLiteral("labels"), labels},
                               {QStringLiteral("aggregated_value"), total},
                               {QStringLiteral("action"), QJsonObject{{QStringLiteral("id"), event}, {QStringLiteral("math"), math}}}};
            if (!breakdownExpr.isEmpty())
                result.insert(QStringLiteral("breakdown_value"), it.key());
            results.append(result);
        }
    }
    return {200, QJsonObject{{QStringLiteral("results"), results}, {QStringLiteral("is_cached"), false},
                             {QStringLiteral("last_refresh"), now.toString(Qt::ISODate)}}};
}

DemoQueryEngine::Answer DemoQueryEngine::errorTracking(qint64 teamId, const QJsonObject &node) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto [from, to] = nodeRange(node, now);
    if (!from.isValid() || !to.isValid())
        return {400, errorBody(QStringLiteral("validation_error"), QStringLiteral("invalid_input"),
                               QStringLiteral("dateRange must use relative dates like '-7d' or ISO dates."), QStringLiteral("dateRange"))};
    const QString status = node.value(QLatin1String("status")).toString(QStringLiteral("active"));
    static const QStringList statuses = {QStringLiteral("active"), QStringLiteral("resolved"), QStringLiteral("suppressed"),
                                         QStringLiteral("pending_release"), QStringLiteral("archived"), QStringLiteral("all")};
    if (!statuses.contains(status))
        return {400, errorBody(QStringLiteral("validation_error"), QStringLiteral("invalid_input"),
                               QStringLiteral("status must be one of %1.").arg(statuses.join(QStringLiteral(", "))), QStringLiteral("status"))};
    static const QHash<QString, QString> orderColumns{{QStringLiteral("occurrences"), QStringLiteral("occurrences")},
                                                      {QStringLiteral("last_seen"), QStringLiteral("last_seen")},
                                                      {QStringLiteral("first_seen"), QStringLiteral("first_seen")},
                                                      {QStringLiteral("users"), QStringLiteral("users")},
                                                      {QStringLiteral("sessions"), QStringLiteral("sessions")}};
    const QString orderBy = node.value(QLatin1String("orderBy")).toString(QStringLiteral("occurrences"));
    if (!orderColumns.contains(orderBy))
        return {400, errorBody(QStringLiteral("validation_error"), QStringLiteral("invalid_input"),
                               QStringLiteral("orderBy must be occurrences, last_seen, first_seen, users or sessions."), QStringLiteral("orderBy"))};
    const bool ascending = node.value(QLatin1String("orderDirection")).toString().compare(QLatin1String("ASC"), Qt::CaseInsensitive) == 0;
    const int limit = qBound(1, node.value(QLatin1String("limit")).toInt(50), 100);
    const int offset = qMax(0, node.value(QLatin1String("offset")).toInt(0));
    const QString search = node.value(QLatin1String("searchQuery")).toString();
    const QString issueId = node.value(QLatin1String("issueId")).toString();

    QString sql = QStringLiteral(
        "SELECT e.id, e.name, e.description, e.first_seen, e.last_seen, e.occurrences, e.users, e.sessions, e.library,"
        " coalesce(s.status, 'active') AS status FROM ("
        " SELECT json_extract(properties, '$.\"$exception_issue_id\"') AS id, min(json_extract(properties, '$.\"$exception_type\"')) AS name,"
        " min(json_extract(properties, '$.\"$exception_message\"')) AS description, min(timestamp) AS first_seen, max(timestamp) AS last_seen,"
        " count(*) AS occurrences, count(DISTINCT person_id) AS users, count(DISTINCT session_id) AS sessions,"
        " min(json_extract(properties, '$.\"$lib\"')) AS library"
        " FROM events WHERE team_id = ? AND event = '$exception' AND timestamp >= ? AND timestamp <= ?%1 GROUP BY id) AS e"
        " LEFT JOIN error_issue_status AS s ON s.id = e.id WHERE e.id IS NOT NULL")
        .arg(node.value(QLatin1String("filterTestAccounts")).toBool() ? testAccountCondition() : QString());
    QVariantList binds{teamId, sqlTime(from), sqlTime(to)};
    if (status != QLatin1String("all")) {
        sql += QStringLiteral(" AND coalesce(s.status, 'active') = ?");
        binds.append(status);
    }
    if (!issueId.isEmpty()) {
        sql += QStringLiteral(" AND e.id = ?");
        binds.append(issueId);
    }
    if (!search.isEmpty()) {
        sql += QStringLiteral(" AND (lower(e.name) LIKE ? OR lower(e.description) LIKE ?)");
        const QString pattern = QLatin1Char('%') + search.toLower() + QLatin1Char('%');
        binds.append(pattern);
        binds.append(pattern);
    }
    sql += QStringLiteral(" ORDER BY %1 %2, e.id LIMIT ? OFFSET ?").arg(orderColumns.value(orderBy), ascending ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    binds.append(limit + 1);
    binds.append(offset);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(sql);
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec())
        return {500, errorBody(QStringLiteral("server_error"), QStringLiteral("error"), QStringLiteral("A server error occurred."))};
    QJsonArray results;
    bool hasMore = false;
    auto iso = [](const QString &t) { return QString(t).replace(10, 1, QLatin1Char('T')) + QLatin1Char('Z'); };
    // error_tracking_query_runner.py: withFirstEvent defaults to true and attaches each issue's
    // first event; withLastEvent (default false) its latest one.
    const bool withFirst = node.value(QLatin1String("withFirstEvent")).toBool(true);
    const bool withLast = node.value(QLatin1String("withLastEvent")).toBool(false);
    while (query.next()) {
        if (results.size() >= limit) {
            hasMore = true;
            break;
        }
        results.append(QJsonObject{
            {QStringLiteral("id"), query.value(0).toString()},
            {QStringLiteral("name"), query.value(1).toString()},
            {QStringLiteral("description"), query.value(2).toString()},
            {QStringLiteral("first_seen"), iso(query.value(3).toString())},
            {QStringLiteral("last_seen"), iso(query.value(4).toString())},
            {QStringLiteral("library"), query.value(8).toString()},
            {QStringLiteral("status"), query.value(9).toString()},
            {QStringLiteral("assignee"), QJsonValue::Null},
            {QStringLiteral("aggregations"), QJsonObject{{QStringLiteral("occurrences"), query.value(5).toLongLong()},
                                                         {QStringLiteral("users"), query.value(6).toLongLong()},
                                                         {QStringLiteral("sessions"), query.value(7).toLongLong()},
                                                         {QStringLiteral("volume_buckets"), QJsonArray()}}}});
    }
    if (withFirst || withLast)
        attachIssueEvents(teamId, sqlTime(from), sqlTime(to), withFirst, withLast, &results);
    return {200, QJsonObject{{QStringLiteral("results"), results}, {QStringLiteral("hasMore"), hasMore},
                             {QStringLiteral("limit"), limit}, {QStringLiteral("offset"), offset}}};
}

void DemoQueryEngine::attachIssueEvents(qint64 teamId, const QString &from, const QString &to, bool first, bool last, QJsonArray *issues) const
{
    for (qsizetype i = 0; i < issues->size(); ++i) {
        QJsonObject issue = issues->at(i).toObject();
        const QString id = issue.value(QLatin1String("id")).toString();
        if (first)
            issue.insert(QStringLiteral("first_event"), issueEvent(teamId, id, from, to, true));
        if (last)
            issue.insert(QStringLiteral("last_event"), issueEvent(teamId, id, from, to, false));
        issues->replace(i, issue);
    }
}

// The first or last $exception of an issue within the range, as PostHog's runner returns it:
// {uuid, timestamp, properties} with the properties as JSON text.
QJsonValue DemoQueryEngine::issueEvent(qint64 teamId, const QString &issueId, const QString &from, const QString &to, bool first) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT uuid, timestamp, distinct_id, properties FROM events WHERE team_id = ? AND event = '$exception'"
                             " AND timestamp >= ? AND timestamp <= ? AND json_extract(properties, '$.\"$exception_issue_id\"') = ?"
                             " ORDER BY timestamp %1 LIMIT 1").arg(first ? QStringLiteral("ASC") : QStringLiteral("DESC")));
    q.addBindValue(teamId);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(issueId);
    if (!q.exec() || !q.next())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("uuid"), q.value(0).toString()},
                       {QStringLiteral("timestamp"), QString(q.value(1).toString()).replace(10, 1, QLatin1Char('T')) + QLatin1Char('Z')},
                       {QStringLiteral("distinct_id"), q.value(2).toString()},
                       {QStringLiteral("properties"), q.value(3).toString()}};
}

// events_query_runner.py: without `after`, only the last 24 hours ("-24h"); "all" lifts it.
DemoQueryEngine::Answer DemoQueryEngine::events(qint64 teamId, const QJsonObject &node) const
{
    QStringList select;
    for (const QJsonValue &v : node.value(QLatin1String("select")).toArray())
        select.append(v.toString());
    if (select.isEmpty())
        return {400, errorBody(QStringLiteral("validation_error"), QStringLiteral("invalid_input"),
                               QStringLiteral("An EventsQuery needs a 'select' list."), QStringLiteral("select"))};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList where;
    const QString after = node.value(QLatin1String("after")).toString(QStringLiteral("-24h"));
    if (after != QLatin1String("all")) {
        const QDateTime from = relativeDate(after, now, false);
        if (!from.isValid())
            return {400, errorBody(QStringLiteral("validation_error"), QStringLiteral("invalid_input"),
                                   QStringLiteral("'after' must be a relative date like '-24h' or an ISO date."), QStringLiteral("after"))};
        where.append(QStringLiteral("timestamp > ") + hogqlString(sqlTime(from)));
    }
    if (node.value(QLatin1String("before")).isString()) {
        const QDateTime to = relativeDate(node.value(QLatin1String("before")).toString(), now, true);
        if (!to.isValid())
            return {400, errorBody(QStringLiteral("validation_error"), QStringLiteral("invalid_input"),
                                   QStringLiteral("'before' must be a relative date like '-1d' or an ISO date."), QStringLiteral("before"))};
        where.append(QStringLiteral("timestamp < ") + hogqlString(sqlTime(to)));
    }
    const QString event = node.value(QLatin1String("event")).toString();
    if (!event.isEmpty())
        where.append(QStringLiteral("event = ") + hogqlString(event));
    for (const QJsonValue &v : node.value(QLatin1String("where")).toArray())
        where.append(QLatin1Char('(') + v.toString() + QLatin1Char(')'));
    QStringList orderBy;
    for (const QJsonValue &v : node.value(QLatin1String("orderBy")).toArray())
        orderBy.append(v.toString());
    if (orderBy.isEmpty())
        orderBy.append(QStringLiteral("timestamp DESC")); // PostHog's default order
    QString sql = QStringLiteral("SELECT %1 FROM events").arg(select.join(QStringLiteral(", ")));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + orderBy.join(QStringLiteral(", "));
    sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(qBound(1, node.value(QLatin1String("limit")).toInt(100), 10000))
               .arg(qMax(0, node.value(QLatin1String("offset")).toInt(0)));
    return hogql(teamId, sql);
}

namespace {

DemoQueryEngine::Answer invalid(const QString &detail, const QString &attr)
{
    return {400, DemoQueryEngine::errorBody(QStringLiteral("validation_error"), QStringLiteral("invalid_input"), detail, attr)};
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
        for (const QJsonValue &group : v.toObject().value(QLatin1String("values")).toArray()) {
            if (!group.isObject() || hasPropertyFilters(group.toObject().value(QLatin1String("values"))))
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
        return invalid(QStringLiteral("dateRange must use relative dates like '-7d' or ISO dates."), QStringLiteral("dateRange"));

    const QJsonArray series = node.value(QLatin1String("series")).toArray();
    if (series.isEmpty())
        return invalid(QStringLiteral("A FunnelsQuery needs at least one step in 'series'."), QStringLiteral("series"));
    if (hasPropertyFilters(node.value(QLatin1String("properties"))))
        return invalid(QStringLiteral("The demo workspace does not support property filters on funnels."), QStringLiteral("properties"));
    struct Step
    {
        QString event; // empty: all events
        QJsonObject node;
    };
    std::vector<Step> steps;
    for (const QJsonValue &v : series) {
        const QJsonObject s = v.toObject();
        if (s.value(QLatin1String("kind")).toString(QStringLiteral("EventsNode")) != QLatin1String("EventsNode"))
            return invalid(QStringLiteral("The demo workspace supports only EventsNode funnel steps."), QStringLiteral("series"));
        if (hasPropertyFilters(s.value(QLatin1String("properties"))))
            return invalid(QStringLiteral("The demo workspace does not support property filters on funnel steps."), QStringLiteral("series"));
        steps.push_back({s.value(QLatin1String("event")).toString(), s});
    }

    const QJsonObject filter = node.value(QLatin1String("funnelsFilter")).toObject();
    const QString order = filter.value(QLatin1String("funnelOrderType")).toString(QStringLiteral("ordered"));
    if (order != QLatin1String("ordered"))
        return invalid(QStringLiteral("The demo workspace supports only funnelOrderType 'ordered'."), QStringLiteral("funnelOrderType"));
    if (filter.value(QLatin1String("funnelVizType")).toString(QStringLiteral("steps")) != QLatin1String("steps"))
        return invalid(QStringLiteral("The demo workspace supports only funnelVizType 'steps'."), QStringLiteral("funnelVizType"));
    if (filter.value(QLatin1String("breakdownAttributionType")).toString(QStringLiteral("first_touch")) != QLatin1String("first_touch"))
        return invalid(QStringLiteral("The demo workspace supports only breakdownAttributionType 'first_touch'."),
                       QStringLiteral("breakdownAttributionType"));
    const int windowInterval = filter.value(QLatin1String("funnelWindowInterval")).toInt(14);
    const QString windowUnit = filter.value(QLatin1String("funnelWindowIntervalUnit")).toString(QStringLiteral("day"));
    static const QHash<QString, qint64> unitMsecs{{QStringLiteral("second"), 1000LL},
                                                  {QStringLiteral("minute"), 60000LL},
                                                  {QStringLiteral("hour"), 3600000LL},
                                                  {QStringLiteral("day"), 86400000LL},
                                                  {QStringLiteral("week"), 7 * 86400000LL},
                                                  {QStringLiteral("month"), 30 * 86400000LL}};
    if (!unitMsecs.contains(windowUnit) || windowInterval < 1)
        return invalid(QStringLiteral("funnelWindowIntervalUnit must be second, minute, hour, day, week or month, with a positive interval."),
                       QStringLiteral("funnelWindowIntervalUnit"));
    const qint64 window = unitMsecs.value(windowUnit) * windowInterval;

    const QJsonObject breakdownFilter = node.value(QLatin1String("breakdownFilter")).toObject();
    // base.py _query_has_array_breakdown: a breakdown given as a list answers values as lists.
    const QJsonValue breakdownField = breakdownFilter.value(QLatin1String("breakdown"));
    const bool arrayBreakdown = breakdownField.isArray();
    if (arrayBreakdown && breakdownField.toArray().size() > 1)
        return invalid(QStringLiteral("The demo workspace supports one breakdown property in funnels."), QStringLiteral("breakdownFilter"));
    const QString breakdown = arrayBreakdown ? breakdownField.toArray().at(0).toString() : breakdownField.toString();
    const QString breakdownType = breakdownFilter.value(QLatin1String("breakdown_type")).toString(QStringLiteral("event"));
    static const QRegularExpression safeKey(QStringLiteral("^[A-Za-z0-9_$.\\- ]{1,200}$"));
    if (!breakdown.isEmpty() && (!safeKey.match(breakdown).hasMatch()
                                 || (breakdownType != QLatin1String("event") && breakdownType != QLatin1String("person"))))
        return invalid(QStringLiteral("The demo workspace supports event or person breakdowns by a plain property name."),
                       QStringLiteral("breakdownFilter"));
    const int breakdownLimit = qMax(1, breakdownFilter.value(QLatin1String("breakdown_limit")).toInt(25));

    bool allEvents = false;
    QStringList names;
    for (const Step &s : steps) {
        if (s.event.isEmpty())
            allEvents = true;
        else if (!names.contains(s.event))
            names.append(s.event);
    }
    QString sql = QStringLiteral("SELECT e.person_id, e.event, e.timestamp, %1 FROM events AS e%2"
                                 " WHERE e.team_id = ? AND e.timestamp >= ? AND e.timestamp <= ? AND e.person_id IS NOT NULL")
                      .arg(breakdown.isEmpty() ? QStringLiteral("NULL")
                                               : breakdownType == QLatin1String("person") ? QStringLiteral("json_extract(p.properties, ?)")
                                                                                          : QStringLiteral("json_extract(e.properties, ?)"),
                           breakdownType == QLatin1String("person") && !breakdown.isEmpty()
                               ? QStringLiteral(" LEFT JOIN persons AS p ON p.id = e.person_id") : QString());
    QVariantList binds;
    if (!breakdown.isEmpty())
        binds.append(QStringLiteral("$.\"%1\"").arg(breakdown));
    binds << teamId << sqlTime(from) << sqlTime(to);
    if (!allEvents) {
        QStringList marks;
        for (const QString &n : names) {
            marks.append(QStringLiteral("?"));
            binds.append(n);
        }
        sql += QStringLiteral(" AND e.event IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (node.value(QLatin1String("filterTestAccounts")).toBool())
        sql += QString(testAccountCondition()).replace(QLatin1String("(properties"), QLatin1String("(e.properties"))
                   .replace(QLatin1String(" person_id NOT IN"), QLatin1String(" e.person_id NOT IN"));
    sql += QStringLiteral(" ORDER BY e.person_id, e.timestamp");
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec())
        return {500, errorBody(QStringLiteral("server_error"), QStringLiteral("error"), QStringLiteral("A server error occurred."))};

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
            const QString name = s.event.isEmpty() ? QStringLiteral("All events") : s.event;
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
            QJsonObject step{{QStringLiteral("action_id"), s.event.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.event)},
                             {QStringLiteral("name"), name},
                             {QStringLiteral("custom_name"), nullable(s.node.value(QLatin1String("custom_name")))},
                             {QStringLiteral("order"), k},
                             {QStringLiteral("people"), QJsonArray()},
                             {QStringLiteral("count"), g.counts[k]},
                             {QStringLiteral("type"), QStringLiteral("events")},
                             {QStringLiteral("average_conversion_time"), average},
                             {QStringLiteral("median_conversion_time"), median},
                             {QStringLiteral("converted_people_url"), QStringLiteral("/api/person/funnel/?funnel_step=%1").arg(k + 1)},
                             {QStringLiteral("dropped_people_url"), k == 0 ? QJsonValue(QJsonValue::Null)
                                                                           : QJsonValue(QStringLiteral("/api/person/funnel/?funnel_step=-%1").arg(k + 1))}};
            if (breakdownValue) {
                const QJsonValue value = arrayBreakdown ? QJsonValue(QJsonArray{*breakdownValue}) : QJsonValue(*breakdownValue);
                step.insert(QStringLiteral("breakdown"), value);
                step.insert(QStringLiteral("breakdown_value"), value);
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
            const QString otherKey = QStringLiteral("Other");
            groups.insert(otherKey, other);
            keys.append(otherKey);
        }
        for (const QString &key : keys)
            results.append(stepsJson(groups.value(key), key));
    }
    return {200, QJsonObject{{QStringLiteral("results"), results},
                             {QStringLiteral("isUdf"), false},
                             {QStringLiteral("timings"), QJsonArray{QJsonObject{{QStringLiteral("k"), QStringLiteral("./execute")},
                                                                                {QStringLiteral("t"), clock.nsecsElapsed() / 1e9}}}},
                             {QStringLiteral("is_cached"), false},
                             {QStringLiteral("last_refresh"), now.toString(Qt::ISODate)}}};
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
    const QJsonObject filter = node.value(QLatin1String("retentionFilter")).toObject();
    const QString period = filter.value(QLatin1String("period")).toString(QStringLiteral("Day"));
    if (period != QLatin1String("Day") && period != QLatin1String("Week") && period != QLatin1String("Month"))
        return invalid(QStringLiteral("The demo workspace supports retention periods Day, Week and Month."), QStringLiteral("period"));
    const int total = filter.value(QLatin1String("totalIntervals")).toInt(11); // posthog/schema.py RetentionFilter: totalIntervals = 11
    if (total < 1 || total > 400)
        return invalid(QStringLiteral("totalIntervals must be between 1 and 400."), QStringLiteral("totalIntervals"));
    const QJsonValue retentionBreakdown = node.value(QLatin1String("breakdownFilter")).toObject().value(QLatin1String("breakdown"));
    if (hasPropertyFilters(node.value(QLatin1String("properties"))) || !retentionBreakdown.toVariant().isNull())
        return invalid(QStringLiteral("The demo workspace does not support property filters or breakdowns on retention."),
                       QStringLiteral("properties"));
    const QString type = filter.value(QLatin1String("retentionType")).toString(QStringLiteral("retention_recurring"));
    if (type != QLatin1String("retention_recurring") && type != QLatin1String("retention_first_time"))
        return invalid(QStringLiteral("retentionType must be retention_recurring or retention_first_time."), QStringLiteral("retentionType"));
    QString entityEvent[2];
    const char *entityKeys[2] = {"targetEntity", "returningEntity"};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject entity = filter.value(QLatin1String(entityKeys[i])).toObject();
        if (entity.value(QLatin1String("type")).toString(QStringLiteral("events")) != QLatin1String("events"))
            return invalid(QStringLiteral("The demo workspace supports only event entities in retention."), QLatin1String(entityKeys[i]));
        const QJsonValue id = entity.value(QLatin1String("id"));
        entityEvent[i] = id.isString() ? id.toString() : QStringLiteral("$pageview"); // PostHog's default entity
    }

    const QJsonObject range = node.value(QLatin1String("dateRange")).toObject();
    const QDateTime to = range.value(QLatin1String("date_to")).isString()
        ? relativeDate(range.value(QLatin1String("date_to")).toString(), now, true) : now;
    if (!to.isValid())
        return invalid(QStringLiteral("dateRange must use relative dates like '-7d' or ISO dates."), QStringLiteral("dateRange"));
    // The start of the period holding `to`; weeks start on Sunday (PostHog's default week_start_day).
    auto periodStart = [&period](const QDate &d) {
        if (period == QLatin1String("Week"))
            return d.addDays(-(d.dayOfWeek() % 7));
        if (period == QLatin1String("Month"))
            return QDate(d.year(), d.month(), 1);
        return d;
    };
    auto addPeriods = [&period](const QDate &d, int k) {
        if (period == QLatin1String("Week"))
            return d.addDays(7LL * k);
        if (period == QLatin1String("Month"))
            return d.addMonths(k);
        return d.addDays(k);
    };
    // query_date_range.py QueryDateRangeWithIntervals: the cohorts run from date_from's period
    // (without one, totalIntervals periods back) to the one holding date_to; each cohort looks
    // ahead totalIntervals periods, returns after date_to counting 0.
    QDate first = addPeriods(periodStart(to.date()), -(total - 1));
    if (range.value(QLatin1String("date_from")).isString()) {
        const QDateTime from = relativeDate(range.value(QLatin1String("date_from")).toString(), now, false);
        if (!from.isValid() || from > to)
            return invalid(QStringLiteral("dateRange must use relative dates like '-7d' or ISO dates, date_from before date_to."),
                           QStringLiteral("dateRange"));
        first = periodStart(from.date());
    }
    int cohorts = 0;
    for (QDate d = first; d <= to.date() && cohorts <= 400; d = addPeriods(d, 1))
        ++cohorts;
    if (cohorts > 400)
        return invalid(QStringLiteral("The date range holds too many retention periods."), QStringLiteral("dateRange"));
    const QDate end = addPeriods(first, cohorts); // exclusive
    auto indexOf = [&](const QString &stamp) {
        const QDate d = QDate::fromString(stamp.left(10), Qt::ISODate);
        if (!d.isValid() || d < first || d >= end)
            return -1;
        if (period == QLatin1String("Month"))
            return (d.year() - first.year()) * 12 + d.month() - first.month();
        const qint64 days = first.daysTo(d);
        return int(period == QLatin1String("Week") ? days / 7 : days);
    };

    const bool testAccounts = node.value(QLatin1String("filterTestAccounts")).toBool();
    const QString conditions = testAccounts ? testAccountCondition() : QString();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT person_id, event, timestamp FROM events WHERE team_id = ? AND timestamp >= ? AND timestamp < ?"
                                 " AND event IN (?, ?) AND person_id IS NOT NULL%1").arg(conditions));
    query.addBindValue(teamId);
    query.addBindValue(first.toString(Qt::ISODate));
    query.addBindValue(end.toString(Qt::ISODate));
    query.addBindValue(entityEvent[0]);
    query.addBindValue(entityEvent[1]);
    if (!query.exec())
        return {500, errorBody(QStringLiteral("server_error"), QStringLiteral("error"), QStringLiteral("A server error occurred."))};
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
    if (type == QLatin1String("retention_first_time")) {
        QSqlQuery firsts(QSqlDatabase::database(m_connectionName, false));
        firsts.setForwardOnly(true);
        firsts.prepare(QStringLiteral("SELECT person_id, min(timestamp) FROM events WHERE team_id = ? AND event = ? AND person_id IS NOT NULL%1"
                                      " GROUP BY person_id").arg(conditions));
        firsts.addBindValue(teamId);
        firsts.addBindValue(entityEvent[0]);
        if (!firsts.exec())
            return {500, errorBody(QStringLiteral("server_error"), QStringLiteral("error"), QStringLiteral("A server error occurred."))};
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
    if (type == QLatin1String("retention_first_time")) {
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
            values.append(QJsonObject{{QStringLiteral("count"), counts[i][j]}, {QStringLiteral("label"), QStringLiteral("%1 %2").arg(period).arg(j)}});
        results.append(QJsonObject{{QStringLiteral("values"), values},
                                   {QStringLiteral("label"), QStringLiteral("%1 %2").arg(period).arg(i)},
                                   {QStringLiteral("date"), QDateTime(addPeriods(first, i), QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODate)}});
    }
    return {200, QJsonObject{{QStringLiteral("results"), results},
                             {QStringLiteral("timings"), QJsonArray{QJsonObject{{QStringLiteral("k"), QStringLiteral("./execute")},
                                                                                {QStringLiteral("t"), clock.nsecsElapsed() / 1e9}}}},
                             {QStringLiteral("is_cached"), false},
                             {QStringLiteral("last_refresh"), now.toString(Qt::ISODate)}}};
}
