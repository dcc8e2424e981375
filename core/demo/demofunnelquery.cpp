#include "demofunnelquery.h"

#include "demoquerycommon.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace DemoQueryCommon;

namespace {

using Answer = DemoQueryEngine::Answer;

struct Step
{
    QString event; // empty: all events
    QJsonObject node;
};

struct FunnelSpec
{
    QDateTime from;
    QDateTime to;
    std::vector<Step> steps;
    qint64 window = 0; // the conversion window, in milliseconds
    QString breakdown; // a property name, empty without a breakdown
    bool personBreakdown = false;
    bool arrayBreakdown = false; // base.py _query_has_array_breakdown: values answered as lists
    int breakdownLimit = 25;
    bool testAccounts = false;
};

// Per breakdown value: persons reaching each step, and their times from the step before.
struct Group
{
    std::vector<qint64> counts;
    std::vector<std::vector<double>> times; // seconds, per converted person
};

Group emptyGroup(int steps)
{
    Group g;
    g.counts.assign(steps, 0);
    g.times.assign(steps, {});
    return g;
}

std::optional<Answer> readSteps(const QJsonObject &node, FunnelSpec *spec)
{
    const QJsonArray series = node.value("series"_L1).toArray();
    if (series.isEmpty())
        return invalid(u"A FunnelsQuery needs at least one step in 'series'."_s, u"series"_s);
    if (hasPropertyFilters(node.value("properties"_L1)))
        return invalid(u"The demo workspace does not support property filters on funnels."_s, u"properties"_s);
    for (const QJsonValue &v : series) {
        const QJsonObject s = v.toObject();
        if (s.value("kind"_L1).toString(u"EventsNode"_s) != "EventsNode"_L1)
            return invalid(u"The demo workspace supports only EventsNode funnel steps."_s, u"series"_s);
        if (hasPropertyFilters(s.value("properties"_L1)))
            return invalid(u"The demo workspace does not support property filters on funnel steps."_s, u"series"_s);
        spec->steps.push_back({s.value("event"_L1).toString(), s});
    }
    return std::nullopt;
}

std::optional<Answer> readFilter(const QJsonObject &filter, FunnelSpec *spec)
{
    if (filter.value("funnelOrderType"_L1).toString(u"ordered"_s) != "ordered"_L1)
        return invalid(u"The demo workspace supports only funnelOrderType 'ordered'."_s, u"funnelOrderType"_s);
    if (filter.value("funnelVizType"_L1).toString(u"steps"_s) != "steps"_L1)
        return invalid(u"The demo workspace supports only funnelVizType 'steps'."_s, u"funnelVizType"_s);
    if (filter.value("breakdownAttributionType"_L1).toString(u"first_touch"_s) != "first_touch"_L1)
        return invalid(u"The demo workspace supports only breakdownAttributionType 'first_touch'."_s, u"breakdownAttributionType"_s);
    const int interval = filter.value("funnelWindowInterval"_L1).toInt(14);
    const QString unit = filter.value("funnelWindowIntervalUnit"_L1).toString(u"day"_s);
    static const QHash<QString, qint64> unitMsecs{{u"second"_s, 1000LL},  {u"minute"_s, 60000LL},      {u"hour"_s, 3600000LL},
                                                  {u"day"_s, 86400000LL}, {u"week"_s, 7 * 86400000LL}, {u"month"_s, 30 * 86400000LL}};
    if (!unitMsecs.contains(unit) || interval < 1)
        return invalid(u"funnelWindowIntervalUnit must be second, minute, hour, day, week or month, with a positive interval."_s,
                       u"funnelWindowIntervalUnit"_s);
    spec->window = unitMsecs.value(unit) * interval;
    return std::nullopt;
}

std::optional<Answer> readBreakdown(const QJsonObject &breakdownFilter, FunnelSpec *spec)
{
    const QJsonValue field = breakdownFilter.value("breakdown"_L1);
    spec->arrayBreakdown = field.isArray();
    if (spec->arrayBreakdown && field.toArray().size() > 1)
        return invalid(u"The demo workspace supports one breakdown property in funnels."_s, u"breakdownFilter"_s);
    spec->breakdown = spec->arrayBreakdown ? field.toArray().at(0).toString() : field.toString();
    const QString type = breakdownFilter.value("breakdown_type"_L1).toString(u"event"_s);
    static const QRegularExpression safeKey(u"^[A-Za-z0-9_$.\\- ]{1,200}$"_s);
    if (!spec->breakdown.isEmpty() && (!safeKey.match(spec->breakdown).hasMatch() || (type != "event"_L1 && type != "person"_L1)))
        return invalid(u"The demo workspace supports event or person breakdowns by a plain property name."_s, u"breakdownFilter"_s);
    spec->personBreakdown = type == "person"_L1;
    spec->breakdownLimit = qMax(1, breakdownFilter.value("breakdown_limit"_L1).toInt(25));
    return std::nullopt;
}

std::optional<Answer> readSpec(const QJsonObject &node, const QDateTime &now, FunnelSpec *spec)
{
    const auto [from, to] = nodeRange(node, now);
    if (!from.isValid() || !to.isValid())
        return invalidDateRange();
    spec->from = from;
    spec->to = to;
    spec->testAccounts = node.value("filterTestAccounts"_L1).toBool();
    if (std::optional<Answer> refused = readSteps(node, spec))
        return refused;
    if (std::optional<Answer> refused = readFilter(node.value("funnelsFilter"_L1).toObject(), spec))
        return refused;
    return readBreakdown(node.value("breakdownFilter"_L1).toObject(), spec);
}

// Every event a step could use, per person in time order, with the breakdown value.
QString eventsSql(const FunnelSpec &spec, qint64 teamId, QVariantList *binds)
{
    const bool split = !spec.breakdown.isEmpty();
    QString sql = u"SELECT e.person_id, e.event, e.timestamp, %1 FROM events AS e%2"
                  " WHERE e.team_id = ? AND e.timestamp >= ? AND e.timestamp <= ? AND e.person_id IS NOT NULL"_s.arg(
                      !split                 ? u"NULL"_s
                      : spec.personBreakdown ? u"json_extract(p.properties, ?)"_s
                                             : u"json_extract(e.properties, ?)"_s,
                      split && spec.personBreakdown ? u" LEFT JOIN persons AS p ON p.id = e.person_id"_s : QString());
    if (split)
        binds->append(u"$.\"%1\""_s.arg(spec.breakdown));
    *binds << teamId << sqlTime(spec.from) << sqlTime(spec.to);
    QStringList names;
    bool allEvents = false;
    for (const Step &s : spec.steps) {
        allEvents = allEvents || s.event.isEmpty();
        if (!s.event.isEmpty() && !names.contains(s.event))
            names.append(s.event);
    }
    if (!allEvents) {
        QStringList marks;
        for (const QString &n : std::as_const(names)) {
            marks.append(u"?"_s);
            binds->append(n);
        }
        sql += u" AND e.event IN (%1)"_s.arg(marks.join(QLatin1Char(',')));
    }
    if (spec.testAccounts)
        sql += testAccountCondition(u"e"_s); // uncorrelated: replacing "(properties" once reached the persons subquery too
    return sql + u" ORDER BY e.person_id, e.timestamp"_s;
}

// Walks one person's events at a time. Per step k, it keeps the chain reaching step k with
// the latest start (the one most likely to go on converting within the window); a chain is the
// timestamps of its steps.
class FunnelCounter
{
public:
    explicit FunnelCounter(const FunnelSpec &spec)
        : m_spec(spec)
        , m_n(int(spec.steps.size()))
        , m_chains(m_n)
    { }

