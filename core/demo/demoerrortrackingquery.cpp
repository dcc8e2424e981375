#include "demoerrortrackingquery.h"

#include "demojson.h"
#include "demopropertyfiltersql.h"
#include "demoquerycommon.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;
using namespace DemoQueryCommon;

namespace {

using Answer = DemoQueryEngine::Answer;

struct IssueQuery
{
    QString from; // stored form
    QString to;
    QString status;
    QString orderColumn;
    bool ascending = false;
    int limit = 50;
    int offset = 0;
    QString search;
    QString issueId;
    bool testAccounts = false;
    bool withFirst = true;
    bool withLast = false;
    DemoPropertyFilterSql::Condition filters; // filterGroup, on the events
    QJsonObject assignee; // {type: user|role, id}: only issues assigned so
};

std::optional<Answer> readQuery(const QJsonObject &node, IssueQuery *q)
{
    const auto [from, to] = nodeRange(node, QDateTime::currentDateTimeUtc());
    if (!from.isValid() || !to.isValid())
        return invalidDateRange();
    static const QStringList statuses = {u"active"_s, u"resolved"_s, u"suppressed"_s, u"pending_release"_s, u"archived"_s, u"all"_s};
    q->status = node.value("status"_L1).toString(u"active"_s);
    if (!statuses.contains(q->status))
        return invalid(u"status must be one of %1."_s.arg(statuses.join(u", "_s)), u"status"_s);
    static const QStringList orderColumns{u"occurrences"_s, u"last_seen"_s, u"first_seen"_s, u"users"_s, u"sessions"_s};
    q->orderColumn = node.value("orderBy"_L1).toString(u"occurrences"_s);
    if (!orderColumns.contains(q->orderColumn))
        return invalid(u"orderBy must be occurrences, last_seen, first_seen, users or sessions."_s, u"orderBy"_s);
    q->from = sqlTime(from);
    q->to = sqlTime(to);
    q->ascending = node.value("orderDirection"_L1).toString().compare("ASC"_L1, Qt::CaseInsensitive) == 0;
    q->limit = qBound(1, node.value("limit"_L1).toInt(50), 100);
    q->offset = qMax(0, node.value("offset"_L1).toInt(0));
    q->search = node.value("searchQuery"_L1).toString();
    q->issueId = node.value("issueId"_L1).toString();
    q->testAccounts = node.value("filterTestAccounts"_L1).toBool();
    // withFirstEvent defaults to true and attaches each issue's first event; withLastEvent
    // (default false) its latest one.
    q->withFirst = node.value("withFirstEvent"_L1).toBool(true);
    q->withLast = node.value("withLastEvent"_L1).toBool(false);
    q->filters = DemoPropertyFilterSql::errorTrackingGroup(node.value("filterGroup"_L1));
    if (!q->filters.ok())
        return invalid(q->filters.error, u"filterGroup"_s);
    q->assignee = node.value("assignee"_L1).toObject();
    return std::nullopt;
}

// The issues' own state (status, name, assignment) lives beside the events, as PostHog keeps it
// in Postgres beside ClickHouse; filterGroup narrows the events, so the counts too.
QString issuesSql(const IssueQuery &q, QVariantList *binds)
{
    QString sql
        = u"SELECT e.id, coalesce(s.name, e.name), coalesce(s.description, e.description), e.first_seen, e.last_seen, e.occurrences, e.users,"
          " e.sessions, e.library, coalesce(s.status, 'active') AS status, a.issue_id, a.user_id, a.role_id FROM ("
          " SELECT json_extract(properties, '$.\"$exception_issue_id\"') AS id, min(json_extract(properties, '$.\"$exception_type\"')) AS name,"
          " min(json_extract(properties, '$.\"$exception_message\"')) AS description, min(timestamp) AS first_seen, max(timestamp) AS last_seen,"
          " count(*) AS occurrences, count(DISTINCT person_id) AS users, count(DISTINCT session_id) AS sessions,"
          " min(json_extract(properties, '$.\"$lib\"')) AS library"
          " FROM events WHERE team_id = ? AND event = '$exception' AND timestamp >= ? AND timestamp <= ?%1%2 GROUP BY id) AS e"
          " LEFT JOIN error_issue_status AS s ON s.id = e.id LEFT JOIN error_issue_assignment AS a ON a.issue_id = e.id"
          " WHERE e.id IS NOT NULL"_s.arg(q.testAccounts ? testAccountCondition() : QString(), q.filters.sql);
    *binds += q.filters.binds;
    if (!q.assignee.isEmpty()) {
        sql += q.assignee.value("type"_L1).toString() == "role"_L1 ? u" AND a.role_id = ?"_s : u" AND a.user_id = ?"_s;
        binds->append(q.assignee.value("id"_L1).toVariant());
    }
    if (q.status != "all"_L1) {
        sql += u" AND coalesce(s.status, 'active') = ?"_s;
        binds->append(q.status);
    }
    if (!q.issueId.isEmpty()) {
        sql += u" AND e.id = ?"_s;
        binds->append(q.issueId);
    }
    if (!q.search.isEmpty()) {
        sql += u" AND (lower(e.name) LIKE ? OR lower(e.description) LIKE ?)"_s;
        const QString pattern = QLatin1Char('%') + q.search.toLower() + QLatin1Char('%');
        *binds << pattern << pattern;
    }
    sql += u" ORDER BY %1 %2, e.id LIMIT ? OFFSET ?"_s.arg(q.orderColumn, q.ascending ? u"ASC"_s : u"DESC"_s);
    *binds << q.limit + 1 << q.offset;
    return sql;
}

QJsonObject issueJson(const QSqlQuery &row)
{
    return {{u"id"_s, row.value(0).toString()},
            {u"name"_s, row.value(1).toString()},
            {u"description"_s, row.value(2).toString()},
            {u"first_seen"_s, DemoJson::iso(row.value(3).toString())},
            {u"last_seen"_s, DemoJson::iso(row.value(4).toString())},
            {u"library"_s, row.value(8).toString()},
            {u"status"_s, row.value(9).toString()},
            {u"assignee"_s, DemoErrorTrackingQuery::assigneeJson(row, 10)},
            {u"aggregations"_s, QJsonObject{{u"occurrences"_s, row.value(5).toLongLong()},
                                            {u"users"_s, row.value(6).toLongLong()},
                                            {u"sessions"_s, row.value(7).toLongLong()},
                                            {u"volume_buckets"_s, QJsonArray()}}}};
}

} // namespace

