#include "demoerrortrackingseed.h"

#include "demobackend.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

struct MemberSeed
{
    int userId;
    const char *email;
    const char *firstName;
    const char *lastName;
    int level; // OrganizationMembership.Level: 1 member, 8 admin, 15 owner
    bool secondOrganization;
};

// User 1 is the demo's own user (/api/users/@me/, the keys' user_id); user 5 belongs to the
// second organization only, so assigning them in the first is refused as PostHog refuses it.
const MemberSeed members[] = {
    {1, "demo@hedgebox.example", "Demo", "User", 15, false},       {2, "alex.chen@hedgebox.example", "Alex", "Chen", 8, false},
    {3, "sam.okafor@hedgebox.example", "Sam", "Okafor", 1, false}, {4, "priya.nair@hedgebox.example", "Priya", "Nair", 1, false},
    {1, "demo@hedgebox.example", "Demo", "User", 1, true},         {5, "lee.morgan@hedgebox-labs.example", "Lee", "Morgan", 15, true},
};

bool run(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

bool DemoErrorTrackingSeed::create(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    // Issue ids are unique across projects, as PostHog's uuids are.
    if (!run(q, u"CREATE TABLE error_issue_status (id TEXT PRIMARY KEY, status TEXT, name TEXT, description TEXT)"_s, error)
        || !run(q, u"CREATE TABLE error_issue_assignment (issue_id TEXT PRIMARY KEY, user_id INTEGER, role_id TEXT)"_s, error)
        || !run(q,
                u"CREATE TABLE organization_members (organization_id TEXT, user_id INTEGER, membership_id TEXT, user_uuid TEXT,"
                " email TEXT, first_name TEXT, last_name TEXT, level INTEGER, joined_at TEXT, PRIMARY KEY (organization_id, user_id))"_s,
                error))
        return false;
    q.prepare(u"INSERT INTO organization_members VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    int joined = 0;
    for (const MemberSeed &m : members) {
        const QString organization = m.secondOrganization ? DemoBackend::secondOrganizationId() : DemoBackend::organizationId();
        q.addBindValue(organization);
        q.addBindValue(m.userId);
        q.addBindValue(u"0190a7c5-0000-7000-8000-%1"_s.arg(++joined, 12, 10, QLatin1Char('0')));
        q.addBindValue(u"0190a7c5-1000-7000-8000-%1"_s.arg(m.userId, 12, 10, QLatin1Char('0')));
        q.addBindValue(QString::fromLatin1(m.email));
        q.addBindValue(QString::fromLatin1(m.firstName));
        q.addBindValue(QString::fromLatin1(m.lastName));
        q.addBindValue(m.level);
        q.addBindValue(u"2026-01-%1T09:00:00Z"_s.arg(4 + joined, 2, 10, QLatin1Char('0')));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}
