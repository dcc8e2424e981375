#pragma once

#include "demoqueryengine.h"

// ErrorTrackingQuery (posthog/hogql_queries/error_tracking_query_runner.py): $exception events
// grouped by issue, with their status, aggregations and (by default) each issue's first event.
class DemoErrorTrackingQuery
{
public:
    explicit DemoErrorTrackingQuery(QString connectionName);

    DemoQueryEngine::Answer run(qint64 teamId, const QJsonObject &node) const;

private:
    void attachIssueEvents(qint64 teamId, const QString &from, const QString &to, bool first, bool last, QJsonArray *issues) const;
    QJsonValue issueEvent(qint64 teamId, const QString &issueId, const QString &from, const QString &to, bool first) const;

    QString m_connectionName;
};
