#include "insightresultview.h"

#include "chartaxis.h"
#include "resourcepage.h"

#include "posthog/posthogmodels.h"
#include "tools/markdownrenderer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("InsightResultView", text);
}
} // namespace

QString InsightResultView::sourceKind(const QJsonObject &query)
{
    const QString kind = query.value("kind"_L1).toString();
    if ((kind == "InsightVizNode"_L1 || kind == "DataVisualizationNode"_L1 || kind == "DataTableNode"_L1) && query.value("source"_L1).isObject())
        return query.value("source"_L1).toObject().value("kind"_L1).toString();
    return kind;
}

QString InsightResultView::kind(const QJsonObject &query)
{
    static const QHash<QString, const char *> names = {
        {u"TrendsQuery"_s, QT_TRANSLATE_NOOP("InsightResultView", "Trends")},
        {u"FunnelsQuery"_s, QT_TRANSLATE_NOOP("InsightResultView", "Funnel")},
        {u"RetentionQuery"_s, QT_TRANSLATE_NOOP("InsightResultView", "Retention")},
        {u"PathsQuery"_s, QT_TRANSLATE_NOOP("InsightResultView", "Paths")},
        {u"StickinessQuery"_s, QT_TRANSLATE_NOOP("InsightResultView", "Stickiness")},
        {u"LifecycleQuery"_s, QT_TRANSLATE_NOOP("InsightResultView", "Lifecycle")},
        {u"HogQLQuery"_s, QT_TRANSLATE_NOOP("InsightResultView", "SQL")},
        {u"EventsQuery"_s, QT_TRANSLATE_NOOP("InsightResultView", "Events table")},
    };
    const QString source = sourceKind(query);
    if (names.contains(source))
        return tr(names.value(source));
    return source.isEmpty() ? tr("Insight") : source;
}

QStringList InsightResultView::inferTypes(const QJsonArray &rows, int columns)
{
    QStringList types;
    const QJsonArray first = rows.isEmpty() ? QJsonArray() : rows.first().toArray();
    for (int c = 0; c < columns; ++c) {
        const QJsonValue v = first.at(c);
        if (v.isDouble())
            types.append(u"Float64"_s);
        else if (v.isString() && v.toString().size() >= 10 && ChartData::parseTime(v).isValid() && v.toString().at(4) == QLatin1Char('-'))
            types.append(v.toString().size() == 10 ? u"Date"_s : u"DateTime"_s);
        else
            types.append(u"String"_s);
    }
    return types;
}

ChartData InsightResultView::chart(const Insight &insight)
{
    const QJsonArray result = insight.result.toArray();
    const QString source = sourceKind(insight.query);
    ChartData data;
    if (result.isEmpty())
        return data;
    if (source == "TrendsQuery"_L1 || source == "StickinessQuery"_L1 || source == "LifecycleQuery"_L1) {
        data = ChartData::fromTrends(result);
        const QString display = insight.query.value("source"_L1).toObject().value("trendsFilter"_L1).toObject().value("display"_L1).toString();
        if (display == "BoldNumber"_L1 && data.series.size() == 1) {
            double total = 0;
            for (double v : data.series.first().values)
                total += std::isnan(v) ? 0 : v;
            data = ChartData::number(total, data.series.first().name);
        } else if (display.startsWith("ActionsBar"_L1)) {
            data.style = ChartData::Style::Bar;
        }
    } else if (source == "FunnelsQuery"_L1) {
        data = ChartData::fromFunnel(result);
    } else if (source == "RetentionQuery"_L1) {
        data = ChartData::fromRetention(result);
    } else if (result.first().isArray()) {
        const int columns = int(result.first().toArray().size());
        QStringList names = insight.columns;
        for (int c = int(names.size()); c < columns; ++c)
            names.append(u"column %1"_s.arg(c + 1));
        const QStringList types = inferTypes(result, columns);
        int x = -1, breakdown = -1;
        QList<int> values;
        if (ChartData::guessColumns(types, result, &x, &values, &breakdown))
            data = ChartData::fromRows(names, types, result, x, values, breakdown);
        else if (result.size() == 1 && result.first().toArray().first().isDouble())
            data = ChartData::number(result.first().toArray().first().toDouble(), names.first());
    }
    data.title = insight.displayName();
    return data;
}

