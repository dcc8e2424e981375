#pragma once

#include "hogqlexpr.h"
#include "hogqlscope.h"
#include "hogqltoken.h"

#include <QList>
#include <QPair>
#include <QStringList>

// Maps a HogQL column reference (event, properties.$x, person.properties.plan, a select alias,
// a subquery's column, …) to SQLite over DemoSchema's tables. Throws HogQLError for unknown ones.
class HogQLColumnResolver
{
public:
    static HogQLExpr resolve(const HogQLScope &scope, QStringList parts, const HogQLToken &at);
    // SELECT *: name and type of each column, in PostHog's order.
    static QList<QPair<QString, QString>> starColumns(const HogQLScope &scope);

private:
    static bool resolveEvents(const QStringList &parts, const QString &q, const HogQLToken &at, HogQLExpr *out);
    static bool resolveEventPerson(const QStringList &parts, const QString &q, const HogQLToken &at, HogQLExpr *out);
    static bool resolvePersons(const QStringList &parts, const QString &q, HogQLExpr *out);
    static bool resolveSessions(const QStringList &parts, const QString &q, HogQLExpr *out);
    [[noreturn]] static void unknown(const HogQLScope &scope, const QStringList &parts, const HogQLToken &at);
};
