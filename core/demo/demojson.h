#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The demo's stored forms and PostHog's JSON forms of them: timestamps, JSON text columns.
namespace DemoJson {

QString now(); // the current UTC time in the stored form 'yyyy-MM-dd HH:mm:ss.zzz'
QString iso(const QString &storedTime); // stored form → ISO 8601 with 'T' and 'Z'; empty stays empty
QJsonValue parse(const QString &text); // a JSON text column: its array or object, null otherwise
QString compact(const QJsonValue &value); // an array or object as compact JSON text
QJsonObject creator(); // the demo user as PostHog's `created_by` shows it

} // namespace DemoJson
