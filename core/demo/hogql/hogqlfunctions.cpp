#include "hogqlfunctions.h"

#include "hogqlerror.h"
#include "hogqlsql.h"
#include "hogqltypes.h"

#include <QHash>

using namespace Qt::StringLiterals;
using Call = HogQLFunction::Call;

QString HogQLFunction::Call::timeArg(int i) const
{
    return args.at(i).isStringLiteral ? HogQLSql::asTimestamp(arg(i)) : arg(i);
}

void HogQLFunction::Call::fail(const QString &message) const
{
    throw HogQLError::at(name, message);
}

QString HogQLFunction::arguments() const
{
    return minArgs == maxArgs ? QString::number(minArgs) : u"%1 to %2"_s.arg(minArgs).arg(maxArgs);
}

namespace {

HogQLExpr count(const Call &c)
{
    if (c.args.isEmpty())
        return {u"count(*)"_s, u"UInt64"_s};
    return {u"count(%1%2)"_s.arg(c.distinct ? u"DISTINCT "_s : QString(), c.arg(0)), u"UInt64"_s};
}

HogQLExpr countDistinct(const Call &c)
{
    return {u"count(DISTINCT %1)"_s.arg(c.arg(0)), u"UInt64"_s};
}

HogQLExpr toFloat(const Call &c)
{
    return {u"CAST(%1 AS REAL)"_s.arg(c.arg(0)), u"Float64"_s};
}

HogQLExpr toInt(const Call &c)
{
    return {u"CAST(%1 AS INTEGER)"_s.arg(c.arg(0)), u"Int64"_s};
}

template <const char *format>
HogQLExpr datePart(const Call &c)
{
    return {u"CAST(strftime('%1', %2) AS INTEGER)"_s.arg(QLatin1String(format), c.timeArg(0)), u"Int64"_s};
}
constexpr char yearFormat[] = "%Y", monthFormat[] = "%m", hourFormat[] = "%H", weekdayFormat[] = "%w";

template <const char *sqliteUnit, int multiplier>
HogQLExpr toInterval(const Call &c)
{
    return HogQLExpr::interval(c.arg(0), QLatin1String(sqliteUnit), multiplier);
}
constexpr char seconds[] = "seconds", minutes[] = "minutes", hours[] = "hours", days[] = "days", months[] = "months", years[] = "years";

HogQLExpr dateDiffTruncated(const Call &c, const QString &unit, const QString &from, const QString &to)
{
    static const QHash<QString, QString> truncations{
        {u"hour"_s, u"%Y-%m-%d %H:00:00"_s}, {u"minute"_s, u"%Y-%m-%d %H:%M:00"_s}, {u"second"_s, u"%Y-%m-%d %H:%M:%S"_s}};
    static const QHash<QString, int> secondsPer{{u"hour"_s, 3600}, {u"minute"_s, 60}, {u"second"_s, 1}};
    if (!truncations.contains(unit))
        c.fail(u"Unsupported dateDiff unit '%1': use second, minute, hour, day, week, month or year"_s.arg(unit));
    // One arg() call: from and to are the query's text and may contain %1.
    return {u"((strftime('%s', strftime('%1', %3)) - strftime('%s', strftime('%1', %2))) / %4)"_s.arg(truncations.value(unit), from, to,
                                                                                                      QString::number(secondsPer.value(unit))),
            u"Int64"_s};
}

HogQLExpr dateDiff(const Call &c)
{
    if (!c.args.at(0).isStringLiteral)
        c.fail(u"dateDiff needs the unit as a quoted text, e.g. dateDiff('day', a, b)"_s);
    const QString unit = c.arg(0).mid(1, c.arg(0).size() - 2).toLower();
    const QString from = c.timeArg(1), to = c.timeArg(2);
    if (unit == "day"_L1)
        return {u"CAST(julianday(date(%2)) - julianday(date(%1)) AS INTEGER)"_s.arg(from, to), u"Int64"_s};
    if (unit == "week"_L1)
        return {u"CAST((julianday(date(%2, '-6 days', 'weekday 0')) - julianday(date(%1, '-6 days', 'weekday 0'))) / 7 AS INTEGER)"_s.arg(from, to),
                u"Int64"_s};
    if (unit == "month"_L1)
        return {u"((CAST(strftime('%Y', %2) AS INTEGER) * 12 + CAST(strftime('%m', %2) AS INTEGER)) - "
                "(CAST(strftime('%Y', %1) AS INTEGER) * 12 + CAST(strftime('%m', %1) AS INTEGER)))"_s.arg(from, to),
                u"Int64"_s};
    if (unit == "year"_L1)
        return {u"(CAST(strftime('%Y', %2) AS INTEGER) - CAST(strftime('%Y', %1) AS INTEGER))"_s.arg(from, to), u"Int64"_s};
    return dateDiffTruncated(c, unit, from, to);
}

HogQLExpr coalesce(const Call &c)
{
    QStringList parts;
    for (const HogQLExpr &e : c.args)
        parts.append(e.sql);
    return {c.args.size() == 1 ? parts.first() : u"coalesce(%1)"_s.arg(parts.join(u", "_s)), c.args.at(0).type};
}

HogQLExpr concat(const Call &c)
{
    QStringList parts;
    for (const HogQLExpr &e : c.args)
        parts.append(u"coalesce(%1, '')"_s.arg(e.sql));
    return {QLatin1Char('(') + parts.join(u" || "_s) + QLatin1Char(')'), u"String"_s};
}

HogQLFunction aggregate(const QString &name, HogQLExpr (*translate)(const Call &), const QString &doc)
{
    return {name, 1, 1, true, false, doc, translate};
}

HogQLFunction scalar(const QString &name, int minArgs, int maxArgs, HogQLExpr (*translate)(const Call &), const QString &doc)
{
    return {name, minArgs, maxArgs, false, false, doc, translate};
}

QList<HogQLFunction> aggregates()
{
    return {
        {u"count"_s, 1, 1, true, true, u"`count()` and `count(*)` count rows, `count(x)` non-null values, `count(DISTINCT x)` distinct ones"_s,
         count},
        aggregate(u"uniq"_s, countDistinct, u"distinct values (exact in the demo)"_s),
        aggregate(u"uniqExact"_s, countDistinct, u"distinct values"_s),
        aggregate(u"countDistinct"_s, countDistinct, u"distinct values"_s),
        aggregate(
            u"sum"_s,
            [](const Call &c) -> HogQLExpr {
                return {u"total(%1)"_s.arg(c.arg(0)), HogQLTypes::isInt(c.args.at(0).type) ? u"Int64"_s : u"Float64"_s};
            },
            u"sum; 0 when there are no rows"_s),
        aggregate(
            u"avg"_s,
            [](const Call &c) -> HogQLExpr {
                return {u"avg(%1)"_s.arg(c.arg(0)), u"Float64"_s};
            },
            u"average"_s),
        aggregate(
            u"min"_s,
            [](const Call &c) -> HogQLExpr {
                return {u"min(%1)"_s.arg(c.arg(0)), c.args.at(0).type};
            },
            u"smallest value"_s),
        aggregate(
            u"max"_s,
            [](const Call &c) -> HogQLExpr {
                return {u"max(%1)"_s.arg(c.arg(0)), c.args.at(0).type};
            },
            u"largest value"_s),
    };
}

QList<HogQLFunction> numbersAndConversions()
{
    return {
        scalar(
            u"round"_s, 1, 2,
            [](const Call &c) -> HogQLExpr {
                return {u"round(%1, %2)"_s.arg(c.arg(0), c.args.size() > 1 ? c.arg(1) : u"0"_s), u"Float64"_s};
            },
            u"`round(x[, n])`: x rounded to n decimals (default 0)"_s),
        scalar(
            u"abs"_s, 1, 1,
            [](const Call &c) -> HogQLExpr {
                return {u"abs(%1)"_s.arg(c.arg(0)), c.args.at(0).type};
            },
            u"absolute value"_s),
        scalar(
            u"toString"_s, 1, 1,
            [](const Call &c) -> HogQLExpr {
                // ClickHouse prints a Bool as 'true'/'false'; SQLite keeps booleans as 1/0.
                if (c.args.at(0).type == "Bool"_L1)
                    return {u"(CASE WHEN %1 IS NULL THEN NULL WHEN %1 THEN 'true' ELSE 'false' END)"_s.arg(c.arg(0)), u"String"_s};
                return {u"CAST(%1 AS TEXT)"_s.arg(c.arg(0)), u"String"_s};
            },
            u"the value as text"_s),
        scalar(u"toFloat"_s, 1, 1, toFloat, u"the value as a floating-point number"_s),
        scalar(u"toFloat64"_s, 1, 1, toFloat, u"as `toFloat`"_s),
        scalar(u"toFloatOrNull"_s, 1, 1, toFloat, u"as `toFloat`"_s),
        scalar(u"toInt"_s, 1, 1, toInt, u"the value as a whole number"_s),
        scalar(u"toInt64"_s, 1, 1, toInt, u"as `toInt`"_s),
        scalar(u"toIntOrNull"_s, 1, 1, toInt, u"as `toInt`"_s),
    };
}

QList<HogQLFunction> datesAndTimes()
{
    return {
        scalar(
            u"toDate"_s, 1, 1,
            [](const Call &c) -> HogQLExpr {
                return {u"date(%1)"_s.arg(c.arg(0)), u"Date"_s};
            },
            u"the date of a time or text"_s),
        scalar(
            u"toDateTime"_s, 1, 1,
            [](const Call &c) -> HogQLExpr {
                return {HogQLSql::asTimestamp(c.arg(0)), HogQLTypes::dateTime()};
            },
            u"a time from text such as '2026-11-01 10:00:00'"_s),
        scalar(
            u"toStartOfDay"_s, 1, 1,
            [](const Call &c) -> HogQLExpr {
                return {u"strftime('%Y-%m-%d 00:00:00.000', %1)"_s.arg(c.timeArg(0)), HogQLTypes::dateTime()};
            },
            u"midnight of the day"_s),
        scalar(
            u"toStartOfHour"_s, 1, 1,
            [](const Call &c) -> HogQLExpr {
                return {u"strftime('%Y-%m-%d %H:00:00.000', %1)"_s.arg(c.timeArg(0)), HogQLTypes::dateTime()};
            },
            u"the start of the hour"_s),
        scalar(
            u"toStartOfWeek"_s, 1, 2,
            [](const Call &c) -> HogQLExpr {
                return {u"date(%1, '-6 days', 'weekday 0')"_s.arg(c.timeArg(0)), u"Date"_s};
            },
            u"the Sunday the week starts on (ClickHouse mode 0; a mode argument is ignored)"_s),
        scalar(
            u"toStartOfMonth"_s, 1, 1,
            [](const Call &c) -> HogQLExpr {
                return {u"date(%1, 'start of month')"_s.arg(c.timeArg(0)), u"Date"_s};
            },
            u"the first day of the month"_s),
        scalar(u"toYear"_s, 1, 1, datePart<yearFormat>, u"the year, e.g. 2026"_s),
        scalar(u"toMonth"_s, 1, 1, datePart<monthFormat>, u"the month, 1 to 12"_s),
        scalar(u"toHour"_s, 1, 1, datePart<hourFormat>, u"the hour, 0 to 23"_s),
        scalar(u"toDayOfWeek"_s, 1, 1, datePart<weekdayFormat>, u"the day of the week, 0 (Sunday) to 6"_s),
    };
}

QList<HogQLFunction> nowAndIntervals()
{
    return {
        scalar(
            u"now"_s, 0, 0,
            [](const Call &c) -> HogQLExpr {
                return {QLatin1Char('\'') + c.now + QLatin1Char('\''), HogQLTypes::dateTime()};
            },
            u"the current time (UTC)"_s),
        scalar(
            u"today"_s, 0, 0,
            [](const Call &c) -> HogQLExpr {
                return {QLatin1Char('\'') + c.now.left(10) + QLatin1Char('\''), u"Date"_s};
            },
            u"the current date (UTC)"_s),
        scalar(u"toIntervalSecond"_s, 1, 1, toInterval<seconds, 1>, u"an interval of n seconds, to add to or subtract from a time"_s),
        scalar(u"toIntervalMinute"_s, 1, 1, toInterval<minutes, 1>, u"n minutes"_s),
        scalar(u"toIntervalHour"_s, 1, 1, toInterval<hours, 1>, u"n hours"_s),
        scalar(u"toIntervalDay"_s, 1, 1, toInterval<days, 1>, u"n days"_s),
        scalar(u"toIntervalWeek"_s, 1, 1, toInterval<days, 7>, u"n weeks"_s),
        scalar(u"toIntervalMonth"_s, 1, 1, toInterval<months, 1>, u"n months"_s),
        scalar(u"toIntervalYear"_s, 1, 1, toInterval<years, 1>, u"n years"_s),
        scalar(u"dateDiff"_s, 3, 3, dateDiff,
               u"`dateDiff('unit', a, b)`: b − a in whole units (second, minute, hour, day, week, month, year), counted on unit boundaries"_s),
    };
}

QList<HogQLFunction> conditionalsAndText()
{
    return {
        scalar(
            u"if"_s, 3, 3,
            [](const Call &c) -> HogQLExpr {
                return {u"(CASE WHEN %1 THEN %2 ELSE %3 END)"_s.arg(c.arg(0), c.arg(1), c.arg(2)), c.args.at(1).type};
            },
            u"`if(condition, then, else)`"_s),
        scalar(u"coalesce"_s, 1, 64, coalesce, u"the first argument that is not NULL"_s),
        scalar(u"ifNull"_s, 2, 2, coalesce, u"`ifNull(x, alternative)`: x unless it is NULL"_s),
        scalar(
            u"lower"_s, 1, 1,
            [](const Call &c) -> HogQLExpr {
                return {u"lower(%1)"_s.arg(c.arg(0)), u"String"_s};
            },
            u"text in lower case"_s),
        scalar(
            u"upper"_s, 1, 1,
            [](const Call &c) -> HogQLExpr {
                return {u"upper(%1)"_s.arg(c.arg(0)), u"String"_s};
            },
            u"text in upper case"_s),
        scalar(
            u"trim"_s, 1, 1,
            [](const Call &c) -> HogQLExpr {
                return {u"trim(%1)"_s.arg(c.arg(0)), u"String"_s};
            },
            u"text without leading and trailing spaces"_s),
        scalar(
            u"length"_s, 1, 1,
            [](const Call &c) -> HogQLExpr {
                return {u"length(%1)"_s.arg(c.arg(0)), u"UInt64"_s};
            },
            u"the length of a text"_s),
        scalar(u"concat"_s, 1, 64, concat, u"the arguments joined as text; NULL counts as empty"_s),
        scalar(
            u"like"_s, 2, 2,
            [](const Call &c) -> HogQLExpr {
                return {u"(%1 LIKE %2)"_s.arg(c.arg(0), c.arg(1)), u"Bool"_s};
            },
            u"`like(text, pattern)`: as `text LIKE pattern` (case-sensitive)"_s),
        scalar(
            u"ilike"_s, 2, 2,
            [](const Call &c) -> HogQLExpr {
                return {u"(lower(%1) LIKE lower(%2))"_s.arg(c.arg(0), c.arg(1)), u"Bool"_s};
            },
            u"`ilike(text, pattern)`: as `text ILIKE pattern` (case-insensitive)"_s),
    };
}

} // namespace

