#pragma once

#include <QJsonObject>
#include <QString>

// Checks tool arguments against the JSON Schema subset our tools use (type, properties,
// required, enum, minimum/maximum, minLength/maxLength, items, additionalProperties: false), and
// the 2020-12 keywords fixture and third-party schemas bring: local $ref into $defs (JSON pointer
// or $anchor), allOf/anyOf/oneOf, if/then/else, const.
// The message names the argument and what was expected, so a model can correct its call.
class SchemaValidator
{
public:
    static bool validate(const QJsonValue &value, const QJsonObject &schema, QString *error, const QString &path = QString());
};
