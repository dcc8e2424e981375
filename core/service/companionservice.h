#pragma once

#include "posthog/posthogconnection.h"

#include <QObject>
#include <QUrl>

class ActivityLog;
class ApprovalPolicy;
class CredentialStore;
class DemoBackend;
class McpServer;
class PostHogClient;
class PostHogToolset;
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
        bool demo = false;        // --demo: the offline workspace whatever is configured
        bool noAuth = false;      // --no-auth (tests only)
        int port = -1;            // -1: the configured port; 0: any free port
        bool interactive = false; // a person can answer approval prompts
        int demoEvents = 200000;
        bool useKeychain = true;
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

    // Loads the key and connects (starting the demo workspace when it is the choice, or when no
    // account is configured); then ready() or failed().
    void start();
    bool isReady() const { return m_ready; }
    bool isDemo() const { return m_usingDemo; }
    QString connectionSummary() const; // "US cloud" / "Demo workspace (offline)" + key source
    QString keySourceExplanation() const { return m_keyExplanation; }

    // Applies a new connection (from the Connection page) and reconnects.
    void applyConnection(PostHogConnection::Region region, const QString &customUrl, const QString &apiKey);

    // The HTTP endpoint. Returns false with a message when the port is taken.
    bool startHttp(QString *error);
    void stopHttp();
    bool isHttpRunning() const;
    QUrl httpUrl() const;
    QString authToken() const;
    void regenerateToken();
    void setToolEnabled(const QString &name, bool enabled);

    // --mcp-stdio: serve on stdin/stdout; finished() when stdin closes.
    void startStdio();

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void connectionChanged();
    void httpStateChanged();
    void stdioFinished();

private:
    void connectWithKey(const QString &key);
    void useDemo();

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
    StdioTransport *m_stdio = nullptr;
    DemoBackend *m_demo = nullptr;
    bool m_ready = false;
    bool m_usingDemo = false;
    QString m_keyExplanation;
};
