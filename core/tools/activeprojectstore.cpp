#include "activeprojectstore.h"

#include "posthog/posthogclient.h"
#include "settings/settings.h"

#include <QPointer>

ActiveProjectStore::ActiveProjectStore(PostHogClient *client, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
{
}

void ActiveProjectStore::set(const QString &clientId, const Active &active)
{
    m_active.insert(clientId, active);
}

void ActiveProjectStore::reset()
{
    m_active.clear();
}

void ActiveProjectStore::resolve(const QString &clientId, QObject *context, Resolved done)
{
    if (m_active.contains(clientId)) {
        done(m_active.value(clientId), PostHogError());
        return;
    }
    QPointer<ActiveProjectStore> self(this);
    auto adopt = [self, clientId, done, context](qint64 projectId, const QString &rule) {
        self->m_client->project(projectId, context, [self, clientId, done, rule, projectId](const PostHogResult<Project> &result) {
            if (!result.ok()) {
                done(Active(), result.error());
                return;
            }
            Active active{projectId, result.value().name, result.value().organizationId, rule};
            if (self)
                self->m_active.insert(clientId, active);
            done(active, PostHogError());
        });
    };
    bool fromEnvironment = false;
    const qint64 envProject = qEnvironmentVariable("POSTHOG_PROJECT_ID").toLongLong(&fromEnvironment);
    if (fromEnvironment && envProject > 0) {
        adopt(envProject, tr("pinned by POSTHOG_PROJECT_ID"));
        return;
    }
    if (m_settings->defaultProjectId() > 0) {
        adopt(m_settings->defaultProjectId(), tr("the default project configured in PostHog Companion"));
        return;
    }
    m_client->currentUser(context, [adopt, done](const PostHogResult<CurrentUser> &user) {
        if (!user.ok()) {
            done(Active(), user.error());
            return;
        }
        if (user.value().currentProjectId <= 0) {
            done(Active(), PostHogError(PostHogError::Category::NotFound,
                                        tr("No project is active: call get_projects, then set_active_project.")));
            return;
        }
        adopt(user.value().currentProjectId, tr("the project you last opened in PostHog"));
    });
}
