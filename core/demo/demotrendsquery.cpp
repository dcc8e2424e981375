#include "demotrendsquery.h"

#include "demoquerycommon.h"

#include <QMap>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;
using namespace DemoQueryCommon;

namespace {

using Answer = DemoQueryEngine::Answer;
using Counts = QMap<QString, QMap<QString, double>>; // breakdown value → bucket day → value

const QRegularExpression &safeKey()
{
    static const QRegularExpression key(u"^[A-Za-z0-9_$.\\- ]{1,200}$"_s);
    return key;
}

// What the whole query shares: its range, its interval's buckets and its breakdown.
struct TrendsShape
{
    QDateTime from;
    QDateTime to;
    QString bucket; // the HogQL expression of an event's bucket
    QStringList buckets; // every bucket's day, so days without events show as 0
    QString breakdown; // the HogQL expression, empty without a breakdown
};

QString bucketExpression(const QString &interval)
{
    if (interval == "hour"_L1)
        return u"toStartOfHour(timestamp)"_s;
    if (interval == "week"_L1)
        return u"toStartOfWeek(timestamp)"_s;
    if (interval == "month"_L1)
        return u"toStartOfMonth(timestamp)"_s;
    return u"toDate(timestamp)"_s;
}

QStringList bucketDays(const QDate &from, const QDate &to, const QString &interval)
{
    QStringList buckets;
    for (QDate day = from; day <= to && buckets.size() < 400; day = day.addDays(1)) {
        QDate b = day;
        if (interval == "week"_L1)
            b = day.addDays(-(day.dayOfWeek() % 7));
        else if (interval == "month"_L1)
            b = QDate(day.year(), day.month(), 1);
        if (buckets.isEmpty() || buckets.last() != b.toString(Qt::ISODate))
            buckets.append(b.toString(Qt::ISODate));
    }
    return buckets;
}

std::optional<Answer> readShape(const QJsonObject &node, const QDateTime &now, TrendsShape *shape)
{
    const auto [from, to] = nodeRange(node, now);
    if (!from.isValid() || !to.isValid())
        return invalidDateRange();
    const QString interval = node.value("interval"_L1).toString(u"day"_s);
    const QJsonObject breakdownFilter = node.value("breakdownFilter"_L1).toObject();
    const QString breakdown = breakdownFilter.value("breakdown"_L1).toString();
    if (!breakdown.isEmpty() && !safeKey().match(breakdown).hasMatch())
        return invalid(u"Unsupported breakdown property name."_s, u"breakdownFilter"_s);
    if (!breakdown.isEmpty())
        shape->breakdown = (breakdownFilter.value("breakdown_type"_L1).toString() == "person"_L1 ? u"person.properties[%1]"_s : u"properties[%1]"_s)
                               .arg(hogqlString(breakdown));
    shape->from = from;
    shape->to = to;
    shape->bucket = bucketExpression(interval);
    shape->buckets = bucketDays(from.date(), to.date(), interval);
    return std::nullopt;
}

// The series' `math` as a HogQL aggregate.
std::optional<Answer> seriesValue(const QJsonObject &entry, QString *value)
{
    const QString math = entry.value("math"_L1).toString(u"total"_s);
    if (math == "dau"_L1 || math == "unique_users"_L1) {
        *value = u"count(DISTINCT person_id)"_s;
    } else if (math == "sum"_L1 || math == "avg"_L1 || math == "min"_L1 || math == "max"_L1) {
        const QString property = entry.value("math_property"_L1).toString();
        if (!safeKey().match(property).hasMatch())
            return invalid(u"math '%1' needs a math_property."_s.arg(math), u"math_property"_s);
        *value = u"%1(toFloat(properties[%2]))"_s.arg(math, hogqlString(property));
    } else if (math == "total"_L1) {
        *value = u"count()"_s;
    } else {
        return invalid(u"The demo workspace supports math total, dau, sum, avg, min and max; not '%1'."_s.arg(math), u"math"_s);
    }
    return std::nullopt;
}

QString seriesSql(const TrendsShape &shape, const QString &value, const QString &event)
{
    const bool split = !shape.breakdown.isEmpty();
    QString sql = u"SELECT %1 AS bucket, %2 AS value%3 FROM events WHERE timestamp >= %4 AND timestamp <= %5"_s.arg(
        shape.bucket, value, split ? u", "_s + shape.breakdown + u" AS breakdown_value"_s : QString(), hogqlString(sqlTime(shape.from)),
        hogqlString(sqlTime(shape.to)));
    if (!event.isEmpty())
        sql += u" AND event = "_s + hogqlString(event);
    sql += u" GROUP BY bucket%1 LIMIT 50000"_s.arg(split ? u", breakdown_value"_s : QString());
    return sql;
}

Counts countsOf(const QJsonArray &rows, bool split)
{
    Counts counts;
    for (const QJsonValue &row : rows) {
        const QJsonArray r = row.toArray();
        const QString key = !split ? QString() : (r.at(2).isNull() ? u"$$_posthog_breakdown_null_$$"_s : r.at(2).toVariant().toString());
        counts[key][r.at(0).toString().left(10)] += r.at(1).toDouble();
    }
    if (counts.isEmpty())
        counts.insert(QString(), {});
    return counts;
}

// One result of trends_query_runner's shape, for one breakdown value of one series.
QJsonObject seriesResult(const TrendsShape &shape, const QJsonObject &entry, const QString &key, const QMap<QString, double> &byDay)
{
    const QString event = entry.value("event"_L1).toString();
    const QString label = entry.value("custom_name"_L1).toString(event.isEmpty() ? u"All events"_s : event);
    QJsonArray data, labels;
    double total = 0;
    for (const QString &b : shape.buckets) {
        const double v = byDay.value(b);
        data.append(v);
        labels.append(QDate::fromString(b, Qt::ISODate).toString(u"d-MMM-yyyy"_s));
        total += v;
    }
    const bool split = !shape.breakdown.isEmpty();
    QJsonObject result{{u"label"_s, split ? u"%1 - %2"_s.arg(label, key) : label},
                       {u"count"_s, total},
                       {u"data"_s, data},
                       {u"days"_s, QJsonArray::fromStringList(shape.buckets)},
                       {u"labels"_s, labels},
                       {u"aggregated_value"_s, total},
                       {u"action"_s, QJsonObject{{u"id"_s, event}, {u"math"_s, entry.value("math"_L1).toString(u"total"_s)}}}};
    if (split)
        result.insert(u"breakdown_value"_s, key);
    return result;
}

} // namespace

