#include "schemavalidator.h"

#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"boolean"_s;
    case QJsonValue::Double: return u"number"_s;
    case QJsonValue::String: return u"string"_s;
    case QJsonValue::Array: return u"array"_s;
    case QJsonValue::Object: return u"object"_s;
    default: return u"nothing"_s;
    }
}

bool matchesType(const QJsonValue &v, const QString &type)
{
    if (type == "integer"_L1)
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble() && std::abs(v.toDouble()) < 9.0e15;
    if (type == "number"_L1)
        return v.isDouble();
    return typeOf(v) == type;
}

QString name(const QString &path)
{
    return path.isEmpty() ? u"the arguments"_s : u"'%1'"_s.arg(path);
}

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// Each check below returns false with `error` set to a message a model can act on.
bool checkType(const QJsonValue &value, const QJsonObject &schema, QString *error, const QString &path)
{
    const QJsonValue typeValue = schema.value("type"_L1);
    if (!typeValue.isString() || matchesType(value, typeValue.toString()))
        return true;
    const QString type = typeValue.toString();
    const bool vowel = type == "integer"_L1 || type == "array"_L1 || type == "object"_L1;
    *error = u"%1 must be %2 %3, not %4."_s.arg(name(path), vowel ? u"an"_s : u"a"_s, type, typeOf(value));
    return false;
}

bool checkEnum(const QJsonValue &value, const QJsonObject &schema, QString *error, const QString &path)
{
    const QJsonArray allowed = schema.value("enum"_L1).toArray();
    if (allowed.isEmpty() || allowed.contains(value))
        return true;
    QStringList options;
    for (const QJsonValue &a : allowed)
        options.append(a.isString() ? u"'%1'"_s.arg(a.toString()) : QString::number(a.toDouble()));
    *error = u"%1 must be one of %2."_s.arg(name(path), options.join(u", "_s));
    return false;
}

bool checkNumber(double number, const QJsonObject &schema, QString *error, const QString &path)
{
    if (schema.contains("minimum"_L1) && number < schema.value("minimum"_L1).toDouble()) {
        *error = u"%1 must be at least %2."_s.arg(name(path)).arg(schema.value("minimum"_L1).toDouble());
        return false;
    }
    if (schema.contains("maximum"_L1) && number > schema.value("maximum"_L1).toDouble()) {
        *error = u"%1 must be at most %2."_s.arg(name(path)).arg(schema.value("maximum"_L1).toDouble());
        return false;
    }
    return true;
}

bool checkString(const QString &text, const QJsonObject &schema, QString *error, const QString &path)
{
    const qsizetype length = text.size();
    if (schema.contains("minLength"_L1) && length < schema.value("minLength"_L1).toInt()) {
        *error = length == 0 ? u"%1 must not be empty."_s.arg(name(path))
                             : u"%1 must have at least %2 characters."_s.arg(name(path)).arg(schema.value("minLength"_L1).toInt());
        return false;
    }
    if (schema.contains("maxLength"_L1) && length > schema.value("maxLength"_L1).toInt()) {
        *error = u"%1 must have at most %2 characters."_s.arg(name(path)).arg(schema.value("maxLength"_L1).toInt());
        return false;
    }
    return true;
}

bool checkArray(const QJsonArray &items, const QJsonObject &schema, QString *error, const QString &path)
{
    if (schema.contains("maxItems"_L1) && items.size() > schema.value("maxItems"_L1).toInt()) {
        *error = u"%1 must have at most %2 items."_s.arg(name(path)).arg(schema.value("maxItems"_L1).toInt());
        return false;
    }
    const QJsonObject itemSchema = schema.value("items"_L1).toObject();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!SchemaValidator::validate(items.at(i), itemSchema, error, u"%1[%2]"_s.arg(path).arg(i)))
            return false;
    }
    return true;
}

bool checkObject(const QJsonObject &object, const QJsonObject &schema, QString *error, const QString &path)
{
    const QJsonObject properties = schema.value("properties"_L1).toObject();
    const bool closed = schema.value("additionalProperties"_L1).isBool() && !schema.value("additionalProperties"_L1).toBool();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString child = childPath(path, it.key());
        if (!properties.contains(it.key())) {
            if (closed) {
                *error = u"'%1' is not a known argument; known: %2."_s.arg(child, properties.keys().join(u", "_s));
                return false;
            }
            continue;
        }
        if (!SchemaValidator::validate(it.value(), properties.value(it.key()).toObject(), error, child))
            return false;
    }
    // Missing arguments after wrong ones: the message then names what was actually sent wrong.
    for (const QJsonValue &required : schema.value("required"_L1).toArray()) {
        if (!object.contains(required.toString())) {
            *error = u"'%1' is required."_s.arg(childPath(path, required.toString()));
            return false;
        }
    }
    return true;
}
} // namespace

bool SchemaValidator::validate(const QJsonValue &value, const QJsonObject &schema, QString *error, const QString &path)
{
    if (!checkType(value, schema, error, path) || !checkEnum(value, schema, error, path))
        return false;
    if (value.isDouble())
        return checkNumber(value.toDouble(), schema, error, path);
    if (value.isString())
        return checkString(value.toString(), schema, error, path);
    if (value.isArray())
        return checkArray(value.toArray(), schema, error, path);
    if (value.isObject())
        return checkObject(value.toObject(), schema, error, path);
    return true;
}
