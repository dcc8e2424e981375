#pragma once

#include "democall.h"
#include "demoreply.h"

#include <QJsonObject>

class DemoDatabase;

// Who the key belongs to and what it reaches: /api/users/@me/, /api/personal_api_keys/@current,
// organizations, their members and projects (posthog/api/user.py, organization.py,
// organization_member.py, team.py).
class DemoAccountApi
{
public:
    explicit DemoAccountApi(const DemoDatabase &db);

    DemoReply currentUser(const DemoCall &call) const;
    DemoReply currentKey(const DemoCall &call) const;
    DemoReply organizations(const DemoCall &call) const;
    DemoReply organization(const DemoCall &call) const;
    DemoReply organizationProjects(const DemoCall &call) const;
    DemoReply belowOrganization(const DemoCall &call) const;
    // posthog/api/organization_member.py: {id, user: {id, uuid, email, …}, level, joined_at, …}, newest first.
    DemoReply members(const DemoCall &call) const; // any other path under one
    DemoReply currentOrganizationProjects(const DemoCall &call) const; // RootProjectViewSet
    DemoReply project(const DemoCall &call) const;

private:
    QJsonObject projectJson(qint64 id) const;
    QJsonObject projectList(const DemoCall &call, const QString &organization) const;

    const DemoDatabase &m_db;
};
