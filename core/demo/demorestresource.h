#pragma once

#include "democall.h"
#include "demoreply.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>

class DemoDatabase;

// What PostHog's model viewsets for a project's rows (insights, dashboards, feature flags) have
// in common: a list in pages, retrieve, create, partial update, and soft delete as a PATCH of
// `deleted`. A resource says which table it keeps its rows in and what is particular to it.
class DemoRestResource
{
public:
    struct Fields // what a PATCH may change, by kind
    {
        QStringList text;
        QStringList flags; // booleans, stored 0/1
        QStringList json; // arrays and objects, stored as JSON text
    };
    using Columns = QList<std::pair<QString, QVariant>>;
    using Render = std::function<QJsonObject(qint64 id)>;

    DemoRestResource(const DemoDatabase &db, QString table, QString noun, Fields patchable);
    virtual ~DemoRestResource() = default;

    virtual DemoReply list(const DemoCall &call) const = 0;
    DemoReply retrieve(const DemoCall &call) const;
    DemoReply create(const DemoCall &call) const;
    DemoReply update(const DemoCall &call) const;

protected:
    // The answer to a create, to an update and (unless retrieved() says otherwise) to a retrieve.
    virtual QJsonObject detail(qint64 id) const = 0;
    virtual QJsonObject retrieved(const DemoCall &call, qint64 id) const;
    // A 400 for a body the resource refuses; `id` is 0 on create.
    virtual std::optional<DemoReply> validate(const DemoCall &call, const QJsonObject &body, qint64 id) const;
    virtual Columns insertColumns(const DemoCall &call, const QJsonObject &body) const = 0; // team_id is added
    virtual void updated(qint64 id) const;
    // feature_flag.py filters deleted flags out of the list only: a deleted flag stays readable.
    virtual bool deletedReadable() const { return false; }

    // One page of rows matching `where`, each rendered by `render`, in PostHog's envelope.
    QJsonObject page(const DemoCall &call, const QString &where, const QVariantList &binds, const QString &orderBy, const Render &render) const;

    const DemoDatabase &m_db;

private:
    std::optional<qint64> find(const DemoCall &call) const; // the {id} of this team's rows
    void patch(qint64 id, const QJsonObject &body) const;

    QString m_table;
    QString m_noun;
    Fields m_patchable;
};
