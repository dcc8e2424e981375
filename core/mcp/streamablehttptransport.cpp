#include "streamablehttptransport.h"

#include "mcpserver.h"
#include "mcpsession.h"

#include "http/httplogging.h"
#include "http/httpserveradapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray sseEvent(const QJsonObject &message)
{
    return "event: message\ndata: " + compact(message) + "\n\n";
}

bool isLocalHostName(const QString &host)
{
    return host == "localhost"_L1 || host == "127.0.0.1"_L1 || host == "[::1]"_L1 || host == "::1"_L1;
}

// "=?base64?...?=" header values carry UTF-8 that HTTP headers cannot.
QString decodeHeader(const QByteArray &raw)
{
    const QByteArray value = raw.trimmed();
    if (value.startsWith("=?base64?") && value.endsWith("?="))
        return QString::fromUtf8(QByteArray::fromBase64(value.mid(9, value.size() - 11)));
    return QString::fromUtf8(value);
}

// A request's answer: JSON by default, or an SSE stream once a notification must go out first.
struct PendingReply
{
    HttpResponder responder;
    bool acceptsJson = true;
    bool acceptsSse = true;
    bool streaming = false;
    bool done = false;

    void startStream()
    {
        if (streaming)
            return;
        streaming = true;
        responder.beginStream(200, {{"Content-Type", "text/event-stream"}, {"Cache-Control", "no-cache"}, {"X-Accel-Buffering", "no"}});
    }
    void notify(const QJsonObject &notification)
    {
        if (done || !acceptsSse)
            return; // a JSON-only client gets the response alone
        startStream();
        responder.streamWrite(sseEvent(notification));
    }
    void respond(const QJsonObject &message, int status)
    {
        if (done)
            return;
        done = true;
        if (streaming || (!acceptsJson && status == 200)) {
            startStream();
            responder.streamWrite(sseEvent(message));
            responder.endStream();
            return;
        }
        responder.send(status, compact(message));
    }
};

void sendJson(HttpResponder &responder, int status, const QByteArray &json, const HttpResponder::Headers &headers = {})
{
    responder.send(status, json, "application/json", headers);
}

void sendInvalidRequest(HttpResponder &responder, const QString &message)
{
    responder.send(400, compact(McpServer::errorMessage(QJsonValue::Null, McpServer::InvalidRequest, message)));
}

// Header values in a log line: bounded, and never the Authorization header (callers' rule).
QString loggable(const QByteArray &value)
{
    return QString::fromLatin1(value.left(100));
}

// Everything the engine needs to know about the client comes from this one request.
std::shared_ptr<McpSession> sessionFor(const HttpRequest &request)
{
    auto session = std::make_shared<McpSession>();
    session->isHttp = true;
    const QString userAgent = QString::fromUtf8(request.header("User-Agent")).left(120);
    session->clientId = userAgent.isEmpty() ? u"http-client"_s : userAgent;
    session->protocolVersionHeader = QString::fromLatin1(request.header("MCP-Protocol-Version"));
    session->hasMethodHeader = request.hasHeader("Mcp-Method");
    session->methodHeader = decodeHeader(request.header("Mcp-Method"));
    session->hasNameHeader = request.hasHeader("Mcp-Name");
    session->nameHeader = decodeHeader(request.header("Mcp-Name"));
    for (const auto &[name, value] : request.headers) {
        if (name.toLower().startsWith("mcp-param-"))
            session->paramHeaders.insert(QString::fromLatin1(name.mid(10).toLower()), value.trimmed());
    }
    return session;
}

std::shared_ptr<PendingReply> replyFor(const HttpRequest &request, HttpResponder responder)
{
    auto pending = std::make_shared<PendingReply>();
    pending->responder = std::move(responder);
    const QByteArray accept = request.header("Accept").toLower();
    if (!accept.isEmpty() && !accept.contains("*/*")) {
        pending->acceptsJson = accept.contains("application/json") || accept.contains("application/*");
        pending->acceptsSse = accept.contains("text/event-stream");
        if (!pending->acceptsJson && !pending->acceptsSse)
            pending->acceptsJson = true; // lenient: answer JSON rather than 406
    }
    return pending;
}

bool isRequestMessage(const QJsonValue &item)
{
    return item.isObject() && item.toObject().contains("method"_L1) && item.toObject().contains("id"_L1);
}

void ignoreAnswer(const QJsonObject &, int) { }

} // namespace

