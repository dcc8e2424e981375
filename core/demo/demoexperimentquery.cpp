#include "demoexperimentquery.h"

#include "demoexperimentstats.h"
#include "demoquerycommon.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <bit>

using namespace Qt::StringLiterals;
using namespace DemoQueryCommon;
using Answer = DemoQueryEngine::Answer;

namespace {

const QString multipleKey = u"$multiple"_s; // products/experiments/backend/hogql_queries MULTIPLE_VARIANT_KEY

// An ISO date-time (or the stored form) in ms since the epoch; 0 when absent, -1 when unreadable.
qint64 timeOf(const QJsonValue &v)
{
    if (!v.isString() || v.toString().isEmpty())
        return 0;
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(QString(v.toString()).replace(10, 1, QLatin1Char('T')), Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc());
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
}

// datetime.isoformat() of an aware UTC time, as the exposure runner's date_range shows it.
QString pythonIso(qint64 msecs)
{
    const QDateTime t = utc(msecs);
    return t.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + (msecs % 1000 ? t.toString(u".zzz000"_s) : QString()) + u"+00:00"_s;
}

QStringList flagVariants(const QJsonObject &filters)
{
    QStringList keys;
    for (const QJsonValue &v : filters.value("multivariate"_L1).toObject().value("variants"_L1).toArray())
        keys.append(v.toObject().value("key"_L1).toString());
    return keys;
}

qint64 conversionWindowMs(const QJsonObject &metric)
{
    const double n = metric.value("conversion_window"_L1).toDouble(0);
    if (n <= 0)
        return 0;
    static const QHash<QString, qint64> seconds
        = {{u"second"_s, 1}, {u"minute"_s, 60}, {u"hour"_s, 3600}, {u"day"_s, 86400}, {u"week"_s, 604800}, {u"month"_s, 2592000}};
    return qint64(n * double(seconds.value(metric.value("conversion_window_unit"_L1).toString(u"day"_s), 86400)) * 1000);
}

QJsonArray metricSteps(const QJsonObject &metric)
{
    return metric.value("metric_type"_L1).toString() == "funnel"_L1 ? metric.value("series"_L1).toArray() : QJsonArray{metric.value("source"_L1)};
}

// What the demo cannot compute is refused in words, never answered with a wrong number.
QString unsupported(const QJsonObject &metric)
{
    const QString type = metric.value("metric_type"_L1).toString();
    if (type != "funnel"_L1 && type != "mean"_L1)
        return u"The demo workspace computes funnel and mean experiment metrics only, not '%1'."_s.arg(type.left(40));
    const QJsonArray steps = metricSteps(metric);
    if (steps.isEmpty())
        return u"A funnel metric needs at least one step in 'series'."_s;
    for (const QJsonValue &s : steps) {
        const QJsonObject step = s.toObject();
        if (step.value("kind"_L1).toString() != "EventsNode"_L1 || step.value("event"_L1).toString().isEmpty())
            return u"The demo workspace computes metrics over events (EventsNode with an event name) only."_s;
        if (hasPropertyFilters(step.value("properties"_L1)))
            return u"The demo workspace does not apply property filters to experiment metrics."_s;
        const QString math = step.value("math"_L1).toString(u"total"_s);
        if (math != "total"_L1 && !(math == "sum"_L1 && !step.value("math_property"_L1).toString().contains(QLatin1Char('"'))))
            return u"The demo workspace computes mean metrics with math 'total' or 'sum' (with math_property) only."_s;
    }
    if (!metric.value("breakdownFilter"_L1).toObject().value("breakdowns"_L1).toArray().isEmpty())
        return u"The demo workspace does not break experiment metrics down."_s;
    if (metric.contains("lower_bound_percentile"_L1) || metric.contains("upper_bound_percentile"_L1))
        return u"The demo workspace does not cap outliers of mean metrics."_s;
    if (metric.value("funnel_order_type"_L1).toString(u"ordered"_s) == "strict"_L1)
        return u"The demo workspace computes ordered and unordered funnel metrics only."_s;
    return {};
}

// CachedQueryResponse's fields beside the result.
void addCacheFields(QJsonObject *body, const QJsonObject &node, const QElapsedTimer &clock)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    body->insert(u"is_cached"_s, false);
    body->insert(u"last_refresh"_s, now);
    body->insert(u"next_allowed_client_refresh"_s, now);
    body->insert(
        u"cache_key"_s,
        u"cache_"_s
            + QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(node).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1).toHex()));
    body->insert(u"timezone"_s, u"UTC"_s);
    body->insert(u"query_status"_s, QJsonValue::Null);
    body->insert(u"timings"_s, timings(clock));
}

