#pragma once

#include "demoqueryengine.h"

#include <optional>

// TrendsQuery (posthog/hogql_queries/insights/trends/trends_query_runner.py,
// trends_query_builder.py, aggregation_operations.py): per series, a value per interval from
// date_from to date_to, optionally broken down by one event or person property (top
// breakdown_limit values, the rest as "Other"), optionally with the previous period. Counts,
// distinct persons and sessions and property sums run as HogQL through the engine, so they see
// exactly what a HogQL query would; quantiles and weekly/monthly active users are computed here.
class DemoTrendsQuery
{
public:
    explicit DemoTrendsQuery(const DemoQueryEngine &engine);

    DemoQueryEngine::Answer run(qint64 teamId, const QJsonObject &node) const;

private:
    std::optional<DemoQueryEngine::Answer> appendSeries(qint64 teamId, const QJsonObject &node, bool previous, QJsonArray *results,
                                                        bool *hasMore) const;

    const DemoQueryEngine &m_engine;
};
