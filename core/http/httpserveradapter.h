#pragma once

#include "httprequest.h"
#include "httpresponder.h"

#include <QObject>

#include <functional>
#include <memory>

class LoopbackHttpServer;

// The one seam to Qt's HTTP server (Technical Preview, API breaks in 6.5 and 6.8). Every request,
// whatever its path or method, reaches one handler; routing, 404 and 405 are the caller's.
// Listens on loopback only. Bodies over the cap are answered 413 before the handler runs.
class HttpServerAdapter : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest &, HttpResponder)>;

    explicit HttpServerAdapter(QObject *parent = nullptr);
    ~HttpServerAdapter() override;

    void setHandler(Handler handler);
    void setMaxBodySize(qint64 bytes);
    qint64 maxBodySize() const;

    // Binds 127.0.0.1 (and [::1] on the same port when the machine has IPv6). port 0 picks a
    // free port. Returns the bound port, or 0 with errorString() set.
    quint16 listen(quint16 port = 0);
    quint16 port() const;
    // The addresses actually bound (127.0.0.1, and ::1 when it could be bound); empty when not
    // listening. Tests check them: nothing may listen on a non-loopback interface.
    QList<QHostAddress> listeningAddresses() const;
    QString errorString() const;
    bool isListening() const;
    void close();

private:
    void dispatch(HttpRequest request, HttpResponder responder);

    friend class LoopbackHttpServer;
    std::unique_ptr<LoopbackHttpServer> m_server;
    Handler m_handler;
    qint64 m_maxBodySize = 4 * 1024 * 1024;
    quint16 m_port = 0;
    QString m_errorString;
};
