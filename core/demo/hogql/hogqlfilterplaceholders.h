#pragma once

#include <QJsonObject>
#include <QString>

// PostHog's HogQLQuery `filters` placeholders (posthog/hogql/filters.py, ReplaceFilters):
// `{filters}` becomes the conjunction of the query's dateRange and, with filterTestAccounts, the
// team's test account filters; `{filters.dateRange.from}` and `{filters.dateRange.to}` become the
// bounds. The demo expands them in the HogQL text before translating it, outside string literals.
class HogQLFilterPlaceholders
{
public:
    struct Expansion
    {
        QString hogql;
        QString error; // PostHog's wording where it has one
        bool ok() const { return error.isEmpty(); }
    };

    // `testAccountCondition`: the team's test account filters as one HogQL boolean expression.
    static Expansion expand(const QString &hogql, const QJsonObject &filters, const QString &testAccountCondition);
    // "-7d", "-24h", "-2w", "-3m", "-1y", "all" or an ISO date/time, as a HogQL expression
    // (days and longer start at midnight, as PostHog's relative_date_parse does); empty when invalid.
    static QString dateExpression(const QString &date);

private:
    static QString filtersExpression(const QJsonObject &filters, const QString &testAccountCondition, QString *error);
    static QString boundExpression(const QJsonObject &filters, const QString &field, QString *error);
};
