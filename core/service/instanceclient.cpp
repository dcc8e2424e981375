#include "instanceclient.h"

#include "localinstance.h"
#include "servicelogging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

InstanceClient::InstanceClient(QObject *parent)
    : QObject(parent)
    , m_socket(new QLocalSocket(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

void InstanceClient::open(Want want, int timeoutMs)
{
    const QString wanted = want == Want::Mcp ? u"mcp"_s : want == Want::Raise ? u"raise"_s : u"status"_s;
    connect(m_socket, &QLocalSocket::connected, this, [this, wanted] {
        const QJsonObject hello{{u"posthogCompanion"_s, u"hello"_s}, {u"want"_s, wanted}, {u"pid"_s, QCoreApplication::applicationPid()}};
        m_socket->write(QJsonDocument(hello).toJson(QJsonDocument::Compact) + '\n');
    });
    connect(m_socket, &QLocalSocket::readyRead, this, &InstanceClient::readGreeting);
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
        if (m_done)
            return;
        if (error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError) {
            qCInfo(lcService) << "no running instance answers at" << LocalInstance::socketPath();
            finish();
            Q_EMIT absent();
            return;
        }
        const QString reason = tr("The running PostHog Companion did not answer (%1).").arg(m_socket->errorString());
        finish();
        Q_EMIT failed(reason);
    });
    connect(m_timer, &QTimer::timeout, this, [this, timeoutMs] {
        if (m_done)
            return;
        finish();
        m_socket->abort();
        Q_EMIT failed(tr("A PostHog Companion is running but did not answer within %1 s.").arg(timeoutMs / 1000.0));
    });
    m_timer->start(timeoutMs);
    m_socket->connectToServer(LocalInstance::socketPath());
}

void InstanceClient::readGreeting()
{
    if (m_done)
        return;
    m_buffer.append(m_socket->read(qMax<qint64>(0, 64 * 1024 - m_buffer.size())));
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0)
        return;
    const QJsonObject greeting = QJsonDocument::fromJson(m_buffer.left(newline)).object();
    // Whatever followed the greeting (none yet: the instance answers only what it is sent) stays
    // in the socket for the relay.
    finish();
    if (greeting.value("posthogCompanion"_L1).toString() != "instance"_L1) {
        Q_EMIT failed(tr("The running PostHog Companion refused the connection: %1").arg(greeting.value("reason"_L1).toString()));
        return;
    }
    Q_EMIT greeted(greeting);
}

void InstanceClient::finish()
{
    m_done = true;
    m_timer->stop();
    disconnect(m_socket, nullptr, this, nullptr);
}

QLocalSocket *InstanceClient::takeSocket()
{
    QLocalSocket *socket = m_socket;
    socket->setParent(nullptr);
    return socket;
}
