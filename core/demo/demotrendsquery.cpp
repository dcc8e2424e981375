#include "demotrendsquery.h"

#include "demoinsightrange.h"
#include "demoquerycommon.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace DemoQueryCommon;

namespace {

using Answer = DemoQueryEngine::Answer;
using Values = QMap<qint64, double>; // bucket start (ms since the epoch) → value
using Counts = QMap<QString, Values>; // breakdown value ("" without one) → its values

// posthog/hogql_queries/insights/trends/breakdown.py
const QString nullLabel = u"$$_posthog_breakdown_null_$$"_s;
const QString otherLabel = u"$$_posthog_breakdown_other_$$"_s;

const QRegularExpression &safeKey()
{
    static const QRegularExpression key(u"^[A-Za-z0-9_$.\\- ]{1,200}$"_s);
    return key;
}

// What the whole query shares: its breakdown and filters; ranges come per period.
struct TrendsShape
{
    QString breakdown; // the property name, empty without a breakdown
    bool personBreakdown = false;
    int breakdownLimit = 25; // BREAKDOWN_VALUES_LIMIT (get_breakdown_limit_for_context)
    bool testAccounts = false;
    bool compare = false;
    int seriesCount = 1;
};

// One series to compute: its node, its math after convert_active_user_math_based_on_interval.
struct Series
{
    QJsonObject entry;
    QString event; // empty: all events
    QString math;
    int order = 0;
};

std::optional<Answer> readShape(const QJsonObject &node, TrendsShape *shape)
{
    const QJsonObject breakdownFilter = node.value("breakdownFilter"_L1).toObject();
    shape->breakdown = breakdownFilter.value("breakdown"_L1).toString();
    const QString type = breakdownFilter.value("breakdown_type"_L1).toString(u"event"_s);
    if (!shape->breakdown.isEmpty() && (!safeKey().match(shape->breakdown).hasMatch() || (type != "event"_L1 && type != "person"_L1)))
        return invalid(u"The demo workspace supports event or person breakdowns by a plain property name."_s, u"breakdownFilter"_s);
    if (hasPropertyFilters(node.value("properties"_L1)))
        return invalid(u"The demo workspace does not support property filters on trends."_s, u"properties"_s);
    shape->personBreakdown = type == "person"_L1;
    shape->breakdownLimit = qMax(1, breakdownFilter.value("breakdown_limit"_L1).toInt(25));
    shape->testAccounts = node.value("filterTestAccounts"_L1).toBool();
    shape->compare = node.value("compareFilter"_L1).toObject().value("compare"_L1).toBool();
    if (shape->compare && node.value("compareFilter"_L1).toObject().value("compare_to"_L1).isString())
        return invalid(u"The demo workspace compares with the previous period only, not compare_to."_s, u"compareFilter"_s);
    return std::nullopt;
}

std::optional<Answer> readSeries(const QJsonObject &node, std::vector<Series> *out)
{
    static const QStringList supported{u"total"_s,
                                       u"dau"_s,
                                       u"weekly_active"_s,
                                       u"monthly_active"_s,
                                       u"unique_session"_s,
                                       u"sum"_s,
                                       u"avg"_s,
                                       u"min"_s,
                                       u"max"_s,
                                       u"median"_s,
                                       u"p75"_s,
                                       u"p90"_s,
                                       u"p95"_s,
                                       u"p99"_s};
    const QString interval = node.value("interval"_L1).toString(u"day"_s);
    for (const QJsonValue &v : node.value("series"_L1).toArray()) {
        Series s{v.toObject(), v.toObject().value("event"_L1).toString(), v.toObject().value("math"_L1).toString(u"total"_s), int(out->size())};
        if (s.entry.value("kind"_L1).toString(u"EventsNode"_s) != "EventsNode"_L1 || hasPropertyFilters(s.entry.value("properties"_L1)))
            return invalid(u"The demo workspace supports EventsNode series without property filters."_s, u"series"_s);
        if (!supported.contains(s.math))
            return invalid(u"The demo workspace supports math %1; not '%2'."_s.arg(supported.join(u", "_s), s.math), u"math"_s);
        const bool propertyMath = supported.indexOf(s.math) >= supported.indexOf(u"sum"_s);
        if (propertyMath && !safeKey().match(s.entry.value("math_property"_L1).toString()).hasMatch())
            return invalid(u"math '%1' needs a math_property."_s.arg(s.math), u"math_property"_s);
        // utils.py convert_active_user_math_based_on_interval: WAU from week up, MAU from month up are DAU.
        if ((s.math == "weekly_active"_L1 && (interval == "week"_L1 || interval == "month"_L1))
            || (s.math == "monthly_active"_L1 && interval == "month"_L1))
            s.math = u"dau"_s;
        out->push_back(s);
    }
    if (out->empty())
        return invalid(u"A TrendsQuery needs at least one series."_s, u"series"_s);
    return std::nullopt;
}

// A stored or HogQL bucket value ("2026-05-03", "2026-05-03 14:00:00.000") → its start.
QDateTime bucketTime(const QString &text, const DemoInsightRange &range)
{
    const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    const int hour = text.size() >= 13 ? text.mid(11, 2).toInt() : 0;
    return range.startOf(QDateTime(d, QTime(hour, 0), QTimeZone::utc()));
}

QString breakdownKey(const QVariant &v)
{
    const QString text = v.isNull() ? QString() : v.toString();
    return text.isEmpty() ? nullLabel : text; // ifNull(nullIf(toString(x), ''), nil)
}

// The aggregates SQL can compute, through HogQL as a HogQL query would see them.
QString aggregateExpression(const Series &s)
{
    if (s.math == "dau"_L1)
        return u"count(DISTINCT person_id)"_s;
    if (s.math == "unique_session"_L1)
        return u"count(DISTINCT properties['$session_id'])"_s;
    if (s.math == "total"_L1)
        return u"count()"_s;
    return u"%1(toFloat(properties[%2]))"_s.arg(s.math, hogqlString(s.entry.value("math_property"_L1).toString()));
}

std::optional<Answer> aggregateCounts(const DemoQueryEngine &engine, qint64 teamId, const TrendsShape &shape, const Series &s,
                                      const DemoInsightRange &range, Counts *counts)
{
    static const QHash<QString, QString> bucketOf{
        {u"hour"_s, u"toStartOfHour(timestamp)"_s}, {u"week"_s, u"toStartOfWeek(timestamp)"_s}, {u"month"_s, u"toStartOfMonth(timestamp)"_s}};
    const bool split = !shape.breakdown.isEmpty();
    QString sql = u"SELECT %1 AS bucket, %2 AS value%3 FROM events WHERE timestamp >= %4 AND timestamp <= %5"_s.arg(
        bucketOf.value(range.interval(), u"toDate(timestamp)"_s), aggregateExpression(s),
        split ? u", %1[%2] AS breakdown_value"_s.arg(shape.personBreakdown ? u"person.properties"_s : u"properties"_s, hogqlString(shape.breakdown))
              : QString(),
        hogqlString(sqlTime(range.adjustedFrom())), hogqlString(sqlTime(range.to())));
    if (!s.event.isEmpty())
        sql += u" AND event = "_s + hogqlString(s.event);
    if (shape.testAccounts)
        sql += u" AND "_s + testAccountHogQL();
    sql += u" GROUP BY bucket%1 LIMIT 50000"_s.arg(split ? u", breakdown_value"_s : QString());
    const Answer answer = engine.hogql(teamId, sql);
    if (answer.status != 200)
        return answer;
    for (const QJsonValue &row : answer.body.value("results"_L1).toArray()) {
        const QJsonArray r = row.toArray();
        const QString key = split ? breakdownKey(r.at(2).toVariant()) : QString();
        (*counts)[key][bucketTime(r.at(0).toString(), range).toMSecsSinceEpoch()] += r.at(1).toDouble();
    }
    return std::nullopt;
}

// Rows the aggregates SQL cannot compute (quantiles, active users), read from the demo's tables.
std::optional<Answer> rawRows(QSqlQuery *query, qint64 teamId, const TrendsShape &shape, const Series &s, const QDateTime &from, const QDateTime &to,
                              const char *what)
{
    const bool split = !shape.breakdown.isEmpty();
    const QString value = s.entry.value("math_property"_L1).toString();
    QString sql
        = u"SELECT e.timestamp, e.person_id, %1, %2 FROM events AS e%3 WHERE e.team_id = ? AND e.timestamp >= ? AND e.timestamp <= ?"
          " AND e.person_id IS NOT NULL"_s.arg(value.isEmpty() ? u"NULL"_s : u"json_extract(e.properties, ?)"_s,
                                               !split                  ? u"NULL"_s
                                               : shape.personBreakdown ? u"json_extract(p.properties, ?)"_s
                                                                       : u"json_extract(e.properties, ?)"_s,
                                               split && shape.personBreakdown ? u" LEFT JOIN persons AS p ON p.id = e.person_id"_s : QString());
    QVariantList binds;
    if (!value.isEmpty())
        binds.append(u"$.\"%1\""_s.arg(value));
    if (split)
        binds.append(u"$.\"%1\""_s.arg(shape.breakdown));
    binds << teamId << sqlTime(from) << sqlTime(to);
    return runSeriesEvents(query, sql, binds, s.event, shape.testAccounts, what);
}

// ClickHouse quantile(level): linear interpolation between the closest ranks.
double quantile(std::vector<double> values, double level)
{
    if (values.empty())
        return 0; // aggregation_operations.py _math_quantile: ifNull(…, 0)
    std::sort(values.begin(), values.end());
    const double position = level * double(values.size() - 1);
    const size_t lower = size_t(std::floor(position));
    const size_t upper = qMin(lower + 1, values.size() - 1);
    return values[lower] + (position - double(lower)) * (values[upper] - values[lower]);
}

std::optional<Answer> quantileCounts(const QString &connection, qint64 teamId, const TrendsShape &shape, const Series &s,
                                     const DemoInsightRange &range, Counts *counts)
{
    QSqlQuery rows(QSqlDatabase::database(connection, false));
    if (std::optional<Answer> failed = rawRows(&rows, teamId, shape, s, range.adjustedFrom(), range.to(), "trends quantile query"))
        return failed;
    QMap<QString, QMap<qint64, std::vector<double>>> samples;
    while (rows.next()) {
        bool number = false;
        const double v = rows.value(2).toDouble(&number); // toFloat: NULL for what is not a number
        const qint64 bucket
            = range.startOf(QDateTime::fromMSecsSinceEpoch(storedMsecs(rows.value(0).toString()), QTimeZone::utc())).toMSecsSinceEpoch();
        auto &cell = samples[shape.breakdown.isEmpty() ? QString() : breakdownKey(rows.value(3))][bucket];
        if (number && !rows.value(2).isNull())
            cell.push_back(v);
    }
    static const QHash<QString, double> levels{{u"median"_s, 0.5}, {u"p75"_s, 0.75}, {u"p90"_s, 0.9}, {u"p95"_s, 0.95}, {u"p99"_s, 0.99}};
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        for (auto b = it.value().cbegin(); b != it.value().cend(); ++b)
            (*counts)[it.key()][b.key()] = quantile(b.value(), levels.value(s.math));
    }
    return std::nullopt;
}

