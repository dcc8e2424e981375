#include "companionservice.h"

#include "demo/demobackend.h"
#include "localinstance.h"
#include "mcp/localsockettransport.h"
#include "mcp/mcpserver.h"
#include "mcp/stdiotransport.h"
#include "mcp/streamablehttptransport.h"
#include "mcp/toolregistry.h"
#include "posthog/posthogclient.h"
#include "servicelogging.h"
#include "settings/credentialstore.h"
#include "settings/querylibrary.h"
#include "settings/settings.h"
#include "tools/activeprojectstore.h"
#include "tools/activitylog.h"
#include "tools/activitystore.h"
#include "tools/agentresources.h"
#include "tools/approvalpolicy.h"
#include "tools/posthogtoolset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// Where a connection points, for logs: the region and host, never a path or query.
QString describe(const PostHogConnection &connection)
{
    return u"%1 (%2)"_s.arg(PostHogConnection::regionKey(connection.region()), connection.apiBase().host());
}
} // namespace

CompanionService::CompanionService(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(new Settings(this))
    , m_credentials(new CredentialStore(m_settings, this))
    , m_client(new PostHogClient(this))
    , m_registry(new ToolRegistry(this))
    , m_server(new McpServer(m_registry, this))
    , m_approvals(new ApprovalPolicy(m_settings, this))
    , m_activity(new ActivityLog(this))
    , m_toolset(new PostHogToolset(m_client, m_settings, this))
    , m_http(new StreamableHttpTransport(m_server, this))
    , m_queries(new QueryLibrary(m_settings, this))
    , m_local(new LocalSocketTransport(m_server, this))
    , m_placeholderToken(CredentialStore::newToken())
{
    m_credentials->setKeychainEnabled(options.useKeychain);
    applyDeadlineFromEnvironment();
    configureServer();
    installCallGate();
    m_activity->attach(m_server);
    m_activity->watchApprovals(m_approvals);
    m_activity->persistTo(ActivityStore::defaultFileName());
    m_local->setGreeting([this] { return greeting(); });
    connect(m_local, &LocalSocketTransport::raiseRequested, this, &CompanionService::raiseRequested);
    applyAllowedHosts();
    connect(m_settings, &Settings::mcpSettingsChanged, this, &CompanionService::applyAllowedHosts);
}

// --allow-host and the MCP page's list together; the transport ignores them while no token is set.
void CompanionService::applyAllowedHosts()
{
    QStringList hosts = m_options.allowedHosts;
    for (const QString &host : m_settings->mcpAllowedHosts()) {
        if (!hosts.contains(host))
            hosts.append(host);
    }
    m_http->setAllowedHosts(hosts);
}

void CompanionService::applyDeadlineFromEnvironment()
{
    // POSTHOG_COMPANION_DEADLINE_MS bounds every PostHog call, retries included (default 30 s).
    bool deadlineSet = false;
    const int deadline = qEnvironmentVariableIntValue("POSTHOG_COMPANION_DEADLINE_MS", &deadlineSet);
    if (deadlineSet && deadline >= 100) {
        RetryPolicy policy = m_client->retryPolicy();
        policy.defaultDeadlineMs = deadline;
        m_client->setRetryPolicy(policy);
        qCInfo(lcService) << "PostHog calls end after" << deadline << "ms (POSTHOG_COMPANION_DEADLINE_MS)";
    }
}

void CompanionService::configureServer()
{
    m_toolset->registerAll(m_registry);
    AgentResources::registerAll(*m_server, *m_toolset, [this](std::function<void()> run, std::function<void(const QString &)> fail) {
        whenReady(std::move(run), std::move(fail));
    });
    for (const QString &name : m_settings->disabledTools())
        m_registry->setEnabled(name, false);
    for (const QString &group : PostHogToolset::groupIds()) {
        const bool on = m_options.toolGroups ? m_options.toolGroups->contains(group) : !m_settings->disabledToolGroups().contains(group);
        m_registry->setGroupEnabled(group, on);
    }
    McpServer::ServerInfo info;
    info.description = u"PostHog analytics tools: HogQL, insights, dashboards, errors, LLM costs, feature flags."_s;
    info.websiteUrl = u"https://posthog.com"_s;
    m_server->setServerInfo(info);
    m_server->setInstructions(PostHogToolset::instructions());
    m_approvals->setInteractive(m_options.interactive);
}

void CompanionService::installCallGate()
{
    m_server->setCallGate([this](const ToolDefinition &tool, const ToolCall &call, McpServer::Decide decide) {
        whenReady([this, tool, call, decide] { m_approvals->decide(tool, call, decide); },
                  [decide](const QString &) {
                      decide(false, u"PostHog Companion is not connected to PostHog, so the call did not run. Ask the person to open "
                                    "PostHog Companion's Connection page and connect an account (or use the demo workspace)."_s);
                  });
    });
}

// Requests that arrive while the key loads or the demo data is prepared wait for it.
void CompanionService::whenReady(std::function<void()> run, std::function<void(const QString &agentMessage)> fail)
{
    if (m_ready) {
        run();
        return;
    }
    auto *waiter = new QObject(this);
    connect(this, &CompanionService::ready, waiter, [waiter, run] {
        waiter->deleteLater();
        run();
    });
    connect(this, &CompanionService::failed, waiter, [waiter, fail](const QString &message) {
        waiter->deleteLater();
        // The agent reads English; the reason (for the person, maybe translated) goes to the log.
        qCWarning(lcService) << "a request waited for a connection that failed:" << message;
        fail(u"PostHog Companion is not connected to PostHog. Ask the person to open PostHog Companion's Connection page and "
             "connect an account (or use the demo workspace)."_s);
    });
}

CompanionService::~CompanionService()
{
    m_local->close(); // before the lock goes: a socket without its lock would look stale
}

void CompanionService::start()
{
    loadToken();
    const bool demoChosen = m_options.demo || m_settings->region() == PostHogConnection::Region::Demo;
    if (demoChosen) {
        qCInfo(lcService) << "starting with the demo workspace" << (m_options.demo ? "(--demo)" : "(chosen in the settings)");
        useDemo();
        return;
    }
    m_credentials->load(this, [this](const QString &key, CredentialStore::Source source, const QString &explanation) {
        m_keyExplanation = explanation;
        if (key.isEmpty()) {
            if (source == CredentialStore::Source::None && !m_settings->apiKeySaved()) {
                // No account yet: the offline demo workspace, so everything works out of the box.
                qCInfo(lcService) << "no account configured: starting with the demo workspace";
                m_keyExplanation = tr("No PostHog account is configured yet: showing the offline demo workspace.");
                useDemo();
                return;
            }
            qCWarning(lcService) << "no usable API key: the service is not connected";
            Q_EMIT failed(explanation);
            return;
        }
        connectWithKey(key);
    });
}

void CompanionService::connectWithKey(const QString &key)
{
    QString error;
    PostHogConnection connection = m_settings->connection(&error);
    const QString baseOverride = qEnvironmentVariable("POSTHOG_API_BASE_URL");
    if (!baseOverride.isEmpty())
        connection = PostHogConnection::custom(PostHogConnection::Region::SelfHosted, baseOverride, &error);
    if (!connection.isValid()) {
        qCWarning(lcService) << "the configured PostHog address is not valid:" << error;
        Q_EMIT failed(tr("The PostHog address is not valid: %1").arg(error));
        return;
    }
    connectTo(connection, key);
}

void CompanionService::connectTo(const PostHogConnection &connection, const QString &key)
{
    m_usingDemo = connection.region() == PostHogConnection::Region::Demo;
    qCInfo(lcService) << "connecting to" << describe(connection);
    m_client->setConnection(connection);
    m_client->setApiKey(key);
    m_activeKey = key;
    loadScopes();
}

void CompanionService::loadScopes()
{
    const int generation = ++m_generation;
    // Ready only once the scopes are known: a project-scoped key changes the default project,
    // and tools/list must not offer what the key cannot run.
    m_client->apiKeyScopes(this, [this, generation](const PostHogResult<KeyScopes> &scopes) {
        if (generation != m_generation)
            return;
        // An older self-hosted PostHog without @current: scopes unknown, every tool listed.
        m_scopes = scopes.ok() ? std::optional<KeyScopes>(scopes.value()) : std::nullopt;
        if (m_scopes)
            qCInfo(lcService) << "connected to" << describe(m_client->connection()) << "with a key of" << m_scopes->scopes.size() << "scope(s),"
                              << m_scopes->scopedProjects.size() << "scoped project(s)," << m_scopes->scopedOrganizations.size()
                              << "scoped organization(s)";
        else
            qCInfo(lcService) << "connected to" << describe(m_client->connection()) << "; the key's scopes are unknown ("
                              << scopes.error().categoryName() << "): every tool is listed";
        m_toolset->applyKeyScopes(m_scopes);
        m_ready = true; // before reset(): the window reloads its pages on activeChanged
        m_toolset->projects()->reset();
        Q_EMIT scopesChanged();
        Q_EMIT connectionChanged();
        Q_EMIT ready();
    });
}

void CompanionService::useDemo()
{
    m_usingDemo = true;
    if (m_keyExplanation.isEmpty())
        m_keyExplanation = tr("Using the offline demo workspace: sample data, no account needed.");
    auto connectDemo = [this](const QUrl &url) {
        QString error;
        connectTo(PostHogConnection::custom(PostHogConnection::Region::Demo, url.toString(), &error), DemoBackend::apiKey());
    };
    if (m_demo && m_demo->isReady()) {
        connectDemo(m_demo->baseUrl());
        return;
    }
    if (!m_demo) {
        qCInfo(lcService) << "starting the demo workspace with" << m_options.demoEvents << "events";
        m_demo = new DemoBackend(this);
        connect(m_demo, &DemoBackend::ready, this, [connectDemo](const QUrl &url) {
            qCInfo(lcService) << "the demo workspace is ready at" << url.toString();
            connectDemo(url);
        });
        connect(m_demo, &DemoBackend::failed, this, [this](const QString &message) {
            qCWarning(lcService) << "the demo workspace did not start:" << message;
            Q_EMIT failed(message);
        });
        DemoBackend::Options options;
        options.events = m_options.demoEvents;
        m_demo->start(options);
    }
}

QString CompanionService::connectionSummary() const
{
    if (m_usingDemo)
        return PostHogConnection::regionLabel(PostHogConnection::Region::Demo);
    const PostHogConnection c = m_client->connection();
    if (c.region() == PostHogConnection::Region::SelfHosted)
        return tr("Self-hosted (%1)").arg(c.apiBase().host());
    return PostHogConnection::regionLabel(c.region());
}

void CompanionService::useDemoWorkspace()
{
    m_settings->setRegion(PostHogConnection::Region::Demo);
    useDemo();
}

QString CompanionService::keyRefusal(const QString &key)
{
    // posthog-api.md: phc_ is the public project key, which the private API refuses.
    if (key.trimmed().startsWith("phc_"_L1))
        return tr("This is a project API key (phc_…), which PostHog accepts only for sending events. PostHog Companion needs a "
                  "personal API key (phx_…): create one with \"Create a key\".");
    return {};
}

QList<PostHogConnection> CompanionService::detectCandidates()
{
    return {PostHogConnection::usCloud(), PostHogConnection::euCloud()};
}

QUrl CompanionService::createKeyUrl(const PostHogConnection &connection)
{
    QString base = connection.webBase().toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + u"/settings/user-api-keys?preset=mcp_server"_s);
}

