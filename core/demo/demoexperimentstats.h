#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// An experiment metric's statistics as PostHog's ExperimentQueryRunner reports them
// (products/experiments/backend/hogql_queries/utils.py get_bayesian_experiment_result) with the
// defaults of products/experiments/stats/bayesian: 95% credible level, relative difference,
// non-informative prior (so the posterior is the delta-method normal approximation itself).
namespace DemoExperimentStats {

struct Variant
{
    QString key;
    qint64 samples = 0; // number_of_samples: exposed persons
    double sum = 0; // funnel: persons who completed it; mean: the metric's total
    double sumSquares = 0;
    QList<qint64> stepCounts; // funnel only: persons who reached each step
};

// {baseline, variant_results} of an ExperimentQueryResponse.
QJsonObject bayesian(const Variant &baseline, const QList<Variant> &tests, bool funnel);

// Pearson's chi-squared goodness-of-fit p-value for df 1 or 2 (closed forms); -1 otherwise.
double chiSquaredPValue(double statistic, int degreesOfFreedom);

} // namespace DemoExperimentStats
