#pragma once

#include <QStringList>
#include <QVariantList>

// The outcome of translating one HogQL query to SQLite.
struct HogQLTranslation
{
    bool ok = false;
    QString sql; // a SELECT; its LIMIT is limit + 1 so the caller can tell hasMore
    QVariantList bindValues; // positional
    QStringList columns; // as HogQL names them: the alias, else the expression's text
    QStringList types; // ClickHouse-style: "UInt64", "Nullable(String)", "DateTime64(6, 'UTC')", ...
    QString hogql; // the query as executed, with the applied LIMIT
    int limit = 0;
    int offset = 0;
    QString error; // "Unsupported function 'arrayJoin' at line 1, column 8"
    int errorStart = -1; // character offsets into the input
    int errorEnd = -1;
};