// ExperimentExposuresQueryRunner._calculate_srm: chi-squared of the exposures against the
// rollout split, from 100 exposures on.
QJsonValue sampleRatioMismatch(const QJsonObject &filters, const QMap<QString, qint64> &totals)
{
    QList<std::pair<QString, double>> rollouts;
    double rolloutSum = 0;
    qint64 observed = 0;
    for (const QJsonValue &v : filters.value("multivariate"_L1).toObject().value("variants"_L1).toArray()) {
        const QString key = v.toObject().value("key"_L1).toString();
        const double pct = v.toObject().value("rollout_percentage"_L1).toDouble();
        if (pct > 0 && key != multipleKey) {
            rollouts.append({key, pct});
            rolloutSum += pct;
            observed += totals.value(key);
        }
    }
    if (observed < 100 || rollouts.size() < 2 || rolloutSum <= 0)
        return QJsonValue::Null;
    double statistic = 0;
    QJsonObject expected;
    for (const auto &[key, pct] : std::as_const(rollouts)) {
        const double e = pct / rolloutSum * double(observed);
        statistic += (double(totals.value(key)) - e) * (double(totals.value(key)) - e) / e;
        expected.insert(key, e);
    }
    const double p = DemoExperimentStats::chiSquaredPValue(statistic, int(rollouts.size()) - 1);
    return p < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonObject{{u"expected"_s, expected}, {u"p_value"_s, p}});
}

} // namespace

DemoExperimentQuery::DemoExperimentQuery(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

Answer DemoExperimentQuery::run(qint64 teamId, const QJsonObject &node) const
{
    if (node.value("kind"_L1).toString() == "ExperimentExposureQuery"_L1)
        return exposureQuery(teamId, node);
    return metricQuery(teamId, node);
}

// ExperimentQueryRunner.__init__: "experiment_id is required", "Experiment with id N not found".
std::optional<DemoExperimentQuery::Experiment> DemoExperimentQuery::experiment(qint64 teamId, const QJsonValue &id, Answer *refusal) const
{
    if (!id.isDouble()) {
        *refusal = invalid(u"experiment_id is required"_s, u"experiment_id"_s);
        return std::nullopt;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT e.id, f.key, f.filters, e.start_date, e.end_date, e.exposure_criteria, e.stats_config FROM experiments e"
              " JOIN feature_flags f ON f.id = e.feature_flag_id WHERE e.id = ? AND e.team_id = ? AND e.deleted = 0"_s);
    q.addBindValue(qint64(id.toDouble()));
    q.addBindValue(teamId);
    if (!q.exec() || !q.next()) {
        *refusal = invalid(u"Experiment with id %1 not found"_s.arg(qint64(id.toDouble())), {});
        return std::nullopt;
    }
    Experiment e;
    e.id = q.value(0).toLongLong();
    e.flagKey = q.value(1).toString();
    e.flagFilters = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    e.variants = flagVariants(e.flagFilters);
    e.startMs = q.value(3).isNull() ? 0 : storedMsecs(q.value(3).toString());
    e.endMs = q.value(4).isNull() ? 0 : storedMsecs(q.value(4).toString());
    const QJsonObject criteria = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    e.filterTestAccounts = criteria.value("filterTestAccounts"_L1).toBool(true);
    e.firstSeen = criteria.value("multiple_variant_handling"_L1).toString() == "first_seen"_L1;
    e.baseline = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object().value("baseline_variant_key"_L1).toString(u"control"_s);
    return e;
}

QHash<QString, DemoExperimentQuery::Exposure> DemoExperimentQuery::exposures(qint64 teamId, const Experiment &e, const Window &window) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT person_id, timestamp, json_extract(properties, '$.\"$feature_flag_response\"') FROM events"
              " WHERE team_id = ? AND event = '$feature_flag_called' AND timestamp >= ? AND timestamp <= ?"
              " AND json_extract(properties, '$.\"$feature_flag\"') = ?%1 ORDER BY timestamp"_s.arg(e.filterTestAccounts ? testAccountCondition()
                                                                                                                         : QString()));
    for (const QVariant &bind : {QVariant(teamId), QVariant(sqlTime(utc(window.fromMs))), QVariant(sqlTime(utc(window.toMs))), QVariant(e.flagKey)})
        q.addBindValue(bind);
    QHash<QString, Exposure> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        const QString variant = q.value(2).toString();
        if (!e.variants.contains(variant))
            continue;
        const QString person = q.value(0).toString();
        auto it = out.find(person);
        if (it == out.end())
            out.insert(person, Exposure{variant, storedMsecs(q.value(1).toString())});
        else if (it->variant != variant && !e.firstSeen)
            it->variant = multipleKey; // uniqExact(variant) > 1
    }
    return out;
}