void CompanionService::probeKey(const QList<PostHogConnection> &candidates, const QString &key, QObject *context, Probed done)
{
    struct State
    {
        qsizetype pending = 0;
        bool answered = false;
        QStringList failures;
    };
    auto state = std::make_shared<State>();
    state->pending = candidates.size();
    auto *holder = new QObject(this); // the probe clients: never the service's own client
    QPointer<QObject> guard(context);
    for (const PostHogConnection &candidate : candidates) {
        auto *probe = new PostHogClient(holder);
        RetryPolicy policy = m_client->retryPolicy();
        policy.defaultDeadlineMs = qMin(policy.defaultDeadlineMs, 15000); // a person is waiting
        probe->setRetryPolicy(policy);
        probe->setConnection(candidate);
        probe->setApiKey(key.trimmed());
        probe->currentUser(holder, [state, holder, guard, done, candidate, count = candidates.size()](const PostHogResult<CurrentUser> &user) {
            --state->pending;
            if (user.ok())
                qCInfo(lcService) << "key probe:" << describe(candidate) << "accepted the key";
            else
                qCInfo(lcService) << "key probe:" << describe(candidate) << "refused:" << user.error().categoryName() << user.error().httpStatus();
            if (user.ok() && !state->answered && guard) {
                state->answered = true;
                done(Probe{true, candidate, user.value(), {}});
            } else if (!user.ok()) {
                const QString where = candidate.region() == PostHogConnection::Region::SelfHosted
                                          ? candidate.apiBase().host()
                                          : PostHogConnection::regionLabel(candidate.region());
                state->failures.append(count > 1 ? u"%1: %2"_s.arg(where, user.error().message()) : user.error().message());
            }
            if (state->pending > 0)
                return;
            if (!state->answered && guard)
                done(Probe{false, candidate, {}, state->failures.join(QLatin1Char('\n'))});
            holder->deleteLater();
        });
    }
}

