#pragma once

#include <QStringList>

// Building blocks of the generated SQLite text. Everything from the query passes through these.
namespace HogQLSql {

// A SQL text literal; throws HogQLError (at start..end) for NUL characters.
QString quoteString(const QString &value, int start, int end);
QString quoteIdentifier(const QString &name);
// A table qualifier: as written when it is a plain identifier, quoted otherwise.
QString qualifier(const QString &name);
// A JSON path for json_extract; throws HogQLError for keys with quotes or backslashes.
QString jsonPath(const QStringList &keys, int start, int end);
// A property read as PostHog prints it: strings and numbers as stored, booleans as 'true'/'false'.
QString propertyValue(const QString &json, const QString &path);
// Text normalised to the stored timestamp format, 'YYYY-MM-DD HH:MM:SS.SSS'.
QString asTimestamp(const QString &sql);

} // namespace HogQLSql
