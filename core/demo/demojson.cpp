#include "demojson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace DemoJson {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

QString iso(const QString &storedTime)
{
    if (storedTime.isEmpty())
        return {};
    return QString(storedTime).replace(10, 1, QLatin1Char('T')) + QLatin1Char('Z');
}

QJsonValue parse(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return QJsonValue::Null;
}

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonObject creator()
{
    return {{u"id"_s, 1}, {u"first_name"_s, u"Demo"_s}, {u"email"_s, u"demo@hedgebox.example"_s}};
}

} // namespace DemoJson
