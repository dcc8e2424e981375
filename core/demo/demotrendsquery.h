#pragma once

#include "demoqueryengine.h"

// TrendsQuery (posthog/hogql_queries/insights/trends/trends_query_runner.py): per series, a
// value per interval from date_from to date_to, optionally broken down by one property. Runs
// as HogQL through the engine, so it sees exactly what a HogQL query would.
class DemoTrendsQuery
{
public:
    explicit DemoTrendsQuery(const DemoQueryEngine &engine);

    DemoQueryEngine::Answer run(qint64 teamId, const QJsonObject &node) const;

private:
    const DemoQueryEngine &m_engine;
};
