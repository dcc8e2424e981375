#include "demoinsightresource.h"

#include <QDateTime>

#include "demodatabase.h"
#include "demojson.h"
#include "demoqueryengine.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

QString newShortId()
{
    static const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
    QString shortId;
    for (int i = 0; i < 8; ++i)
        shortId += alphabet.at(int(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    return shortId;
}

// insight.py filter_queryset: search matches name, derived name, description and tags;
// saved=true means saved or on a dashboard, saved=false not saved.
QString listFilter(const DemoCall &call, QVariantList *binds)
{
    QString where = u"team_id = ? AND deleted = 0"_s;
    *binds = {call.team()};
    if (!call.param(u"search"_s).isEmpty()) {
        where += u" AND (lower(name) LIKE ? OR lower(description) LIKE ? OR lower(tags) LIKE ?)"_s;
        const QString pattern = call.searchPattern();
        *binds << pattern << pattern << pattern;
    }
    const QString shortId = call.param(u"short_id"_s);
    if (!shortId.isEmpty()) {
        where += u" AND short_id = ?"_s;
        *binds << shortId;
    }
    const QString saved = call.param(u"saved"_s).toLower();
    if (saved == "true"_L1 || saved == "1"_L1)
        where += u" AND (saved = 1 OR dashboards != '[]')"_s;
    else if (saved == "false"_L1 || saved == "0"_L1)
        where += u" AND saved = 0"_s;
    return where;
}

QJsonArray dashboardTiles(qint64 id, const QJsonArray &dashboards)
{
    QJsonArray tiles;
    for (const QJsonValue &d : dashboards)
        tiles.append(QJsonObject{{u"id"_s, d.toInteger() * 1000 + id}, {u"dashboard_id"_s, d}, {u"deleted"_s, false}});
    return tiles;
}

} // namespace

DemoInsightResource::DemoInsightResource(const DemoDatabase &db, const DemoQueryEngine &queries)
    : DemoRestResource(db, u"insights"_s, u"Insight"_s,
                       {{u"name"_s, u"description"_s}, {u"deleted"_s, u"favorited"_s, u"saved"_s}, {u"query"_s, u"tags"_s, u"dashboards"_s}})
    , m_queries(queries)
{ }

DemoReply DemoInsightResource::list(const DemoCall &call) const
{
    QVariantList binds;
    const QString where = listFilter(call, &binds);
    const bool basic = call.param(u"basic"_s) == "true"_L1;
    const Mode listMode = mode(call);
    return {200, page(call, where, binds, order(call), [this, listMode, basic](qint64 id) {
                QJsonObject insight = json(id, basic ? Mode::CacheOnly : listMode);
                if (basic) // InsightBasicSerializer has no result
                    insight.remove(u"result"_s);
                return insight;
            })};
}

DemoInsightResource::Mode DemoInsightResource::mode(const DemoCall &call)
{
    const QString refresh = call.param(u"refresh"_s);
    if (refresh == "true"_L1 || refresh == "force_blocking"_L1)
        return Mode::Always;
    static const QStringList ifStale{u"blocking"_s, u"async"_s, u"lazy_async"_s, u"force_async"_s, u"async_except_on_cache_miss"_s};
    return ifStale.contains(refresh) ? Mode::IfStale : Mode::CacheOnly;
}

// insight.py order_queryset: `order=` is any field (a leading '-' descends); without it, the
// legacy `order` column (NULLs last, as Postgres sorts them), not a date.
QString DemoInsightResource::order(const DemoCall &call)
{
    static const QStringList fields = {u"last_modified_at"_s, u"created_at"_s, u"name"_s, u"id"_s, u"last_viewed_at"_s, u"order"_s};
    QString order = call.param(u"order"_s);
    const bool descending = order.startsWith(QLatin1Char('-'));
    if (descending)
        order.remove(0, 1);
    if (order == "last_viewed_at"_L1)
        order = u"last_modified_at"_s;
    if (!fields.contains(order))
        return u"legacy_order IS NULL, legacy_order, id"_s;
    if (order == "order"_L1)
        order = u"legacy_order"_s;
    return u"%1 IS NULL, %1 %2, id %2"_s.arg(order, descending ? u"DESC"_s : u"ASC"_s);
}

QJsonObject DemoInsightResource::json(qint64 id, Mode mode) const
{
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT id, short_id, name, description, query, tags, dashboards, saved, favorited, deleted, created_at,"
              " last_modified_at, team_id, legacy_order FROM insights WHERE id = ?"_s);
    if (!m_db.exec(q, {id}) || !q.next())
        return {};
    const QJsonObject query = DemoJson::parse(q.value(4).toString()).toObject();
    const QJsonValue dashboards = DemoJson::parse(q.value(6).toString());
    QJsonObject json{{u"id"_s, q.value(0).toLongLong()},
                     {u"short_id"_s, q.value(1).toString()},
                     {u"name"_s, q.value(2).toString()},
                     {u"derived_name"_s, QJsonValue::Null},
                     {u"description"_s, q.value(3).toString()},
                     {u"query"_s, query},
                     {u"tags"_s, DemoJson::parse(q.value(5).toString())},
                     {u"dashboards"_s, dashboards},
                     {u"saved"_s, q.value(7).toBool()},
                     {u"favorited"_s, q.value(8).toBool()},
                     {u"deleted"_s, q.value(9).toBool()},
                     {u"created_at"_s, DemoJson::iso(q.value(10).toString())},
                     {u"last_modified_at"_s, DemoJson::iso(q.value(11).toString())},
                     {u"created_by"_s, DemoJson::creator()},
                     {u"last_modified_by"_s, DemoJson::creator()},
                     {u"updated_at"_s, DemoJson::iso(q.value(11).toString())},
                     {u"order"_s, q.value(13).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(13).toInt())},
                     {u"filters"_s, QJsonObject()}, // query-based insights carry empty legacy filters
                     {u"last_refresh"_s, QJsonValue::Null},
                     {u"is_cached"_s, false},
                     {u"is_sample"_s, false},
                     {u"timezone"_s, u"UTC"_s},
                     {u"result"_s, QJsonValue::Null},
                     {u"dashboard_tiles"_s, dashboardTiles(id, dashboards.toArray())}};
    if (!query.isEmpty())
        addResult(id, q.value(12).toLongLong(), query, mode, &json);
    return json;
}