QString InsightResultView::funnelMarkdown(const QJsonArray &result)
{
    const QJsonArray steps = !result.isEmpty() && result.first().isArray() ? result.first().toArray() : result;
    QString md = u"| %1 | %2 | %3 | %4 |\n|---|---:|---:|---:|\n"_s.arg(tr("Step"), tr("Persons"), tr("Of first step"), tr("Of previous step"));
    double first = 0, previous = 0;
    for (const QJsonValue &v : steps) {
        const QJsonObject step = v.toObject();
        const double count = step.value("count"_L1).toDouble();
        if (step.value("order"_L1).toInt() == 0)
            first = previous = count;
        const QString name
            = step.value("custom_name"_L1).toString().isEmpty() ? step.value("name"_L1).toString() : step.value("custom_name"_L1).toString();
        md += u"| %1. %2 | %3 | %4% | %5% |\n"_s.arg(step.value("order"_L1).toInt() + 1)
                  .arg(name, ChartAxis::formatExact(count), QLocale().toString(first > 0 ? 100 * count / first : 0, 'f', 1),
                       QLocale().toString(previous > 0 ? 100 * count / previous : 0, 'f', 1));
        previous = count;
    }
    if (!steps.isEmpty() && first > 0)
        md += u"\n"_s
              + tr("Overall conversion: %1%").arg(QLocale().toString(100 * steps.last().toObject().value("count"_L1).toDouble() / first, 'f', 1))
              + u"\n"_s;
    return md;
}

QString InsightResultView::trendsMarkdown(const QJsonArray &result)
{
    QString md;
    for (const QJsonValue &v : result) {
        const QJsonObject s = v.toObject();
        double total = s.value("count"_L1).toDouble();
        if (!s.contains("count"_L1))
            for (const QJsonValue &d : s.value("data"_L1).toArray())
                total += d.toDouble();
        md += u"- **%1**: %2\n"_s.arg(s.value("label"_L1).toString(), ChartAxis::formatExact(total));
    }
    return md;
}

QString InsightResultView::header(const Insight &insight)
{
    QString md = u"## %1\n\n"_s.arg(insight.displayName());
    if (!insight.description.isEmpty())
        md += insight.description + u"\n\n"_s;
    md += tr("**%1** · last modified %2").arg(kind(insight.query), ResourcePage::formatTime(insight.lastModifiedAt));
    if (insight.lastRefresh.isValid())
        md += tr(" · computed %1").arg(ResourcePage::formatTime(insight.lastRefresh));
    return md + u"\n\n"_s;
}

QString InsightResultView::markdown(const Insight &insight)
{
    QString md = header(insight);
    const QString source = sourceKind(insight.query);
    if (!insight.hogql().isEmpty())
        md += u"```sql\n%1\n```\n\n"_s.arg(insight.hogql());
    const QJsonArray result = insight.result.toArray();
    if (insight.result.isNull() || insight.result.isUndefined())
        return md + tr("No result computed yet: press Refresh to compute it.") + u"\n"_s;
    if (source == "FunnelsQuery"_L1)
        return md + funnelMarkdown(result);
    if (source == "RetentionQuery"_L1)
        return md
               + QCoreApplication::translate("InsightResultView", "%n cohort(s); each cell is the share of the cohort still active in that period.",
                                             nullptr, int(result.size()))
               + u"\n"_s;
    if (!result.isEmpty() && result.first().isArray()) {
        QStringList columns = insight.columns;
        for (qsizetype c = columns.size(); c < result.first().toArray().size(); ++c)
            columns.append(u"column %1"_s.arg(c + 1));
        return md + MarkdownRenderer::queryTable(columns, result, 6000);
    }
    return md + trendsMarkdown(result);
}