// aggregation_operations.py _actors_inner_select_query: WAU (MAU) at a bucket start B counts the
// persons with an event on a day (an hour, by the hour) t with B - 7 days (30) < t <= B.
std::optional<Answer> activeCounts(const QString &connection, qint64 teamId, const TrendsShape &shape, const Series &s, const DemoInsightRange &range,
                                   Counts *counts)
{
    const int lookback = s.math == "weekly_active"_L1 ? 7 : 30;
    QSqlQuery rows(QSqlDatabase::database(connection, false));
    if (std::optional<Answer> failed = rawRows(&rows, teamId, shape, s, range.from().addDays(-lookback), range.to(), "trends active users query"))
        return failed;
    QMap<QString, QHash<QString, std::vector<qint64>>> seen; // breakdown → person → activity starts
    const bool hourly = range.interval() == "hour"_L1;
    while (rows.next()) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(storedMsecs(rows.value(0).toString()), QTimeZone::utc());
        const QDateTime start = QDateTime(t.date(), hourly ? QTime(t.time().hour(), 0) : QTime(0, 0), QTimeZone::utc());
        seen[shape.breakdown.isEmpty() ? QString() : breakdownKey(rows.value(3))][rows.value(1).toString()].push_back(start.toMSecsSinceEpoch());
    }
    const qint64 window = lookback * 86400000LL;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        for (const QDateTime &bucket : range.buckets()) {
            const qint64 b = bucket.toMSecsSinceEpoch();
            const auto active = std::count_if(it.value().cbegin(), it.value().cend(), [&](const std::vector<qint64> &times) {
                return std::any_of(times.cbegin(), times.cend(), [&](qint64 t) { return t <= b && t > b - window; });
            });
            if (active > 0)
                (*counts)[it.key()][b] = double(active);
        }
    }
    return std::nullopt;
}

