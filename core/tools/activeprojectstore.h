#pragma once

#include "posthog/posthogerror.h"
#include "posthog/posthogmodels.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class PostHogClient;
class Settings;

// The one answer to "which organization and project" for the window and for every MCP client.
// The default follows posthog-api.md ("Who am I, and which project is active"): POSTHOG_PROJECT_ID
// or the configured default, else the key's first scoped project, else the person's current
// project when the key may reach it, else the first project of the first allowed organization.
// Agents may switch for themselves (set); the window uses uiClientId() and follows the default.
// Local state only: switching sends nothing to PostHog.
class ActiveProjectStore : public QObject
{
    Q_OBJECT

public:
    enum class Rule { None, Environment, Configured, KeyScopedProject, CurrentProject, FirstProject, Chosen };
    struct Active
    {
        qint64 projectId = 0;
        QString projectName;
        QString organizationId;
        QString rule; // why this project, in English: shown to the agent
        Rule ruleKind = Rule::Chosen;
        QString organizationName = {};
    };
    using Resolved = std::function<void(const Active &active, const PostHogError &error)>;

    ActiveProjectStore(PostHogClient *client, Settings *settings, QObject *parent = nullptr);

    static QString uiClientId() { return QStringLiteral("posthog-companion-window"); }

    void resolve(const QString &clientId, QObject *context, Resolved done);
    // An agent's own choice (set_active_project / set_active_organization); the default is untouched.
    void set(const QString &clientId, const Active &active);
    void reset(); // the connection changed: every client resolves again
    // The configured default changed (Connection page): clients that did not choose follow it.
    void defaultChanged();

    // What GET /api/personal_api_keys/@current said about the key; unknown: everything allowed.
    void setKeyScopes(const std::optional<KeyScopes> &scopes);
    std::optional<KeyScopes> keyScopes() const { return m_scopes; }

Q_SIGNALS:
    // The default project (what the window shows) may have changed: pages reload.
    void activeChanged();

private:
    void resolveDefault(QObject *context, Resolved done);
    void fromUser(QObject *context, Resolved done);
    void firstProjectOf(const QList<OrganizationRef> &organizations, QObject *context, Resolved done);
    void adopt(qint64 projectId, Rule rule, QObject *context, Resolved done);
    void nameOrganization(Active active, QObject *context, Resolved done);
    void rememberOrganizations(const CurrentUser &user);
    static QString ruleText(Rule rule);

    PostHogClient *m_client;
    Settings *m_settings;
    QHash<QString, Active> m_chosen;
    std::optional<Active> m_default;
    std::optional<KeyScopes> m_scopes;
    QHash<QString, QString> m_organizationNames; // from /api/users/@me/, which no scope restricts
};
