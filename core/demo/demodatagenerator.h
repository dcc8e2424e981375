#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// Fills an empty SQLite database with the demo workspace: a fictional SaaS product ("Hedgebox")
// with two organizations and three projects, ~30 days of events, persons, saved insights,
// dashboards and feature flags. Deterministic for a seed and a day.
class DemoDataGenerator
{
public:
    DemoDataGenerator(quint32 seed, int events, QDateTime now);
    bool generate(QSqlDatabase &db, QString *error);

    static QDateTime anchorNow(); // the current hour, so reruns within the hour match exactly

private:
    bool createTables(QSqlDatabase &db, QString *error);
    bool generateEvents(sqlite3 *db, QString *error);
    bool generateDefinitions(QSqlDatabase &db, QString *error);
    bool seedProjects(QSqlDatabase &db, QString *error);
    bool seedDashboards(QSqlDatabase &db, QString *error);
    bool seedInsights(QSqlDatabase &db, QString *error);
    bool seedFlags(QSqlDatabase &db, QString *error);

    quint32 m_seed;
    int m_events;
    QDateTime m_now;
};
