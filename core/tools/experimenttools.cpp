#include "experimenttools.h"

#include "listtoolhelper.h"
#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"
#include "toolrendering.h"

#include "posthog/posthogclient.h"

using namespace Qt::StringLiterals;

using Active = ActiveProjectStore::Active;

namespace {

QString day(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd"_s) : u"—"_s;
}

QString variantList(const Experiment &e)
{
    QStringList parts;
    for (const ExperimentVariant &v : e.variants)
        parts.append(u"%1 %2%"_s.arg(v.key).arg(v.rollout));
    return parts.join(u", "_s);
}

QString percent(double fraction, bool signedValue = false)
{
    if (!signedValue && fraction > 0.999 && fraction < 1)
        return u">99.9%"_s; // a chance to win is never certain
    if (!signedValue && fraction < 0.001 && fraction > 0)
        return u"<0.1%"_s;
    const QString text = QString::number(fraction * 100, 'f', qAbs(fraction) < 0.001 && fraction != 0 ? 2 : 1) + QLatin1Char('%');
    return signedValue && fraction >= 0 ? QLatin1Char('+') + text : text;
}

void getExperiments(const ToolInvocation &tool)
{
    ExperimentListOptions options;
    static_cast<ListOptions &>(options) = ListToolHelper::options(tool.arguments(), 20);
    options.status = tool.string("status");
    const ListLayout layout({u"name"_s, u"id"_s, u"status"_s, u"flag"_s, u"variants"_s, u"start"_s, u"end"_s, u"link"_s},
                            u" get_experiment_results shows an experiment's results."_s);
    ListToolHelper::run<Experiment>(tool, options, &PostHogClient::experiments, layout, [tool](const Active &active, const Experiment &e) {
        return QStringList{MarkdownRenderer::escape(e.name),
                           QString::number(e.id),
                           e.status(),
                           u"`%1`"_s.arg(MarkdownRenderer::escape(e.featureFlagKey)),
                           variantList(e),
                           day(e.startDate),
                           day(e.endDate),
                           MarkdownRenderer::link(u"open"_s, tool.webUrl(active.projectId, u"experiments/%1"_s.arg(e.id)))};
    });
}

QString header(const ToolInvocation &tool, const Active &active, const ExperimentResults &r)
{
    const Experiment &e = r.experiment;
    QString text = u"**%1** (id %2) — %3\n"_s.arg(MarkdownRenderer::escape(e.name))
                       .arg(e.id)
                       .arg(MarkdownRenderer::link(u"open in PostHog"_s, tool.webUrl(active.projectId, u"experiments/%1"_s.arg(e.id))));
    if (!e.description.isEmpty())
        text += MarkdownRenderer::escape(e.description) + QLatin1Char('\n');
    if (e.status() == "running"_L1)
        text += u"Status: running since %1 (%2 days).\n"_s.arg(day(e.startDate)).arg(e.startDate.daysTo(QDateTime::currentDateTimeUtc()));
    else if (e.status() == "complete"_L1)
        text += u"Status: complete, ran %1 to %2.%3\n"_s.arg(
            day(e.startDate), day(e.endDate),
            e.conclusion.isEmpty()
                ? QString()
                : u" Conclusion: %1%2"_s.arg(e.conclusion,
                                             e.conclusionComment.isEmpty() ? QString() : u" — "_s + MarkdownRenderer::escape(e.conclusionComment)));
    text += u"Flag `%1`; variants %2. Statistics: %3.\n"_s.arg(MarkdownRenderer::escape(e.featureFlagKey), variantList(e),
                                                               e.statsMethod == "frequentist"_L1 ? u"frequentist"_s : u"Bayesian"_s);
    return text;
}

QString exposuresLine(const ExperimentResults &r, qint64 *total)
{
    QStringList parts;
    qint64 multiple = 0;
    *total = 0;
    for (const auto &[key, count] : r.exposures) {
        *total += count;
        if (key == "$multiple"_L1)
            multiple = count;
        else
            parts.append(u"%1 %2"_s.arg(key).arg(count));
    }
    QString text = u"Exposures (persons): %1."_s.arg(parts.join(u", "_s));
    if (multiple > 0)
        text += u" %1 saw more than one variant and are left out of the metrics."_s.arg(multiple);
    if (r.sampleRatioMismatchP >= 0 && r.sampleRatioMismatchP < 0.001)
        text += u"\nWarning: the split differs from the rollout more than chance allows (sample ratio mismatch, p=%1): check how the flag is "
                "evaluated before trusting the results."_s.arg(r.sampleRatioMismatchP, 0, 'g', 2);
    return text + QLatin1Char('\n');
}

QString failureWords(const QStringList &failures)
{
    QStringList words;
    if (failures.contains("not-enough-exposures"_L1))
        words.append(u"fewer than 50 exposures"_s);
    if (failures.contains("not-enough-metric-data"_L1))
        words.append(u"fewer than 5 conversions"_s);
    if (failures.contains("baseline-mean-is-zero"_L1))
        words.append(u"no conversions in the baseline"_s);
    return words.join(u", "_s);
}

// One variant in words against the baseline, from PostHog's own statistics.
QString variantVerdict(const ExperimentVariantResult &v, const QString &baseline, double delta)
{
    if (!v.hasStatistics)
        return u"%1: not enough data yet (%2)"_s.arg(v.key, v.validationFailures.isEmpty() ? u"too few conversions to compare"_s
                                                                                           : failureWords(v.validationFailures));
    const bool bayesian = v.chanceToWin >= 0;
    const QString evidence = bayesian ? u"%1 chance to beat %2"_s.arg(percent(v.chanceToWin), baseline) : u"p=%1"_s.arg(v.pValue, 0, 'g', 3);
    const bool better = bayesian ? v.chanceToWin > 0.5 : delta > 0;
    if (v.significant)
        return u"%1 is %2 (%3, %4 vs %5)"_s.arg(v.key, better ? u"winning"_s : u"losing"_s, evidence, percent(delta, true), baseline);
    return u"%1: no significant difference (%2, %3)"_s.arg(v.key, evidence, percent(delta, true));
}

QString metricSection(const ExperimentMetricResult &m, int budget)
{
    const bool funnel = m.metricType == "funnel"_L1;
    QString text = u"\n### %1: %2 (%3)\n"_s.arg(m.secondary ? u"Secondary"_s : u"Primary"_s, MarkdownRenderer::escape(m.name), m.metricType);
    if (!m.error.isEmpty())
        return text + u"PostHog could not compute this metric: %1\n"_s.arg(m.error);
    const bool bayesian = m.variants.isEmpty() || m.variants.first().method != "frequentist"_L1;
    const QStringList headers{u"variant"_s,
                              u"exposures"_s,
                              funnel ? u"conversions"_s : u"total"_s,
                              funnel ? u"rate"_s : u"mean"_s,
                              u"vs "_s + m.baseline.key,
                              bayesian ? u"chance to win"_s : u"p-value"_s,
                              bayesian ? u"95% credible interval"_s : u"95% confidence interval"_s};
    auto value = [funnel](const ExperimentVariantResult &v) { return funnel ? percent(v.mean()) : QString::number(v.mean(), 'f', 2); };
    QList<QStringList> rows{
        {m.baseline.key, QString::number(m.baseline.samples), QString::number(m.baseline.sum, 'g', 10), value(m.baseline), u"—"_s, u"—"_s, u"—"_s}};
    QStringList verdicts;
    for (const ExperimentVariantResult &v : m.variants) {
        const double delta = m.baseline.mean() > 0 ? v.mean() / m.baseline.mean() - 1 : 0;
        const QString evidence = !v.hasStatistics ? u"—"_s : v.chanceToWin >= 0 ? percent(v.chanceToWin) : QString::number(v.pValue, 'g', 3);
        rows.append({v.key, QString::number(v.samples), QString::number(v.sum, 'g', 10), value(v),
                     m.baseline.mean() > 0 ? percent(delta, true) : u"—"_s, evidence,
                     v.hasStatistics ? u"%1 to %2"_s.arg(percent(v.intervalLow, true), percent(v.intervalHigh, true)) : u"—"_s});
        verdicts.append(variantVerdict(v, m.baseline.key, delta));
    }
    text += MarkdownRenderer::table(headers, rows, budget) + QLatin1Char('\n');
    if (m.baseline.samples == 0)
        return text + u"Verdict: nobody in %1 yet, so nothing to compare.\n"_s.arg(m.baseline.key);
    if (!m.baseline.validationFailures.isEmpty())
        return text + u"Verdict: not enough data yet (%1: %2).\n"_s.arg(m.baseline.key, failureWords(m.baseline.validationFailures));
    return text + u"Verdict: %1.\n"_s.arg(verdicts.join(u"; "_s));
}

QString resultsText(const ToolInvocation &tool, const Active &active, const ExperimentResults &r)
{
    QString text = ToolRendering::projectLine(active) + QLatin1Char('\n') + header(tool, active, r);
    if (r.experiment.status() == "draft"_L1)
        return text
               + u"\nThis experiment has not started (draft): there are no exposures or results yet. It starts when someone launches "
                 "it in PostHog."_s;
    qint64 total = 0;
    text += exposuresLine(r, &total);
    if (total == 0)
        return text
               + u"\nNobody has been exposed yet: there is no `$feature_flag_called` event for flag `%1` since the start. Check that "
                 "the product evaluates the flag (getFeatureFlag) for real users."_s.arg(r.experiment.featureFlagKey);
    if (r.metrics.isEmpty())
        return text
               + u"\nThis experiment has no metrics, so there are no results: add one in PostHog. (Experiments from before PostHog's "
                 "current metrics keep legacy ones in `filters`, which this tool does not read.)"_s;
    const int budget = qMax(400, (tool.budgetChars() - int(text.size())) / int(r.metrics.size()) - 300);
    for (const ExperimentMetricResult &m : r.metrics)
        text += metricSection(m, budget);
    return text;
}

void getExperimentResults(const ToolInvocation &tool)
{
    tool.withProject([tool](const Active &active) {
        auto done = [tool, active](const PostHogResult<ExperimentResults> &results) {
            if (!results.ok())
                return tool.fail(results.error(), u"get_experiments"_s);
            tool.finishText(resultsText(tool, active, results.value()));
        };
        tool.bind(tool.client()->experimentResults(active.projectId, tool.integer("experiment_id"), tool.context(), done));
    });
}

const ToolSpec tools[] = {
    {u"get_experiments"_s,
     u"List experiments"_s,
     u"A/B tests of the active project, newest first: status, feature flag, variants, dates. Archived ones are left out."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"search"_s, Schema::string(u"Words in the name."_s, 0, 200)},
                     {u"status"_s, Schema::enumeration(u"Only these (default all)."_s, {u"draft"_s, u"running"_s, u"complete"_s})},
                     {u"limit"_s, Schema::pageSize(20, 100)},
                     {u"offset"_s, Schema::pageOffset()}}),
     {},
     getExperiments},
    {u"get_experiment_results"_s,
     u"Experiment results"_s,
     u"An experiment's results per metric and variant: exposures, conversions or mean, change vs control, chance to win "
     "(or p-value), interval and a verdict, as PostHog computes them."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"experiment_id"_s, Schema::integer(u"Id from get_experiments."_s, 1, 2147483647)}}, {u"experiment_id"_s}),
     {},
     getExperimentResults},
};

} // namespace

void ExperimentTools::registerTools(PostHogToolset &toolset)
{
    toolset.add(tools);
}