double total(const Values &v)
{
    double sum = 0;
    for (double x : v)
        sum += x;
    return sum;
}

int ordering(const QString &key) // trends_query_builder.py _breakdown_query_order_by
{
    return key == otherLabel ? 2 : key == nullLabel ? 1 : 0;
}

// trends_query_builder.py _outer_select_query: values ranked by (null last, total DESC, value),
// those past breakdown_limit summed into "Other"; answered in the same order.
QStringList rankBreakdowns(const TrendsShape &shape, Counts *counts)
{
    QStringList keys = counts->keys();
    auto before = [&](const QString &a, const QString &b) {
        const double ta = total(counts->value(a)), tb = total(counts->value(b));
        if (ordering(a) != ordering(b))
            return ordering(a) < ordering(b);
        return ta != tb ? ta > tb : a < b;
    };
    std::sort(keys.begin(), keys.end(), before);
    if (shape.breakdown.isEmpty() || keys.size() <= shape.breakdownLimit)
        return keys;
    Values other;
    for (qsizetype i = shape.breakdownLimit; i < keys.size(); ++i) {
        const Values v = counts->value(keys.at(i));
        for (auto it = v.cbegin(); it != v.cend(); ++it)
            other[it.key()] += it.value();
    }
    keys = keys.mid(0, shape.breakdownLimit);
    counts->insert(otherLabel, other);
    keys.append(otherLabel);
    std::sort(keys.begin(), keys.end(), before);
    return keys;
}

