#include "schemabuilder.h"

QJsonObject Schema::object(const QJsonObject &properties, const QStringList &required)
{
    QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties},
                       {QStringLiteral("additionalProperties"), false}};
    if (!required.isEmpty())
        schema.insert(QStringLiteral("required"), QJsonArray::fromStringList(required));
    return schema;
}

QJsonObject Schema::string(const QString &description, int minLength, int maxLength)
{
    QJsonObject schema{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("description"), description}};
    if (minLength > 0)
        schema.insert(QStringLiteral("minLength"), minLength);
    if (maxLength > 0)
        schema.insert(QStringLiteral("maxLength"), maxLength);
    return schema;
}

QJsonObject Schema::enumeration(const QString &description, const QStringList &values)
{
    return {{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("description"), description},
            {QStringLiteral("enum"), QJsonArray::fromStringList(values)}};
}

QJsonObject Schema::integer(const QString &description, int minimum, int maximum)
{
    return {{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("description"), description},
            {QStringLiteral("minimum"), minimum}, {QStringLiteral("maximum"), maximum}};
}

QJsonObject Schema::number(const QString &description, double minimum, double maximum)
{
    return {{QStringLiteral("type"), QStringLiteral("number")}, {QStringLiteral("description"), description},
            {QStringLiteral("minimum"), minimum}, {QStringLiteral("maximum"), maximum}};
}

QJsonObject Schema::boolean(const QString &description)
{
    return {{QStringLiteral("type"), QStringLiteral("boolean")}, {QStringLiteral("description"), description}};
}

QJsonObject Schema::stringArray(const QString &description, int maxItems)
{
    return {{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("description"), description},
            {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
            {QStringLiteral("maxItems"), maxItems}};
}

QJsonObject Schema::anyObject(const QString &description)
{
    return {{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("description"), description},
            {QStringLiteral("properties"), QJsonObject()}};
}
