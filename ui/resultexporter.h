#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

// Query results as CSV (RFC 4180) or JSON (an array of objects keyed by column).
class ResultExporter
{
public:
    static QByteArray toCsv(const QStringList &columns, const QJsonArray &rows);
    static QByteArray toJson(const QStringList &columns, const QJsonArray &rows);
    // Writes to `path` by its extension (.csv or .json); false with `error` set on failure.
    static bool save(const QString &path, const QStringList &columns, const QJsonArray &rows, QString *error);
};
