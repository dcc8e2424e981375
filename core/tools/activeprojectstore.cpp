#include "activeprojectstore.h"

#include "toolslogging.h"

#include "posthog/posthogclient.h"
#include "settings/settings.h"

#include <QPointer>

using namespace Qt::StringLiterals;

using Rule = ActiveProjectStore::Rule;

ActiveProjectStore::ActiveProjectStore(PostHogClient *client, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
{ }

QString ActiveProjectStore::ruleText(Rule rule)
{
    // Agent-facing, so English whatever the UI language.
    switch (rule) {
    case Rule::Environment: return u"pinned by POSTHOG_PROJECT_ID"_s;
    case Rule::Configured: return u"the default project configured in PostHog Companion"_s;
    case Rule::KeyScopedProject: return u"the first project this API key is limited to"_s;
    case Rule::CurrentProject: return u"the project you last opened in PostHog"_s;
    case Rule::FirstProject: return u"the first project of the first organization this API key may reach"_s;
    case Rule::Chosen: return u"chosen for this client"_s;
    case Rule::None: break;
    }
    return {};
}

void ActiveProjectStore::set(const QString &clientId, const Active &active)
{
    Active chosen = active;
    if (chosen.organizationName.isEmpty())
        chosen.organizationName = m_organizationNames.value(chosen.organizationId);
    m_chosen.insert(clientId, chosen);
    if (clientId == uiClientId())
        Q_EMIT activeChanged();
}

void ActiveProjectStore::reset()
{
    m_chosen.clear();
    m_default.reset();
    m_organizationNames.clear();
    Q_EMIT activeChanged();
}

void ActiveProjectStore::defaultChanged()
{
    m_default.reset();
    m_chosen.remove(uiClientId());
    Q_EMIT activeChanged();
}

void ActiveProjectStore::setKeyScopes(const std::optional<KeyScopes> &scopes)
{
    m_scopes = scopes;
    m_default.reset(); // a project-scoped key changes the default
}

void ActiveProjectStore::resolve(const QString &clientId, QObject *context, Resolved done)
{
    if (m_chosen.contains(clientId)) {
        done(m_chosen.value(clientId), PostHogError());
        return;
    }
    if (m_default) {
        done(*m_default, PostHogError());
        return;
    }
    QPointer<ActiveProjectStore> self(this);
    resolveDefault(context, [self, done](const Active &active, const PostHogError &error) {
        if (self && error.isNone())
            self->m_default = active;
        done(active, error);
    });
}

void ActiveProjectStore::resolveDefault(QObject *context, Resolved done)
{
    bool fromEnvironment = false;
    const qint64 envProject = qEnvironmentVariable("POSTHOG_PROJECT_ID").toLongLong(&fromEnvironment);
    if (fromEnvironment && envProject > 0) {
        adopt(envProject, Rule::Environment, context, std::move(done));
        return;
    }
    const qint64 configured = m_settings->defaultProjectId();
    if (configured <= 0) {
        fromUser(context, std::move(done));
        return;
    }
    // A configured project the key cannot reach (another key, a project-scoped key) must not
    // strand the person: the next rule decides, and the result says why.
    QPointer<ActiveProjectStore> self(this);
    QPointer<QObject> guard(context);
    adopt(configured, Rule::Configured, context, [self, guard, configured, done](const Active &active, const PostHogError &error) {
        const bool unreachable = error.category() == PostHogError::Category::Forbidden || error.category() == PostHogError::Category::NotFound;
        if (error.isNone() || !unreachable || !self || !guard) {
            done(active, error);
            return;
        }
        self->fromUser(guard, [configured, done](Active fallback, const PostHogError &next) {
            if (next.isNone())
                fallback.rule += u" (the configured project %1 is not reachable with this key)"_s.arg(configured);
            done(fallback, next);
        });
    });
}

void ActiveProjectStore::fromUser(QObject *context, Resolved done)
{
    if (m_scopes && !m_scopes->scopedProjects.isEmpty()) {
        adopt(m_scopes->scopedProjects.first(), Rule::KeyScopedProject, context, std::move(done));
        return;
    }
    QPointer<ActiveProjectStore> self(this);
    QPointer<QObject> guard(context);
    // /api/users/@me/ is exempt from scopes (posthog/permissions.py), so this works for any key.
    m_client->currentUser(context, [self, guard, done](const PostHogResult<CurrentUser> &user) {
        if (!self || !guard)
            return;
        if (!user.ok()) {
            done(Active(), user.error());
            return;
        }
        self->rememberOrganizations(user.value());
        const QStringList allowed = self->m_scopes ? self->m_scopes->scopedOrganizations : QStringList();
        const bool reachable = allowed.isEmpty() || allowed.contains(user.value().organization.id);
        if (user.value().currentProjectId > 0 && reachable) {
            self->adopt(user.value().currentProjectId, Rule::CurrentProject, guard, done);
            return;
        }
        QList<OrganizationRef> organizations;
        for (const OrganizationRef &o : user.value().organizations) {
            if (allowed.isEmpty() || allowed.contains(o.id))
                organizations.append(o);
        }
        self->firstProjectOf(organizations, guard, done);
    });
}

void ActiveProjectStore::firstProjectOf(const QList<OrganizationRef> &organizations, QObject *context, Resolved done)
{
    if (organizations.isEmpty()) {
        done(Active(), PostHogError(PostHogError::Category::NotFound, u"This API key reaches no project: give it access to a project in PostHog, "
                                                                      "or call get_projects, then set_active_project."_s));
        return;
    }
    QPointer<ActiveProjectStore> self(this);
    QPointer<QObject> guard(context);
    m_client->projects(organizations.first().id, context, [self, guard, organizations, done](const PostHogResult<QList<Project>> &projects) {
        if (!self || !guard)
            return;
        if (projects.ok() && !projects.value().isEmpty()) {
            self->adopt(projects.value().first().id, Rule::FirstProject, guard, done);
            return;
        }
        if (organizations.size() == 1) {
            done(Active(), projects.ok()
                               ? PostHogError(PostHogError::Category::NotFound, u"The organization has no project yet: create one in PostHog."_s)
                               : projects.error());
            return;
        }
        self->firstProjectOf(organizations.mid(1), guard, done);
    });
}

void ActiveProjectStore::adopt(qint64 projectId, Rule rule, QObject *context, Resolved done)
{
    QPointer<ActiveProjectStore> self(this);
    QPointer<QObject> guard(context);
    // GET /api/projects/{id}/ validates the id and, for project-scoped keys (whose organization
    // endpoints answer 403), is where the organization comes from.
    m_client->project(projectId, context, [self, guard, rule, projectId, done](const PostHogResult<Project> &result) {
        if (!self || !guard)
            return;
        if (!result.ok()) {
            qCDebug(lcTools) << "project" << projectId << "not adopted:" << result.error().categoryName();
            done(Active(), result.error());
            return;
        }
        Active active{projectId, result.value().name, result.value().organizationId, ruleText(rule), rule, {}};
        qCDebug(lcTools) << "active project" << projectId << "chosen by the rule:" << active.rule;
        self->nameOrganization(active, guard, done);
    });
}

void ActiveProjectStore::nameOrganization(Active active, QObject *context, Resolved done)
{
    active.organizationName = m_organizationNames.value(active.organizationId);
    if (!active.organizationName.isEmpty() || active.organizationId.isEmpty()) {
        done(active, PostHogError());
        return;
    }
    QPointer<ActiveProjectStore> self(this);
    m_client->currentUser(context, [self, active, done](const PostHogResult<CurrentUser> &user) mutable {
        if (self && user.ok()) {
            self->rememberOrganizations(user.value());
            active.organizationName = self->m_organizationNames.value(active.organizationId);
        }
        done(active, PostHogError()); // a missing name is cosmetic, never a failure
    });
}

void ActiveProjectStore::rememberOrganizations(const CurrentUser &user)
{
    for (const OrganizationRef &o : user.organizations)
        m_organizationNames.insert(o.id, o.name);
    if (!user.organization.id.isEmpty())
        m_organizationNames.insert(user.organization.id, user.organization.name);
}
