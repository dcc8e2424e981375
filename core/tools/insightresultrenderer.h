#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QString>

// PostHog's answers to product-analytics nodes as Markdown within a character budget: trends
// as series tables (current vs previous with compare), funnels as steps with conversion and
// drop-off, retention as a cohort grid, lifecycle per interval, stickiness per number of
// intervals. `results` is the answer's `results`; `kind` the node's kind.
class InsightResultRenderer
{
public:
    static QString render(const QString &kind, const QJsonArray &results, int budgetChars, const QDateTime &now = QDateTime::currentDateTimeUtc());

    static QString trends(const QJsonArray &results, int budgetChars);
    static QString funnel(const QJsonArray &results, int budgetChars);
    static QString retention(const QJsonArray &results, int budgetChars, const QDateTime &now);
    static QString lifecycle(const QJsonArray &results, int budgetChars);
    static QString stickiness(const QJsonArray &results, int budgetChars);
};
