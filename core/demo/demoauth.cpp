#include "demoauth.h"

#include "demobackend.h"

#include <QByteArray>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QStringList readOnlyScopes()
{
    // Reads on everything the app uses, except feature flags: clients must hide flag tools.
    return {u"user:read"_s,
            u"organization:read"_s,
            u"project:read"_s,
            u"insight:read"_s,
            u"dashboard:read"_s,
            u"query:read"_s,
            u"error_tracking:read"_s,
            u"event_definition:read"_s,
            u"property_definition:read"_s,
            u"experiment:read"_s,
            u"survey:read"_s};
}

// Project scoping first, as check_team_and_org_permissions runs before the scope test.
std::optional<QString> scopingDenial(const DemoApiKey &key, const DemoScopeRequest &request)
{
    if (request.scopeObject == "user"_L1)
        return std::nullopt; // /api/users/@me/ is exempt from team and org scoping
    if (!key.scopedTeams.isEmpty()) {
        if (!request.team)
            return u"API keys with scoped projects are only supported on project-based endpoints."_s;
        if (!key.scopedTeams.contains(*request.team))
            return u"API key does not have access to the requested project: ID %1."_s.arg(*request.team);
    }
    if (!key.scopedOrganizations.isEmpty() && !request.organization.isEmpty() && !key.scopedOrganizations.contains(request.organization))
        return u"API key does not have access to the requested organization: ID %1."_s.arg(request.organization);
    return std::nullopt;
}

} // namespace

const QList<DemoApiKey> &DemoAuth::keys()
{
    static const QList<DemoApiKey> all = {
        {DemoBackend::apiKey(), u"Demo (full access)"_s, {u"*"_s}, {}, {}},
        {DemoBackend::scopedProjectApiKey(), u"Demo (Hedgebox Mobile only)"_s, {u"*"_s}, {DemoBackend::scopedProjectId()}, {}},
        {DemoBackend::readOnlyApiKey(), u"Demo (read only, no flags)"_s, readOnlyScopes(), {}, {}},
    };
    return all;
}

const DemoApiKey *DemoAuth::find(const QByteArray &authorization)
{
    if (!authorization.startsWith("Bearer "))
        return nullptr;
    const QString value = QString::fromUtf8(authorization.mid(7)).trimmed();
    for (const DemoApiKey &key : keys()) {
        if (key.value == value)
            return &key;
    }
    return nullptr;
}

std::optional<QString> DemoAuth::denial(const DemoApiKey &key, const DemoScopeRequest &request)
{
    if (request.exempt)
        return std::nullopt;
    if (auto scoped = scopingDenial(key, request))
        return scoped;
    if (key.scopes.contains("*"_L1))
        return std::nullopt;
    const QString required = request.scopeObject + (request.write ? u":write"_s : u":read"_s);
    // X:write implies X:read.
    if (key.scopes.contains(required) || (!request.write && key.scopes.contains(request.scopeObject + u":write"_s)))
        return std::nullopt;
    return u"API key missing required scope '%1'"_s.arg(required);
}

QJsonObject DemoAuth::currentKeyJson(const DemoApiKey &key)
{
    QJsonArray teams;
    for (qint64 team : key.scopedTeams)
        teams.append(team);
    int index = 0;
    while (index < keys().size() && keys().at(index).value != key.value)
        ++index;
    return {{u"id"_s, u"0190a7c4-0000-7000-8000-00000000000%1"_s.arg(index + 1)},
            {u"label"_s, key.label},
            {u"mask_value"_s, key.value.left(4) + u"..."_s + key.value.right(4)},
            {u"created_at"_s, u"2026-01-05T09:00:00Z"_s},
            {u"last_used_at"_s, QJsonValue::Null},
            {u"last_rolled_at"_s, QJsonValue::Null},
            {u"user_id"_s, 1},
            {u"scopes"_s, QJsonArray::fromStringList(key.scopes)},
            {u"scoped_teams"_s, teams},
            {u"scoped_organizations"_s, QJsonArray::fromStringList(key.scopedOrganizations)}};
}
