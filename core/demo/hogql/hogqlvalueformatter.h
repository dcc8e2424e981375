#pragma once

#include <QJsonValue>
#include <QVariant>

// Turns a SQLite cell into the JSON PostHog's query endpoint answers for a column of `type`.
class HogQLValueFormatter
{
public:
    static QJsonValue toJson(const QVariant &value, const QString &type);
};
