#include "hogqlvalueformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QJsonValue HogQLValueFormatter::toJson(const QVariant &value, const QString &type)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    if (type.startsWith("DateTime"_L1)) {
        QString text = value.toString(); // 'YYYY-MM-DD HH:MM:SS.SSS' → ISO 8601 UTC
        if (text.size() >= 19 && text.at(10) == QLatin1Char(' '))
            text[10] = QLatin1Char('T');
        return text.endsWith(QLatin1Char('Z')) ? text : text + QLatin1Char('Z');
    }
    if (type == "Date"_L1)
        return value.toString().left(10);
    if (type.contains("Int"_L1) || type == "Bool"_L1) {
        if (value.typeId() == QMetaType::Double)
            return qint64(value.toDouble());
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        return ok ? QJsonValue(n) : QJsonValue(value.toString());
    }
    if (type.contains("Float"_L1)) {
        bool ok = false;
        const double d = value.toDouble(&ok);
        return ok ? QJsonValue(d) : QJsonValue(value.toString());
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int: return value.toLongLong();
    case QMetaType::Double: return value.toDouble();
    default: {
        const QString text = value.toString();
        // JSON values extracted from properties (lists, objects) come back as JSON text.
        if ((text.startsWith(QLatin1Char('[')) || text.startsWith(QLatin1Char('{'))) && type.contains("JSON"_L1)) {
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            if (!doc.isNull())
                return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        }
        return text;
    }
    }
}
