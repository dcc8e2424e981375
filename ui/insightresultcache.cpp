#include "insightresultcache.h"

#include "uilogging.h"

using namespace Qt::StringLiterals;

namespace {
QString key(qint64 projectId, qint64 insightId)
{
    return u"%1/%2"_s.arg(projectId).arg(insightId);
}
} // namespace

InsightResultCache::InsightResultCache(PostHogClient *client)
    : QObject(client)
    , m_client(client)
{
    setObjectName(u"insightResultCache"_s);
}

InsightResultCache *InsightResultCache::of(PostHogClient *client)
{
    if (auto *cache = client->findChild<InsightResultCache *>(u"insightResultCache"_s, Qt::FindDirectChildrenOnly))
        return cache;
    return new InsightResultCache(client); // owned by the client
}

bool InsightResultCache::hasResult(const Insight &insight)
{
    return !insight.result.isNull() && !insight.result.isUndefined();
}

void InsightResultCache::clear()
{
    m_insights.clear();
    m_refreshed = true;
}

bool InsightResultCache::contains(qint64 projectId, qint64 insightId) const
{
    return m_insights.contains(key(projectId, insightId));
}

void InsightResultCache::offer(qint64 projectId, const Insight &insight)
{
    if (!m_refreshed)
        keep(projectId, insight);
}

void InsightResultCache::keep(qint64 projectId, const Insight &insight)
{
    if (hasResult(insight))
        m_insights.insert(key(projectId, insight.id), insight);
}

void InsightResultCache::fetch(qint64 projectId, qint64 insightId, QObject *context, std::function<void(const PostHogResult<Insight> &)> done,
                               std::function<void()> computing)
{
    const auto known = m_insights.constFind(key(projectId, insightId));
    if (known != m_insights.cend())
        return done(PostHogResult<Insight>(*known));
    if (m_refreshed) {
        if (computing)
            computing();
        return compute(projectId, insightId, context, done);
    }
    m_client->insight(projectId, QString::number(insightId), false, context,
                      [this, projectId, insightId, context, done, computing](const PostHogResult<Insight> &cached) {
                          if (!cached.ok() || hasResult(cached.value())) {
                              if (cached.ok())
                                  keep(projectId, cached.value());
                              return done(cached);
                          }
                          if (computing)
                              computing();
                          compute(projectId, insightId, context, done);
                      });
}

void InsightResultCache::compute(qint64 projectId, qint64 insightId, QObject *context, std::function<void(const PostHogResult<Insight> &)> done)
{
    qCDebug(lcUi) << "insight" << insightId << (m_refreshed ? "refreshed: computing it afresh" : "has no cached result: computing it once");
    const QString refresh = m_refreshed ? u"force_blocking"_s : u"blocking"_s;
    m_client->insight(projectId, QString::number(insightId), refresh, context, [this, projectId, done](const PostHogResult<Insight> &computed) {
        if (computed.ok())
            keep(projectId, computed.value());
        done(computed);
    });
}