const QList<HogQLFunction> &HogQLFunctions::all()
{
    static const QList<HogQLFunction> table = aggregates() + numbersAndConversions() + datesAndTimes() + nowAndIntervals() + conditionalsAndText();
    return table;
}

const HogQLFunction *HogQLFunctions::find(const QString &name)
{
    static const QHash<QString, const HogQLFunction *> byName = [] {
        QHash<QString, const HogQLFunction *> map;
        for (const HogQLFunction &f : all())
            map.insert(f.name.toLower(), &f);
        return map;
    }();
    return byName.value(name.toLower());
}

HogQLExpr HogQLFunctions::translate(const HogQLFunction &function, const HogQLFunction::Call &call, bool star)
{
    if (call.distinct && !function.countForm)
        call.fail(u"DISTINCT is only supported inside count()"_s);
    const bool countsRows = function.countForm && call.args.isEmpty(); // count() and count(*)
    if (!countsRows) {
        if (star)
            call.fail(u"'*' is only allowed in count(*)"_s);
        if (call.args.size() < function.minArgs || call.args.size() > function.maxArgs)
            call.fail(u"Function '%1' takes %2 argument(s), %3 given"_s.arg(call.name.text, function.arguments()).arg(call.args.size()));
    }
    return function.translate(call);
}

QString HogQLFunctions::unsupportedHint()
{
    return u"the demo workspace supports count, uniq, sum, avg, min, max, round, toDate, toDateTime, "
           "toStartOfDay/Hour/Week/Month, toYear, toMonth, toString, toFloat, toInt, now, today, toIntervalDay…, "
           "dateDiff, if, coalesce, ifNull, lower, upper, trim, length, concat, abs, like, ilike"_s;
}
