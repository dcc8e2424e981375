#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// The demo's A/B tests, as PostHog's experiments: per project with events a running experiment
// with results, a draft and (in Hedgebox Web) a finished one. Each owns a multivariate feature
// flag in `feature_flags`; exposed persons get `$feature_flag_called` events with the variant
// PostHog's flag hashing gives their distinct_id, and goal events at rates that differ by variant.
// Deterministic for a seed and an hour; runs inside the generator's transaction, after the
// persons, events and flags exist.
class DemoExperimentSeed
{
public:
    DemoExperimentSeed(quint32 seed, QDateTime now);
    bool run(QSqlDatabase &db, sqlite3 *raw, QString *error);

private:
    quint32 m_seed;
    QDateTime m_now;
};
