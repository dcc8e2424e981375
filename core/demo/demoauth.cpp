#include "demoauth.h"

#include "demobackend.h"

#include <QByteArray>
#include <QJsonArray>

namespace {

QStringList readOnlyScopes()
{
    // Reads on everything the app uses, except feature flags: clients must hide flag tools.
    return {QStringLiteral("user:read"), QStringLiteral("organization:read"), QStringLiteral("project:read"),
            QStringLiteral("insight:read"), QStringLiteral("dashboard:read"), QStringLiteral("query:read"),
            QStringLiteral("error_tracking:read"), QStringLiteral("event_definition:read"),
            QStringLiteral("property_definition:read")};
}

// Project scoping first, as check_team_and_org_permissions runs before the scope test.
std::optional<QString> scopingDenial(const DemoApiKey &key, const DemoScopeRequest &request)
{
    if (request.scopeObject == QLatin1String("user"))
        return std::nullopt; // /api/users/@me/ is exempt from team and org scoping
    if (!key.scopedTeams.isEmpty()) {
        if (!request.team)
            return QStringLiteral("API keys with scoped projects are only supported on project-based endpoints.");
        if (!key.scopedTeams.contains(*request.team))
            return QStringLiteral("API key does not have access to the requested project: ID %1.").arg(*request.team);
    }
    if (!key.scopedOrganizations.isEmpty() && !request.organization.isEmpty()
        && !key.scopedOrganizations.contains(request.organization))
        return QStringLiteral("API key does not have access to the requested organization: ID %1.").arg(request.organization);
    return std::nullopt;
}

} // namespace

const QList<DemoApiKey> &DemoAuth::keys()
{
    static const QList<DemoApiKey> all = {
        {DemoBackend::apiKey(), QStringLiteral("Demo (full access)"), {QStringLiteral("*")}, {}, {}},
        {DemoBackend::scopedProjectApiKey(), QStringLiteral("Demo (Hedgebox Mobile only)"), {QStringLiteral("*")},
         {DemoBackend::scopedProjectId()}, {}},
        {DemoBackend::readOnlyApiKey(), QStringLiteral("Demo (read only, no flags)"), readOnlyScopes(), {}, {}},
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
    if (key.scopes.contains(QLatin1String("*")))
        return std::nullopt;
    const QString required = request.scopeObject + (request.write ? QStringLiteral(":write") : QStringLiteral(":read"));
    // X:write implies X:read.
    if (key.scopes.contains(required) || (!request.write && key.scopes.contains(request.scopeObject + QStringLiteral(":write"))))
        return std::nullopt;
    return QStringLiteral("API key missing required scope '%1'").arg(required);
}

QJsonObject DemoAuth::currentKeyJson(const DemoApiKey &key)
{
    QJsonArray teams;
    for (qint64 team : key.scopedTeams)
        teams.append(team);
    int index = 0;
    while (index < keys().size() && keys().at(index).value != key.value)
        ++index;
    return {{QStringLiteral("id"), QStringLiteral("0190a7c4-0000-7000-8000-00000000000%1").arg(index + 1)},
            {QStringLiteral("label"), key.label},
            {QStringLiteral("mask_value"), key.value.left(4) + QStringLiteral("...") + key.value.right(4)},
            {QStringLiteral("created_at"), QStringLiteral("2026-01-05T09:00:00Z")},
            {QStringLiteral("last_used_at"), QJsonValue::Null},
            {QStringLiteral("last_rolled_at"), QJsonValue::Null},
            {QStringLiteral("user_id"), 1},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(key.scopes)},
            {QStringLiteral("scoped_teams"), teams},
            {QStringLiteral("scoped_organizations"), QJsonArray::fromStringList(key.scopedOrganizations)}};
}
