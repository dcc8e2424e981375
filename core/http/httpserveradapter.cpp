#include "httpserveradapter.h"

#include "httplogging.h"
#include "httpresponderstate.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

class LoopbackHttpServer final : public QAbstractHttpServer
{
public:
    explicit LoopbackHttpServer(HttpServerAdapter *owner)
        : m_owner(owner)
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        auto state = std::make_shared<HttpResponderState>();
        state->clock.start();
        state->responder = std::make_unique<QHttpServerResponder>(makeResponder(request, socket));
        state->socket = socket;
        HttpRequest httpRequest = toHttpRequest(request);
        state->method = httpRequest.method;
        state->path = httpRequest.path.left(200);
        m_owner->dispatch(std::move(httpRequest), HttpResponder(std::move(state)));
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    static HttpRequest toHttpRequest(const QHttpServerRequest &request)
    {
        HttpRequest out;
        const auto methodEnum = QMetaEnum::fromType<QHttpServerRequest::Method>();
        out.method = QByteArray(methodEnum.valueToKey(int(request.method()))).toUpper();
        out.url = request.url();
        out.path = request.url().path();
        out.query = request.query();
        out.headers = request.headers();
        out.body = request.body();
        out.remoteAddress = request.remoteAddress();
        return out;
    }

    HttpServerAdapter *m_owner;
};

HttpServerAdapter::HttpServerAdapter(QObject *parent)
    : QObject(parent)
{ }

HttpServerAdapter::~HttpServerAdapter() = default;

void HttpServerAdapter::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void HttpServerAdapter::setMaxBodySize(qint64 bytes)
{
    m_maxBodySize = bytes;
}

qint64 HttpServerAdapter::maxBodySize() const
{
    return m_maxBodySize;
}

quint16 HttpServerAdapter::listen(quint16 port)
{
    close();
    m_server = std::make_unique<LoopbackHttpServer>(this);
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        m_errorString = u"Could not listen on 127.0.0.1:%1: the port is in use or not allowed. "
                        "Choose another port, or 0 for any free port."_s.arg(port);
        qCWarning(lcHttp).noquote() << m_errorString;
        m_server.reset();
        return 0;
    }
    m_errorString.clear();
    // Best effort: clients that resolve "localhost" to ::1 first connect without a detour.
    const bool ipv6 = m_server->listen(QHostAddress::LocalHostIPv6, m_port) != 0;
    qCInfo(lcHttp).noquote() << u"Listening on 127.0.0.1:%1%2"_s.arg(m_port).arg(ipv6 ? u" and [::1]:%1"_s.arg(m_port) : QString());
    return m_port;
}

quint16 HttpServerAdapter::port() const
{
    return m_port;
}

QString HttpServerAdapter::errorString() const
{
    return m_errorString;
}

QList<QHostAddress> HttpServerAdapter::listeningAddresses() const
{
    QList<QHostAddress> addresses;
    if (!m_server)
        return addresses;
    for (const QTcpServer *server : m_server->servers()) {
        if (server->isListening())
            addresses.append(server->serverAddress());
    }
    return addresses;
}

bool HttpServerAdapter::isListening() const
{
    return m_server != nullptr;
}

void HttpServerAdapter::close()
{
    if (m_server)
        qCInfo(lcHttp) << "Stopped listening on port" << m_port;
    m_server.reset();
    m_port = 0;
}

void HttpServerAdapter::dispatch(HttpRequest request, HttpResponder responder)
{
    if (request.body.size() > m_maxBodySize) {
        qCWarning(lcHttp).noquote().nospace() << "Refused " << request.method << ' ' << request.path.left(200) << " (413): a body of "
                                              << request.body.size() << " bytes is over the limit of " << m_maxBodySize;
        responder.send(413, QByteArrayLiteral(R"({"error":"request body too large","maxBytes":)") + QByteArray::number(m_maxBodySize) + '}');
        return;
    }
    if (!m_handler) {
        responder.send(503, QByteArrayLiteral(R"({"error":"server not ready"})"));
        return;
    }
    m_handler(request, std::move(responder));
}
