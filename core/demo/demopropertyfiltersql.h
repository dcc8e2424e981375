#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QVariantList>

// PostHog property filters ({key, type, operator, value}) as SQLite conditions over the demo's
// events table, with property_to_expr's semantics (posthog/hogql/property.py): negative
// operators match events without the property, icontains is a case-insensitive LIKE with the
// value's own wildcards. Event and person filters; of hogql filters, the release test PostHog's
// MCP tool sends (services/mcp queryIssuesList.ts addReleaseFilter), since the demo's HogQL has
// no lambdas. Anything else is refused with a sentence saying what the demo supports.
class DemoPropertyFilterSql
{
public:
    struct Condition
    {
        QString sql; // "" when there is nothing to filter; else " AND (…) AND (…)"
        QVariantList binds;
        QString error; // why the filters were refused
        bool ok() const { return error.isEmpty(); }
    };

    // ErrorTrackingQuery.filterGroup as error_tracking_query_runner.py reads it: the first
    // group's filters, ANDed (the groups' own AND/OR types are not looked at).
    static Condition errorTrackingGroup(const QJsonValue &filterGroup);
    static Condition filters(const QJsonArray &filters);

private:
    static QString one(const QJsonObject &filter, QVariantList *binds, QString *error);
    static QString compare(const QString &value, const QString &op, const QJsonValue &operand, QVariantList *binds, QString *error);
    static QString release(const QString &hogql, QVariantList *binds, QString *error);
};
