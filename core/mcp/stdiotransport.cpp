#include "stdiotransport.h"

#include "mcplogging.h"
#include "mcpserver.h"
#include "mcpsession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSocketNotifier>

#include <cerrno>
#include <unistd.h>

using namespace Qt::StringLiterals;

StdioTransport::StdioTransport(McpServer *server, int inputFd, int outputFd, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_inputFd(inputFd)
    , m_outputFd(outputFd)
    , m_session(std::make_shared<McpSession>())
{
    m_session->clientId = u"stdio-%1"_s.arg(QCoreApplication::applicationPid());
    m_session->acceptsStream = true;
    // stdio is the one transport with a standing channel to the client: tell it when the tool
    // set changes (a key with other scopes, a tool switched off in the app).
    connect(server, &McpServer::toolsListChanged, this, [this] {
        if (m_session->initialized && !m_eof)
            write(McpServer::toolsListChangedNotification());
    });
}

StdioTransport::~StdioTransport() = default;

void StdioTransport::start()
{
    m_notifier = new QSocketNotifier(m_inputFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdioTransport::readAvailable);
}

void StdioTransport::readAvailable()
{
    char chunk[65536];
    const ssize_t n = ::read(m_inputFd, chunk, sizeof chunk);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (n <= 0) {
        m_notifier->setEnabled(false);
        m_eof = true;
        if (!m_buffer.trimmed().isEmpty())
            handleLine(m_buffer);
        m_buffer.clear();
        // The client is gone: its running calls are cancelled (PostHog requests aborted) and
        // answered as such, then the process ends.
        qCInfo(lcMcp) << "stdin closed; cancelling" << m_pending << "pending calls";
        m_server->cancelCalls(*m_session);
        maybeFinish();
        return;
    }
    m_buffer.append(chunk, n);
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (!line.trimmed().isEmpty())
            handleLine(line);
    }
    if (m_buffer.size() > 16 * 1024 * 1024) { // a line without end: refuse rather than grow forever
        m_buffer.clear();
        qCWarning(lcMcp) << "Dropped a stdin line longer than 16 MiB";
        write(McpServer::errorMessage(QJsonValue::Null, McpServer::InvalidRequest, u"Invalid request: message larger than 16 MiB."_s));
    }
}

void StdioTransport::handleLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        qCDebug(lcMcp) << "stdin line of" << line.size() << "bytes is not JSON:" << error.errorString();
        write(McpServer::errorMessage(QJsonValue::Null, McpServer::ParseError,
                                      u"Parse error: %1 at byte %2."_s.arg(error.errorString()).arg(error.offset)));
        return;
    }
    if (!document.isObject()) {
        write(McpServer::errorMessage(QJsonValue::Null, McpServer::InvalidRequest, u"Invalid request: expected one JSON object per line."_s));
        return;
    }
    const QJsonObject message = document.object();
    const bool isRequest = message.contains("id"_L1) && message.contains("method"_L1);
    if (isRequest)
        ++m_pending;
    QPointer<StdioTransport> self(this);
    m_server->handle(
        message, m_session,
        [self](const QJsonObject &n) {
            if (self)
                self->write(n);
        },
        [self, isRequest](const QJsonObject &m, int) {
            if (!self)
                return;
            self->write(m);
            if (isRequest) {
                --self->m_pending;
                self->maybeFinish();
            }
        });
}

void StdioTransport::write(const QJsonObject &message)
{
    const QByteArray bytes = QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(m_outputFd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // the client went away; finished() follows from stdin EOF
        written += n;
    }
}

void StdioTransport::maybeFinish()
{
    if (m_eof && m_pending == 0 && !m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
}