void CompanionService::saveConnection(const QList<PostHogConnection> &candidates, const QString &key, QObject *context, Probed done)
{
    const QString candidate = key.trimmed().isEmpty() ? m_activeKey : key.trimmed();
    QString refusal = keyRefusal(candidate);
    if (candidate.isEmpty())
        refusal = tr("Enter a personal API key first.");
    if (!refusal.isEmpty()) {
        QTimer::singleShot(0, context, [done, refusal] { done(Probe{false, {}, {}, refusal}); });
        return;
    }
    QPointer<QObject> guard(context);
    probeKey(candidates, candidate, this, [this, candidate, guard, done](const Probe &probe) {
        if (!probe.ok) { // nothing was stored: the working key stays where it was
            if (guard)
                done(probe);
            return;
        }
        storeAccepted(probe, candidate, guard, done);
    });
}

void CompanionService::storeAccepted(const Probe &probe, const QString &key, QObject *context, Probed done)
{
    qCInfo(lcService) << "saving the key PostHog accepted at" << describe(probe.connection);
    m_settings->setRegion(probe.connection.region());
    if (probe.connection.region() == PostHogConnection::Region::SelfHosted)
        m_settings->setCustomBaseUrl(probe.connection.apiBase().toString());
    QPointer<QObject> guard(context);
    m_credentials->save(key, this, [this, probe, key, guard, done](bool, const QString &explanation) {
        m_keyExplanation = explanation;
        connectTo(probe.connection, key);
        if (guard)
            done(probe);
    });
}

