#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// The demo workspace's surveys: a `surveys` table (the fields of PostHog's Survey model) and the
// `survey shown` / `survey dismissed` / `survey sent` events people produced answering them, with
// the properties PostHog's SDKs send. Runs after persons and feature flags exist; deterministic
// for a seed and a day, and small next to the other events.
class DemoSurveySeed
{
public:
    DemoSurveySeed(quint32 seed, QDateTime now);
    bool generate(QSqlDatabase &db, QString *error);

    // The survey ids of the demo are stable across runs: tests and screenshots may name them.
    static QString surveyId(int team, int index);

private:
    bool createTable(QSqlDatabase &db, QString *error);
    bool insertSurveys(QSqlDatabase &db, QString *error);
    bool insertEvents(QSqlDatabase &db, QString *error);

    quint32 m_seed;
    QDateTime m_now;
};
