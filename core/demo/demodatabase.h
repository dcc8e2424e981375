#pragma once

#include "demobackend.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// The demo workspace's SQLite data for one server: generated once into a cache file (keyed by
// schema version, seed, size and hour) and copied for the session, or an explicit file.
// Lives on the server's thread; the connection closes and the session copy goes with it.
class DemoDatabase
{
public:
    DemoDatabase();
    ~DemoDatabase();
    DemoDatabase(const DemoDatabase &) = delete;
    DemoDatabase &operator=(const DemoDatabase &) = delete;

    bool open(const DemoBackend::Options &options, QString *error);

    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;
    QSqlQuery query() const; // a statement on this connection
    // Runs a prepared statement with its binds; a failure is logged (never sent to a client).
    bool exec(QSqlQuery &query, const QVariantList &binds) const;

private:
    static QString cachePath(const DemoBackend::Options &options);
    bool generate(const DemoBackend::Options &options, const QString &path, QString *error) const;
    bool copyForSession(const QString &cached, QString *error);

    QString m_connectionName;
    QString m_sessionPath;
};