void CompanionService::forgetKey(QObject *context, std::function<void(const QString &explanation)> done)
{
    QPointer<QObject> guard(context);
    m_credentials->forget(this, [this, guard, done](bool, const QString &explanation) {
        m_activeKey.clear();
        m_client->setApiKey(QString());
        m_ready = false;
        m_keyExplanation.clear();
        ++m_generation;
        start(); // no key left: the offline demo workspace, as on a first run
        if (guard)
            done(explanation);
    });
}

void CompanionService::loadToken()
{
    if (m_tokenLoading || m_tokenReady)
        return;
    m_tokenLoading = true;
    m_credentials->loadMcpToken(this, [this](const QString &token, const QString &where) { useToken(token, where); });
}

void CompanionService::useToken(const QString &token, const QString &where)
{
    m_token = token;
    m_tokenLocation = where;
    m_tokenLoading = false;
    m_tokenReady = true;
    if (!m_options.noAuth)
        m_http->setAuthToken(token);
    Q_EMIT tokenReady();
    Q_EMIT httpStateChanged();
}

bool CompanionService::startHttp(QString *error)
{
    loadToken();
    m_http->setAuthToken(m_options.noAuth ? QString() : (m_tokenReady ? m_token : m_placeholderToken));
    const quint16 port = m_options.port >= 0 ? quint16(m_options.port) : m_settings->mcpPort();
    m_local->setPaused(false); // relays need no port: serving is what the person asked for
    const bool ok = m_http->listen(port) != 0;
    if (ok)
        qCInfo(lcService) << "MCP endpoint listening at" << m_http->url().toString() << (m_options.noAuth ? "without authentication" : "");
    else
        qCWarning(lcService) << "the MCP endpoint could not listen on port" << port << ":" << m_http->errorString();
    if (!ok && error)
        *error = m_http->errorString();
    Q_EMIT httpStateChanged();
    return ok;
}

