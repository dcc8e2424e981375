#pragma once

#include "demoqueryengine.h"

// FunnelsQuery (posthog/hogql_queries/insights/funnels: funnels_query_runner.py, base.py,
// funnel.py): an ordered funnel per person within the conversion window, every step inside
// the date range; each person counts once, at the deepest step reached from any start. Steps
// are EventsNodes; one optional breakdown, first-touch attributed.
class DemoFunnelQuery
{
public:
    explicit DemoFunnelQuery(QString connectionName);

    DemoQueryEngine::Answer run(qint64 teamId, const QJsonObject &node) const;

private:
    QString m_connectionName;
};
