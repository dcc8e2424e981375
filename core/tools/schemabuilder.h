#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Small builders for portable JSON Schemas: `type: object` with `properties` and `required`,
// arrays with `items`, no unions (mcp-notes pitfall 7).
namespace Schema {
QJsonObject object(const QJsonObject &properties, const QStringList &required = {});
QJsonObject string(const QString &description, int minLength = 0, int maxLength = 0);
QJsonObject enumeration(const QString &description, const QStringList &values);
QJsonObject integer(const QString &description, int minimum, int maximum);
QJsonObject number(const QString &description, double minimum, double maximum);
QJsonObject boolean(const QString &description);
QJsonObject stringArray(const QString &description, int maxItems = 50);
QJsonObject anyObject(const QString &description);
// The paging arguments every list tool takes, worded the same everywhere.
QJsonObject pageSize(int defaultLimit, int maximum);
QJsonObject pageOffset(int maximum = 1000000);
} // namespace Schema