// ExperimentExposuresQueryRunner: per variant, cumulative first exposures per day over the
// query's start_date..end_date (or today); a draft has no date range and no series.
Answer DemoExperimentQuery::exposureQuery(qint64 teamId, const QJsonObject &node) const
{
    QElapsedTimer clock;
    clock.start();
    Answer refusal;
    const std::optional<Experiment> e = experiment(teamId, node.value("experiment_id"_L1), &refusal);
    if (!e)
        return refusal;
    const QJsonObject flag = node.value("feature_flag"_L1).toObject();
    if (flag.value("key"_L1).toString().isEmpty())
        return invalid(u"feature_flag key is required"_s, u"feature_flag"_s);
    const qint64 start = timeOf(node.value("start_date"_L1));
    const qint64 end = timeOf(node.value("end_date"_L1));
    if (start < 0 || end < 0)
        return invalid(u"start_date and end_date must be ISO 8601 date-times."_s, u"start_date"_s);
    QJsonObject body{{u"kind"_s, u"ExperimentExposureQuery"_s}, {u"sample_ratio_mismatch"_s, QJsonValue::Null}, {u"bias_risk"_s, QJsonValue::Null}};
    QJsonArray series;
    QMap<QString, qint64> totals;
    if (start > 0) {
        const qint64 until = end > 0 ? end : QDateTime::currentMSecsSinceEpoch();
        QHash<QString, QMap<QDate, qint64>> daily;
        const QHash<QString, Exposure> exposed = exposures(teamId, *e, {start, until});
        for (const Exposure &x : exposed)
            ++daily[x.variant][utc(x.firstMs).date()];
        QStringList order = flag.contains("filters"_L1) ? flagVariants(flag.value("filters"_L1).toObject()) : e->variants;
        if (daily.contains(multipleKey))
            order.append(multipleKey);
        for (const QString &variant : std::as_const(order)) {
            QJsonArray days, counts;
            qint64 running = 0;
            for (QDate d = utc(start).date(); d <= utc(until).date(); d = d.addDays(1)) {
                running += daily.value(variant).value(d);
                days.append(d.toString(Qt::ISODate));
                counts.append(running);
            }
            series.append(QJsonObject{{u"variant"_s, variant}, {u"days"_s, days}, {u"exposure_counts"_s, counts}});
            totals.insert(variant, running);
        }
        body.insert(u"sample_ratio_mismatch"_s, sampleRatioMismatch(flag.value("filters"_L1).toObject(), totals));
    }
    QJsonObject totalJson;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        totalJson.insert(it.key(), it.value());
    body.insert(u"timeseries"_s, series);
    body.insert(u"total_exposures"_s, totalJson);
    body.insert(u"date_range"_s, QJsonObject{{u"date_from"_s, start > 0 ? QJsonValue(pythonIso(start)) : QJsonValue(QJsonValue::Null)},
                                             {u"date_to"_s, end > 0 ? QJsonValue(pythonIso(end)) : QJsonValue(QJsonValue::Null)},
                                             {u"explicitDate"_s, true}});
    addCacheFields(&body, node, clock);
    return {200, body};
}

