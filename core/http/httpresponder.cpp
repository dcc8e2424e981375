#include "httpresponder.h"

#include "httplogging.h"
#include "httpresponderstate.h"

#include <QPointer>
#include <QTcpSocket>

HttpResponderState::~HttpResponderState()
{
    if (finished || !lcHttp().isDebugEnabled())
        return;
    if (streaming)
        logFinished(" (stream cut short)");
    else
        qCDebug(lcHttp).noquote().nospace() << method << ' ' << path << " -> no response (client gone) after " << clock.elapsed() << " ms";
}

void HttpResponderState::logFinished(const char *how) const
{
    qCDebug(lcHttp).noquote().nospace() << method << ' ' << path << " -> " << status << how << " in " << clock.elapsed() << " ms";
}

HttpResponder::HttpResponder(std::shared_ptr<HttpResponderState> state)
    : m_state(std::move(state))
{ }

bool HttpResponder::isConnected() const
{
    return m_state && m_state->socket && m_state->socket->state() == QAbstractSocket::ConnectedState;
}

bool HttpResponder::isFinished() const
{
    return !m_state || m_state->finished;
}

void HttpResponder::send(int status, const QByteArray &body, const QByteArray &contentType, const Headers &extraHeaders)
{
    if (isFinished() || m_state->streaming || !isConnected())
        return;
    auto &responder = *m_state->responder;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    if (!contentType.isEmpty())
        responder.writeHeader("Content-Type", contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    for (const auto &[key, value] : extraHeaders)
        responder.writeHeader(key, value);
    responder.writeBody(body);
    m_state->finished = true;
    m_state->status = status;
    if (lcHttp().isDebugEnabled())
        m_state->logFinished("");
}

bool HttpResponder::beginStream(int status, const Headers &headers)
{
    if (isFinished() || m_state->streaming || !isConnected())
        return false;
    auto &responder = *m_state->responder;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    for (const auto &[key, value] : headers)
        responder.writeHeader(key, value);
    responder.writeHeader("Connection", "close");
    responder.writeBody(QByteArray());
    m_state->streaming = true;
    m_state->status = status;
    return true;
}

bool HttpResponder::streamWrite(const QByteArray &bytes)
{
    if (isFinished() || !m_state->streaming || !isConnected())
        return false;
    m_state->responder->writeBody(bytes);
    m_state->socket->flush();
    return true;
}

void HttpResponder::endStream()
{
    if (isFinished() || !m_state->streaming)
        return;
    m_state->finished = true;
    if (lcHttp().isDebugEnabled())
        m_state->logFinished(" (stream)");
    if (isConnected())
        m_state->socket->disconnectFromHost();
}

QObject *HttpResponder::connectionContext() const
{
    return m_state ? m_state->socket.data() : nullptr;
}

void HttpResponder::onDisconnected(QObject *receiver, std::function<void()> callback) const
{
    if (!m_state || !m_state->socket)
        return;
    std::weak_ptr<HttpResponderState> weak = m_state;
    QObject::connect(
        m_state->socket, &QAbstractSocket::disconnected, receiver,
        [weak, callback = std::move(callback)] {
            auto state = weak.lock();
            if (state && !state->finished)
                callback();
        },
        Qt::SingleShotConnection);
}
