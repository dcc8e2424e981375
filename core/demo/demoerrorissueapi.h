#pragma once

#include "democall.h"
#include "demoreply.h"

#include <QJsonObject>

#include <optional>

class DemoDatabase;

// /api/environments/{team}/error_tracking/issues/ as ErrorTrackingIssueViewSet answers it
// (products/error_tracking/backend/api/issues.py): list and retrieve in its read serializers,
// partial_update (ErrorTrackingIssueUpdateSerializer: status, name, description; DRF's
// validation wording) and the assign action ({"assignee": {id, type} | null} → {"success": true},
// the assignee checked against the organization, logic.py IssueAssignmentService). The body is
// validated before the issue is looked up, as @validated_request does; unknown issues are 404
// "Issue not found", an id that is no uuid a 500 (UUID() raises before the lookup).
class DemoErrorIssueApi
{
public:
    explicit DemoErrorIssueApi(const DemoDatabase &db);

    DemoReply list(const DemoCall &call) const;
    DemoReply retrieve(const DemoCall &call) const;
    DemoReply update(const DemoCall &call) const;
    DemoReply assign(const DemoCall &call) const;

private:
    QList<QJsonObject> issues(qint64 team, const QString &issueId) const; // one (issueId) or all of the project's
    std::optional<DemoReply> refusedAssignee(const DemoCall &call, const QJsonObject &assignee) const;

    const DemoDatabase &m_db;
};
