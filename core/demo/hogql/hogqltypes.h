#pragma once

#include <QString>

// The ClickHouse type names the translator reports, and the checks it makes on them.
namespace HogQLTypes {

inline QString dateTime()
{
    return QStringLiteral("DateTime64(6, 'UTC')");
}
inline bool isInt(const QString &t)
{
    return t.contains(QLatin1String("Int")) || t == QLatin1String("Bool");
}
inline bool isDateTime(const QString &t)
{
    return t.startsWith(QLatin1String("DateTime"));
}
inline bool isDate(const QString &t)
{
    return t == QLatin1String("Date");
}

} // namespace HogQLTypes
