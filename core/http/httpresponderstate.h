#pragma once

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

// Private to core/http: what an HttpResponder handle shares.
struct HttpResponderState
{
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    bool streaming = false;
    bool finished = false;
};