void CompanionService::stopHttp()
{
    m_http->close();
    m_local->setPaused(true); // paused means paused: relayed stdio clients too
    Q_EMIT httpStateChanged();
}

bool CompanionService::isHttpRunning() const
{
    return m_http->isListening();
}

QUrl CompanionService::httpUrl() const
{
    return m_http->url();
}

QString CompanionService::authToken() const
{
    return m_options.noAuth ? QString() : m_token;
}

void CompanionService::regenerateToken()
{
    m_credentials->regenerateMcpToken(this, [this](const QString &token, const QString &where) {
        qCInfo(lcService) << "a new MCP bearer token is in use";
        useToken(token, where);
    });
}

void CompanionService::setToolEnabled(const QString &name, bool enabled)
{
    m_registry->setEnabled(name, enabled);
    QStringList disabled = m_settings->disabledTools();
    disabled.removeAll(name);
    if (!enabled)
        disabled.append(name);
    m_settings->setDisabledTools(disabled);
}

void CompanionService::setToolGroupEnabled(const QString &group, bool enabled)
{
    m_registry->setGroupEnabled(group, enabled);
    if (m_options.toolGroups)
        return;
    QStringList disabled = m_settings->disabledToolGroups();
    disabled.removeAll(group);
    if (!enabled)
        disabled.append(group);
    m_settings->setDisabledToolGroups(disabled);
}

void CompanionService::startStdio()
{
    m_approvals->setElicitWhenDeclared(true); // the client's user is the one to ask
    m_stdio = new StdioTransport(m_server, 0, 1, this);
    connect(m_stdio, &StdioTransport::finished, this, &CompanionService::stdioFinished);
    m_stdio->start();
}

CompanionService::Claim CompanionService::claimInstance(QString *error)
{
    auto lock = std::make_unique<QLockFile>(LocalInstance::lockPath());
    lock->setStaleLockTime(0); // stale only when its process is gone: an instance runs for days
    QDir().mkpath(QFileInfo(LocalInstance::lockPath()).absolutePath());
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qCInfo(lcService) << "another instance holds" << LocalInstance::lockPath();
            return Claim::OtherInstance;
        }
        if (error)
            *error = tr("Cannot create the instance lock %1.").arg(LocalInstance::lockPath());
        return Claim::Failed;
    }
    QString listenError;
    if (!m_local->listen(LocalInstance::socketPath(), &listenError)) {
        if (error)
            *error = tr("Cannot listen on the local socket %1: %2").arg(LocalInstance::socketPath(), listenError);
        return Claim::Failed;
    }
    m_instanceLock = std::move(lock);
    m_local->setPaused(m_options.interactive && !m_settings->mcpEnabled()); // the window starts HTTP when enabled
    return Claim::Claimed;
}

QJsonObject CompanionService::greeting() const
{
    QJsonObject greeting{{u"pid"_s, QCoreApplication::applicationPid()},
                         {u"mode"_s, m_options.interactive ? u"gui"_s : u"headless"_s},
                         {u"version"_s, QStringLiteral(PHC_VERSION)}};
    if (isHttpRunning())
        greeting.insert(u"url"_s, httpUrl().toString());
    return greeting;
}
