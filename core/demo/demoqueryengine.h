#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Answers the demo backend's query endpoint: HogQLQuery (through HogQLTranslator), and the
// TrendsQuery, FunnelsQuery, RetentionQuery, LifecycleQuery, StickinessQuery, ErrorTrackingQuery and EventsQuery nodes the app's tools send, in PostHog's shapes.
class DemoQueryEngine
{
public:
    struct Answer
    {
        int status = 200;
        QJsonObject body;
    };

    explicit DemoQueryEngine(QString connectionName);

    Answer run(qint64 teamId, const QJsonObject &node) const;
    Answer hogql(qint64 teamId, const QString &sql) const;
    // A HogQLQuery node: its `filters` placeholders expanded as PostHog does, then hogql().
    Answer hogqlWithFilters(qint64 teamId, const QJsonObject &node) const;

    const QString &connectionName() const { return m_connectionName; }

    static QJsonObject errorBody(const QString &type, const QString &code, const QString &detail, const QString &attr = {});

private:
    Answer events(qint64 teamId, const QJsonObject &node) const;

    QString m_connectionName;
};
