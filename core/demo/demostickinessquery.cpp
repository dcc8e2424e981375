#include "demostickinessquery.h"

#include "demoinsightrange.h"
#include "demoquerycommon.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <vector>

using namespace Qt::StringLiterals;
using namespace DemoQueryCommon;

namespace {

using Answer = DemoQueryEngine::Answer;

std::optional<Answer> validate(const QJsonObject &node)
{
    const QJsonArray series = node.value("series"_L1).toArray();
    if (series.isEmpty()) // validation rules: RequireAtLeastOneSeries
        return invalid(u"At least one series is required."_s, u"series"_s);
    for (const QJsonValue &s : series) {
        if (s.toObject().value("kind"_L1).toString(u"EventsNode"_s) != "EventsNode"_L1 || hasPropertyFilters(s.toObject().value("properties"_L1)))
            return invalid(u"The demo workspace supports EventsNode series without property filters in stickiness."_s, u"series"_s);
    }
    const QJsonObject filter = node.value("stickinessFilter"_L1).toObject();
    if (hasPropertyFilters(node.value("properties"_L1)) || node.value("intervalCount"_L1).toInt(1) != 1 || filter.contains("stickinessCriteria"_L1))
        return invalid(u"The demo workspace does not support property filters, intervalCount or stickinessCriteria in stickiness."_s,
                       u"stickinessFilter"_s);
    if (node.value("compareFilter"_L1).toObject().value("compare_to"_L1).isString())
        return invalid(u"The demo workspace compares with the previous period only, not compare_to."_s, u"compareFilter"_s);
    return std::nullopt;
}

// _events_query: the intervals each person did the event in, from date_from (adjusted to its
// interval) to date_to; then the persons per number of intervals.
std::optional<Answer> personsPerIntervals(const QString &connection, qint64 teamId, const QJsonObject &node, const QString &event,
                                          const DemoInsightRange &range, QHash<int, qint64> *persons)
{
    const QString sql = u"SELECT e.person_id, e.timestamp FROM events AS e WHERE e.team_id = ? AND e.timestamp >= ? AND e.timestamp <= ?"
                        " AND e.person_id IS NOT NULL"_s;
    const QVariantList binds{teamId, sqlTime(range.adjustedFrom()), sqlTime(range.to())};
    QSqlQuery query(QSqlDatabase::database(connection, false));
    if (std::optional<Answer> failed = runSeriesEvents(&query, sql, binds, event, node.value("filterTestAccounts"_L1).toBool(), "stickiness query"))
        return failed;
    QHash<QString, QSet<qint64>> intervals;
    while (query.next()) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(storedMsecs(query.value(1).toString()), QTimeZone::utc());
        intervals[query.value(0).toString()].insert(range.startOf(t).toMSecsSinceEpoch());
    }
    for (const QSet<qint64> &s : std::as_const(intervals))
        ++(*persons)[int(s.size())];
    return std::nullopt;
}

} // namespace

DemoStickinessQuery::DemoStickinessQuery(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

// One series' object of _calculate: data per number of intervals 1…N (N the range's intervals).
std::optional<DemoQueryEngine::Answer> DemoStickinessQuery::seriesResult(qint64 teamId, const QJsonObject &node, int order, bool previous,
                                                                         QJsonObject *result) const
{
    const DemoInsightRange current(node, QDateTime::currentDateTimeUtc());
    const DemoInsightRange range = previous ? current.previous() : current;
    const QJsonObject series = node.value("series"_L1).toArray().at(order).toObject();
    const QString event = series.value("event"_L1).toString();
    QHash<int, qint64> persons;
    if (std::optional<Answer> failed = personsPerIntervals(m_connectionName, teamId, node, event, range, &persons))
        return failed;
    const bool cumulative = node.value("stickinessFilter"_L1).toObject().value("computedAs"_L1).toString() == "cumulative"_L1;
    const int n = range.count();
    std::vector<double> data(size_t(n), 0);
    for (int k = 1; k <= n; ++k)
        data[size_t(k - 1)] = double(persons.value(k));
    double count = 0;
    for (double d : data)
        count += d; // the count stays that of the plain data
    QJsonArray values, days, labels;
    for (int k = 1; k <= n; ++k) {
        double v = data[size_t(k - 1)];
        for (int j = k + 1; cumulative && j <= n; ++j)
            v += data[size_t(j - 1)];
        values.append(v);
        days.append(k);
        labels.append(u"%1 %2%3%4"_s.arg(k).arg(range.interval(), k == 1 ? QString() : u"s"_s, cumulative ? u" or more"_s : QString()));
    }
    const QString label = event.isEmpty() ? u"All events"_s : event;
    *result = QJsonObject{{u"count"_s, count},
                          {u"data"_s, values},
                          {u"days"_s, days},
                          {u"label"_s, label},
                          {u"labels"_s, labels},
                          {u"action"_s, QJsonObject{{u"order"_s, order},
                                                    {u"type"_s, u"events"_s},
                                                    {u"name"_s, label},
                                                    {u"id"_s, nullable(series.value("event"_L1))},
                                                    {u"custom_name"_s, nullable(series.value("custom_name"_L1))}}}};
    if (node.value("compareFilter"_L1).toObject().value("compare"_L1).toBool()) {
        result->insert(u"compare"_s, true);
        result->insert(u"compare_label"_s, previous ? u"previous"_s : u"current"_s);
    }
    return std::nullopt;
}

// setup_series: with compare, each series' current period, then its previous one.
DemoQueryEngine::Answer DemoStickinessQuery::run(qint64 teamId, const QJsonObject &node) const
{
    QElapsedTimer clock;
    clock.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!DemoInsightRange(node, now).ok())
        return invalid(u"dateRange must use relative dates like '-7d' or ISO dates, and interval hour, day, week or month."_s, u"dateRange"_s);
    if (std::optional<Answer> refused = validate(node))
        return *refused;
    const bool compare = node.value("compareFilter"_L1).toObject().value("compare"_L1).toBool();
    QJsonArray results;
    for (int i = 0; i < node.value("series"_L1).toArray().size(); ++i) {
        for (bool previous : {false, true}) {
            if (previous && !compare)
                continue;
            QJsonObject result;
            if (std::optional<Answer> failed = seriesResult(teamId, node, i, previous, &result))
                return *failed;
            results.append(result);
        }
    }
    return {200,
            QJsonObject{
                {u"results"_s, results}, {u"timings"_s, timings(clock)}, {u"is_cached"_s, false}, {u"last_refresh"_s, now.toString(Qt::ISODate)}}};
}
