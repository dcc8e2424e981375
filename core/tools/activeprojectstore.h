#pragma once

#include "posthog/posthogerror.h"

#include <QHash>
#include <QObject>

#include <functional>

class PostHogClient;
class Settings;

// The organization and project each MCP client works in. It starts at the configured default
// (POSTHOG_PROJECT_ID, then the app's default project), else the project the person last opened
// in PostHog, and changes with set_active_project / set_active_organization. Local state only.
class ActiveProjectStore : public QObject
{
    Q_OBJECT

public:
    struct Active
    {
        qint64 projectId = 0;
        QString projectName;
        QString organizationId;
        QString rule; // why this project: shown to the agent
    };
    using Resolved = std::function<void(const Active &active, const PostHogError &error)>;

    ActiveProjectStore(PostHogClient *client, Settings *settings, QObject *parent = nullptr);

    void resolve(const QString &clientId, QObject *context, Resolved done);
    void set(const QString &clientId, const Active &active);
    void reset(); // the connection changed: every client resolves again

private:
    PostHogClient *m_client;
    Settings *m_settings;
    QHash<QString, Active> m_active;
};