// products/error_tracking/backend/logic.py serialize_issue_assignment: {id, type}, the user's
// numeric id or the role's uuid; null when unassigned.
QJsonValue DemoErrorTrackingQuery::assigneeJson(const QSqlQuery &row, int firstColumn)
{
    if (row.value(firstColumn).isNull())
        return QJsonValue::Null;
    const QVariant user = row.value(firstColumn + 1);
    const QVariant role = row.value(firstColumn + 2);
    if (!role.isNull())
        return QJsonObject{{u"id"_s, role.toString()}, {u"type"_s, u"role"_s}};
    return QJsonObject{{u"id"_s, user.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(user.toLongLong())}, {u"type"_s, u"user"_s}};
}

DemoErrorTrackingQuery::DemoErrorTrackingQuery(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

DemoQueryEngine::Answer DemoErrorTrackingQuery::run(qint64 teamId, const QJsonObject &node) const
{
    IssueQuery options;
    if (std::optional<Answer> refused = readQuery(node, &options))
        return *refused;
    QVariantList binds{teamId, options.from, options.to};
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(issuesSql(options, &binds));
    for (const QVariant &v : std::as_const(binds))
        query.addBindValue(v);
    if (!query.exec())
        return serverError("error tracking query", query);
    QJsonArray results;
    bool hasMore = false;
    while (query.next()) {
        if (results.size() >= options.limit) {
            hasMore = true;
            break;
        }
        results.append(issueJson(query));
    }
    if (options.withFirst || options.withLast)
        attachIssueEvents(teamId, options.from, options.to, options.withFirst, options.withLast, &results);
    return {200, QJsonObject{{u"results"_s, results}, {u"hasMore"_s, hasMore}, {u"limit"_s, options.limit}, {u"offset"_s, options.offset}}};
}

void DemoErrorTrackingQuery::attachIssueEvents(qint64 teamId, const QString &from, const QString &to, bool first, bool last, QJsonArray *issues) const
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
QJsonValue DemoErrorTrackingQuery::issueEvent(qint64 teamId, const QString &issueId, const QString &from, const QString &to, bool first) const
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
                       {u"timestamp"_s, DemoJson::iso(q.value(1).toString())},
                       {u"distinct_id"_s, q.value(2).toString()},
                       {u"properties"_s, q.value(3).toString()}};
}
