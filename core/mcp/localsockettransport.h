#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

class McpServer;
class QLocalServer;
class QLocalSocket;

// MCP over a per-user local socket: how `--mcp-stdio` relays reach the running app (KeePassXC's
// keepassxc-proxy pattern). A connection's first line is a hello saying what it wants; the
// transport answers with the greeting (who this instance is). "mcp" then carries
// newline-delimited JSON-RPC, each connection one MCP client of its own, as a stdio process is
// (own session: active project, identity in the activity log); "raise" and "status" are answered
// with the greeting and closed.
class LocalSocketTransport : public QObject
{
    Q_OBJECT

public:
    using Greeting = std::function<QJsonObject()>;

    explicit LocalSocketTransport(McpServer *server, QObject *parent = nullptr);
    ~LocalSocketTransport() override;

    // Listens at `path`, reachable by this user only. A socket file left there is removed first:
    // the caller holds the instance lock, so no live instance owns it.
    bool listen(const QString &path, QString *error);
    void close();
    bool isListening() const;
    void setGreeting(Greeting greeting) { m_greeting = std::move(greeting); }
    // Paused (the person paused the MCP server): relayed clients still connect and get
    // initialize and ping answered, every other request an error saying so.
    void setPaused(bool paused) { m_paused = paused; }
    bool isPaused() const { return m_paused; }
    int sessionCount() const;

    static constexpr int maxConnections = 64;
    static constexpr int helloTimeoutMs = 5000;

Q_SIGNALS:
    // Another launch asked for this instance's window.
    void raiseRequested();
    void sessionsChanged(int count);

private:
    struct Connection;

    void accept();
    void readFrom(const std::shared_ptr<Connection> &connection);
    void handleHello(const std::shared_ptr<Connection> &connection, const QByteArray &line);
    void handleMessage(const std::shared_ptr<Connection> &connection, const QByteArray &line);
    void drop(QLocalSocket *socket);
    static void send(QLocalSocket *socket, const QJsonObject &message);

    McpServer *m_server;
    QLocalServer *m_listener;
    Greeting m_greeting;
    QHash<QLocalSocket *, std::shared_ptr<Connection>> m_connections;
    quint64 m_nextAnonymous = 1;
    bool m_paused = false;
};
