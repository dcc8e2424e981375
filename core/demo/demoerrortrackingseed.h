#pragma once

#include <QSqlDatabase>
#include <QString>

// What error tracking keeps beside the events, as PostHog keeps it in Postgres: issue state
// (status; name and description once edited), assignments (ErrorTrackingIssueAssignment: a user
// or a role per issue) and the organizations' members an assignment may name (posthog/api/organization_member.py). Tables created and seeded once per generated
// database; the session copy is where assignments change.
class DemoErrorTrackingSeed
{
public:
    static bool create(QSqlDatabase &db, QString *error);
};
