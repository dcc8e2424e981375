#include "demorestresource.h"

#include "demodatabase.h"
#include "demojson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

DemoRestResource::DemoRestResource(const DemoDatabase &db, QString table, QString noun, Fields patchable)
    : m_db(db)
    , m_table(std::move(table))
    , m_noun(std::move(noun))
    , m_patchable(std::move(patchable))
{ }

QJsonObject DemoRestResource::retrieved(const DemoCall &call, qint64 id) const
{
    Q_UNUSED(call)
    return detail(id);
}

std::optional<DemoReply> DemoRestResource::validate(const DemoCall &call, const QJsonObject &body, qint64 id) const
{
    Q_UNUSED(call)
    Q_UNUSED(body)
    Q_UNUSED(id)
    return std::nullopt;
}

void DemoRestResource::updated(qint64 id) const
{
    Q_UNUSED(id)
}

DemoReply DemoRestResource::retrieve(const DemoCall &call) const
{
    const std::optional<qint64> id = find(call);
    if (!id)
        return DemoReply::notFound(m_noun);
    return {200, retrieved(call, *id)};
}

DemoReply DemoRestResource::create(const DemoCall &call) const
{
    const std::optional<QJsonObject> body = call.jsonBody();
    if (!body)
        return DemoReply::badBody();
    if (std::optional<DemoReply> refused = validate(call, *body, 0))
        return *refused;
    Columns columns = insertColumns(call, *body);
    columns.prepend({u"team_id"_s, call.team()});
    QStringList names, marks;
    QVariantList binds;
    for (const auto &[name, value] : std::as_const(columns)) {
        names.append(name);
        marks.append(u"?"_s);
        binds.append(value);
    }
    QSqlQuery q = m_db.query();
    q.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(m_table, names.join(u", "_s), marks.join(u", "_s)));
    if (!m_db.exec(q, binds))
        return DemoReply::serverError();
    return {201, detail(q.lastInsertId().toLongLong())};
}

DemoReply DemoRestResource::update(const DemoCall &call) const
{
    const std::optional<qint64> id = find(call);
    if (!id)
        return DemoReply::notFound(m_noun);
    const std::optional<QJsonObject> body = call.jsonBody();
    if (!body)
        return DemoReply::badBody();
    if (std::optional<DemoReply> refused = validate(call, *body, *id))
        return *refused;
    patch(*id, *body);
    updated(*id);
    return {200, detail(*id)};
}

std::optional<qint64> DemoRestResource::find(const DemoCall &call) const
{
    bool ok = false;
    const qint64 id = call.id().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT id FROM %1 WHERE id = ? AND team_id = ?%2"_s.arg(m_table, deletedReadable() ? QString() : u" AND deleted = 0"_s));
    if (!m_db.exec(q, {id, call.team()}) || !q.next())
        return std::nullopt;
    return id;
}

// Each field the body names, by its kind; the column names come from our own lists only.
void DemoRestResource::patch(qint64 id, const QJsonObject &body) const
{
    QSqlQuery q = m_db.query();
    auto set = [&](const QString &field, const QVariant &value) {
        q.prepare(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(m_table, field));
        m_db.exec(q, {value, id});
    };
    for (const QString &field : m_patchable.text) {
        if (body.contains(field))
            set(field, body.value(field).toString());
    }
    for (const QString &field : m_patchable.flags) {
        if (body.contains(field))
            set(field, body.value(field).toBool() ? 1 : 0);
    }
    for (const QString &field : m_patchable.json) {
        if (body.contains(field))
            set(field, DemoJson::compact(body.value(field)));
    }
}

QJsonObject DemoRestResource::page(const DemoCall &call, const QString &where, const QVariantList &binds, const QString &orderBy,
                                   const Render &render) const
{
    const DemoCall::Paging p = call.paging();
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT count(*) FROM %1 WHERE %2"_s.arg(m_table, where));
    const qint64 count = m_db.exec(q, binds) && q.next() ? q.value(0).toLongLong() : 0;
    q.prepare(u"SELECT id FROM %1 WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?"_s.arg(m_table, where, orderBy));
    m_db.exec(q, binds + QVariantList{p.limit, p.offset});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QJsonArray rows;
    for (qint64 id : std::as_const(ids))
        rows.append(render(id));
    return call.listEnvelope(rows, count, p.limit, p.offset);
}
