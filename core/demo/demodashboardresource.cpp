#include "demodashboardresource.h"

#include "demodatabase.h"
#include "demoinsightresource.h"
#include "demojson.h"

using namespace Qt::StringLiterals;

namespace {

// DashboardTileSerializer's fields, laid out two tiles a row.
QJsonObject tile(int order, qint64 tileId, const QJsonValue &insight, const QJsonValue &text)
{
    const QJsonObject layout{{u"x"_s, (order % 2) * 6}, {u"y"_s, (order / 2) * 5}, {u"w"_s, 6}, {u"h"_s, 5}};
    return {{u"id"_s, tileId},
            {u"order"_s, order},
            {u"layouts"_s, QJsonObject{{u"sm"_s, layout}}},
            {u"color"_s, QJsonValue::Null},
            {u"insight"_s, insight},
            {u"text"_s, text},
            {u"deleted"_s, false},
            {u"is_cached"_s, false},
            {u"last_refresh"_s, QJsonValue::Null},
            {u"show_description"_s, true},
            {u"filters_overrides"_s, QJsonObject()}};
}

} // namespace

DemoDashboardResource::DemoDashboardResource(const DemoDatabase &db, const DemoInsightResource &insights)
    : DemoRestResource(db, u"dashboards"_s, u"Dashboard"_s, {{u"name"_s, u"description"_s}, {u"pinned"_s, u"deleted"_s}, {u"tags"_s}})
    , m_insights(insights)
{ }

// DashboardsViewSet.filter_queryset handles only `tags`: `search` is ignored, as on PostHog.
DemoReply DemoDashboardResource::list(const DemoCall &call) const
{
    return {200,
            page(call, u"team_id = ? AND deleted = 0"_s, {call.team()}, u"pinned DESC, name, id"_s, [this](qint64 id) { return json(id, false); })};
}

QJsonObject DemoDashboardResource::detail(qint64 id) const
{
    return json(id, true);
}

QJsonObject DemoDashboardResource::retrieved(const DemoCall &call, qint64 id) const
{
    Q_UNUSED(call)
    QSqlQuery q = m_db.query();
    q.prepare(u"UPDATE dashboards SET last_accessed_at = ? WHERE id = ?"_s); // as PostHog's retrieve does
    m_db.exec(q, {DemoJson::now(), id});
    return json(id, true);
}

std::optional<DemoReply> DemoDashboardResource::validate(const DemoCall &call, const QJsonObject &body, qint64 id) const
{
    Q_UNUSED(call)
    if (id == 0 && body.value("name"_L1).toString().trimmed().isEmpty())
        return DemoReply::error(400, u"validation_error"_s, u"required"_s, u"This field is required."_s, u"name"_s);
    return std::nullopt;
}

DemoRestResource::Columns DemoDashboardResource::insertColumns(const DemoCall &call, const QJsonObject &body) const
{
    Q_UNUSED(call)
    return {{u"name"_s, body.value("name"_L1).toString()},
            {u"description"_s, body.value("description"_L1).toString()},
            {u"pinned"_s, body.value("pinned"_L1).toBool() ? 1 : 0},
            {u"tags"_s, DemoJson::compact(body.value("tags"_L1).toArray())},
            {u"created_at"_s, DemoJson::now()},
            {u"last_accessed_at"_s, DemoJson::now()}};
}

QJsonObject DemoDashboardResource::json(qint64 id, bool withTiles) const
{
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT id, name, description, pinned, tags, deleted, created_at, last_accessed_at FROM dashboards WHERE id = ?"_s);
    if (!m_db.exec(q, {id}) || !q.next())
        return {};
    QJsonObject json{{u"id"_s, q.value(0).toLongLong()},
                     {u"name"_s, q.value(1).toString()},
                     {u"description"_s, q.value(2).toString()},
                     {u"pinned"_s, q.value(3).toBool()},
                     {u"tags"_s, DemoJson::parse(q.value(4).toString())},
                     {u"deleted"_s, q.value(5).toBool()},
                     {u"created_at"_s, DemoJson::iso(q.value(6).toString())},
                     {u"last_accessed_at"_s, DemoJson::iso(q.value(7).toString())},
                     {u"created_by"_s, DemoJson::creator()}};
    if (withTiles)
        json.insert(u"tiles"_s, tiles(id));
    return json;
}

QList<qint64> DemoDashboardResource::insightIds(qint64 dashboard) const
{
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT i.id FROM insights AS i, json_each(i.dashboards) AS d WHERE d.value = ? AND i.deleted = 0 ORDER BY i.id"_s);
    m_db.exec(q, {dashboard});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

// PostHog keeps the insight-dashboard link on the insight, so insight tiles are derived from
// it; text tiles live in their own table.
QJsonArray DemoDashboardResource::tiles(qint64 dashboard) const
{
    QJsonArray tiles;
    for (qint64 insightId : insightIds(dashboard))
        tiles.append(tile(int(tiles.size()), dashboard * 1000 + insightId, m_insights.json(insightId, DemoInsightResource::Mode::CacheOnly),
                          QJsonValue::Null));
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT id, body, created_at FROM dashboard_texts WHERE dashboard_id = ? ORDER BY id"_s);
    m_db.exec(q, {dashboard});
    while (q.next()) {
        const QJsonObject text{{u"id"_s, q.value(0).toLongLong()},
                               {u"body"_s, q.value(1).toString()},
                               {u"created_by"_s, DemoJson::creator()},
                               {u"last_modified_at"_s, DemoJson::iso(q.value(2).toString())},
                               {u"last_modified_by"_s, QJsonValue::Null}};
        tiles.append(tile(int(tiles.size()), 900000 + q.value(0).toLongLong(), QJsonValue::Null, text));
    }
    return tiles;
}
