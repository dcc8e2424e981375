#include "stdiorelay.h"

#include "servicelogging.h"

#include "mcp/stdiochannel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

StdioRelay::StdioRelay(QLocalSocket *socket, qint64 instancePid, int inputFd, int outputFd, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_instancePid(instancePid)
    , m_stdio(new StdioChannel(inputFd, outputFd, this))
{
    m_socket->setParent(this);
}

StdioRelay::~StdioRelay() = default;

void StdioRelay::start()
{
    connect(m_socket, &QLocalSocket::readyRead, this, &StdioRelay::readSocket);
    connect(m_socket, &QLocalSocket::disconnected, this, &StdioRelay::instanceGone);
    connect(m_stdio, &StdioChannel::lineRead, this, &StdioRelay::forwardToInstance);
    connect(m_stdio, &StdioChannel::closed, this, &StdioRelay::stdinClosed);
    connect(m_stdio, &StdioChannel::overlongLineDropped, this, [this] { // the instance refuses it too; do not hold it here
        const QJsonObject error{{u"jsonrpc"_s, u"2.0"_s},
                                {u"id"_s, QJsonValue::Null},
                                {u"error"_s, QJsonObject{{u"code"_s, -32600}, {u"message"_s, u"Invalid request: message larger than 16 MiB."_s}}}};
        writeOut(QJsonDocument(error).toJson(QJsonDocument::Compact) + '\n');
    });
    m_stdio->start();
    if (m_socket->bytesAvailable() > 0)
        readSocket();
    if (m_socket->state() != QLocalSocket::ConnectedState)
        instanceGone();
}

QString StdioRelay::idKey(const QJsonValue &id)
{
    return (id.isString() ? u"s"_s : u"n"_s) + QString::fromUtf8(QJsonDocument(QJsonObject{{u"id"_s, id}}).toJson(QJsonDocument::Compact));
}

void StdioRelay::stdinClosed()
{
    m_eof = true;
    qCInfo(lcService) << "relay: stdin closed with" << m_open.size() << "request(s) still open";
    maybeFinish();
}

void StdioRelay::forwardToInstance(const QByteArray &line)
{
    const QJsonObject message = QJsonDocument::fromJson(line).object();
    if (message.contains("method"_L1) && message.contains("id"_L1))
        m_open.insert(idKey(message.value("id"_L1)), message.value("id"_L1));
    m_socket->write(line.trimmed() + '\n');
}

void StdioRelay::readSocket()
{
    m_outBuffer.append(m_socket->readAll());
    QByteArray line;
    while (m_outBuffer.takeLine(&line))
        forwardToClient(line);
    m_outBuffer.dropOverlongLine();
    maybeFinish();
}

void StdioRelay::forwardToClient(const QByteArray &line)
{
    const QJsonObject message = QJsonDocument::fromJson(line).object();
    const bool isAnswer = !message.contains("method"_L1) && (message.contains("result"_L1) || message.contains("error"_L1));
    if (isAnswer)
        m_open.remove(idKey(message.value("id"_L1)));
    writeOut(line + '\n');
}

void StdioRelay::instanceGone()
{
    if (m_finished)
        return;
    if (m_eof && m_open.isEmpty()) {
        finish(0, QString());
        return;
    }
    // Each open request gets an answer, so the client neither waits forever nor guesses.
    const QString message = u"PostHog Companion (pid %1), which this stdio server relays to, stopped before answering. Ask the person to "
                            "start PostHog Companion again, then restart this MCP server in your client."_s.arg(m_instancePid);
    for (const QJsonValue &id : std::as_const(m_open)) {
        const QJsonObject error{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"error"_s, QJsonObject{{u"code"_s, -32603}, {u"message"_s, message}}}};
        writeOut(QJsonDocument(error).toJson(QJsonDocument::Compact) + '\n');
    }
    qCWarning(lcService) << "relay: the instance went away with" << m_open.size() << "request(s) open";
    m_open.clear();
    finish(1, tr("The running PostHog Companion (pid %1) went away; this relay stops. Start PostHog Companion again and restart the MCP "
                 "server in your client.")
                  .arg(m_instancePid));
}

void StdioRelay::writeOut(const QByteArray &bytes)
{
    m_stdio->write(bytes); // false: the client went away; stdin EOF follows
}

void StdioRelay::maybeFinish()
{
    if (m_eof && m_open.isEmpty() && !m_finished)
        finish(0, QString());
}

void StdioRelay::finish(int exitCode, const QString &message)
{
    m_finished = true;
    m_stdio->stop();
    disconnect(m_socket, nullptr, this, nullptr);
    if (m_socket->state() == QLocalSocket::ConnectedState) {
        m_socket->flush(); // a last notification of the client's still goes out before the exit
        m_socket->disconnectFromServer();
    }
    Q_EMIT finished(exitCode, message);
}
