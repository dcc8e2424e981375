#include "demoexperimentstats.h"

#include <QJsonArray>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace DemoExperimentStats {

namespace {

// validate_variant_result: 50 exposures per variant, 5 conversions for funnels, a baseline that is not zero.
QJsonArray validationFailures(const Variant &v, bool funnel, bool baseline)
{
    QJsonArray failures;
    if (v.samples < 50)
        failures.append(u"not-enough-exposures"_s);
    if (funnel && v.sum < 5)
        failures.append(u"not-enough-metric-data"_s);
    if (baseline && v.sum == 0)
        failures.append(u"baseline-mean-is-zero"_s);
    return failures;
}

QJsonObject statsJson(const Variant &v, bool funnel, const QJsonArray &failures)
{
    QJsonObject json{{u"key"_s, v.key},
                     {u"number_of_samples"_s, v.samples},
                     {u"sum"_s, v.sum},
                     {u"sum_squares"_s, v.sumSquares},
                     {u"validation_failures"_s, failures}};
    if (funnel) {
        QJsonArray steps;
        for (qint64 count : v.stepCounts)
            steps.append(count);
        json.insert(u"step_counts"_s, steps);
    }
    return json;
}

struct Moments
{
    double mean = 0;
    double variance = 0;
};

// ProportionStatistic: p and p(1 - p); SampleMeanStatistic: the mean and the sample variance.
std::optional<Moments> moments(const Variant &v, bool funnel)
{
    if (v.samples <= 0)
        return std::nullopt;
    const double n = double(v.samples);
    if (funnel) {
        const double p = v.sum / n;
        return Moments{p, p * (1 - p)};
    }
    if (v.samples > 1 && v.sumSquares < v.sum * v.sum / n - 1e-9)
        return std::nullopt; // "sum_squares incompatible with sum and n"
    return Moments{v.sum / n, v.samples == 1 ? 0.0 : qMax(0.0, (v.sumSquares - v.sum * v.sum / n) / (n - 1))};
}

struct Posterior
{
    double chanceToWin = 0;
    double low = 0;
    double high = 0;
};

// BayesianGaussianTest.run_test with calculate_effect_size_and_variance (RELATIVE) and a flat prior;
// BayesianProportionTest first demands 5 successes and 5 failures in both groups.
std::optional<Posterior> compare(const Variant &test, const Variant &control, bool funnel)
{
    if (funnel && (test.sum < 5 || test.samples - test.sum < 5 || control.sum < 5 || control.samples - control.sum < 5))
        return std::nullopt;
    const std::optional<Moments> t = moments(test, funnel);
    const std::optional<Moments> c = moments(control, funnel);
    if (!t || !c || c->mean <= 0)
        return std::nullopt;
    const double effect = (t->mean - c->mean) / c->mean;
    // variance_of_ratios (delta method), no covariance between the groups.
    const double varT = t->variance / double(test.samples);
    const double varC = c->variance / double(control.samples);
    const double variance = varT / (c->mean * c->mean) + t->mean * t->mean * varC / std::pow(c->mean, 4);
    if (!(variance > 0))
        return std::nullopt;
    const double sd = std::sqrt(variance);
    constexpr double z975 = 1.959963984540054; // norm.ppf(0.975)
    return Posterior{0.5 * std::erfc(-effect / (sd * std::sqrt(2.0))), effect - z975 * sd, effect + z975 * sd};
}

} // namespace

QJsonObject bayesian(const Variant &baseline, const QList<Variant> &tests, bool funnel)
{
    const QJsonArray baselineFailures = validationFailures(baseline, funnel, true);
    QJsonArray results;
    for (const Variant &test : tests) {
        const QJsonArray failures = validationFailures(test, funnel, false);
        QJsonObject json = statsJson(test, funnel, failures);
        json.insert(u"method"_s, u"bayesian"_s);
        const std::optional<Posterior> p = baselineFailures.isEmpty() && failures.isEmpty() ? compare(test, baseline, funnel) : std::nullopt;
        json.insert(u"chance_to_win"_s, p ? QJsonValue(p->chanceToWin) : QJsonValue(QJsonValue::Null));
        json.insert(u"credible_interval"_s, p ? QJsonValue(QJsonArray{p->low, p->high}) : QJsonValue(QJsonValue::Null));
        // is_decisive: the chance to win beyond the credible level either way.
        json.insert(u"significant"_s, p ? QJsonValue(p->chanceToWin > 0.95 || p->chanceToWin < 0.05) : QJsonValue(QJsonValue::Null));
        results.append(json);
    }
    return {{u"baseline"_s, statsJson(baseline, funnel, baselineFailures)}, {u"variant_results"_s, results}};
}

double chiSquaredPValue(double statistic, int degreesOfFreedom)
{
    if (degreesOfFreedom == 1)
        return std::erfc(std::sqrt(statistic / 2));
    if (degreesOfFreedom == 2)
        return std::exp(-statistic / 2);
    return -1;
}

} // namespace DemoExperimentStats
