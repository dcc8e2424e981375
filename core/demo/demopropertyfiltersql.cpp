#include "demopropertyfiltersql.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// A HogQL string literal's text, its backslash escapes undone (posthog/hogql/escape_sql.py).
QString unescapeHogQL(const QString &literal)
{
    static const QHash<QChar, QChar> escapes{{u'n', u'\n'}, {u'r', u'\r'}, {u't', u'\t'}, {u'0', QChar(0)},
                                             {u'b', u'\b'}, {u'f', u'\f'}, {u'a', u'\a'}, {u'v', u'\v'}};
    QString out;
    for (qsizetype i = 0; i < literal.size(); ++i) {
        QChar c = literal.at(i);
        if (c == u'\\' && i + 1 < literal.size()) {
            ++i;
            c = escapes.value(literal.at(i), literal.at(i));
        }
        out += c;
    }
    return out;
}

QStringList operandValues(const QJsonValue &operand)
{
    QStringList values;
    const QJsonArray list = operand.isArray() ? operand.toArray() : QJsonArray{operand};
    for (const QJsonValue &v : list) {
        if (v.isString())
            values.append(v.toString());
        else if (v.isDouble())
            values.append(QString::number(v.toDouble(), 'g', 15));
        else if (v.isBool())
            values.append(v.toBool() ? u"true"_s : u"false"_s);
    }
    return values;
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, u"?"_s);
    return marks.join(u", "_s);
}

} // namespace

DemoPropertyFilterSql::Condition DemoPropertyFilterSql::errorTrackingGroup(const QJsonValue &filterGroup)
{
    if (filterGroup.isUndefined() || filterGroup.isNull())
        return {};
    const QJsonArray groups = filterGroup.toObject().value("values"_L1).toArray();
    if (!filterGroup.isObject() || (!groups.isEmpty() && !groups.first().isObject()))
        return {
            {}, {}, u"filterGroup must be a PropertyGroupFilter: {\"type\": \"AND\", \"values\": [{\"type\": \"AND\", \"values\": [filters]}]}."_s};
    return groups.isEmpty() ? Condition() : filters(groups.first().toObject().value("values"_L1).toArray());
}

DemoPropertyFilterSql::Condition DemoPropertyFilterSql::filters(const QJsonArray &filters)
{
    Condition condition;
    for (const QJsonValue &f : filters) {
        const QString sql = f.isObject() ? one(f.toObject(), &condition.binds, &condition.error) : QString();
        if (!f.isObject())
            condition.error = u"Each property filter must be an object {key, type, operator, value}."_s;
        if (!condition.ok())
            return {{}, {}, condition.error};
        condition.sql += u" AND (%1)"_s.arg(sql);
    }
    return condition;
}

QString DemoPropertyFilterSql::one(const QJsonObject &filter, QVariantList *binds, QString *error)
{
    const QString type = filter.value("type"_L1).toString(u"event"_s);
    const QString key = filter.value("key"_L1).toString();
    if (type == "hogql"_L1)
        return release(key, binds, error);
    static const QRegularExpression safeKey(u"^[A-Za-z0-9_$.:/ -]{1,200}$"_s);
    if (!safeKey.match(key).hasMatch()) {
        *error = u"The demo workspace does not support the property key '%1' in filters."_s.arg(key.left(80));
        return {};
    }
    const QString path = u"'$.\"%1\"'"_s.arg(key);
    QString value;
    if (type == "event"_L1)
        value = u"json_extract(events.properties, %1)"_s.arg(path);
    else if (type == "person"_L1)
        value = u"(SELECT json_extract(p.properties, %1) FROM persons AS p WHERE p.id = events.person_id)"_s.arg(path);
    if (value.isEmpty()) {
        *error = u"The demo workspace supports event, person and release (hogql) property filters, not '%1'."_s.arg(type.left(40));
        return {};
    }
    return compare(value, filter.value("operator"_L1).toString(u"exact"_s), filter.value("value"_L1), binds, error);
}

QString DemoPropertyFilterSql::compare(const QString &value, const QString &op, const QJsonValue &operand, QVariantList *binds, QString *error)
{
    const QString text = u"CAST(%1 AS TEXT)"_s.arg(value);
    const QStringList values = operandValues(operand);
    if (op == "is_set"_L1 || op == "is_not_set"_L1)
        return u"%1 IS %2NULL"_s.arg(value, op == "is_set"_L1 ? u"NOT "_s : QString());
    if (op == "exact"_L1 || op == "is_not"_L1) {
        for (const QString &v : values)
            binds->append(v);
        if (values.isEmpty())
            return op == "exact"_L1 ? u"0"_s : u"1"_s;
        return op == "exact"_L1 ? u"%1 IN (%2)"_s.arg(text, placeholders(values.size()))
                                : u"%1 IS NULL OR %2 NOT IN (%3)"_s.arg(value, text, placeholders(values.size()));
    }
    if (op == "icontains"_L1 || op == "not_icontains"_L1) {
        QStringList likes;
        for (const QString &v : values) {
            likes.append(u"lower(%1) LIKE lower(?)"_s.arg(text));
            binds->append(QLatin1Char('%') + v + QLatin1Char('%'));
        }
        const QString any = likes.isEmpty() ? u"0"_s : likes.join(u" OR "_s);
        return op == "icontains"_L1 ? any : u"%1 IS NULL OR NOT (%2)"_s.arg(value, any);
    }
    *error = u"The demo workspace does not support the '%1' operator in property filters; it supports exact, is_not, icontains, "
             "not_icontains, is_set and is_not_set."_s.arg(op.left(40));
    return {};
}

// PostHog's release filter: the release matches a key of $exception_releases, or a release's
// version or git commit id.
QString DemoPropertyFilterSql::release(const QString &hogql, QVariantList *binds, QString *error)
{
    static const QRegularExpression shape(
        uR"(^arrayExists\(r -> \(r\.1 = '((?:[^'\\]|\\.)*)' OR JSONExtractString\(r\.2, 'version'\) = '\1' OR )"
        uR"(JSONExtractString\(JSONExtractRaw\(r\.2, 'metadata'\), 'git', 'commit_id'\) = '\1'\), )"
        uR"(JSONExtractKeysAndValuesRaw\(ifNull\(nullIf\(JSONExtractRaw\(properties, '\$exception_releases'\), ''\), '\{\}'\)\)\)$)"_s);
    const QRegularExpressionMatch match = shape.match(hogql.trimmed());
    if (!match.hasMatch()) {
        *error = u"The demo workspace cannot run this hogql property filter; of hogql filters it supports only PostHog's release "
                 "filter (arrayExists over $exception_releases). Use event or person property filters."_s;
        return {};
    }
    const QString name = unescapeHogQL(match.captured(1));
    *binds << name << name << name;
    return u"EXISTS (SELECT 1 FROM json_each(events.properties, '$.\"$exception_releases\"') AS r WHERE r.key = ?"
           " OR json_extract(r.value, '$.version') = ? OR json_extract(r.value, '$.metadata.git.commit_id') = ?)"_s;
}
