#include "localsockettransport.h"

#include "jsonlinebuffer.h"
#include "mcplogging.h"
#include "mcpserver.h"
#include "mcpsession.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

// One accepted connection: before its hello it has no session; an "mcp" hello makes it a client.
struct LocalSocketTransport::Connection
{
    QPointer<QLocalSocket> socket;
    JsonLineBuffer buffer;
    std::shared_ptr<McpSession> session; // null until an "mcp" hello
    QHash<QString, QJsonValue> open; // requests not answered yet, cancelled if the relay goes
    bool greeted = false;
};

namespace {
QString openKey(const QJsonValue &id)
{
    return (id.isString() ? u"s"_s : u"n"_s) + QString::fromUtf8(QJsonDocument(QJsonObject{{u"id"_s, id}}).toJson(QJsonDocument::Compact));
}
} // namespace

LocalSocketTransport::LocalSocketTransport(McpServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_listener(new QLocalServer(this))
{
    m_listener->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_listener, &QLocalServer::newConnection, this, &LocalSocketTransport::accept);
    // Like stdio, each relayed client has a standing channel: tell it when the tool set changes.
    connect(server, &McpServer::toolsListChanged, this, [this] {
        for (const auto &connection : std::as_const(m_connections)) {
            if (connection->session && connection->session->initialized)
                send(connection->socket, McpServer::toolsListChangedNotification());
        }
    });
}

LocalSocketTransport::~LocalSocketTransport()
{
    close();
}

bool LocalSocketTransport::listen(const QString &path, QString *error)
{
    if (m_listener->isListening())
        return true;
    if (QFile::exists(path))
        qCInfo(lcMcp) << "removing the socket an earlier instance left at" << path;
    QLocalServer::removeServer(path);
    if (!m_listener->listen(path)) {
        qCWarning(lcMcp) << "cannot listen on the local socket" << path << ":" << m_listener->errorString();
        if (error)
            *error = m_listener->errorString();
        return false;
    }
    qCInfo(lcMcp) << "local socket for relays and later launches at" << m_listener->fullServerName();
    return true;
}

void LocalSocketTransport::close()
{
    const bool wasListening = m_listener->isListening();
    m_listener->close();
    const auto connections = m_connections;
    for (const auto &connection : connections) {
        if (connection->socket)
            connection->socket->abort();
    }
    m_connections.clear();
    if (wasListening)
        Q_EMIT sessionsChanged(0);
}

bool LocalSocketTransport::isListening() const
{
    return m_listener->isListening();
}

int LocalSocketTransport::sessionCount() const
{
    int count = 0;
    for (const auto &connection : std::as_const(m_connections))
        count += connection->session ? 1 : 0;
    return count;
}

