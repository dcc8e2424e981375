#include "demoqueryengine.h"

#include "demoerrortrackingquery.h"
#include "demoexperimentquery.h"
#include "demofunnelquery.h"
#include "demolifecyclequery.h"
#include "demologging.h"
#include "demoquerycommon.h"
#include "demoretentionquery.h"
#include "demostickinessquery.h"
#include "demotrendsquery.h"

#include "demo/hogql/hogqlfilterplaceholders.h"
#include "demo/hogql/hogqltranslator.h"
#include "demo/hogql/hogqlvalueformatter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace DemoQueryCommon;

namespace {

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
        return DemoTrendsQuery(*this).run(teamId, node);
    if (kind == "ErrorTrackingQuery"_L1)
        return DemoErrorTrackingQuery(m_connectionName).run(teamId, node);
    if (kind == "EventsQuery"_L1)
        return events(teamId, node);
    if (kind == "FunnelsQuery"_L1)
        return DemoFunnelQuery(m_connectionName).run(teamId, node);
    if (kind == "RetentionQuery"_L1)
        return DemoRetentionQuery(m_connectionName).run(teamId, node);
    if (kind == "ExperimentQuery"_L1 || kind == "ExperimentExposureQuery"_L1)
        return DemoExperimentQuery(m_connectionName).run(teamId, node);
    if (kind == "LifecycleQuery"_L1) // posthog/hogql_queries/insights/lifecycle/lifecycle_query_runner.py
        return DemoLifecycleQuery(m_connectionName).run(teamId, node);
    if (kind == "StickinessQuery"_L1) // posthog/hogql_queries/insights/stickiness/stickiness_query_runner.py
        return DemoStickinessQuery(m_connectionName).run(teamId, node);
    return {400, errorBody(u"validation_error"_s, u"invalid_input"_s,
                           kind.isEmpty() ? u"The query has no 'kind'."_s
                                          : u"The demo workspace does not support query kind '%1'. Supported: HogQLQuery, "
                                            "DataVisualizationNode, InsightVizNode, TrendsQuery, FunnelsQuery, RetentionQuery, "
                                            "LifecycleQuery, StickinessQuery, ErrorTrackingQuery, EventsQuery, ExperimentQuery, "
                                            "ExperimentExposureQuery."_s.arg(kind.left(80)),
                           u"kind"_s)};
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
    if (!query.exec(t.sql)) {
        qCDebug(lcDemo) << "translated HogQL failed in SQLite:" << query.lastError().databaseText();
        return {400, errorBody(u"validation_error"_s, u"query_error"_s, runtimeError(query.lastError().databaseText()))};
    }
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

// events_query_runner.py: without `after`, only the last 24 hours ("-24h"); "all" lifts it.
// filterTestAccounts applies the team's test account filters.
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
    if (node.value("filterTestAccounts"_L1).toBool()) // the team's test_account_filters, as the runner adds them
        where.append(testAccountHogQL());
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
