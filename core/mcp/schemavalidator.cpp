#include "schemavalidator.h"

#include <QJsonArray>
#include <QStringList>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// What a subschema needs from the whole: the root its $ref and $anchor names point into, and a
// depth bound (a recursive $ref must not recurse for ever).
struct Context
{
    const QJsonObject &root;
    int depth = 0;
};

bool validateNode(const QJsonValue &value, const QJsonObject &schema, const Context &context, QString *error, const QString &path);

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

bool checkArray(const QJsonArray &items, const QJsonObject &schema, const Context &context, QString *error, const QString &path)
{
    if (schema.contains("maxItems"_L1) && items.size() > schema.value("maxItems"_L1).toInt()) {
        *error = u"%1 must have at most %2 items."_s.arg(name(path)).arg(schema.value("maxItems"_L1).toInt());
        return false;
    }
    const QJsonObject itemSchema = schema.value("items"_L1).toObject();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!validateNode(items.at(i), itemSchema, context, error, u"%1[%2]"_s.arg(path).arg(i)))
            return false;
    }
    return true;
}

bool checkObject(const QJsonObject &object, const QJsonObject &schema, const Context &context, QString *error, const QString &path)
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
        if (!validateNode(it.value(), properties.value(it.key()).toObject(), context, error, child))
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
// A local reference: "#", "#/$defs/name" (a JSON pointer) or "#anchor" (an $anchor in $defs).
std::optional<QJsonObject> resolve(const QString &ref, const QJsonObject &root)
{
    if (ref == "#"_L1)
        return root;
    if (ref.startsWith("#/"_L1)) {
        QJsonValue node = root;
        for (QString token : ref.mid(2).split(QLatin1Char('/'))) {
            token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
            node = node.toObject().value(token);
        }
        return node.isObject() ? std::optional(node.toObject()) : std::nullopt;
    }
    if (ref.startsWith(QLatin1Char('#'))) {
        for (const char *defs : {"$defs", "definitions"}) {
            const QJsonObject definitions = root.value(QLatin1String(defs)).toObject();
            for (auto it = definitions.begin(); it != definitions.end(); ++it) {
                if (it.value().toObject().value("$anchor"_L1).toString() == ref.mid(1))
                    return it.value().toObject();
            }
        }
    }
    return std::nullopt;
}

bool checkRef(const QJsonValue &value, const QJsonObject &schema, const Context &context, QString *error, const QString &path)
{
    const QString ref = schema.value("$ref"_L1).toString();
    if (ref.isEmpty())
        return true;
    const auto target = resolve(ref, context.root);
    if (!target || context.depth > 32) {
        *error = u"The tool's input schema has a $ref '%1' this server cannot resolve (a server bug; report it)."_s.arg(ref.left(100));
        return false;
    }
    return validateNode(value, *target, Context{context.root, context.depth + 1}, error, path);
}

// allOf, anyOf, oneOf, if/then/else and const: the composition keywords of JSON Schema 2020-12.
bool checkComposition(const QJsonValue &value, const QJsonObject &schema, const Context &context, QString *error, const QString &path)
{
    const Context inner{context.root, context.depth + 1};
    if (schema.contains("const"_L1) && schema.value("const"_L1) != value) {
        *error = u"%1 must be %2."_s.arg(name(path), schema.value("const"_L1).toVariant().toString());
        return false;
    }
    for (const QJsonValue &part : schema.value("allOf"_L1).toArray()) {
        if (!validateNode(value, part.toObject(), inner, error, path))
            return false;
    }
    for (const char *keyword : {"anyOf", "oneOf"}) {
        const QJsonArray branches = schema.value(QLatin1String(keyword)).toArray();
        if (branches.isEmpty())
            continue;
        QStringList reasons;
        int matched = 0;
        for (const QJsonValue &branch : branches) {
            QString reason;
            if (validateNode(value, branch.toObject(), inner, &reason, path))
                ++matched;
            else
                reasons.append(reason);
        }
        if (matched == 0 || (matched > 1 && keyword == "oneOf"_L1)) {
            *error = matched == 0 ? u"%1 must satisfy one of: %2"_s.arg(name(path), reasons.join(u" Or: "_s))
                                  : u"%1 matches more than one alternative; it must match exactly one."_s.arg(name(path));
            return false;
        }
    }
    if (schema.value("if"_L1).isObject()) {
        QString ignored;
        const bool condition = validateNode(value, schema.value("if"_L1).toObject(), inner, &ignored, path);
        const QJsonValue branch = schema.value(condition ? "then"_L1 : "else"_L1);
        if (branch.isObject() && !validateNode(value, branch.toObject(), inner, error, path))
            return false;
    }
    return true;
}

bool validateNode(const QJsonValue &value, const QJsonObject &schema, const Context &context, QString *error, const QString &path)
{
    if (!checkRef(value, schema, context, error, path) || !checkComposition(value, schema, context, error, path))
        return false;
    if (!checkType(value, schema, error, path) || !checkEnum(value, schema, error, path))
        return false;
    if (value.isDouble())
        return checkNumber(value.toDouble(), schema, error, path);
    if (value.isString())
        return checkString(value.toString(), schema, error, path);
    if (value.isArray())
        return checkArray(value.toArray(), schema, context, error, path);
    if (value.isObject())
        return checkObject(value.toObject(), schema, context, error, path);
    return true;
}
} // namespace

bool SchemaValidator::validate(const QJsonValue &value, const QJsonObject &schema, QString *error, const QString &path)
{
    return validateNode(value, schema, Context{schema}, error, path);
}
