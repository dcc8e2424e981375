#include "schemavalidator.h"

#include <QJsonArray>
#include <cmath>

namespace {
QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    default: return QStringLiteral("nothing");
    }
}

bool matchesType(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1String("integer"))
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble() && std::abs(v.toDouble()) < 9.0e15;
    if (type == QLatin1String("number"))
        return v.isDouble();
    return typeOf(v) == type;
}

QString name(const QString &path)
{
    return path.isEmpty() ? QStringLiteral("the arguments") : QStringLiteral("'%1'").arg(path);
}
} // namespace

bool SchemaValidator::validate(const QJsonValue &value, const QJsonObject &schema, QString *error, const QString &path)
{
    const QJsonValue typeValue = schema.value(QLatin1String("type"));
    if (typeValue.isString() && !matchesType(value, typeValue.toString())) {
        *error = QStringLiteral("%1 must be %2 %3, not %4.")
                     .arg(name(path), typeValue.toString() == QLatin1String("integer") || typeValue.toString() == QLatin1String("array")
                                          || typeValue.toString() == QLatin1String("object") ? QStringLiteral("an") : QStringLiteral("a"),
                          typeValue.toString(), typeOf(value));
        return false;
    }
    const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
    if (!allowed.isEmpty() && !allowed.contains(value)) {
        QStringList options;
        for (const QJsonValue &a : allowed)
            options.append(a.isString() ? QStringLiteral("'%1'").arg(a.toString()) : QString::number(a.toDouble()));
        *error = QStringLiteral("%1 must be one of %2.").arg(name(path), options.join(QStringLiteral(", ")));
        return false;
    }
    if (value.isDouble()) {
        if (schema.contains(QLatin1String("minimum")) && value.toDouble() < schema.value(QLatin1String("minimum")).toDouble()) {
            *error = QStringLiteral("%1 must be at least %2.").arg(name(path)).arg(schema.value(QLatin1String("minimum")).toDouble());
            return false;
        }
        if (schema.contains(QLatin1String("maximum")) && value.toDouble() > schema.value(QLatin1String("maximum")).toDouble()) {
            *error = QStringLiteral("%1 must be at most %2.").arg(name(path)).arg(schema.value(QLatin1String("maximum")).toDouble());
            return false;
        }
    }
    if (value.isString()) {
        const qsizetype length = value.toString().size();
        if (schema.contains(QLatin1String("minLength")) && length < schema.value(QLatin1String("minLength")).toInt()) {
            *error = length == 0 ? QStringLiteral("%1 must not be empty.").arg(name(path))
                                 : QStringLiteral("%1 must have at least %2 characters.").arg(name(path)).arg(schema.value(QLatin1String("minLength")).toInt());
            return false;
        }
        if (schema.contains(QLatin1String("maxLength")) && length > schema.value(QLatin1String("maxLength")).toInt()) {
            *error = QStringLiteral("%1 must have at most %2 characters.").arg(name(path)).arg(schema.value(QLatin1String("maxLength")).toInt());
            return false;
        }
    }
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        if (schema.contains(QLatin1String("maxItems")) && items.size() > schema.value(QLatin1String("maxItems")).toInt()) {
            *error = QStringLiteral("%1 must have at most %2 items.").arg(name(path)).arg(schema.value(QLatin1String("maxItems")).toInt());
            return false;
        }
        const QJsonObject itemSchema = schema.value(QLatin1String("items")).toObject();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!validate(items.at(i), itemSchema, error, QStringLiteral("%1[%2]").arg(path).arg(i)))
                return false;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const bool closed = schema.value(QLatin1String("additionalProperties")).isBool()
            && !schema.value(QLatin1String("additionalProperties")).toBool();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (!properties.contains(it.key())) {
                if (closed) {
                    *error = QStringLiteral("'%1' is not a known argument; known: %2.").arg(child, properties.keys().join(QStringLiteral(", ")));
                    return false;
                }
                continue;
            }
            if (!validate(it.value(), properties.value(it.key()).toObject(), error, child))
                return false;
        }
        // Missing arguments after wrong ones: the message then names what was actually sent wrong.
        for (const QJsonValue &required : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(required.toString())) {
                const QString child = path.isEmpty() ? required.toString() : path + QLatin1Char('.') + required.toString();
                *error = QStringLiteral("'%1' is required.").arg(child);
                return false;
            }
        }
    }
    return true;
}
