#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QString>
#include <QTcpSocket>

#include <memory>

// Private to core/http: what an HttpResponder handle shares.
struct HttpResponderState
{
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    bool streaming = false;
    bool finished = false;
    // For the request's log line: never headers, query or body (they may carry a token).
    QByteArray method;
    QString path;
    int status = 0;
    QElapsedTimer clock;

    HttpResponderState() = default;
    HttpResponderState(const HttpResponderState &) = delete;
    HttpResponderState &operator=(const HttpResponderState &) = delete;
    ~HttpResponderState(); // logs a request that ended without a complete answer
    void logFinished(const char *how) const;
};
