#pragma once

#include "demoqueryengine.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// The query nodes behind an experiment's results page, over the demo's events
// (products/experiments/backend/hogql_queries): ExperimentExposureQuery (who saw which variant,
// per day) and ExperimentQuery (one metric per variant, with Bayesian statistics). Exposure is
// PostHog's default: a person's first `$feature_flag_called` for the flag with a configured
// variant inside the experiment's dates, test accounts filtered, persons who saw several
// variants counted as "$multiple" and left out of metrics. Metric events count from the
// person's first exposure until the experiment's end, or within the metric's conversion window.
class DemoExperimentQuery
{
public:
    explicit DemoExperimentQuery(QString connectionName);

    DemoQueryEngine::Answer run(qint64 teamId, const QJsonObject &node) const;

private:
    struct Experiment
    {
        qint64 id = 0;
        QString flagKey;
        QStringList variants;
        QJsonObject flagFilters;
        qint64 startMs = 0; // 0: not started
        qint64 endMs = 0; // 0: still running
        bool filterTestAccounts = true;
        bool firstSeen = false; // multiple_variant_handling "first_seen" instead of "exclude"
        QString baseline = QStringLiteral("control");
    };
    struct Exposure
    {
        QString variant; // "$multiple" for a person who saw several (exclude handling)
        qint64 firstMs = 0;
    };
    struct Window
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };

    std::optional<Experiment> experiment(qint64 teamId, const QJsonValue &id, DemoQueryEngine::Answer *refusal) const;
    QHash<QString, Exposure> exposures(qint64 teamId, const Experiment &e, const Window &window) const;
    DemoQueryEngine::Answer exposureQuery(qint64 teamId, const QJsonObject &node) const;
    DemoQueryEngine::Answer metricQuery(qint64 teamId, const QJsonObject &node) const;
    // person → the metric's value: steps reached (funnel) or the total (mean).
    QHash<QString, double> metricValues(qint64 teamId, const QJsonObject &metric, const QHash<QString, Exposure> &exposed, qint64 untilMs) const;

    QString m_connectionName;
};
