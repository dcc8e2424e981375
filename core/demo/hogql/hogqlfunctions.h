#pragma once

#include "hogqlfunction.h"

// The HogQL functions the demo workspace supports: one table that decides which names are
// functions, checks their argument counts, translates them, and is the function list of
// docs/hogql-subset.md (tests/hogql checks the document against it).
class HogQLFunctions
{
public:
    static const QList<HogQLFunction> &all();
    static const HogQLFunction *find(const QString &name); // case-insensitive; null if unsupported
    // Checks DISTINCT, * and the argument count, then translates. Throws HogQLError.
    static HogQLExpr translate(const HogQLFunction &function, const HogQLFunction::Call &call, bool star);
    // Said after "Unsupported function 'x' at …: ".
    static QString unsupportedHint();
};
