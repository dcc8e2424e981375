#pragma once

#include <QString>

// A translated HogQL expression: its SQLite text and its ClickHouse type name.
struct HogQLExpr
{
    HogQLExpr() = default;
    HogQLExpr(QString s, QString t)
        : sql(std::move(s))
        , type(std::move(t))
    { }
    QString sql;
    QString type;
    bool isInterval = false;
    QString intervalModifier; // a SQLite date modifier as an SQL expression, e.g. ('+' || (7) || ' days')
    QString intervalNegModifier;
    bool isStringLiteral = false;

    // unit is SQLite's (seconds … years); a week is 7 days.
    static HogQLExpr interval(const QString &amountSql, const QString &sqliteUnit, int multiplier);
    // "day", "DAYS", … to SQLite's unit and multiplier; false for anything else.
    static bool intervalUnit(const QString &word, QString *sqliteUnit, int *multiplier);
};
