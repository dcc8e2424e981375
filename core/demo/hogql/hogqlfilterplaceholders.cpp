#include "hogqlfilterplaceholders.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// Where the next placeholder starts at or after `from`, skipping quoted literals and comments,
// so `'{filters}'` in a string stays text.
qsizetype nextPlaceholder(const QString &text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\'' || c == u'"' || c == u'`') {
            for (++i; i < text.size() && text.at(i) != c; ++i) {
                if (text.at(i) == u'\\')
                    ++i;
            }
        } else if (c == u'-' && text.mid(i, 2) == "--"_L1) {
            while (i < text.size() && text.at(i) != u'\n')
                ++i;
        } else if (c == u'{') {
            return i;
        }
    }
    return -1;
}

} // namespace

QString HogQLFilterPlaceholders::dateExpression(const QString &date)
{
    static const QRegularExpression relative(u"^-(\\d{1,4})([hdwmy])$"_s);
    const QRegularExpressionMatch m = relative.match(date.trimmed());
    if (m.hasMatch()) {
        const QString unit = m.captured(2) == "h"_L1   ? u"HOUR"_s
                             : m.captured(2) == "d"_L1 ? u"DAY"_s
                             : m.captured(2) == "w"_L1 ? u"WEEK"_s
                             : m.captured(2) == "m"_L1 ? u"MONTH"_s
                                                       : u"YEAR"_s;
        const QString point = u"now() - INTERVAL %1 %2"_s.arg(m.captured(1), unit);
        return unit == "HOUR"_L1 ? point : u"toStartOfDay(%1)"_s.arg(point);
    }
    QDateTime iso = QDateTime::fromString(date.trimmed(), Qt::ISODateWithMs);
    if (!iso.isValid())
        iso = QDateTime::fromString(date.trimmed(), Qt::ISODate);
    if (!iso.isValid()) {
        const QDate day = QDate::fromString(date.trimmed(), Qt::ISODate);
        if (!day.isValid())
            return {};
        iso = day.startOfDay(QTimeZone::utc());
    }
    return u"toDateTime('%1')"_s.arg(iso.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

QString HogQLFilterPlaceholders::boundExpression(const QJsonObject &filters, const QString &field, QString *error)
{
    const QString value = filters.value("dateRange"_L1).toObject().value(field).toString();
    if (value.isEmpty() || value == "all"_L1)
        return {};
    const QString expression = dateExpression(value);
    if (expression.isEmpty())
        *error = u"Invalid %1 in filters.dateRange: '%2'. Use a relative date like '-7d' or an ISO date."_s.arg(field, value.left(40));
    return expression;
}

QString HogQLFilterPlaceholders::filtersExpression(const QJsonObject &filters, const QString &testAccountCondition, QString *error)
{
    QStringList parts;
    const QString to = boundExpression(filters, u"date_to"_s, error);
    if (!to.isEmpty())
        parts << u"timestamp < %1"_s.arg(to);
    const QString from = boundExpression(filters, u"date_from"_s, error);
    if (!from.isEmpty())
        parts << u"timestamp >= %1"_s.arg(from);
    if (filters.value("filterTestAccounts"_L1).toBool() && !testAccountCondition.isEmpty())
        parts << testAccountCondition;
    if (!filters.value("properties"_L1).toArray().isEmpty())
        *error = u"The demo workspace does not support property filters in a HogQLQuery's filters: put the condition in the WHERE clause."_s;
    return parts.isEmpty() ? u"true"_s : u"(%1)"_s.arg(parts.join(" AND "_L1));
}

HogQLFilterPlaceholders::Expansion HogQLFilterPlaceholders::expand(const QString &hogql, const QJsonObject &filters,
                                                                   const QString &testAccountCondition)
{
    static const QRegularExpression placeholder(u"^\\{\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*\\}"_s);
    Expansion out;
    qsizetype copied = 0;
    for (qsizetype at = nextPlaceholder(hogql, 0); at >= 0; at = nextPlaceholder(hogql, at + 1)) {
        const QRegularExpressionMatch m = placeholder.match(QStringView(hogql).mid(at));
        if (!m.hasMatch())
            continue; // not a placeholder: the translator reports the character
        const QString chain = m.captured(1);
        QString replacement;
        if (chain == "filters"_L1) {
            replacement = filtersExpression(filters, testAccountCondition, &out.error);
        } else if (chain == "filters.dateRange.from"_L1 || chain == "filters.dateRange.to"_L1) {
            replacement = boundExpression(filters, chain.endsWith("from"_L1) ? u"date_from"_s : u"date_to"_s, &out.error);
            if (replacement.isEmpty() && out.error.isEmpty())
                out.error = u"The `{%1}` placeholder needs filters.dateRange.%2 in the query's filters."_s.arg(
                    chain, chain.endsWith("from"_L1) ? u"date_from"_s : u"date_to"_s);
        } else if (chain.startsWith("filters"_L1)) {
            out.error = u"Unsupported filters placeholder `{%1}`. Supported filters placeholders are: `{filters}`, "
                        "`{filters.dateRange.from}`, `{filters.dateRange.to}`."_s.arg(chain);
        } else {
            out.error = u"Placeholder {%1} is not supported: the demo workspace supports only the filters placeholders."_s.arg(chain);
        }
        if (!out.ok())
            return out;
        out.hogql += QStringView(hogql).mid(copied, at - copied);
        out.hogql += replacement;
        copied = at + m.capturedLength();
        at = copied - 1;
    }
    out.hogql += QStringView(hogql).mid(copied);
    return out;
}
