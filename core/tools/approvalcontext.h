#pragma once

#include "posthog/posthogconnection.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ApprovalRequest;
class PostHogToolset;

// What a person needs to judge one approval request, looked up asynchronously: the project,
// organization and region the call would act on, the objects it names (dashboard_id → the
// dashboard's name and link), and for updates the fields that would change, before → after.
// Until an answer arrives the ids stand in for names; changed() tells the view to redraw.
class ApprovalContext : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QString kind; // translated: "Dashboard", "Insight", "Feature flag", "Error issue"
        QString id;
        QString name; // empty until resolved (or when the lookup failed)
        QUrl url;
        QString problem; // why the name is missing, for people
    };
    struct Change
    {
        QString field; // translated label
        QString before; // empty while unknown
        QString after;
    };

    ApprovalContext(ApprovalRequest *request, PostHogToolset *toolset, QObject *parent = nullptr);

    // Starts the look-ups; changed() follows each answer.
    void resolve();

    QString projectName() const { return m_projectName; }
    QString organizationName() const { return m_organizationName; }
    PostHogConnection::Region region() const { return m_region; }
    bool isDemo() const { return m_region == PostHogConnection::Region::Demo; }
    QString regionLabel() const;
    QList<Target> targets() const { return m_targets; }
    QList<Change> changes() const { return m_changes; }
    bool changesResolved() const { return m_changesResolved; }
    // The stake in words: what happens if the person says yes, and how reversible it is.
    QString stakeInWords() const;
    // The tool in words (its title), never its snake_case name alone.
    QString actionInWords() const;

Q_SIGNALS:
    void changed();

private:
    void addTargets(qint64 projectId);
    void resolveDashboard(qint64 projectId, int index);
    void resolveInsight(qint64 projectId, int index);
    void resolveFlag(qint64 projectId, int index);
    void resolveIssue(qint64 projectId, int index);
    void setChanges(const QList<Change> &changes);
    void failTarget(int index, const QString &problem);
    // The requested value of every argument an update would apply, as text.
    QList<Change> requestedChanges(const QJsonObject &current) const;

    QPointer<ApprovalRequest> m_request;
    PostHogToolset *m_toolset;
    QString m_projectName;
    QString m_organizationName;
    PostHogConnection::Region m_region;
    QList<Target> m_targets;
    QList<Change> m_changes;
    bool m_changesResolved = false;
};
