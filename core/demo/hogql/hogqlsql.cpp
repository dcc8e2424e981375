#include "hogqlsql.h"

#include "hogqlerror.h"

using namespace Qt::StringLiterals;

namespace HogQLSql {

QString quoteString(const QString &value, int start, int end)
{
    if (value.contains(QChar(0)))
        throw HogQLError{u"Text values must not contain NUL characters"_s, start, end};
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), "''"_L1);
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString quoteIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), "\"\""_L1);
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

static bool isPlainIdentifier(const QString &name)
{
    if (name.isEmpty() || !(name.front().isLetter() || name.front() == QLatin1Char('_')))
        return false;
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('$'))
            return false;
    }
    return true;
}

QString qualifier(const QString &name)
{
    // A quoted alias (`1 OR 1 --`) must not become SQL: it would drop the team filter.
    return isPlainIdentifier(name) ? name : quoteIdentifier(name);
}

QString jsonPath(const QStringList &keys, int start, int end)
{
    QString path = u"$"_s;
    for (const QString &key : keys) {
        if (key.contains(QLatin1Char('"')) || key.contains(QLatin1Char('\'')) || key.contains(QLatin1Char('\\')))
            throw HogQLError{u"Property names with quotes or backslashes are not supported"_s, start, end};
        path += u".\"%1\""_s.arg(key);
    }
    return path;
}

// PostHog prints a property read as JSONExtractRaw with its quotes trimmed
// (posthog/hogql/printer.py, _unsafe_json_extract_trim_quotes), so a JSON true reads as 'true';
// SQLite's json_extract alone would give 1.
QString propertyValue(const QString &json, const QString &path)
{
    return u"CASE json_type(%1, '%2') WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE json_extract(%1, '%2') END"_s.arg(json, path);
}

QString asTimestamp(const QString &sql)
{
    return u"strftime('%Y-%m-%d %H:%M:%f', %1)"_s.arg(sql);
}

} // namespace HogQLSql
