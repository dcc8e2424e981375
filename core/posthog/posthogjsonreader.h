#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Reads typed fields of one PostHog JSON object for the models' fromJson(), remembering the
// first field of the wrong type (as "field 'name' of a project should be a string"). Missing and
// null fields are fine: they read as empty or the fallback.
class PostHogJsonReader
{
public:
    // `what` names the object in the error ("a project"); `error` may be null.
    PostHogJsonReader(const QJsonObject &json, QString *error, const char *what);

    QString string(const char *key); // a number reads as its digits: ids vary between endpoints
    qint64 integer(const char *key, qint64 fallback = 0); // a numeric string is a number too
    bool boolean(const char *key);
    QJsonObject object(const char *key);
    QJsonArray array(const char *key);
    QStringList strings(const char *key); // the string items of a list, others skipped
    QDateTime time(const char *key);
    bool ok() const { return m_ok; }

private:
    QJsonValue value(const char *key) const;
    // Records `key` as the wrong type unless it is missing or null.
    void wrongUnlessAbsent(const QJsonValue &value, const char *key, const char *expected);

    const QJsonObject &m_json;
    QString *m_error;
    const char *m_what;
    bool m_ok = true;
};
