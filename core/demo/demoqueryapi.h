#pragma once

#include "democall.h"
#include "demoreply.h"

class DemoDatabase;
class DemoQueryEngine;

// The endpoints the query engine answers: /api/environments/{team}/query/ (posthog/api/query.py)
// and error tracking issues (posthog/api/error_tracking.py), listed through ErrorTrackingQuery.
class DemoQueryApi
{
public:
    DemoQueryApi(const DemoDatabase &db, const DemoQueryEngine &queries);

    DemoReply query(const DemoCall &call) const;
    DemoReply cancelQuery(const DemoCall &call) const;
    DemoReply issues(const DemoCall &call) const;
    DemoReply issue(const DemoCall &call) const;
    DemoReply updateIssue(const DemoCall &call) const;

private:
    QJsonArray findIssue(const DemoCall &call) const; // the {id} issue, or nothing

    const DemoDatabase &m_db;
    const DemoQueryEngine &m_queries;
};