void DemoInsightResource::addResult(qint64 id, qint64 team, const QJsonObject &query, Mode mode, QJsonObject *json) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto cached = m_cache.constFind(id);
    const bool fresh = cached != m_cache.cend() && now - cached->computedAtMs < staleAfterMs;
    const bool useCache = cached != m_cache.cend() && (mode == Mode::CacheOnly || (mode == Mode::IfStale && fresh));
    if (!useCache && mode != Mode::CacheOnly) {
        const DemoQueryEngine::Answer answer = m_queries.run(team, query);
        if (answer.status != 200)
            return;
        cached = m_cache.insert(id, {answer.body.value("results"_L1), answer.body.value("columns"_L1), answer.body.value("last_refresh"_L1), now});
    } else if (!useCache) {
        return; // cache only, and nothing cached: PostHog answers result null
    }
    json->insert(u"result"_s, cached->result);
    json->insert(u"last_refresh"_s, cached->lastRefresh);
    json->insert(u"is_cached"_s, useCache);
    if (!cached->columns.isUndefined())
        json->insert(u"columns"_s, cached->columns);
}

QJsonObject DemoInsightResource::detail(qint64 id) const
{
    return json(id, Mode::CacheOnly);
}

QJsonObject DemoInsightResource::retrieved(const DemoCall &call, qint64 id) const
{
    return json(id, mode(call));
}

// A query the demo cannot run is refused with the query endpoint's own answer.
std::optional<DemoReply> DemoInsightResource::validate(const DemoCall &call, const QJsonObject &body, qint64 id) const
{
    const QJsonObject query = body.value("query"_L1).toObject();
    if (id == 0 ? query.isEmpty() : !body.contains("query"_L1))
        return std::nullopt;
    const DemoQueryEngine::Answer check = m_queries.run(call.team(), query);
    if (check.status != 200)
        return DemoReply{check.status, check.body};
    return std::nullopt;
}

DemoRestResource::Columns DemoInsightResource::insertColumns(const DemoCall &call, const QJsonObject &body) const
{
    Q_UNUSED(call)
    return {{u"short_id"_s, newShortId()},
            {u"name"_s, body.value("name"_L1).toString()},
            {u"description"_s, body.value("description"_L1).toString()},
            {u"query"_s, DemoJson::compact(body.value("query"_L1).toObject())},
            {u"tags"_s, DemoJson::compact(body.value("tags"_L1).toArray())},
            {u"dashboards"_s, DemoJson::compact(body.value("dashboards"_L1).toArray())},
            {u"saved"_s, body.value("saved"_L1).toBool(true) ? 1 : 0},
            {u"created_at"_s, DemoJson::now()},
            {u"last_modified_at"_s, DemoJson::now()}};
}

void DemoInsightResource::updated(qint64 id) const
{
    m_cache.remove(id); // a changed query has no result yet
    QSqlQuery q = m_db.query();
    q.prepare(u"UPDATE insights SET last_modified_at = ? WHERE id = ?"_s);
    m_db.exec(q, {DemoJson::now(), id});
}
