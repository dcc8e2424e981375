#pragma once

#include "http/httprequest.h"
#include "http/httpresponder.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class HttpServerAdapter;
class QJsonArray;
class QJsonDocument;
class McpServer;
struct McpSession;

// MCP over Streamable HTTP, stateless (no Mcp-Session-Id): POST /mcp on 127.0.0.1 only, a
// bearer token, Host/Origin checks against DNS rebinding, JSON replies, and SSE replies when a
// call streams progress or logs and the client accepts text/event-stream.
class StreamableHttpTransport : public QObject
{
    Q_OBJECT

public:
    explicit StreamableHttpTransport(McpServer *server, QObject *parent = nullptr);
    ~StreamableHttpTransport() override;

    // Empty: no authentication (tests only; the app warns loudly).
    void setAuthToken(const QString &token) { m_token = token.toUtf8(); }
    void setMaxBodySize(qint64 bytes);
    // Public host names a tunnel forwards to us (TunnelHostNames::normalize'd, --allow-host):
    // accepted on any port, and only while a bearer token is required.
    void setAllowedHosts(const QStringList &hosts) { m_allowedHosts = hosts; }
    QStringList allowedHosts() const { return m_allowedHosts; }
    quint16 listen(quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    // The addresses actually bound: loopback only.
    QList<QHostAddress> listeningAddresses() const;
    QUrl url() const;
    QString errorString() const;

private:
    void handle(const HttpRequest &request, HttpResponder responder);
    bool checkHostAndOrigin(const HttpRequest &request) const;
    bool isAllowedTunnelHost(const QString &host) const;
    bool checkToken(const HttpRequest &request) const;
    bool admit(const HttpRequest &request, HttpResponder &responder) const;
    bool parseBody(const HttpRequest &request, HttpResponder &responder, QJsonDocument *document) const;
    void handleMessages(const HttpRequest &request, const QJsonDocument &document, HttpResponder responder);
    void handleBatch(const std::shared_ptr<McpSession> &session, const QJsonArray &batch, HttpResponder responder);

    McpServer *m_server;
    std::unique_ptr<HttpServerAdapter> m_http;
    QByteArray m_token;
    QStringList m_allowedHosts;
};
