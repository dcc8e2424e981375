#include "demofeatureflagresource.h"

#include "demodatabase.h"
#include "demojson.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// FeatureFlagSerializer.get_is_simple_flag: one group without properties, no variants.
bool isSimpleFlag(const QJsonObject &filters)
{
    const QJsonArray groups = filters.value("groups"_L1).toArray();
    return groups.size() == 1 && groups.first().toObject().value("properties"_L1).toArray().isEmpty() && !filters.contains("multivariate"_L1);
}

QJsonValue simpleRollout(const QJsonObject &filters)
{
    if (!isSimpleFlag(filters))
        return QJsonValue::Null;
    return filters.value("groups"_L1).toArray().first().toObject().value("rollout_percentage"_L1);
}

DemoReply invalidKey()
{
    return DemoReply::error(400, u"validation_error"_s, u"invalid_key"_s,
                            u"Only letters, numbers, hyphens (\"-\") & underscores (\"_\") are allowed."_s, u"key"_s);
}

} // namespace

DemoFeatureFlagResource::DemoFeatureFlagResource(const DemoDatabase &db)
    : DemoRestResource(db, u"feature_flags"_s, u"Feature flag"_s, {{u"key"_s, u"name"_s}, {u"active"_s, u"deleted"_s}, {u"filters"_s, u"tags"_s}})
{ }

DemoReply DemoFeatureFlagResource::list(const DemoCall &call) const
{
    const QString search = call.searchPattern();
    return {200, page(call, u"team_id = ? AND deleted = 0 AND (lower(key) LIKE ? OR lower(name) LIKE ?)"_s, {call.team(), search, search}, u"id"_s,
                      [this](qint64 id) { return detail(id); })};
}

QJsonObject DemoFeatureFlagResource::detail(qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT id, key, name, active, deleted, filters, tags, created_at FROM feature_flags WHERE id = ?"_s);
    if (!m_db.exec(q, {id}) || !q.next())
        return {};
    const QJsonObject filters = DemoJson::parse(q.value(5).toString()).toObject();
    return {{u"id"_s, q.value(0).toLongLong()},
            {u"key"_s, q.value(1).toString()},
            {u"name"_s, q.value(2).toString()},
            {u"active"_s, q.value(3).toBool()},
            {u"deleted"_s, q.value(4).toBool()},
            {u"filters"_s, DemoJson::parse(q.value(5).toString())},
            {u"tags"_s, DemoJson::parse(q.value(6).toString())},
            {u"created_at"_s, DemoJson::iso(q.value(7).toString())},
            {u"created_by"_s, DemoJson::creator()},
            {u"ensure_experience_continuity"_s, false},
            {u"is_simple_flag"_s, isSimpleFlag(filters)},
            {u"rollout_percentage"_s, simpleRollout(filters)},
            {u"version"_s, 1},
            {u"last_modified_by"_s, DemoJson::creator()}};
}

// A create needs a valid key; an update checks the key only when it changes it.
std::optional<DemoReply> DemoFeatureFlagResource::validate(const DemoCall &call, const QJsonObject &body, qint64 id) const
{
    static const QRegularExpression validKey(u"^[A-Za-z0-9_-]{1,400}$"_s);
    if (id != 0 && !body.contains("key"_L1))
        return std::nullopt;
    const QString key = body.value("key"_L1).toString();
    if (!validKey.match(key).hasMatch())
        return invalidKey();
    if (keyTaken(call.team(), key, id == 0 ? -1 : id))
        return DemoReply::error(400, u"validation_error"_s, u"unique"_s, u"There is already a feature flag with this key."_s, u"key"_s);
    return std::nullopt;
}

bool DemoFeatureFlagResource::keyTaken(qint64 team, const QString &key, qint64 except) const
{
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT 1 FROM feature_flags WHERE team_id = ? AND key = ? AND deleted = 0 AND id != ?"_s);
    return m_db.exec(q, {team, key, except}) && q.next();
}

DemoRestResource::Columns DemoFeatureFlagResource::insertColumns(const DemoCall &call, const QJsonObject &body) const
{
    Q_UNUSED(call)
    const QJsonValue filters = body.value("filters"_L1);
    return {{u"key"_s, body.value("key"_L1).toString()},
            {u"name"_s, body.value("name"_L1).toString()},
            {u"active"_s, body.value("active"_L1).toBool(true) ? 1 : 0},
            {u"filters"_s, DemoJson::compact(filters.isObject() ? filters.toObject() : QJsonObject{{u"groups"_s, QJsonArray()}})},
            {u"tags"_s, DemoJson::compact(body.value("tags"_L1).toArray())},
            {u"created_at"_s, DemoJson::now()}};
}

QJsonObject DemoFeatureFlagResource::minimal(const DemoDatabase &db, qint64 flagId)
{
    QSqlQuery q = db.query();
    q.prepare(u"SELECT id, team_id, name, key, filters, deleted, active FROM feature_flags WHERE id = ?"_s);
    if (!db.exec(q, {flagId}) || !q.next())
        return {};
    return {{u"id"_s, q.value(0).toLongLong()},
            {u"team_id"_s, q.value(1).toLongLong()},
            {u"name"_s, q.value(2).toString()},
            {u"key"_s, q.value(3).toString()},
            {u"filters"_s, DemoJson::parse(q.value(4).toString())},
            {u"deleted"_s, q.value(5).toBool()},
            {u"active"_s, q.value(6).toBool()},
            {u"ensure_experience_continuity"_s, false},
            {u"has_encrypted_payloads"_s, false},
            {u"version"_s, 1},
            {u"evaluation_runtime"_s, u"all"_s},
            {u"evaluation_tags"_s, QJsonArray()}};
}
