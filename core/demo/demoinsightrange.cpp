#include "demoinsightrange.h"

#include "demoquerycommon.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QDateTime atTime(const QDate &d, const QTime &t)
{
    return QDateTime(d, t, QTimeZone::utc());
}

QDateTime endOfHour(const QDateTime &t)
{
    return atTime(t.date(), QTime(t.time().hour(), 59, 59, 999));
}

} // namespace

DemoInsightRange::DemoInsightRange(const QJsonObject &node, const QDateTime &now)
{
    static const QStringList intervals{u"hour"_s, u"day"_s, u"week"_s, u"month"_s};
    const QString interval = node.value("interval"_L1).toString(u"day"_s);
    if (!intervals.contains(interval))
        return;
    const QJsonObject range = node.value("dateRange"_L1).toObject();
    static const QRegularExpression relative(u"^-(\\d+)([hdwmy])$"_s);
    const QString fromText = range.value("date_from"_L1).toString(u"-7d"_s); // DEFAULT_DATE_FROM_DAYS
    const auto fromMatch = relative.match(fromText.trimmed());
    m_fromHours = fromMatch.hasMatch() && fromMatch.captured(2) == "h"_L1;
    m_fromDays = fromMatch.hasMatch() && fromMatch.captured(2) == "d"_L1 ? fromMatch.captured(1).toInt() : 0;
    QDateTime from = DemoQueryCommon::relativeDate(fromText, now, false);
    if (m_fromHours) // always_truncate: the start of the hour
        from = atTime(from.date(), QTime(from.time().hour(), 0));
    const QJsonValue toValue = range.value("date_to"_L1);
    m_hasTo = toValue.isString() && !toValue.toString().isEmpty();
    const bool toRelative = !m_hasTo || relative.match(toValue.toString().trimmed()).hasMatch();
    QDateTime to = m_hasTo ? DemoQueryCommon::relativeDate(toValue.toString(), now, true) : now;
    if (to.isValid() && interval != "hour"_L1)
        to = atTime(to.date(), QTime(23, 59, 59, 999));
    else if (to.isValid() && toRelative)
        to = endOfHour(to);
    m_interval = interval;
    m_from = from;
    m_to = to;
}

QDateTime DemoInsightRange::startOf(const QDateTime &t) const
{
    const QDate d = t.toUTC().date();
    if (m_interval == "hour"_L1)
        return atTime(d, QTime(t.toUTC().time().hour(), 0));
    if (m_interval == "week"_L1)
        return atTime(d.addDays(-(d.dayOfWeek() % 7)), QTime(0, 0));
    if (m_interval == "month"_L1)
        return atTime(QDate(d.year(), d.month(), 1), QTime(0, 0));
    return atTime(d, QTime(0, 0));
}

QDateTime DemoInsightRange::plus(const QDateTime &t, int intervals) const
{
    if (m_interval == "hour"_L1)
        return t.addSecs(3600LL * intervals);
    if (m_interval == "week"_L1)
        return t.addDays(7LL * intervals);
    if (m_interval == "month"_L1)
        return t.addMonths(intervals);
    return t.addDays(intervals);
}

// use_start_of_interval() and date_from_with_adjusted_start_of_interval_hogql().
QDateTime DemoInsightRange::adjustedFrom() const
{
    if (m_interval == "hour"_L1 && (m_fromHours || m_fromDays > 0))
        return m_from;
    if (m_interval == "day"_L1 && m_fromHours)
        return m_from;
    if (m_interval == "week"_L1)
        return atTime(m_from.date(), QTime(0, 0));
    return startOf(m_from);
}

QList<QDateTime> DemoInsightRange::buckets() const
{
    QList<QDateTime> out;
    for (QDateTime b = startOf(m_from); b <= m_to && out.size() < 5000; b = plus(b, 1))
        out.append(b);
    return out;
}

QString DemoInsightRange::day(const QDateTime &bucket) const
{
    return bucket.toString(m_interval == "hour"_L1 ? u"yyyy-MM-dd HH:mm:ss"_s : u"yyyy-MM-dd"_s);
}

QString DemoInsightRange::label(const QDateTime &bucket) const
{
    return bucket.toString(m_interval == "hour"_L1 ? u"d-MMM-yyyy HH:mm"_s : u"d-MMM-yyyy"_s);
}

// get_compare_period_dates: the same length just before, aligned to the current period's
// times of day; "-7d", "-14d", … (no date_to) move a day later, since they span one day more.
DemoInsightRange DemoInsightRange::previous() const
{
    DemoInsightRange p;
    p.m_interval = m_interval;
    p.m_fromHours = m_fromHours;
    p.m_hasTo = true;
    if (!ok())
        return p;
    const qint64 diff = m_from.msecsTo(m_to);
    const QDateTime back = m_from.addMSecs(-diff);
    if (m_interval == "hour"_L1) {
        p.m_from = atTime(back.date(), m_from.time());
        const QDateTime end = p.m_from.addMSecs(diff);
        p.m_to = atTime(end.date(), QTime(end.time().hour(), m_to.time().minute(), m_to.time().second(), m_to.time().msec()));
        return p;
    }
    p.m_from = atTime(back.date(), m_from.time());
    if (m_interval == "day"_L1 && m_fromDays > 0 && m_fromDays % 7 == 0 && !m_hasTo)
        p.m_from = p.m_from.addDays(1);
    p.m_to = atTime(p.m_from.addMSecs(diff).date(), m_to.time());
    return p;
}