StreamableHttpTransport::StreamableHttpTransport(McpServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_http(std::make_unique<HttpServerAdapter>())
{
    m_http->setMaxBodySize(1024 * 1024);
    m_http->setHandler([this](const HttpRequest &request, HttpResponder responder) { handle(request, std::move(responder)); });
}

StreamableHttpTransport::~StreamableHttpTransport() = default;

void StreamableHttpTransport::setMaxBodySize(qint64 bytes)
{
    m_http->setMaxBodySize(bytes);
}

quint16 StreamableHttpTransport::listen(quint16 port)
{
    return m_http->listen(port);
}

void StreamableHttpTransport::close()
{
    m_http->close();
}

bool StreamableHttpTransport::isListening() const
{
    return m_http->isListening();
}

quint16 StreamableHttpTransport::port() const
{
    return m_http->port();
}

QList<QHostAddress> StreamableHttpTransport::listeningAddresses() const
{
    return m_http->listeningAddresses();
}

QUrl StreamableHttpTransport::url() const
{
    return QUrl(u"http://127.0.0.1:%1/mcp"_s.arg(m_http->port()));
}

QString StreamableHttpTransport::errorString() const
{
    return m_http->errorString();
}

bool StreamableHttpTransport::checkHostAndOrigin(const HttpRequest &request) const
{
    const QByteArray host = request.header("Host");
    if (!host.isEmpty()) {
        const QUrl hostUrl(u"http://"_s + QString::fromLatin1(host));
        const QString name = hostUrl.host().isEmpty() ? QString::fromLatin1(host) : hostUrl.host();
        if (!hostUrl.isValid())
            return false;
        if (!isAllowedTunnelHost(name) && (!isLocalHostName(name) || (hostUrl.port() != -1 && hostUrl.port() != m_http->port())))
            return false;
    }
    if (request.hasHeader("Origin")) {
        const QUrl origin(QString::fromLatin1(request.header("Origin")));
        if (!origin.isValid() || !isLocalHostName(origin.host()))
            return false;
    }
    return true;
}

// A tunnel's public name: its port is the tunnel's, not ours. Such a request may come from anywhere
// on the internet, so it is admitted only while a token is required (checkToken then asks for it).
bool StreamableHttpTransport::isAllowedTunnelHost(const QString &host) const
{
    return !m_token.isEmpty() && m_allowedHosts.contains(host.toLower());
}

bool StreamableHttpTransport::checkToken(const HttpRequest &request) const
{
    if (m_token.isEmpty())
        return true;
    const QByteArray header = request.header("Authorization");
    const QByteArray expected = "Bearer " + m_token;
    // Constant time in the token's length: every byte is compared whatever differs first.
    unsigned char difference = header.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ (i < header.size() ? header.at(i) : 0));
    return difference == 0;
}

void StreamableHttpTransport::handle(const HttpRequest &request, HttpResponder responder)
{
    if (!admit(request, responder))
        return;
    QJsonDocument document;
    if (!parseBody(request, responder, &document))
        return;
    handleMessages(request, document, std::move(responder));
}

// Path, Host/Origin, method and bearer token, in that order: the answer for whatever fails first.
bool StreamableHttpTransport::admit(const HttpRequest &request, HttpResponder &responder) const
{
    if (request.path.startsWith("/.well-known/"_L1) || request.path.startsWith("/mcp/.well-known/"_L1)) {
        sendJson(responder, 404, R"({"error":"not_found"})"); // never metadata-like: clients would start OAuth
        return false;
    }
    if (!checkHostAndOrigin(request)) {
        qCWarning(lcHttp).noquote() << u"Refused %1 %2 (403): Host '%3' or Origin '%4' is not localhost, 127.0.0.1 or [::1]"_s.arg(
            QString::fromLatin1(request.method), request.path.left(200), loggable(request.header("Host")), loggable(request.header("Origin")));
        sendJson(responder, 403, R"({"error":"forbidden","message":"Host and Origin must be localhost, 127.0.0.1 or [::1]."})");
        return false;
    }
    if (request.path != "/mcp"_L1) {
        sendJson(responder, 404, R"({"error":"not_found","message":"The MCP endpoint is POST /mcp."})");
        return false;
    }
    if (request.method != "POST") {
        sendJson(responder, 405, R"({"error":"method_not_allowed","message":"This server is stateless: use POST /mcp."})", {{"Allow", "POST"}});
        return false;
    }
    if (!checkToken(request)) {
        // Never the header's value: a near miss of the token is a secret too.
        qCWarning(lcHttp).noquote() << u"Refused POST /mcp (401): %1"_s.arg(
            request.hasHeader("Authorization") ? u"the Authorization header does not carry this server's bearer token"_s
                                               : u"no Authorization header"_s);
        responder.send(401, QByteArray(), QByteArray(), {{"WWW-Authenticate", "Bearer"}});
        return false;
    }
    return true;
}

