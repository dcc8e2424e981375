#include "posthogjsonreader.h"

#include "posthogmodels.h"

using namespace Qt::StringLiterals;

PostHogJsonReader::PostHogJsonReader(const QJsonObject &json, QString *error, const char *what)
    : m_json(json)
    , m_error(error)
    , m_what(what)
{ }

QJsonValue PostHogJsonReader::value(const char *key) const
{
    return m_json.value(QLatin1String(key));
}

void PostHogJsonReader::wrongUnlessAbsent(const QJsonValue &value, const char *key, const char *expected)
{
    if (value.isNull() || value.isUndefined() || !m_ok)
        return;
    m_ok = false;
    if (m_error)
        *m_error = u"field '%1' of %2 should be %3"_s.arg(QLatin1String(key), QLatin1String(m_what), QLatin1String(expected));
}

QString PostHogJsonReader::string(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    wrongUnlessAbsent(v, key, "a string");
    return {};
}

qint64 PostHogJsonReader::integer(const char *key, qint64 fallback)
{
    const QJsonValue v = value(key);
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    wrongUnlessAbsent(v, key, "a number");
    return fallback;
}

bool PostHogJsonReader::boolean(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isBool())
        return v.toBool();
    wrongUnlessAbsent(v, key, "true or false");
    return false;
}

QJsonObject PostHogJsonReader::object(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isObject())
        return v.toObject();
    wrongUnlessAbsent(v, key, "an object");
    return {};
}

QJsonArray PostHogJsonReader::array(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isArray())
        return v.toArray();
    wrongUnlessAbsent(v, key, "a list");
    return {};
}

QStringList PostHogJsonReader::strings(const char *key)
{
    QStringList out;
    for (const QJsonValue &v : array(key)) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

QDateTime PostHogJsonReader::time(const char *key)
{
    return PostHogJson::parseTime(value(key));
}
