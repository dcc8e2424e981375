#include "demoretentionquery.h"

#include "demoquerycommon.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace DemoQueryCommon;

namespace {

using Answer = DemoQueryEngine::Answer;
using Intervals = QHash<QString, QSet<int>>; // person → intervals with the event

struct RetentionSpec
{
    QString period; // Day, Week or Month
    int total = 11; // posthog/schema.py RetentionFilter: totalIntervals = 11
    bool firstTime = false;
    QString target;
    QString returning;
    QDate first; // the first cohort's period start
    int cohorts = 0;
    QString conditions; // test account filters, as SQL
};

// The start of the period holding `d`; weeks start on Sunday (PostHog's default week_start_day).
QDate periodStart(const RetentionSpec &spec, const QDate &d)
{
    if (spec.period == "Week"_L1)
        return d.addDays(-(d.dayOfWeek() % 7));
    if (spec.period == "Month"_L1)
        return QDate(d.year(), d.month(), 1);
    return d;
}

QDate addPeriods(const RetentionSpec &spec, const QDate &d, int k)
{
    if (spec.period == "Week"_L1)
        return d.addDays(7LL * k);
    if (spec.period == "Month"_L1)
        return d.addMonths(k);
    return d.addDays(k);
}

QDate endOf(const RetentionSpec &spec) // exclusive
{
    return addPeriods(spec, spec.first, spec.cohorts);
}

// The interval a stored timestamp falls in, or -1 outside the cohorts.
int intervalOf(const RetentionSpec &spec, const QString &stamp)
{
    const QDate d = QDate::fromString(stamp.left(10), Qt::ISODate);
    if (!d.isValid() || d < spec.first || d >= endOf(spec))
        return -1;
    if (spec.period == "Month"_L1)
        return (d.year() - spec.first.year()) * 12 + d.month() - spec.first.month();
    const qint64 days = spec.first.daysTo(d);
    return int(spec.period == "Week"_L1 ? days / 7 : days);
}

std::optional<Answer> readFilter(const QJsonObject &node, RetentionSpec *spec)
{
    const QJsonObject filter = node.value("retentionFilter"_L1).toObject();
    spec->period = filter.value("period"_L1).toString(u"Day"_s);
    if (spec->period != "Day"_L1 && spec->period != "Week"_L1 && spec->period != "Month"_L1)
        return invalid(u"The demo workspace supports retention periods Day, Week and Month."_s, u"period"_s);
    spec->total = filter.value("totalIntervals"_L1).toInt(11);
    if (spec->total < 1 || spec->total > 400)
        return invalid(u"totalIntervals must be between 1 and 400."_s, u"totalIntervals"_s);
    const QJsonValue breakdown = node.value("breakdownFilter"_L1).toObject().value("breakdown"_L1);
    if (hasPropertyFilters(node.value("properties"_L1)) || !breakdown.toVariant().isNull())
        return invalid(u"The demo workspace does not support property filters or breakdowns on retention."_s, u"properties"_s);
    const QString type = filter.value("retentionType"_L1).toString(u"retention_recurring"_s);
    if (type != "retention_recurring"_L1 && type != "retention_first_time"_L1)
        return invalid(u"retentionType must be retention_recurring or retention_first_time."_s, u"retentionType"_s);
    spec->firstTime = type == "retention_first_time"_L1;
    const std::pair<const char *, QString *> entities[] = {{"targetEntity", &spec->target}, {"returningEntity", &spec->returning}};
    for (const auto &[key, event] : entities) {
        const QJsonObject entity = filter.value(QLatin1String(key)).toObject();
        if (entity.value("type"_L1).toString(u"events"_s) != "events"_L1)
            return invalid(u"The demo workspace supports only event entities in retention."_s, QLatin1String(key));
        const QJsonValue id = entity.value("id"_L1);
        *event = id.isString() ? id.toString() : u"$pageview"_s; // PostHog's default entity
    }
    return std::nullopt;
}

// query_date_range.py QueryDateRangeWithIntervals: the cohorts run from date_from's period
// (without one, totalIntervals periods back) to the one holding date_to; each cohort looks
// ahead totalIntervals periods, returns after date_to counting 0.
std::optional<Answer> readCohorts(const QJsonObject &node, const QDateTime &now, RetentionSpec *spec)
{
    const QJsonObject range = node.value("dateRange"_L1).toObject();
    const QDateTime to = range.value("date_to"_L1).isString() ? relativeDate(range.value("date_to"_L1).toString(), now, true) : now;
    if (!to.isValid())
        return invalidDateRange();
    spec->first = addPeriods(*spec, periodStart(*spec, to.date()), -(spec->total - 1));
    if (range.value("date_from"_L1).isString()) {
        const QDateTime from = relativeDate(range.value("date_from"_L1).toString(), now, false);
        if (!from.isValid() || from > to)
            return invalid(u"dateRange must use relative dates like '-7d' or ISO dates, date_from before date_to."_s, u"dateRange"_s);
        spec->first = periodStart(*spec, from.date());
    }
    spec->cohorts = 0;
    for (QDate d = spec->first; d <= to.date() && spec->cohorts <= 400; d = addPeriods(*spec, d, 1))
        ++spec->cohorts;
    if (spec->cohorts > 400)
        return invalid(u"The date range holds too many retention periods."_s, u"dateRange"_s);
    spec->conditions = node.value("filterTestAccounts"_L1).toBool() ? testAccountCondition() : QString();
    return std::nullopt;
}

// Each person's intervals with the target event and with the returning event.
std::optional<Answer> readIntervals(const RetentionSpec &spec, qint64 teamId, const QSqlDatabase &db, Intervals *target, Intervals *returning)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT person_id, event, timestamp FROM events WHERE team_id = ? AND timestamp >= ? AND timestamp < ?"
                  " AND event IN (?, ?) AND person_id IS NOT NULL%1"_s.arg(spec.conditions));
    for (const QVariant &v : QVariantList{teamId, spec.first.toString(Qt::ISODate), endOf(spec).toString(Qt::ISODate), spec.target, spec.returning})
        query.addBindValue(v);
    if (!query.exec())
        return serverError("retention query", query);
    while (query.next()) {
        const int index = intervalOf(spec, query.value(2).toString());
        if (index < 0)
            continue;
        const QString person = query.value(0).toString();
        const QString event = query.value(1).toString();
        if (event == spec.target)
            (*target)[person].insert(index);
        if (event == spec.returning)
            (*returning)[person].insert(index);
    }
    return std::nullopt;
}

