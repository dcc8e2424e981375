#include "demolifecyclequery.h"

#include "demoinsightrange.h"
#include "demoquerycommon.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <optional>
#include <set>

using namespace Qt::StringLiterals;
using namespace DemoQueryCommon;

namespace {

using Answer = DemoQueryEngine::Answer;

const QStringList statuses{u"new"_s, u"returning"_s, u"resurrecting"_s, u"dormant"_s}; // format_results' order

struct Activity
{
    qint64 createdAt = 0; // the person's created_at, truncated to the interval
    std::set<qint64> periods; // interval starts with the event
};

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// events_query: every event from one interval before date_from's to one after date_to's.
std::optional<Answer> readActivity(const QString &connection, qint64 teamId, const QJsonObject &node, const DemoInsightRange &range,
                                   QHash<QString, Activity> *persons)
{
    const QString event = node.value("series"_L1).toArray().first().toObject().value("event"_L1).toString();
    const QString sql = u"SELECT e.person_id, e.timestamp, p.created_at FROM events AS e JOIN persons AS p ON p.id = e.person_id"
                        " WHERE e.team_id = ? AND e.timestamp >= ? AND e.timestamp < ?"
                        " AND coalesce(CAST(json_extract(e.properties, '$.\"$process_person_profile\"') AS TEXT), '') NOT IN ('0', 'false')"_s;
    const QVariantList binds{teamId, sqlTime(range.plus(range.startOf(range.from()), -1)), sqlTime(range.plus(range.startOf(range.to()), 1))};
    QSqlQuery query(QSqlDatabase::database(connection, false));
    if (std::optional<Answer> failed = runSeriesEvents(&query, sql, binds, event, node.value("filterTestAccounts"_L1).toBool(), "lifecycle query"))
        return failed;
    while (query.next()) {
        Activity &a = (*persons)[query.value(0).toString()];
        a.periods.insert(range.startOf(at(storedMsecs(query.value(1).toString()))).toMSecsSinceEpoch());
        a.createdAt = range.startOf(at(storedMsecs(query.value(2).toString()))).toMSecsSinceEpoch();
    }
    return std::nullopt;
}

// The arrayMap chain of events_query: each active interval is new (it is the created_at
// interval), returning (the interval before was active too, not for the first one) or
// resurrecting; the interval after an active one that is not active itself is dormant.
void classify(const DemoInsightRange &range, const Activity &a, QHash<QString, QMap<qint64, qint64>> *counts)
{
    qint64 previous = a.createdAt;
    bool first = true;
    for (auto it = a.periods.cbegin(); it != a.periods.cend(); ++it) {
        const qint64 current = *it;
        const QString status = previous == current                                                     ? u"new"_s
                               : !first && range.plus(at(current), -1).toMSecsSinceEpoch() == previous ? u"returning"_s
                                                                                                       : u"resurrecting"_s;
        ++(*counts)[status][current];
        const qint64 next = range.plus(at(current), 1).toMSecsSinceEpoch();
        auto following = std::next(it);
        if (following == a.periods.cend() || *following != next)
            ++(*counts)[u"dormant"_s][next];
        previous = current;
        first = false;
    }
}

QJsonArray lifecycleResults(const QJsonObject &node, const DemoInsightRange &range, const QHash<QString, QMap<qint64, qint64>> &counts)
{
    const QJsonObject series = node.value("series"_L1).toArray().first().toObject();
    const QString event = series.value("event"_L1).toString();
    const QString name = event.isEmpty() ? u"All events"_s : event;
    QJsonObject action{
        {u"id"_s, nullable(series.value("event"_L1))}, {u"name"_s, name}, {u"type"_s, u"events"_s}, {u"order"_s, 0}, {u"math"_s, u"total"_s}};
    if (series.value("custom_name"_L1).isString())
        action.insert(u"custom_name"_s, series.value("custom_name"_L1));
    QJsonArray results;
    for (const QString &status : statuses) {
        QJsonArray data, days, labels;
        double sum = 0;
        for (const QDateTime &b : range.buckets()) {
            const double n = double(counts.value(status).value(b.toMSecsSinceEpoch())) * (status == "dormant"_L1 ? -1 : 1);
            data.append(n);
            days.append(range.day(b));
            labels.append(range.label(b));
            sum += n;
        }
        results.append(QJsonObject{{u"action"_s, action},
                                   {u"data"_s, data},
                                   {u"count"_s, sum},
                                   {u"labels"_s, labels},
                                   {u"days"_s, days},
                                   {u"label"_s, u"%1 - %2"_s.arg(name, status)},
                                   {u"status"_s, status}});
    }
    return results;
}

} // namespace

DemoLifecycleQuery::DemoLifecycleQuery(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

DemoQueryEngine::Answer DemoLifecycleQuery::run(qint64 teamId, const QJsonObject &node) const
{
    QElapsedTimer clock;
    clock.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const DemoInsightRange range(node, now);
    if (!range.ok())
        return invalid(u"dateRange must use relative dates like '-7d' or ISO dates, and interval hour, day, week or month."_s, u"dateRange"_s);
    const QJsonArray series = node.value("series"_L1).toArray();
    if (series.isEmpty()) // validation rules: RequireAtLeastOneSeries
        return invalid(u"At least one series is required."_s, u"series"_s);
    if (series.size() > 1 || series.first().toObject().value("kind"_L1).toString(u"EventsNode"_s) != "EventsNode"_L1
        || hasPropertyFilters(series.first().toObject().value("properties"_L1)) || hasPropertyFilters(node.value("properties"_L1)))
        return invalid(u"The demo workspace supports one EventsNode series without property filters in lifecycle."_s, u"series"_s);
    QHash<QString, Activity> persons;
    if (std::optional<Answer> failed = readActivity(m_connectionName, teamId, node, range, &persons))
        return *failed;
    QHash<QString, QMap<qint64, qint64>> counts; // status → interval start → persons
    for (const Activity &a : std::as_const(persons))
        classify(range, a, &counts);
    return {200, QJsonObject{{u"results"_s, lifecycleResults(node, range, counts)},
                             {u"timings"_s, timings(clock)},
                             {u"resolved_date_range"_s, QJsonObject{{u"date_from"_s, range.from().toString(Qt::ISODateWithMs)},
                                                                    {u"date_to"_s, range.to().toString(Qt::ISODateWithMs)}}},
                             {u"is_cached"_s, false},
                             {u"last_refresh"_s, now.toString(Qt::ISODate)}}};
}
