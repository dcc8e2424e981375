#include "demodefinitionapi.h"

#include "demodatabase.h"
#include "demojson.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QJsonObject eventDefinition(const QString &name, const QString &lastSeen, const QString &created)
{
    return {{u"id"_s, QUuid::createUuidV5(QUuid(), name).toString(QUuid::WithoutBraces)},
            {u"name"_s, name},
            {u"description"_s, QJsonValue::Null},
            {u"tags"_s, QJsonArray()},
            {u"last_seen_at"_s, DemoJson::iso(lastSeen)},
            {u"created_at"_s, DemoJson::iso(created)},
            {u"last_updated_at"_s, DemoJson::iso(lastSeen)},
            {u"verified"_s, false},
            {u"hidden"_s, false},
            {u"is_action"_s, false},
            {u"post_to_slack"_s, false}};
}

// `event_names=["…"]`: only properties seen on those events.
QString eventNamesFilter(const DemoCall &call, QVariantList *binds)
{
    const QJsonArray eventNames = DemoJson::parse(call.param(u"event_names"_s)).toArray();
    if (eventNames.isEmpty())
        return {};
    QStringList marks;
    for (const QJsonValue &e : eventNames) {
        marks.append(u"?"_s);
        binds->append(e.toString());
    }
    return u" AND event IN (%1)"_s.arg(marks.join(QLatin1Char(',')));
}

} // namespace

DemoDefinitionApi::DemoDefinitionApi(const DemoDatabase &db)
    : m_db(db)
{ }

qint64 DemoDefinitionApi::count(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q = m_db.query();
    q.prepare(sql);
    return m_db.exec(q, binds) && q.next() ? q.value(0).toLongLong() : 0;
}

// event_definition.py: no volume_30_day/query_usage_30_day in current serializers;
// ordered by last_seen_at::date DESC, name.
DemoReply DemoDefinitionApi::eventDefinitions(const DemoCall &call) const
{
    const DemoCall::Paging p = call.paging();
    const QVariantList binds{call.team(), call.searchPattern()};
    const qint64 total = count(u"SELECT count(*) FROM event_definitions WHERE team_id = ? AND lower(name) LIKE ?"_s, binds);
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT name, last_seen_at, created_at FROM event_definitions WHERE team_id = ? AND lower(name) LIKE ?"
              " ORDER BY date(last_seen_at) DESC, name LIMIT ? OFFSET ?"_s);
    m_db.exec(q, binds + QVariantList{p.limit, p.offset});
    QJsonArray page;
    while (q.next())
        page.append(eventDefinition(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    return {200, call.listEnvelope(page, total, p.limit, p.offset)};
}

DemoReply DemoDefinitionApi::propertyDefinitions(const DemoCall &call) const
{
    const DemoCall::Paging p = call.paging();
    const QString type = call.param(u"type"_s).isEmpty() ? u"event"_s : call.param(u"type"_s);
    if (type != "event"_L1 && type != "person"_L1)
        return DemoReply::error(400, u"validation_error"_s, u"invalid_choice"_s, u"\"%1\" is not a valid choice."_s.arg(type.left(40)), u"type"_s);
    QVariantList binds{call.team(), type, call.searchPattern()};
    const QString where = u"team_id = ? AND type = ? AND lower(name) LIKE ?"_s + eventNamesFilter(call, &binds);
    const qint64 total = count(u"SELECT count(DISTINCT name) FROM property_definitions WHERE "_s + where, binds);
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT name, min(property_type) FROM property_definitions WHERE %1 GROUP BY name ORDER BY name LIMIT ? OFFSET ?"_s.arg(where));
    m_db.exec(q, binds + QVariantList{p.limit, p.offset});
    QJsonArray page;
    while (q.next()) {
        const QString name = q.value(0).toString();
        page.append(QJsonObject{{u"id"_s, QUuid::createUuidV5(QUuid(), type + name).toString(QUuid::WithoutBraces)},
                                {u"name"_s, name},
                                {u"property_type"_s, q.value(1).toString()},
                                {u"is_numerical"_s, q.value(1).toString() == "Numeric"_L1},
                                {u"hidden"_s, false}});
    }
    return {200, call.listEnvelope(page, total, p.limit, p.offset)};
}