    void add(const QString &person, const QString &event, qint64 t, const QVariant &breakdown)
    {
        if (person != m_person) {
            finishPerson();
            m_person = person;
        }
        // Deepest step first, so one event never serves two consecutive steps.
        for (int k = m_n - 1; k >= 0; --k) {
            if (!m_spec.steps[k].event.isEmpty() && m_spec.steps[k].event != event)
                continue;
            if (k == 0)
                start(t, breakdown);
            else if (!m_chains[k - 1].empty() && t - m_chains[k - 1].front() <= m_spec.window
                     && (m_chains[k].empty() || m_chains[k - 1].front() >= m_chains[k].front())) {
                m_chains[k] = m_chains[k - 1];
                m_chains[k].push_back(t);
            }
        }
    }

    QHash<QString, Group> finish()
    {
        finishPerson();
        return m_groups;
    }

private:
    void start(qint64 t, const QVariant &breakdown)
    {
        m_chains[0] = {t};
        if (m_started) // first_touch attribution: the breakdown of the person's first step-0 event
            return;
        m_started = true;
        m_breakdown = m_spec.breakdown.isEmpty() || breakdown.isNull() ? QString() : breakdown.toString();
    }

    void finishPerson()
    {
        int best = m_n - 1;
        while (best >= 0 && m_chains[best].empty())
            --best;
        if (best >= 0) {
            auto it = m_groups.find(m_breakdown);
            if (it == m_groups.end())
                it = m_groups.insert(m_breakdown, emptyGroup(m_n));
            for (int k = 0; k <= best; ++k) {
                ++it->counts[k];
                if (k > 0)
                    it->times[k].push_back((m_chains[best][k] - m_chains[best][k - 1]) / 1000.0);
            }
        }
        for (auto &c : m_chains)
            c.clear();
        m_started = false;
    }