QString breakdownDisplay(const QString &key) // trends_query_runner.py _format_breakdown_label
{
    if (key == otherLabel)
        return u"Other (i.e. all remaining values)"_s;
    if (key == nullLabel)
        return u"None (i.e. no value)"_s;
    return key;
}

// trends_query_runner.py build_series_response: one result per breakdown value of a series.
QJsonObject seriesResult(const TrendsShape &shape, const Series &s, const DemoInsightRange &range, const QString &key, const Values &values,
                         std::optional<bool> previous)
{
    const QString label = s.event.isEmpty() ? u"All events"_s : s.event;
    QJsonArray data, labels, days;
    double sum = 0;
    for (const QDateTime &b : range.buckets()) {
        const double v = values.value(b.toMSecsSinceEpoch());
        data.append(v);
        labels.append(range.label(b));
        days.append(range.day(b));
        sum += v;
    }
    QJsonObject result{{u"label"_s, label},
                       {u"count"_s, sum},
                       {u"data"_s, data},
                       {u"days"_s, days},
                       {u"labels"_s, labels},
                       {u"order"_s, s.order},
                       {u"action"_s, QJsonObject{{u"id"_s, nullable(s.entry.value("event"_L1))},
                                                 {u"type"_s, u"events"_s},
                                                 {u"order"_s, s.order},
                                                 {u"name"_s, label},
                                                 {u"custom_name"_s, nullable(s.entry.value("custom_name"_L1))},
                                                 {u"math"_s, s.entry.value("math"_L1).toString(u"total"_s)},
                                                 {u"math_property"_s, nullable(s.entry.value("math_property"_L1))},
                                                 {u"properties"_s, QJsonObject()}}}};
    if (previous) {
        result.insert(u"compare"_s, true);
        result.insert(u"compare_label"_s, *previous ? u"previous"_s : u"current"_s);
    }
    if (!shape.breakdown.isEmpty()) {
        result.insert(u"label"_s, shape.seriesCount > 1 ? u"%1 - %2"_s.arg(label, breakdownDisplay(key)) : breakdownDisplay(key));
        result.insert(u"breakdown_value"_s, key);
    }
    return result;
}

} // namespace

