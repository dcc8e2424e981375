#pragma once

#include "demoqueryengine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

// What the demo's query runners share: reading a node's dates, SQL fragments over the demo's
// tables, and PostHog's shapes for their errors and timings.
namespace DemoQueryCommon {

QString hogqlString(const QString &value); // a quoted HogQL string literal
// "-7d", "-24h", "-2w", "-3m", "mStart", ISO dates → a UTC time; invalid on nonsense.
QDateTime relativeDate(const QString &text, const QDateTime &now, bool endOfDay);

// A node's dateRange as PostHog's QueryDateRange reads it: date_from (default `defaultFrom`) to
// date_to (default now); both invalid when either cannot be read.
struct NodeRange
{
    QDateTime from;
    QDateTime to;
    bool ok() const { return from.isValid() && to.isValid(); }
};
NodeRange nodeRange(const QJsonObject &node, const QDateTime &now, const QString &defaultFrom = QStringLiteral("-7d"));

QString sqlTime(const QDateTime &t); // the demo's stored form
// "yyyy-MM-dd HH:mm:ss.zzz" (the stored form) → milliseconds since the epoch, read by hand:
// QDateTime::fromString costs too much for a funnel's hundreds of thousands of rows.
qint64 storedMsecs(const QString &t);

// PostHog's default test account filters (posthog/models/team/team.py) over the demo's
// SQLite tables: no person whose email contains @posthog.com, no local host.
QString testAccountCondition();
QString testAccountHogQL(); // the same filters in HogQL
QString testAccountCondition(const QString &eventsAlias); // for `FROM events AS <alias>`
// A query's `properties`: a list of filters or a PropertyGroupFilter {type, values: [groups]}.
bool hasPropertyFilters(const QJsonValue &v);
QJsonValue nullable(const QJsonValue &v); // undefined → null

// Runs `sql` (over `FROM events AS e`, with its `binds`) narrowed to one series' event (none:
// every event) and to real users with `filterTestAccounts`; a failure is the Answer.
std::optional<DemoQueryEngine::Answer> runSeriesEvents(QSqlQuery *query, QString sql, QVariantList binds, const QString &event,
                                                       bool filterTestAccounts, const char *what);

DemoQueryEngine::Answer invalid(const QString &detail, const QString &attr); // 400 invalid_input
DemoQueryEngine::Answer invalidDateRange();
// A 500 in PostHog's words; the statement's own error goes to the log only.
DemoQueryEngine::Answer serverError(const char *what, const QSqlQuery &failed);
QJsonArray timings(const QElapsedTimer &clock); // [{k: "./execute", t: seconds}]

} // namespace DemoQueryCommon