void LocalSocketTransport::accept()
{
    while (QLocalSocket *socket = m_listener->nextPendingConnection()) {
        socket->setParent(this);
        if (m_connections.size() >= maxConnections) {
            qCWarning(lcMcp) << "refusing a local connection: already" << maxConnections;
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto connection = std::make_shared<Connection>();
        connection->socket = socket;
        m_connections.insert(socket, connection);
        connect(socket, &QLocalSocket::readyRead, this, [this, connection] { readFrom(connection); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] { drop(socket); });
        // A peer that never says what it wants does not hold a connection slot forever.
        QTimer::singleShot(helloTimeoutMs, socket, [socket, connection] {
            if (!connection->greeted)
                socket->disconnectFromServer();
        });
    }
}

void LocalSocketTransport::drop(QLocalSocket *socket)
{
    const auto connection = m_connections.take(socket);
    socket->deleteLater();
    if (!connection || !connection->session)
        return;
    qCInfo(lcMcp) << "relayed client" << connection->session->clientId << "disconnected with" << connection->open.size() << "request(s) open";
    // Nobody is left to read the answers: what still runs or waits for approval is cancelled,
    // as for a stdio client whose stdin closes.
    connection->open.clear();
    m_server->cancelCalls(*connection->session);
    Q_EMIT sessionsChanged(sessionCount());
}

void LocalSocketTransport::readFrom(const std::shared_ptr<Connection> &connection)
{
    QLocalSocket *socket = connection->socket;
    if (!socket)
        return;
    connection->buffer.append(socket->readAll());
    QByteArray line;
    while (connection->socket && connection->buffer.takeLine(&line)) {
        if (!connection->greeted)
            handleHello(connection, line);
        else if (connection->session)
            handleMessage(connection, line);
    }
    if (connection->buffer.dropOverlongLine()) { // a line without end: refuse rather than grow forever
        qCWarning(lcMcp) << "dropped a local-socket line longer than 16 MiB";
        send(socket, McpServer::errorMessage(QJsonValue::Null, McpServer::InvalidRequest, u"Invalid request: message larger than 16 MiB."_s));
    }
}

void LocalSocketTransport::handleHello(const std::shared_ptr<Connection> &connection, const QByteArray &line)
{
    QLocalSocket *socket = connection->socket;
    const QJsonObject hello = QJsonDocument::fromJson(line).object();
    const QString want = hello.value("want"_L1).toString();
    connection->greeted = true;
    if (hello.value("posthogCompanion"_L1).toString() != "hello"_L1 || !QStringList{u"mcp"_s, u"raise"_s, u"status"_s}.contains(want)) {
        qCInfo(lcMcp) << "a local connection did not start with a hello: closed";
        send(socket, {{u"posthogCompanion"_s, u"refused"_s}, {u"reason"_s, u"Expected a hello line first."_s}});
        socket->disconnectFromServer();
        return;
    }
    QJsonObject greeting = m_greeting ? m_greeting() : QJsonObject();
    greeting.insert(u"posthogCompanion"_s, u"instance"_s);
    send(socket, greeting);
    if (want != "mcp"_L1) {
        if (want == "raise"_L1)
            Q_EMIT raiseRequested();
        socket->disconnectFromServer();
        return;
    }
    connection->session = std::make_shared<McpSession>();
    const qint64 pid = hello.value("pid"_L1).toInteger();
    // The relay's pid, as an in-process stdio server names itself: one identity per client process.
    connection->session->clientId = pid > 0 ? u"stdio-%1"_s.arg(pid) : u"local-%1"_s.arg(m_nextAnonymous++);
    connection->session->acceptsStream = true;
    qCInfo(lcMcp) << "relayed client" << connection->session->clientId << "connected";
    Q_EMIT sessionsChanged(sessionCount());
}

void LocalSocketTransport::handleMessage(const std::shared_ptr<Connection> &connection, const QByteArray &line)
{
    QLocalSocket *socket = connection->socket;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        send(socket, McpServer::errorMessage(QJsonValue::Null, McpServer::ParseError,
                                             u"Parse error: %1 at byte %2."_s.arg(error.errorString()).arg(error.offset)));
        return;
    }
    if (!document.isObject()) {
        send(socket, McpServer::errorMessage(QJsonValue::Null, McpServer::InvalidRequest, u"Invalid request: expected one JSON object per line."_s));
        return;
    }
    const QJsonObject message = document.object();
    const bool isRequest = message.contains("id"_L1) && message.contains("method"_L1);
    const QString method = message.value("method"_L1).toString();
    if (m_paused && isRequest && method != "initialize"_L1 && method != "ping"_L1) {
        send(socket, McpServer::errorMessage(message.value("id"_L1), -32000,
                                             u"PostHog Companion's MCP server is paused. Ask the person to resume it (tray menu or MCP page), "
                                             "then try again."_s));
        return;
    }
    const QString key = openKey(message.value("id"_L1));
    if (isRequest)
        connection->open.insert(key, message.value("id"_L1));
    // Answers may come after the relay went away: the guarded socket is checked on every write.
    QPointer<QLocalSocket> guard(socket);
    std::weak_ptr<Connection> weak = connection;
    m_server->handle(
        message, connection->session, [guard](const QJsonObject &n) { send(guard, n); },
        [guard, weak, key, isRequest](const QJsonObject &m, int) {
            if (const auto alive = weak.lock(); alive && isRequest)
                alive->open.remove(key);
            send(guard, m);
        });
}

void LocalSocketTransport::send(QLocalSocket *socket, const QJsonObject &message)
{
    if (!socket || socket->state() != QLocalSocket::ConnectedState)
        return;
    socket->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
}
