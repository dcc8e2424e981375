#include "demoquerycommon.h"

#include "demologging.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace DemoQueryCommon {

QString hogqlString(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), "\\\\"_L1);
    escaped.replace(QLatin1Char('\''), "\\'"_L1);
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

namespace {

QDateTime relativeToNow(int n, QChar unit, const QDateTime &now)
{
    QDateTime t = now;
    if (unit == QLatin1Char('h'))
        return t.addSecs(-3600LL * n);
    if (unit == QLatin1Char('d'))
        t = t.addDays(-n);
    else if (unit == QLatin1Char('w'))
        t = t.addDays(-7LL * n);
    else if (unit == QLatin1Char('m'))
        t = t.addMonths(-n);
    else
        t = t.addYears(-n);
    t.setTime(QTime(0, 0));
    return t;
}

} // namespace

QDateTime relativeDate(const QString &text, const QDateTime &now, bool endOfDay)
{
    static const QRegularExpression relative(u"^-(\\d+)([hdwmy])$"_s);
    const auto match = relative.match(text.trimmed());
    if (match.hasMatch())
        return relativeToNow(match.captured(1).toInt(), match.captured(2).at(0), now);
    if (text == "mStart"_L1) {
        QDateTime t = now;
        t.setDate(QDate(now.date().year(), now.date().month(), 1));
        t.setTime(QTime(0, 0));
        return t;
    }
    // A bare date first: QDateTime::fromString would read "2026-11-01" as its midnight, losing
    // the end of day a date_to means.
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid())
        return QDateTime(d, endOfDay ? QTime(23, 59, 59, 999) : QTime(0, 0), QTimeZone::utc());
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime) // no offset: the project's time zone, UTC
        t.setTimeZone(QTimeZone::utc());
    return t.toUTC();
}

NodeRange nodeRange(const QJsonObject &node, const QDateTime &now, const QString &defaultFrom)
{
    const QJsonObject range = node.value("dateRange"_L1).toObject();
    NodeRange out;
    out.from = relativeDate(range.value("date_from"_L1).toString(defaultFrom), now, false);
    out.to = range.value("date_to"_L1).isString() ? relativeDate(range.value("date_to"_L1).toString(), now, true) : now;
    return out;
}

QString sqlTime(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

qint64 storedMsecs(const QString &t)
{
    auto number = [&t](int at, int length) {
        int v = 0;
        for (int i = at; i < at + length && i < t.size(); ++i)
            v = v * 10 + (t.at(i).unicode() - '0');
        return v;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    const qint64 ms = t.size() >= 23 ? number(20, 3) : 0;
    return ((days * 24 + number(11, 2)) * 60 + number(14, 2)) * 60000 + number(17, 2) * 1000 + ms;
}

QString testAccountCondition()
{
    return testAccountCondition(QString());
}

// The alias qualifies the events' columns only: the persons subquery must stay uncorrelated,
// or it would read the event's properties and run once per row.
QString testAccountCondition(const QString &eventsAlias)
{
    const QString e = eventsAlias.isEmpty() ? QString() : eventsAlias + QLatin1Char('.');
    return u" AND coalesce(json_extract(%1properties, '$.\"$host\"'), '') NOT LIKE 'localhost%'"
           " AND coalesce(json_extract(%1properties, '$.\"$host\"'), '') NOT LIKE '127.0.0.1%'"
           " AND %1person_id NOT IN (SELECT id FROM persons WHERE lower(json_extract(properties, '$.email')) LIKE '%@posthog.com%')"_s.arg(e);
}

QString testAccountHogQL()
{
    return u"coalesce(properties.$host, '') NOT LIKE 'localhost%' AND coalesce(properties.$host, '') NOT LIKE '127.0.0.1%' "
           "AND coalesce(person.properties.email, '') NOT ILIKE '%@posthog.com%'"_s;
}

bool hasPropertyFilters(const QJsonValue &v)
{
    if (v.isArray())
        return !v.toArray().isEmpty();
    if (v.isObject()) {
        for (const QJsonValue &group : v.toObject().value("values"_L1).toArray()) {
            if (!group.isObject() || hasPropertyFilters(group.toObject().value("values"_L1)))
                return true;
        }
    }
    return false;
}

QJsonValue nullable(const QJsonValue &v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

DemoQueryEngine::Answer invalid(const QString &detail, const QString &attr)
{
    return {400, DemoQueryEngine::errorBody(u"validation_error"_s, u"invalid_input"_s, detail, attr)};
}

DemoQueryEngine::Answer invalidDateRange()
{
    return invalid(u"dateRange must use relative dates like '-7d' or ISO dates."_s, u"dateRange"_s);
}

std::optional<DemoQueryEngine::Answer> runSeriesEvents(QSqlQuery *query, QString sql, QVariantList binds, const QString &event,
                                                       bool filterTestAccounts, const char *what)
{
    if (!event.isEmpty()) {
        sql += u" AND e.event = ?"_s;
        binds.append(event);
    }
    if (filterTestAccounts)
        sql += testAccountCondition(u"e"_s);
    query->setForwardOnly(true);
    query->prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        query->addBindValue(v);
    if (!query->exec())
        return serverError(what, *query);
    return std::nullopt;
}

DemoQueryEngine::Answer serverError(const char *what, const QSqlQuery &failed)
{
    qCWarning(lcDemo) << what << "failed:" << failed.lastError().text();
    return {500, DemoQueryEngine::errorBody(u"server_error"_s, u"error"_s, u"A server error occurred."_s)};
}

QJsonArray timings(const QElapsedTimer &clock)
{
    return QJsonArray{QJsonObject{{u"k"_s, u"./execute"_s}, {u"t"_s, clock.nsecsElapsed() / 1e9}}};
}

} // namespace DemoQueryCommon
