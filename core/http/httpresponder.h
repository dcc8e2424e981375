#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>
#include <memory>

class QObject;
struct HttpResponderState;

// A copyable handle to one pending HTTP response. It may be kept after the request handler
// returns (deferred and streamed answers) and is safe to use after the client went away:
// every write checks the connection first (Qt 6.4 would crash writing to a deleted socket).
class HttpResponder
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpResponder() = default;
    explicit HttpResponder(std::shared_ptr<HttpResponderState> state);

    bool isConnected() const;
    bool isFinished() const;

    // A complete response with Content-Length; the connection stays reusable.
    void send(int status, const QByteArray &body, const QByteArray &contentType = QByteArrayLiteral("application/json"),
              const Headers &extraHeaders = {});

    // An open-ended response (Server-Sent Events). On Qt 6.4 it is framed by closing the
    // connection at the end (`Connection: close`). Returns false once the client is gone.
    bool beginStream(int status, const Headers &headers);
    bool streamWrite(const QByteArray &bytes);
    void endStream();

    // Lives exactly as long as the client connection: parent timers and watchers to it.
    // Null when the client has already gone.
    QObject *connectionContext() const;
    // Runs `callback` once if the client disconnects before the response is finished.
    void onDisconnected(QObject *receiver, std::function<void()> callback) const;

private:
    std::shared_ptr<HttpResponderState> m_state;
};