// First-time retention: a person's cohort is the interval of their first target event ever.
std::optional<Answer> readFirstTimes(const RetentionSpec &spec, qint64 teamId, const QSqlDatabase &db, Intervals *cohortOf)
{
    QSqlQuery firsts(db);
    firsts.setForwardOnly(true);
    firsts.prepare(u"SELECT person_id, min(timestamp) FROM events WHERE team_id = ? AND event = ? AND person_id IS NOT NULL%1"
                   " GROUP BY person_id"_s.arg(spec.conditions));
    firsts.addBindValue(teamId);
    firsts.addBindValue(spec.target);
    if (!firsts.exec())
        return serverError("retention first-time query", firsts);
    while (firsts.next()) {
        const int index = intervalOf(spec, firsts.value(1).toString());
        if (index >= 0)
            (*cohortOf)[firsts.value(0).toString()].insert(index);
    }
    return std::nullopt;
}

std::vector<std::vector<qint64>> countCohorts(const RetentionSpec &spec, const Intervals &cohortsOf, const Intervals &returning)
{
    std::vector<std::vector<qint64>> counts(spec.cohorts, std::vector<qint64>(spec.total, 0));
    for (auto it = cohortsOf.cbegin(); it != cohortsOf.cend(); ++it) {
        const QSet<int> back = returning.value(it.key());
        for (int cohort : it.value()) {
            ++counts[cohort][0];
            for (int j = 1; j < spec.total && cohort + j < spec.cohorts; ++j) {
                if (back.contains(cohort + j))
                    ++counts[cohort][j];
            }
        }
    }
    return counts;
}

QJsonArray retentionResults(const RetentionSpec &spec, const std::vector<std::vector<qint64>> &counts)
{
    QJsonArray results;
    for (int i = 0; i < spec.cohorts; ++i) {
        QJsonArray values;
        for (int j = 0; j < spec.total; ++j)
            values.append(QJsonObject{{u"count"_s, counts[i][j]}, {u"label"_s, u"%1 %2"_s.arg(spec.period).arg(j)}});
        results.append(QJsonObject{{u"values"_s, values},
                                   {u"label"_s, u"%1 %2"_s.arg(spec.period).arg(i)},
                                   {u"date"_s, QDateTime(addPeriods(spec, spec.first, i), QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODate)}});
    }
    return results;
}

} // namespace

DemoRetentionQuery::DemoRetentionQuery(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

DemoQueryEngine::Answer DemoRetentionQuery::run(qint64 teamId, const QJsonObject &node) const
{
    QElapsedTimer clock;
    clock.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RetentionSpec spec;
    if (std::optional<Answer> refused = readFilter(node, &spec))
        return *refused;
    if (std::optional<Answer> refused = readCohorts(node, now, &spec))
        return *refused;
    Intervals target, returning, firstTimes;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (std::optional<Answer> failed = readIntervals(spec, teamId, db, &target, &returning))
        return *failed;
    if (spec.firstTime) {
        if (std::optional<Answer> failed = readFirstTimes(spec, teamId, db, &firstTimes))
            return *failed;
    }
    const auto counts = countCohorts(spec, spec.firstTime ? firstTimes : target, returning);
    return {200, QJsonObject{{u"results"_s, retentionResults(spec, counts)},
                             {u"timings"_s, timings(clock)},
                             {u"is_cached"_s, false},
                             {u"last_refresh"_s, now.toString(Qt::ISODate)}}};
}