QHash<QString, double> DemoExperimentQuery::metricValues(qint64 teamId, const QJsonObject &metric, const QHash<QString, Exposure> &exposed,
                                                         qint64 untilMs) const
{
    const QJsonArray steps = metricSteps(metric);
    const bool funnel = metric.value("metric_type"_L1).toString() == "funnel"_L1;
    const bool unordered = metric.value("funnel_order_type"_L1).toString() == "unordered"_L1;
    const QJsonObject source = steps.first().toObject();
    const bool summed = !funnel && source.value("math"_L1).toString() == "sum"_L1;
    const qint64 window = conversionWindowMs(metric);
    QStringList names, marks;
    qint64 fromMs = untilMs;
    for (const Exposure &x : exposed)
        fromMs = qMin(fromMs, x.firstMs);
    for (const QJsonValue &s : steps) {
        names.append(s.toObject().value("event"_L1).toString());
        marks.append(u"?"_s);
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT person_id, event, timestamp, %1 FROM events WHERE team_id = ? AND event IN (%2) AND timestamp >= ? AND timestamp <= ?"
              " ORDER BY timestamp"_s.arg(summed ? u"json_extract(properties, ?)"_s : u"1"_s, marks.join(u", "_s)));
    if (summed)
        q.addBindValue(u"$.\"%1\""_s.arg(source.value("math_property"_L1).toString()));
    q.addBindValue(teamId);
    for (const QString &name : std::as_const(names))
        q.addBindValue(name);
    q.addBindValue(sqlTime(utc(fromMs)));
    q.addBindValue(sqlTime(utc(window > 0 ? untilMs + window : untilMs)));
    QHash<QString, double> values;
    QHash<QString, quint64> reached; // unordered funnels: a bit per step
    if (!q.exec())
        return values;
    while (q.next()) {
        const auto it = exposed.constFind(q.value(0).toString());
        const qint64 at = storedMsecs(q.value(2).toString());
        if (it == exposed.cend() || at < it->firstMs || at > (window > 0 ? it->firstMs + window : untilMs))
            continue;
        double &value = values[it.key()];
        const QString event = q.value(1).toString();
        if (!funnel) {
            value += summed ? q.value(3).toDouble() : 1.0;
        } else if (unordered) {
            for (qsizetype i = 0; i < names.size() && i < 64; ++i)
                reached[it.key()] |= names.at(i) == event ? quint64(1) << i : 0;
            value = double(std::popcount(reached.value(it.key())));
        } else if (value < double(names.size()) && names.at(qsizetype(value)) == event) {
            value += 1;
        }
    }
    return values;
}

// ExperimentQueryRunner._calculate: per configured variant the exposed persons (not "$multiple")
// and the metric's sufficient statistics, then the Bayesian comparison with the baseline.
Answer DemoExperimentQuery::metricQuery(qint64 teamId, const QJsonObject &node) const
{
    QElapsedTimer clock;
    clock.start();
    const QJsonObject metric = node.value("metric"_L1).toObject();
    if (metric.isEmpty())
        return invalid(u"An ExperimentQuery needs its 'metric'."_s, u"metric"_s);
    Answer refusal;
    const std::optional<Experiment> e = experiment(teamId, node.value("experiment_id"_L1), &refusal);
    if (!e)
        return refusal;
    if (const QString why = unsupported(metric); !why.isEmpty())
        return invalid(why, u"metric"_s);
    const bool funnel = metric.value("metric_type"_L1).toString() == "funnel"_L1;
    const qsizetype steps = metricSteps(metric).size();
    QList<DemoExperimentStats::Variant> stats;
    for (const QString &key : e->variants)
        stats.append({key, 0, 0, 0, funnel ? QList<qint64>(steps, 0) : QList<qint64>()});
    if (e->startMs > 0) {
        const qint64 until = e->endMs > 0 ? e->endMs : QDateTime::currentMSecsSinceEpoch();
        const QHash<QString, Exposure> exposed = exposures(teamId, *e, {e->startMs, until});
        const QHash<QString, double> values = metricValues(teamId, metric, exposed, until);
        for (auto it = exposed.cbegin(); it != exposed.cend(); ++it) {
            const qsizetype index = e->variants.indexOf(it->variant);
            if (index < 0)
                continue;
            DemoExperimentStats::Variant &v = stats[index];
            const double value = values.value(it.key());
            ++v.samples;
            const double counted = funnel ? (value >= double(steps) ? 1.0 : 0.0) : value;
            v.sum += counted;
            v.sumSquares += counted * counted;
            for (qsizetype i = 0; funnel && i < steps; ++i)
                v.stepCounts[i] += value >= double(i + 1) ? 1 : 0;
        }
    }
    const qsizetype baseline = e->variants.indexOf(e->baseline);
    if (baseline < 0)
        return invalid(u"No control variant found"_s, {});
    const DemoExperimentStats::Variant control = stats.takeAt(baseline);
    QJsonObject body = DemoExperimentStats::bayesian(control, stats, funnel);
    body.insert(u"clickhouse_sql"_s, QJsonValue::Null);
    body.insert(u"hogql"_s, QJsonValue::Null);
    body.insert(u"is_precomputed"_s, false);
    addCacheFields(&body, node, clock);
    return {200, body};
}
