#include "demoschema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
bool run(QSqlDatabase &db, const char *sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(QString::fromLatin1(sql)))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}
} // namespace

bool DemoSchema::configure(QSqlDatabase &db, QString *error)
{
    return run(db, "PRAGMA case_sensitive_like = ON", error);
}

bool DemoSchema::create(QSqlDatabase &db, QString *error)
{
    return createTables(db, error) && createIndexes(db, error) && configure(db, error);
}

bool DemoSchema::createTables(QSqlDatabase &db, QString *error)
{
    // No uuid PRIMARY KEY: a unique index on random text would slow bulk generation down;
    // uuids are unique by construction.
    static const char *statements[] = {
        ("CREATE TABLE IF NOT EXISTS events (uuid TEXT NOT NULL, team_id INTEGER NOT NULL, event TEXT NOT NULL,"
         " timestamp TEXT NOT NULL, distinct_id TEXT NOT NULL, person_id TEXT, session_id TEXT,"
         " properties TEXT NOT NULL DEFAULT '{}')"),
        ("CREATE TABLE IF NOT EXISTS persons (id TEXT PRIMARY KEY, team_id INTEGER NOT NULL, created_at TEXT NOT NULL,"
         " is_identified INTEGER NOT NULL DEFAULT 0, properties TEXT NOT NULL DEFAULT '{}')"),
    };
    for (const char *sql : statements) {
        if (!run(db, sql, error))
            return false;
    }
    return true;
}

bool DemoSchema::createIndexes(QSqlDatabase &db, QString *error)
{
    static const char *statements[] = {
        "CREATE INDEX IF NOT EXISTS events_team_time ON events(team_id, timestamp)",
        "CREATE INDEX IF NOT EXISTS events_team_event_time ON events(team_id, event, timestamp)",
    };
    for (const char *sql : statements) {
        if (!run(db, sql, error))
            return false;
    }
    return true;
}
