#include "hogqlexpr.h"

using namespace Qt::StringLiterals;

HogQLExpr HogQLExpr::interval(const QString &amountSql, const QString &sqliteUnit, int multiplier)
{
    HogQLExpr e;
    e.isInterval = true;
    e.type = u"Interval"_s;
    // One arg() call: the amount is the query's text and may contain %1.
    const QString amount = multiplier == 1 ? amountSql : u"(%1) * %2"_s.arg(amountSql, QString::number(multiplier));
    e.intervalModifier = u"('+' || (%1) || ' %2')"_s.arg(amount, sqliteUnit);
    e.intervalNegModifier = u"('-' || (%1) || ' %2')"_s.arg(amount, sqliteUnit);
    e.sql = e.intervalModifier;
    return e;
}

bool HogQLExpr::intervalUnit(const QString &word, QString *sqliteUnit, int *multiplier)
{
    static const struct
    {
        const char *singular;
        const char *plural;
        const char *sqlite;
        int multiplier;
    } units[] = {{"second", "seconds", "seconds", 1}, {"minute", "minutes", "minutes", 1}, {"hour", "hours", "hours", 1}, {"day", "days", "days", 1},
                 {"week", "weeks", "days", 7},        {"month", "months", "months", 1},    {"year", "years", "years", 1}};
    const QString u = word.toLower();
    *multiplier = 1;
    for (const auto &unit : units) {
        if (u == QLatin1String(unit.singular) || u == QLatin1String(unit.plural)) {
            *sqliteUnit = QLatin1String(unit.sqlite);
            *multiplier = unit.multiplier;
            return true;
        }
    }
    return false;
}
