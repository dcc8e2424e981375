#pragma once

#include <QJsonObject>
#include <QString>

// Our compact description of a product-analytics insight (kind, events, breakdown, interval,
// dates, compare, funnel window, retention events) and its translation into the nodes PostHog's
// schema defines (frontend/src/queries/schema/schema-general.ts: TrendsQuery, FunnelsQuery,
// RetentionQuery, LifecycleQuery, StickinessQuery). Agents write the short form; PostHog gets
// exactly its own shape, so the agent never loops on a rejected node schema.
class InsightQueryBuilder
{
public:
    // The input schema of run_insight_query (and of create_insight's `insight`).
    static QJsonObject inputSchema();
    // The node for `args`; empty with *error set when they do not describe a valid insight.
    static QJsonObject source(const QJsonObject &args, QString *error);
    // {"kind": "InsightVizNode", "source": …}: how a saved product insight stores its query.
    static QJsonObject vizNode(const QJsonObject &source);
};
