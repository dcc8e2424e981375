#pragma once

#include "demorestresource.h"

#include <QHash>
#include <QJsonValue>

class DemoQueryEngine;

// /api/projects/{team}/insights/ (posthog/api/insight.py): saved queries, with PostHog's result
// cache. `refresh` picks the execution mode as execution_mode_from_refresh does
// (posthog/hogql_queries/query_runner.py): absent, "false" or "force_cache" answers from the cache
// only (a null result on a miss), "blocking" and the async modes compute on a miss or a stale entry
// (the demo computes at once), "force_blocking" and "true" always compute.
class DemoInsightResource : public DemoRestResource
{
public:
    enum class Mode { CacheOnly, IfStale, Always };

    DemoInsightResource(const DemoDatabase &db, const DemoQueryEngine &queries);

    DemoReply list(const DemoCall &call) const override;
    // InsightSerializer's fields, `result` as `mode` allows.
    QJsonObject json(qint64 id, Mode mode) const;
    // The demo's staleness for every interval (PostHog's thresholds depend on the interval).
    static constexpr qint64 staleAfterMs = 15 * 60 * 1000;

protected:
    QJsonObject detail(qint64 id) const override;
    QJsonObject retrieved(const DemoCall &call, qint64 id) const override;
    std::optional<DemoReply> validate(const DemoCall &call, const QJsonObject &body, qint64 id) const override;
    Columns insertColumns(const DemoCall &call, const QJsonObject &body) const override;
    void updated(qint64 id) const override;

private:
    static QString order(const DemoCall &call);
    static Mode mode(const DemoCall &call);
    void addResult(qint64 id, qint64 team, const QJsonObject &query, Mode mode, QJsonObject *json) const;

    struct Cached
    {
        QJsonValue result;
        QJsonValue columns;
        QJsonValue lastRefresh;
        qint64 computedAtMs = 0;
    };
    const DemoQueryEngine &m_queries;
    // Only the demo's server thread reads and writes it (every request runs there).
    mutable QHash<qint64, Cached> m_cache;
};