DemoTrendsQuery::DemoTrendsQuery(const DemoQueryEngine &engine)
    : m_engine(engine)
{ }

std::optional<DemoQueryEngine::Answer> DemoTrendsQuery::appendSeries(qint64 teamId, const QJsonObject &node, bool previous, QJsonArray *results,
                                                                     bool *hasMore) const
{
    TrendsShape shape;
    std::vector<Series> series;
    if (std::optional<Answer> refused = readShape(node, &shape))
        return refused;
    if (std::optional<Answer> refused = readSeries(node, &series))
        return refused;
    shape.seriesCount = int(series.size());
    const DemoInsightRange current(node, QDateTime::currentDateTimeUtc());
    const DemoInsightRange range = previous ? current.previous() : current;
    for (const Series &s : series) {
        Counts counts;
        std::optional<Answer> failed;
        if (s.math == "weekly_active"_L1 || s.math == "monthly_active"_L1)
            failed = activeCounts(m_engine.connectionName(), teamId, shape, s, range, &counts);
        else if (QStringList{u"median"_s, u"p75"_s, u"p90"_s, u"p95"_s, u"p99"_s}.contains(s.math))
            failed = quantileCounts(m_engine.connectionName(), teamId, shape, s, range, &counts);
        else
            failed = aggregateCounts(m_engine, teamId, shape, s, range, &counts);
        if (failed)
            return failed;
        if (shape.breakdown.isEmpty() && counts.isEmpty())
            counts.insert(QString(), {});
        for (const QString &key : rankBreakdowns(shape, &counts)) {
            *hasMore = *hasMore || key == otherLabel;
            results->append(seriesResult(shape, s, range, key, counts.value(key), shape.compare ? std::optional<bool>(previous) : std::nullopt));
        }
    }
    return std::nullopt;
}

// With compareFilter.compare, every series of the current period, then every one of the
// previous (trends_query_runner.py setup_series / _calculate).
DemoQueryEngine::Answer DemoTrendsQuery::run(qint64 teamId, const QJsonObject &node) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const DemoInsightRange range(node, now);
    if (!range.ok())
        return invalid(u"dateRange must use relative dates like '-7d' or ISO dates, and interval hour, day, week or month."_s, u"dateRange"_s);
    QJsonArray results;
    bool hasMore = false;
    if (std::optional<Answer> refused = appendSeries(teamId, node, false, &results, &hasMore))
        return *refused;
    if (node.value("compareFilter"_L1).toObject().value("compare"_L1).toBool()) {
        if (std::optional<Answer> refused = appendSeries(teamId, node, true, &results, &hasMore))
            return *refused;
    }
    return {200, QJsonObject{{u"results"_s, results},
                             {u"hasMore"_s, hasMore},
                             {u"resolved_date_range"_s, QJsonObject{{u"date_from"_s, range.from().toString(Qt::ISODateWithMs)},
                                                                    {u"date_to"_s, range.to().toString(Qt::ISODateWithMs)}}},
                             {u"is_cached"_s, false},
                             {u"last_refresh"_s, now.toString(Qt::ISODate)}}};
}
