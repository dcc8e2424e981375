#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The demo workspace's personal API keys and PostHog's scope rules for them
// (posthog/permissions.py APIScopePermission, posthog/api/personal_api_key.py).
struct DemoApiKey
{
    QString value;
    QString label;
    QStringList scopes; // "*" or "object:read|write"
    QList<qint64> scopedTeams; // empty: every project the user can reach
    QStringList scopedOrganizations; // empty: every organization
};

// What a request asks for, as APIScopePermission sees it.
struct DemoScopeRequest
{
    QString scopeObject; // "insight", "query", ...; "user" is exempt from project scoping
    bool write = false;
    std::optional<qint64> team; // the project the URL names, for project-based endpoints
    QString organization; // the organization the request works on, when known
    bool exempt = false; // needs no scope at all (personal_api_keys/@current)
};

class DemoAuth
{
public:
    static const QList<DemoApiKey> &keys();
    // The key a bearer header carries, or nullptr.
    static const DemoApiKey *find(const QByteArray &authorization);
    // The 403 detail PostHog would answer, or nothing when the key may proceed.
    static std::optional<QString> denial(const DemoApiKey &key, const DemoScopeRequest &request);
    // GET /api/personal_api_keys/@current for this key.
    static QJsonObject currentKeyJson(const DemoApiKey &key);
};
