#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// The date range of a product-analytics node as PostHog's runners read it
// (posthog/hogql_queries/utils/query_date_range.py QueryDateRange, and
// query_previous_period_date_range.py + posthog/utils.py get_compare_period_dates for the
// previous period): date_from (default 7 days back, truncated to its day), date_to (default now,
// extended to the end of its day for day, week and month intervals), an interval (hour, day,
// week starting on Sunday, month), and the buckets between them. The project's time zone is UTC.
class DemoInsightRange
{
public:
    // Invalid (ok() false) when a date cannot be read or the interval is unknown.
    DemoInsightRange(const QJsonObject &node, const QDateTime &now);

    bool ok() const { return m_from.isValid() && m_to.isValid() && !m_interval.isEmpty(); }
    QString interval() const { return m_interval; }
    QDateTime from() const { return m_from; } // date_from()
    QDateTime to() const { return m_to; } // date_to()
    // date_from_with_adjusted_start_of_interval: where the runners' `timestamp >=` begins.
    QDateTime adjustedFrom() const;
    QDateTime startOf(const QDateTime &t) const; // toStartOf<Interval>(t)
    QDateTime plus(const QDateTime &t, int intervals) const;
    // all_values(): every bucket start from date_from's bucket to date_to.
    QList<QDateTime> buckets() const;
    // The bucket's `days` entry: "2026-05-03", or "2026-05-03 14:00:00" by the hour.
    QString day(const QDateTime &bucket) const;
    QString label(const QDateTime &bucket) const; // "3-May-2026", "3-May-2026 14:00"
    // The previous period compareFilter asks for (QueryPreviousPeriodDateRange).
    DemoInsightRange previous() const;
    int count() const { return int(buckets().size()); }

private:
    DemoInsightRange() = default;

    QString m_interval;
    QDateTime m_from;
    QDateTime m_to;
    bool m_fromHours = false; // date_from like "-24h": not truncated to its day
    int m_fromDays = 0; // date_from like "-7d": its number of days (the compare kludge)
    bool m_hasTo = false;
};