DemoTrendsQuery::DemoTrendsQuery(const DemoQueryEngine &engine)
    : m_engine(engine)
{ }

DemoQueryEngine::Answer DemoTrendsQuery::run(qint64 teamId, const QJsonObject &node) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TrendsShape shape;
    if (std::optional<Answer> refused = readShape(node, now, &shape))
        return *refused;
    const QJsonArray series = node.value("series"_L1).toArray();
    if (series.isEmpty())
        return invalid(u"A TrendsQuery needs at least one series."_s, u"series"_s);
    QJsonArray results;
    for (const QJsonValue &s : series) {
        const QJsonObject entry = s.toObject();
        QString value;
        if (std::optional<Answer> refused = seriesValue(entry, &value))
            return *refused;
        const Answer answer = m_engine.hogql(teamId, seriesSql(shape, value, entry.value("event"_L1).toString()));
        if (answer.status != 200)
            return answer;
        const Counts counts = countsOf(answer.body.value("results"_L1).toArray(), !shape.breakdown.isEmpty());
        for (auto it = counts.begin(); it != counts.end(); ++it)
            results.append(seriesResult(shape, entry, it.key(), it.value()));
    }
    return {200, QJsonObject{{u"results"_s, results}, {u"is_cached"_s, false}, {u"last_refresh"_s, now.toString(Qt::ISODate)}}};
}
