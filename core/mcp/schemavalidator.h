#pragma once

#include <QJsonObject>
#include <QString>

// Checks tool arguments against the JSON Schema subset our tools use (type, properties,
// required, enum, minimum/maximum, minLength/maxLength, items, additionalProperties: false).
// The message names the argument and what was expected, so a model can correct its call.
class SchemaValidator
{
public:
    static bool validate(const QJsonValue &value, const QJsonObject &schema, QString *error, const QString &path = QString());
};