    const FunnelSpec &m_spec;
    const int m_n;
    std::vector<std::vector<qint64>> m_chains;
    QHash<QString, Group> m_groups; // by breakdown value ("" without a breakdown)
    QString m_person;
    QString m_breakdown;
    bool m_started = false;
};

// Average and median of a step's conversion times; null for step 0 or nobody converted.
std::pair<QJsonValue, QJsonValue> conversionTimes(std::vector<double> times)
{
    if (times.empty())
        return {QJsonValue::Null, QJsonValue::Null};
    double sum = 0;
    for (double x : times)
        sum += x;
    std::sort(times.begin(), times.end());
    const size_t mid = times.size() / 2;
    return {sum / double(times.size()), times.size() % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2.0};
}

// base.py _format_single_funnel / _serialize_step: one object per step.
QJsonArray stepsJson(const FunnelSpec &spec, const Group &g, const std::optional<QString> &breakdownValue)
{
    QJsonArray out;
    for (int k = 0; k < int(spec.steps.size()); ++k) {
        const Step &s = spec.steps[k];
        const auto [average, median] = k > 0 ? conversionTimes(g.times[k]) : conversionTimes({});
        QJsonObject step{
            {u"action_id"_s, s.event.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.event)},
            {u"name"_s, s.event.isEmpty() ? u"All events"_s : s.event},
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
            const QJsonValue value = spec.arrayBreakdown ? QJsonValue(QJsonArray{*breakdownValue}) : QJsonValue(*breakdownValue);
            step.insert(u"breakdown"_s, value);
            step.insert(u"breakdown_value"_s, value);
        }
        out.append(step);
    }
    return out;
}

// base.py _breakdown_other_subquery: values ranked by the last step's count (then the ones
// before), those beyond breakdown_limit folded into 'Other'.
QStringList rankedBreakdowns(const FunnelSpec &spec, QHash<QString, Group> *groups)
{
    const int n = int(spec.steps.size());
    QStringList keys = groups->keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const Group &ga = (*groups)[a], &gb = (*groups)[b];
        for (int k = n - 1; k >= 0; --k) {
            if (ga.counts[k] != gb.counts[k])
                return ga.counts[k] > gb.counts[k];
        }
        return a < b;
    });
    if (keys.size() <= spec.breakdownLimit)
        return keys;
    Group other = emptyGroup(n);
    for (qsizetype i = spec.breakdownLimit; i < keys.size(); ++i) {
        const Group &g = (*groups)[keys.at(i)];
        for (int k = 0; k < n; ++k) {
            other.counts[k] += g.counts[k];
            other.times[k].insert(other.times[k].end(), g.times[k].begin(), g.times[k].end());
        }
    }
    keys = keys.mid(0, spec.breakdownLimit);
    groups->insert(u"Other"_s, other);
    keys.append(u"Other"_s);
    return keys;
}

QJsonArray funnelResults(const FunnelSpec &spec, QHash<QString, Group> groups)
{
    if (spec.breakdown.isEmpty())
        return stepsJson(spec, groups.value(QString(), emptyGroup(int(spec.steps.size()))), std::nullopt);
    QJsonArray results;
    for (const QString &key : rankedBreakdowns(spec, &groups))
        results.append(stepsJson(spec, groups.value(key), key));
    return results;
}

} // namespace

DemoFunnelQuery::DemoFunnelQuery(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

DemoQueryEngine::Answer DemoFunnelQuery::run(qint64 teamId, const QJsonObject &node) const
{
    QElapsedTimer clock;
    clock.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FunnelSpec spec;
    if (std::optional<Answer> refused = readSpec(node, now, &spec))
        return *refused;
    QVariantList binds;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(eventsSql(spec, teamId, &binds));
    for (const QVariant &v : std::as_const(binds))
        query.addBindValue(v);
    if (!query.exec())
        return serverError("funnel query", query);
    FunnelCounter counter(spec);
    while (query.next())
        counter.add(query.value(0).toString(), query.value(1).toString(), storedMsecs(query.value(2).toString()), query.value(3));
    return {200, QJsonObject{{u"results"_s, funnelResults(spec, counter.finish())},
                             {u"isUdf"_s, false},
                             {u"timings"_s, timings(clock)},
                             {u"is_cached"_s, false},
                             {u"last_refresh"_s, now.toString(Qt::ISODate)}}};
}
