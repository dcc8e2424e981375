#pragma once

#include "chartdata.h"

struct Insight;

// How a saved insight's result reads on a page: its kind in words (Trends, Funnel, Retention,
// SQL…), a chart of the result (trends as lines over their real days, funnels as step bars,
// retention as a cohort grid, SQL by its columns), and a Markdown summary with the exact
// numbers (a funnel's conversion, an SQL result's table under its real column names).
class InsightResultView
{
public:
    // The query node's kind as PostHog's UI names it ("TrendsQuery" → "Trends").
    static QString kind(const QJsonObject &query);
    static ChartData chart(const Insight &insight);
    static QString markdown(const Insight &insight);
    // The name, description, kind and dates, without the result.
    static QString header(const Insight &insight);
    // PostHog's row values carry no types: a column whose values read as dates is a date column.
    static QStringList inferTypes(const QJsonArray &rows, int columns);

private:
    static QString sourceKind(const QJsonObject &query);
    static QString funnelMarkdown(const QJsonArray &result);
    static QString trendsMarkdown(const QJsonArray &result);
};
