#pragma once

#include "posthog/posthogconnection.h"

#include "posthog/posthogmodels.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class ActivityLog;
class ApprovalPolicy;
class CredentialStore;
class DemoBackend;
class LocalSocketTransport;
class McpServer;
class PostHogClient;
class PostHogToolset;
class QLockFile;
class QueryLibrary;
class Settings;
class StdioTransport;
class StreamableHttpTransport;
class ToolRegistry;

// The composition root shared by the window, --headless and --mcp-stdio: it owns the core
// objects, connects the client to PostHog (or to the offline demo workspace) and serves MCP.
class CompanionService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false; // --demo: the offline workspace whatever is configured
        bool noAuth = false; // --no-auth (tests only)
        int port = -1; // -1: the configured port; 0: any free port
        bool interactive = false; // a person can answer approval prompts
        int demoEvents = 200000;
        bool useKeychain = true;
        // --tools: only these groups (PostHogToolset::groupIds) this run, whatever the settings say.
        std::optional<QStringList> toolGroups;
        QStringList allowedHosts; // --allow-host: tunnel host names, this run, besides the settings'
    };

    explicit CompanionService(const Options &options, QObject *parent = nullptr);
    ~CompanionService() override;

    Settings *settings() const { return m_settings; }
    CredentialStore *credentials() const { return m_credentials; }
    PostHogClient *client() const { return m_client; }
    ToolRegistry *registry() const { return m_registry; }
    McpServer *mcpServer() const { return m_server; }
    ApprovalPolicy *approvals() const { return m_approvals; }
    ActivityLog *activity() const { return m_activity; }
    PostHogToolset *toolset() const { return m_toolset; }
    StreamableHttpTransport *http() const { return m_http; }
    DemoBackend *demoBackend() const { return m_demo; }
    QueryLibrary *queryLibrary() const { return m_queries; }

    // Loads the key and connects (starting the demo workspace when it is the choice, or when no
    // account is configured); then ready() or failed().
    void start();
    bool isReady() const { return m_ready; }
    bool isDemo() const { return m_usingDemo; }
    // --demo was given: the demo workspace whatever the settings say.
    bool demoRequested() const { return m_options.demo; }
    QString connectionSummary() const; // "US cloud" / "Demo workspace (offline)" + key source
    QString keySourceExplanation() const { return m_keyExplanation; }

    // What a key test found: the connection that answered, who the key belongs to, or why not.
    struct Probe
    {
        bool ok = false;
        PostHogConnection connection;
        CurrentUser user;
        QString message; // why not, for people
    };
    using Probed = std::function<void(const Probe &probe)>;

    // Why PostHog would refuse this key before any request (a phc_ project key…); empty if none.
    static QString keyRefusal(const QString &key);
    // "Detect": US and EU cloud, probed in parallel (PostHog's own server does the same).
    static QList<PostHogConnection> detectCandidates();
    // Asks /api/users/@me/ at each candidate in parallel with `key`, stores nothing; the first
    // 200 wins. Used by "Test connection" and before every save.
    void probeKey(const QList<PostHogConnection> &candidates, const QString &key, QObject *context, Probed done);
    // Saves the key (and the region) only once PostHog accepted it, then reconnects; a failing
    // key leaves the working one in place everywhere. Empty key: the stored one.
    void saveConnection(const QList<PostHogConnection> &candidates, const QString &key, QObject *context, Probed done);
    // Removes the key from the keychain, the file and memory, and disconnects.
    void forgetKey(QObject *context, std::function<void(const QString &explanation)> done);
    // PostHog's "new personal API key" dialog with the MCP Server preset
    // (frontend/src/scenes/settings/user/personalAPIKeysLogic.tsx reads ?preset=).
    static QUrl createKeyUrl(const PostHogConnection &connection);
    // The key's scopes from /api/personal_api_keys/@current; nullopt while unknown.
    std::optional<KeyScopes> keyScopes() const { return m_scopes; }
    QString activeKey() const { return m_activeKey; }

    // The offline demo workspace, chosen on the Connection page (no key involved).
    void useDemoWorkspace();

    // The HTTP endpoint. Returns false with a message when the port is taken.
    bool startHttp(QString *error);
    void stopHttp();
    // The tunnel host names given with --allow-host (the settings hold the MCP page's own).
    QStringList commandLineAllowedHosts() const { return m_options.allowedHosts; }
    bool isHttpRunning() const;
    QUrl httpUrl() const;
    // The MCP token: empty until tokenReady() (loaded from the keychain or its file when start()
    // or startHttp() first runs; until then the endpoint accepts no token at all).
    QString authToken() const;
    bool isTokenReady() const { return m_tokenReady; }
    QString tokenLocation() const { return m_tokenLocation; } // for people: the keychain or the file
    void regenerateToken();
    void setToolEnabled(const QString &name, bool enabled);
    // Saved in the settings unless --tools chose the groups for this run.
    void setToolGroupEnabled(const QString &group, bool enabled);
    bool toolGroupsFromCommandLine() const { return m_options.toolGroups.has_value(); }

    // --mcp-stdio: serve on stdin/stdout; finished() when stdin closes.
    void startStdio();

    // One companion per user and configuration (LocalInstance): takes the instance lock and
    // listens on the local socket for stdio relays and later launches (raiseRequested()).
    enum class Claim { Claimed, OtherInstance, Failed };
    Claim claimInstance(QString *error);
    LocalSocketTransport *localSocket() const { return m_local; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void connectionChanged();
    void scopesChanged();
    void httpStateChanged();
    void stdioFinished();
    void tokenReady();
    // A later launch asked for the window (the GUI shows and raises it).
    void raiseRequested();

private:
    void applyAllowedHosts();
    void applyDeadlineFromEnvironment();
    void configureServer();
    void installCallGate();
    void whenReady(std::function<void()> run, std::function<void(const QString &agentMessage)> fail);
    void connectWithKey(const QString &key);
    void connectTo(const PostHogConnection &connection, const QString &key);
    void loadScopes();
    void useDemo();
    void storeAccepted(const Probe &probe, const QString &key, QObject *context, Probed done);
    void loadToken();
    void useToken(const QString &token, const QString &where);
    QJsonObject greeting() const;

    Options m_options;
    Settings *m_settings;
    CredentialStore *m_credentials;
    PostHogClient *m_client;
    ToolRegistry *m_registry;
    McpServer *m_server;
    ApprovalPolicy *m_approvals;
    ActivityLog *m_activity;
    PostHogToolset *m_toolset;
    StreamableHttpTransport *m_http;
    QueryLibrary *m_queries;
    StdioTransport *m_stdio = nullptr;
    LocalSocketTransport *m_local;
    std::unique_ptr<QLockFile> m_instanceLock;
    QString m_token;
    QString m_tokenLocation;
    QString m_placeholderToken; // what the endpoint requires until the real token is known
    bool m_tokenLoading = false;
    bool m_tokenReady = false;
    DemoBackend *m_demo = nullptr;
    bool m_ready = false;
    bool m_usingDemo = false;
    QString m_keyExplanation;
    QString m_activeKey; // the key the client uses now: a save that fails keeps it
    std::optional<KeyScopes> m_scopes;
    int m_generation = 0; // answers for an older connection are dropped
};
