#pragma once

#include "demoqueryengine.h"

class QSqlQuery;

// ErrorTrackingQuery (posthog/hogql_queries/error_tracking_query_runner.py): $exception events
// grouped by issue, with their status, assignee, aggregations and (by default) each issue's first
// event; filterGroup's property filters narrow the events counted.
class DemoErrorTrackingQuery
{
public:
    explicit DemoErrorTrackingQuery(QString connectionName);

    DemoQueryEngine::Answer run(qint64 teamId, const QJsonObject &node) const;
    // An issue's `assignee` from the columns issue_id, user_id, role_id of error_issue_assignment.
    static QJsonValue assigneeJson(const QSqlQuery &row, int firstColumn);

private:
    void attachIssueEvents(qint64 teamId, const QString &from, const QString &to, bool first, bool last, QJsonArray *issues) const;
    QJsonValue issueEvent(qint64 teamId, const QString &issueId, const QString &from, const QString &to, bool first) const;

    QString m_connectionName;
};
