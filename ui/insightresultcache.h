#pragma once

#include "posthog/posthogclient.h"

#include <QHash>
#include <QObject>

// Insight results this session has already seen, shared by the Insights and Dashboards pages
// (one per client, its child). Reading an insight asks PostHog for its cached result first (no
// `refresh`: posthog/api/insight.py serves CACHE_ONLY_NEVER_CALCULATE then) and computes it
// (`refresh=blocking`) only when PostHog has none (posthog/hogql_queries/refresh_policy.py).
// Refresh on a page forgets them all, and from then on each insight is computed afresh
// (`force_blocking`) the first time it is shown, instead of served from PostHog's cache again.
class InsightResultCache : public QObject
{
    Q_OBJECT

public:
    static InsightResultCache *of(PostHogClient *client);

    void clear();
    // The insight with a result when one is known or can be had; `computing` is told first when
    // a computation has to run (the page says so while it waits).
    void fetch(qint64 projectId, qint64 insightId, QObject *context, std::function<void(const PostHogResult<Insight> &)> done,
               std::function<void()> computing = {});
    bool contains(qint64 projectId, qint64 insightId) const;
    int size() const { return int(m_insights.size()); }
    // A result PostHog sent along (a list, a dashboard tile) is as good as a fetched one, until
    // a Refresh asked for fresh ones.
    void offer(qint64 projectId, const Insight &insight);

private:
    explicit InsightResultCache(PostHogClient *client);
    static bool hasResult(const Insight &insight);
    void compute(qint64 projectId, qint64 insightId, QObject *context, std::function<void(const PostHogResult<Insight> &)> done);
    void keep(qint64 projectId, const Insight &insight);

    PostHogClient *m_client;
    QHash<QString, Insight> m_insights; // "project/insight"
    bool m_refreshed = false; // Refresh was asked for: compute, do not take PostHog's cache
};
