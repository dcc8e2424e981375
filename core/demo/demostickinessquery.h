#pragma once

#include "demoqueryengine.h"

#include <optional>

// StickinessQuery (posthog/hogql_queries/insights/stickiness/stickiness_query_runner.py): per
// series, how many persons did the event in exactly 1, 2, … N intervals of the range
// (cumulative: in at least that many), optionally with the previous period.
class DemoStickinessQuery
{
public:
    explicit DemoStickinessQuery(QString connectionName);

    DemoQueryEngine::Answer run(qint64 teamId, const QJsonObject &node) const;

private:
    std::optional<DemoQueryEngine::Answer> seriesResult(qint64 teamId, const QJsonObject &node, int order, bool previous, QJsonObject *result) const;

    QString m_connectionName;
};