// A JSON body, and a protocol version header this server speaks.
bool StreamableHttpTransport::parseBody(const HttpRequest &request, HttpResponder &responder, QJsonDocument *document) const
{
    if (!request.header("Content-Type").toLower().startsWith("application/json")) {
        sendJson(responder, 415,
                 compact(McpServer::errorMessage(QJsonValue::Null, McpServer::InvalidRequest,
                                                 u"Unsupported Media Type: the body must be application/json."_s)));
        return false;
    }
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || document->isNull()) {
        sendJson(responder, 400,
                 compact(McpServer::errorMessage(QJsonValue::Null, McpServer::ParseError,
                                                 u"Parse error: %1 at byte %2."_s.arg(parseError.errorString()).arg(parseError.offset))));
        return false;
    }
    const QString versionHeader = QString::fromLatin1(request.header("MCP-Protocol-Version"));
    // A stateless-era request names its version in _meta too; the engine checks both, in order.
    const QJsonObject object = document->object();
    const bool modernBody = object.value("params"_L1).toObject().value("_meta"_L1).toObject().contains("io.modelcontextprotocol/protocolVersion"_L1);
    if (modernBody || versionHeader.isEmpty() || McpServer::allVersions().contains(versionHeader))
        return true;
    sendJson(responder, 400,
             compact(McpServer::errorMessage(
                 document->isObject() ? object.value("id"_L1) : QJsonValue::Null, McpServer::UnsupportedVersion,
                 u"Unsupported MCP-Protocol-Version '%1'."_s.arg(versionHeader),
                 QJsonObject{{u"supported"_s, QJsonArray::fromStringList(McpServer::allVersions())}, {u"requested"_s, versionHeader}})));
    return false;
}

void StreamableHttpTransport::handleMessages(const HttpRequest &request, const QJsonDocument &document, HttpResponder responder)
{
    const auto session = sessionFor(request);
    const auto pending = replyFor(request, responder);
    session->acceptsStream = pending->acceptsSse;
    if (document.isArray()) {
        handleBatch(session, document.array(), std::move(responder));
        return;
    }
    if (!document.isObject()) {
        sendInvalidRequest(responder, u"Invalid request: expected a JSON object."_s);
        return;
    }
    const QJsonObject message = document.object();
    if (!isRequestMessage(message)) {
        // A notification, or a client's answer to a request a tool sent it: 202, no body.
        if (message.contains("method"_L1) || message.contains("result"_L1) || message.contains("error"_L1)) {
            m_server->handle(message, session, {}, ignoreAnswer);
            responder.send(202, QByteArray(), QByteArray());
            return;
        }
    }
    m_server->handle(
        message, session, [pending](const QJsonObject &n) { pending->notify(n); },
        [pending](const QJsonObject &m, int status) { pending->respond(m, status); });
    // A client that goes away before its answer cancels the call: nobody could receive the
    // result, and the PostHog request it waits for should not hold a query slot.
    if (message.value("method"_L1).toString() == "tools/call"_L1 && !pending->done) {
        pending->responder.onDisconnected(m_server, [server = m_server, session] { server->cancelCalls(*session); });
    }
}

void StreamableHttpTransport::handleBatch(const std::shared_ptr<McpSession> &session, const QJsonArray &batch, HttpResponder responder)
{
    // Batches exist only in 2025-03-26 (and when no version header says otherwise).
    const QString version = session->protocolVersionHeader;
    if (!version.isEmpty() && version != "2025-03-26"_L1) {
        sendInvalidRequest(responder, u"Invalid request: batches are not allowed in protocol version %1."_s.arg(version));
        return;
    }
    if (batch.isEmpty()) {
        sendInvalidRequest(responder, u"Invalid request: empty batch."_s);
        return;
    }
    auto remaining = std::make_shared<int>(int(std::count_if(batch.begin(), batch.end(), isRequestMessage)));
    if (*remaining == 0) {
        for (const QJsonValue &item : batch)
            m_server->handle(item.toObject(), session, {}, ignoreAnswer);
        responder.send(202, QByteArray(), QByteArray());
        return;
    }
    auto answers = std::make_shared<QJsonArray>();
    for (const QJsonValue &item : batch) {
        if (!item.isObject()) {
            answers->append(McpServer::errorMessage(QJsonValue::Null, McpServer::InvalidRequest, u"Invalid request: not an object."_s));
            continue;
        }
        const bool isRequest = isRequestMessage(item);
        m_server->handle(item.toObject(), session, {}, [answers, remaining, responder, isRequest](const QJsonObject &message, int) mutable {
            answers->append(message);
            if (isRequest && --*remaining == 0)
                responder.send(200, QJsonDocument(*answers).toJson(QJsonDocument::Compact));
        });
    }
}
