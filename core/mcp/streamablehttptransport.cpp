#include "streamablehttptransport.h"

#include "mcpserver.h"
#include "mcpsession.h"

#include "http/httpserveradapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        if (!hostUrl.isValid() || !isLocalHostName(hostUrl.host().isEmpty() ? QString::fromLatin1(host) : hostUrl.host()))
            return false;
        if (hostUrl.port() != -1 && hostUrl.port() != m_http->port())
            return false;
    }
    if (request.hasHeader("Origin")) {
        const QUrl origin(QString::fromLatin1(request.header("Origin")));
        if (!origin.isValid() || !isLocalHostName(origin.host()))
            return false;
    }
    return true;
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
    auto plain = [&](int status, const QByteArray &json, const HttpResponder::Headers &headers = {}) {
        responder.send(status, json, "application/json", headers);
    };
    if (request.path.startsWith("/.well-known/"_L1) || request.path.startsWith("/mcp/.well-known/"_L1)) {
        plain(404, R"({"error":"not_found"})"); // never metadata-like: clients would start OAuth
        return;
    }
    if (!checkHostAndOrigin(request)) {
        plain(403, R"({"error":"forbidden","message":"Host and Origin must be localhost, 127.0.0.1 or [::1]."})");
        return;
    }
    if (request.path != "/mcp"_L1) {
        plain(404, R"({"error":"not_found","message":"The MCP endpoint is POST /mcp."})");
        return;
    }
    if (request.method != "POST") {
        plain(405, R"({"error":"method_not_allowed","message":"This server is stateless: use POST /mcp."})", {{"Allow", "POST"}});
        return;
    }
    if (!checkToken(request)) {
        responder.send(401, QByteArray(), QByteArray(), {{"WWW-Authenticate", "Bearer"}});
        return;
    }
    const QByteArray contentType = request.header("Content-Type").toLower();
    if (!contentType.startsWith("application/json")) {
        plain(415, compact(McpServer::errorMessage(QJsonValue::Null, McpServer::InvalidRequest,
                                                   u"Unsupported Media Type: the body must be application/json."_s)));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull()) {
        plain(400, compact(McpServer::errorMessage(QJsonValue::Null, McpServer::ParseError,
                                                   u"Parse error: %1 at byte %2."_s.arg(parseError.errorString()).arg(parseError.offset))));
        return;
    }
    const QString versionHeader = QString::fromLatin1(request.header("MCP-Protocol-Version"));
    // A stateless-era request names its version in _meta too; the engine checks both, in order.
    const bool modernBody
        = document.isObject()
          && document.object().value("params"_L1).toObject().value("_meta"_L1).toObject().contains("io.modelcontextprotocol/protocolVersion"_L1);
    if (!modernBody && !versionHeader.isEmpty() && !McpServer::allVersions().contains(versionHeader)) {
        plain(400, compact(McpServer::errorMessage(
                       document.isObject() ? document.object().value("id"_L1) : QJsonValue::Null, McpServer::UnsupportedVersion,
                       u"Unsupported MCP-Protocol-Version '%1'."_s.arg(versionHeader),
                       QJsonObject{{u"supported"_s, QJsonArray::fromStringList(McpServer::allVersions())}, {u"requested"_s, versionHeader}})));
        return;
    }
    handleMessages(request, document, std::move(responder));
}

void StreamableHttpTransport::handleMessages(const HttpRequest &request, const QJsonDocument &document, HttpResponder responder)
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
    const QByteArray accept = request.header("Accept").toLower();
    auto pending = std::make_shared<PendingReply>();
    pending->responder = responder;
    if (!accept.isEmpty() && !accept.contains("*/*")) {
        pending->acceptsJson = accept.contains("application/json") || accept.contains("application/*");
        pending->acceptsSse = accept.contains("text/event-stream");
        if (!pending->acceptsJson && !pending->acceptsSse)
            pending->acceptsJson = true; // lenient: answer JSON rather than 406
    }
    session->acceptsStream = pending->acceptsSse;

    if (document.isArray()) {
        // Batches exist only in 2025-03-26 (and when no version header says otherwise).
        const QString version = session->protocolVersionHeader;
        if (!version.isEmpty() && version != "2025-03-26"_L1) {
            responder.send(400, compact(McpServer::errorMessage(QJsonValue::Null, McpServer::InvalidRequest,
                                                                u"Invalid request: batches are not allowed in protocol version %1."_s.arg(version))));
            return;
        }
        const QJsonArray batch = document.array();
        if (batch.isEmpty()) {
            responder.send(400, compact(McpServer::errorMessage(QJsonValue::Null, McpServer::InvalidRequest, u"Invalid request: empty batch."_s)));
            return;
        }
        auto answers = std::make_shared<QJsonArray>();
        auto remaining = std::make_shared<int>(0);
        for (const QJsonValue &item : batch) {
            if (item.isObject() && item.toObject().contains("method"_L1) && item.toObject().contains("id"_L1))
                ++*remaining;
        }
        if (*remaining == 0) {
            for (const QJsonValue &item : batch)
                m_server->handle(item.toObject(), session, {}, [](const QJsonObject &, int) {});
            responder.send(202, QByteArray(), QByteArray());
            return;
        }
        for (const QJsonValue &item : batch) {
            const bool isRequest = item.isObject() && item.toObject().contains("method"_L1) && item.toObject().contains("id"_L1);
            if (!item.isObject()) {
                answers->append(McpServer::errorMessage(QJsonValue::Null, McpServer::InvalidRequest, u"Invalid request: not an object."_s));
                continue;
            }
            m_server->handle(item.toObject(), session, {}, [answers, remaining, responder, isRequest](const QJsonObject &message, int) mutable {
                answers->append(message);
                if (isRequest && --*remaining == 0)
                    responder.send(200, QJsonDocument(*answers).toJson(QJsonDocument::Compact));
            });
        }
        return;
    }
    if (!document.isObject()) {
        responder.send(400,
                       compact(McpServer::errorMessage(QJsonValue::Null, McpServer::InvalidRequest, u"Invalid request: expected a JSON object."_s)));
        return;
    }
    const QJsonObject message = document.object();
    const bool isRequest = message.contains("id"_L1) && message.contains("method"_L1);
    if (!isRequest && message.contains("method"_L1)) {
        m_server->handle(message, session, {}, [](const QJsonObject &, int) {});
        responder.send(202, QByteArray(), QByteArray());
        return;
    }
    if (!isRequest && (message.contains("result"_L1) || message.contains("error"_L1))) {
        m_server->handle(message, session, {}, [](const QJsonObject &, int) {});
        responder.send(202, QByteArray(), QByteArray());
        return;
    }
    m_server->handle(
        message, session, [pending](const QJsonObject &n) { pending->notify(n); },
        [pending](const QJsonObject &m, int status) { pending->respond(m, status); });
}
