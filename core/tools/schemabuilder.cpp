#include "schemabuilder.h"

using namespace Qt::StringLiterals;

QJsonObject Schema::object(const QJsonObject &properties, const QStringList &required)
{
    QJsonObject schema{{u"type"_s, u"object"_s}, {u"properties"_s, properties}, {u"additionalProperties"_s, false}};
    if (!required.isEmpty())
        schema.insert(u"required"_s, QJsonArray::fromStringList(required));
    return schema;
}

QJsonObject Schema::string(const QString &description, int minLength, int maxLength)
{
    QJsonObject schema{{u"type"_s, u"string"_s}, {u"description"_s, description}};
    if (minLength > 0)
        schema.insert(u"minLength"_s, minLength);
    if (maxLength > 0)
        schema.insert(u"maxLength"_s, maxLength);
    return schema;
}

QJsonObject Schema::enumeration(const QString &description, const QStringList &values)
{
    return {{u"type"_s, u"string"_s}, {u"description"_s, description}, {u"enum"_s, QJsonArray::fromStringList(values)}};
}

QJsonObject Schema::integer(const QString &description, int minimum, int maximum)
{
    return {{u"type"_s, u"integer"_s}, {u"description"_s, description}, {u"minimum"_s, minimum}, {u"maximum"_s, maximum}};
}

QJsonObject Schema::number(const QString &description, double minimum, double maximum)
{
    return {{u"type"_s, u"number"_s}, {u"description"_s, description}, {u"minimum"_s, minimum}, {u"maximum"_s, maximum}};
}

QJsonObject Schema::boolean(const QString &description)
{
    return {{u"type"_s, u"boolean"_s}, {u"description"_s, description}};
}

QJsonObject Schema::stringArray(const QString &description, int maxItems)
{
    return {{u"type"_s, u"array"_s}, {u"description"_s, description}, {u"items"_s, QJsonObject{{u"type"_s, u"string"_s}}}, {u"maxItems"_s, maxItems}};
}

QJsonObject Schema::anyObject(const QString &description)
{
    return {{u"type"_s, u"object"_s}, {u"description"_s, description}, {u"properties"_s, QJsonObject()}};
}

QJsonObject Schema::pageSize(int defaultLimit, int maximum)
{
    return integer(u"Page size (default %1)."_s.arg(defaultLimit), 1, maximum);
}

QJsonObject Schema::pageOffset(int maximum)
{
    return integer(u"Skip this many (paging)."_s, 0, maximum);
}
