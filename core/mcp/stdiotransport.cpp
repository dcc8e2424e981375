#include "stdiotransport.h"

#include "mcplogging.h"
#include "mcpserver.h"
#include "mcpsession.h"
#include "stdiochannel.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::StringLiterals;

StdioTransport::StdioTransport(McpServer *server, int inputFd, int outputFd, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_stdio(new StdioChannel(inputFd, outputFd, this))
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
    connect(m_stdio, &StdioChannel::lineRead, this, &StdioTransport::handleLine);
    connect(m_stdio, &StdioChannel::closed, this, &StdioTransport::inputClosed);
    connect(m_stdio, &StdioChannel::overlongLineDropped, this, [this] {
        qCWarning(lcMcp) << "Dropped a stdin line longer than 16 MiB";
        write(McpServer::errorMessage(QJsonValue::Null, McpServer::InvalidRequest, u"Invalid request: message larger than 16 MiB."_s));
    });
    m_stdio->start();
}

// The client is gone: its running calls are cancelled (PostHog requests aborted) and answered
// as such, then the process ends.
void StdioTransport::inputClosed()
{
    m_eof = true;
    qCInfo(lcMcp) << "stdin closed; cancelling" << m_pending << "pending calls";
    m_server->cancelCalls(*m_session);
    maybeFinish();
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
    // A failed write means the client went away; finished() follows from stdin EOF.
    m_stdio->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
}

void StdioTransport::maybeFinish()
{
    if (m_eof && m_pending == 0 && !m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
}
