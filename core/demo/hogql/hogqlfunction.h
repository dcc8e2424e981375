#pragma once

#include "hogqlexpr.h"
#include "hogqltoken.h"

#include <QList>

// One row of the HogQL function table (HogQLFunctions): what the parser accepts, how many
// arguments, how it becomes SQLite, and the line docs/hogql-subset.md shows for it.
struct HogQLFunction
{
    // A call as parsed, handed to translate() once the argument count is checked.
    struct Call
    {
        const HogQLToken &name; // as written, for errors
        const QList<HogQLExpr> &args;
        bool distinct = false; // count(DISTINCT x)
        const QString &now; // the query's now(), 'YYYY-MM-DD HH:MM:SS.SSS'

        QString arg(int i) const { return args.at(i).sql; }
        // A text literal is normalised to the stored timestamp format; anything else as is.
        QString timeArg(int i) const;
        [[noreturn]] void fail(const QString &message) const;
    };

    QString name; // as documented; calls match it case-insensitively
    int minArgs = 0;
    int maxArgs = 0;
    bool aggregate = false;
    // count()'s forms: no argument or * counts rows, DISTINCT x counts distinct values.
    bool countForm = false;
    QString doc; // one line of Markdown, no '|'
    HogQLExpr (*translate)(const Call &call) = nullptr;

    // "1", "1 to 2": as the argument count error and the documentation say it.
    QString arguments() const;
};
