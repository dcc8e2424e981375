#pragma once

#include "demoqueryengine.h"

// LifecycleQuery (posthog/hogql_queries/insights/lifecycle/lifecycle_query_runner.py): per
// interval, the persons doing the event who are new (created in that interval and active in it
// first), returning (active in the interval before too), resurrecting (active after a gap) and
// dormant (active the interval before, not in this one: counted negative). One series.
class DemoLifecycleQuery
{
public:
    explicit DemoLifecycleQuery(QString connectionName);

    DemoQueryEngine::Answer run(qint64 teamId, const QJsonObject &node) const;

private:
    QString m_connectionName;
};
