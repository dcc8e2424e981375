#include "demoexperimentapi.h"

#include "demodatabase.h"
#include "demofeatureflagresource.h"
#include "demojson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonValue isoOrNull(const QVariant &stored)
{
    return stored.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(DemoJson::iso(stored.toString()));
}

QJsonValue textOrNull(const QVariant &stored)
{
    return stored.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(stored.toString());
}

QJsonArray metricUuids(const QJsonValue &metrics)
{
    QJsonArray uuids;
    for (const QJsonValue &m : metrics.toArray())
        uuids.append(m.toObject().value("uuid"_L1));
    return uuids;
}

// safely_get_queryset: `status` draft|running|complete (anything else: all), `archived`
// (default false) for the list only; `search` (name icontains) for the list and a retrieve alike.
QString listFilter(const DemoCall &call, QVariantList *binds)
{
    QString where = u"team_id = ? AND deleted = 0 AND lower(name) LIKE ?"_s;
    binds->append(call.team());
    binds->append(call.searchPattern());
    const QString status = call.param(u"status"_s).toLower();
    if (status == "draft"_L1)
        where += u" AND start_date IS NULL"_s;
    else if (status == "running"_L1)
        where += u" AND start_date IS NOT NULL AND end_date IS NULL"_s;
    else if (status == "complete"_L1)
        where += u" AND end_date IS NOT NULL"_s;
    where += u" AND archived = ?"_s;
    binds->append(call.param(u"archived"_s).toLower() == "true"_L1 ? 1 : 0);
    return where;
}

} // namespace

DemoExperimentApi::DemoExperimentApi(const DemoDatabase &db)
    : m_db(db)
{ }

// ordering = "-created_at"; DRF's limit/offset pages of 100.
DemoReply DemoExperimentApi::list(const DemoCall &call) const
{
    const DemoCall::Paging p = call.paging();
    QVariantList binds;
    const QString where = listFilter(call, &binds);
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT count(*) FROM experiments WHERE "_s + where);
    const qint64 count = m_db.exec(q, binds) && q.next() ? q.value(0).toLongLong() : 0;
    q.prepare(u"SELECT id FROM experiments WHERE %1 ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"_s.arg(where));
    m_db.exec(q, binds + QVariantList{p.limit, p.offset});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QJsonArray rows;
    for (qint64 id : std::as_const(ids))
        rows.append(detail(id));
    return {200, call.listEnvelope(rows, count, p.limit, p.offset)};
}

DemoReply DemoExperimentApi::retrieve(const DemoCall &call) const
{
    bool numeric = false;
    const qint64 id = call.id().toLongLong(&numeric);
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT id FROM experiments WHERE id = ? AND team_id = ? AND deleted = 0 AND lower(name) LIKE ?"_s);
    if (!numeric || !m_db.exec(q, {id, call.team(), call.searchPattern()}) || !q.next())
        return DemoReply::notFound(u"Experiment"_s);
    return {200, detail(id)};
}

QJsonObject DemoExperimentApi::detail(qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT id, name, description, feature_flag_id, start_date, end_date, parameters, metrics, metrics_secondary,"
              " exposure_criteria, stats_config, type, archived, deleted, conclusion, conclusion_comment, created_at, updated_at"
              " FROM experiments WHERE id = ?"_s);
    if (!m_db.exec(q, {id}) || !q.next())
        return {};
    const QJsonObject featureFlag = flag(q.value(3).toLongLong());
    const QJsonValue metrics = DemoJson::parse(q.value(7).toString());
    const QJsonValue secondary = DemoJson::parse(q.value(8).toString());
    return {{u"id"_s, q.value(0).toLongLong()},
            {u"name"_s, q.value(1).toString()},
            {u"description"_s, textOrNull(q.value(2))},
            {u"start_date"_s, isoOrNull(q.value(4))},
            {u"end_date"_s, isoOrNull(q.value(5))},
            {u"feature_flag_key"_s, featureFlag.value("key"_L1)},
            {u"feature_flag"_s, featureFlag},
            {u"holdout"_s, QJsonValue::Null},
            {u"holdout_id"_s, QJsonValue::Null},
            {u"exposure_cohort"_s, QJsonValue::Null},
            {u"parameters"_s, DemoJson::parse(q.value(6).toString())},
            {u"secondary_metrics"_s, QJsonArray()},
            {u"saved_metrics"_s, QJsonArray()},
            {u"saved_metrics_ids"_s, QJsonValue::Null},
            {u"filters"_s, QJsonObject()},
            {u"archived"_s, q.value(12).toBool()},
            {u"deleted"_s, q.value(13).toBool()},
            {u"created_by"_s, DemoJson::creator()},
            {u"created_at"_s, isoOrNull(q.value(16))},
            {u"updated_at"_s, isoOrNull(q.value(17))},
            {u"type"_s, q.value(11).toString()},
            {u"exposure_criteria"_s, DemoJson::parse(q.value(9).toString())},
            {u"metrics"_s, metrics},
            {u"metrics_secondary"_s, secondary},
            {u"stats_config"_s, DemoJson::parse(q.value(10).toString())},
            {u"conclusion"_s, textOrNull(q.value(14))},
            {u"conclusion_comment"_s, textOrNull(q.value(15))},
            {u"primary_metrics_ordered_uuids"_s, metricUuids(metrics)},
            {u"secondary_metrics_ordered_uuids"_s, metricUuids(secondary)},
            {u"user_access_level"_s, u"editor"_s}};
}

QJsonObject DemoExperimentApi::flag(qint64 flagId) const
{
    return DemoFeatureFlagResource::minimal(m_db, flagId);
}
