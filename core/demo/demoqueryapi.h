#pragma once

#include "democall.h"
#include "demoreply.h"

class DemoDatabase;
class DemoQueryEngine;

// The endpoint the query engine answers: /api/environments/{team}/query/ (posthog/api/query.py).
class DemoQueryApi
{
public:
    DemoQueryApi(const DemoDatabase &db, const DemoQueryEngine &queries);

    DemoReply query(const DemoCall &call) const;
    DemoReply cancelQuery(const DemoCall &call) const;

private:
    const DemoDatabase &m_db;
    const DemoQueryEngine &m_queries;
};
