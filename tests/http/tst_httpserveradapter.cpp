#include "http/httpserveradapter.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestHttpServerAdapter : public QObject
{
    Q_OBJECT

private:
    QUrl url(const QString &path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.port()).arg(path)); }
    QNetworkReply *post(const QString &path, const QByteArray &body)
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        return m_nam.post(request, body);
    }

    // Where a connection attempt ends: ConnectedState, or UnconnectedState once refused. Fails
    // the test when neither happens in time.
    static QAbstractSocket::SocketState connectTo(const QHostAddress &address, quint16 port)
    {
        QTcpSocket socket;
        bool refused = false;
        QObject::connect(&socket, &QAbstractSocket::errorOccurred, [&refused] { refused = true; });
        socket.connectToHost(address, port);
        if (!QTest::qWaitFor([&] { return refused || socket.state() == QAbstractSocket::ConnectedState; }, 5000)) {
            QTest::qFail(qPrintable(u"connecting to %1:%2 neither succeeded nor failed in 5 s"_s.arg(address.toString()).arg(port)), __FILE__,
                         __LINE__);
            return QAbstractSocket::ClosingState; // never a state a test expects
        }
        return refused ? QAbstractSocket::UnconnectedState : QAbstractSocket::ConnectedState;
    }

    HttpServerAdapter m_server;
    QNetworkAccessManager m_nam;
    int m_streamTicks = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_server.setMaxBodySize(1024);
        m_server.setHandler([this](const HttpRequest &request, HttpResponder responder) {
            if (request.path == "/echo"_L1) {
                responder.send(200, request.method + ' ' + request.body + ' ' + request.header("x-TEST"), "text/plain", {{"X-Reply", "yes"}});
            } else if (request.path == "/later"_L1) {
                QTimer::singleShot(50, responder.connectionContext(), [responder]() mutable { responder.send(202, "{}"); });
            } else if (request.path == "/stream"_L1) {
                responder.beginStream(200, {{"Content-Type", "text/event-stream"}});
                auto *timer = new QTimer(responder.connectionContext());
                timer->setInterval(10);
                QObject::connect(timer, &QTimer::timeout, [this, responder, timer]() mutable {
                    ++m_streamTicks;
                    if (!responder.streamWrite("data: tick\n\n") || m_streamTicks >= 5) {
                        responder.endStream();
                        timer->stop();
                    }
                });
                timer->start();
            } else {
                responder.send(404, R"({"error":"no such path"})");
            }
        });
        QVERIFY(m_server.listen(0) != 0);
    }

    void plainResponseKeepsHeadersAndBody()
    {
        QNetworkRequest request(url(u"/echo"_s));
        request.setRawHeader("X-Test", "  value  ");
        request.setHeader(QNetworkRequest::ContentTypeHeader, "text/plain");
        std::unique_ptr<QNetworkReply> reply(m_nam.post(request, QByteArray("hello")));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("POST hello value"));
        QCOMPARE(reply->rawHeader("X-Reply"), QByteArray("yes"));
    }

    void requestsAreLoggedAtDebugWithoutQuery()
    {
        QLoggingCategory::setFilterRules(u"phc.http.debug=true"_s);
        // Anchored: the line has method, path, status and duration, and nothing of the query.
        QTest::ignoreMessage(QtDebugMsg, QRegularExpression(u"^POST /echo -> 200 in \\d+ ms$"_s));
        QNetworkRequest request(url(u"/echo?token=never-logged"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "text/plain");
        std::unique_ptr<QNetworkReply> reply(m_nam.post(request, QByteArray("body")));
        QTRY_VERIFY(reply->isFinished());
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

    void deferredResponse()
    {
        std::unique_ptr<QNetworkReply> reply(post(u"/later"_s, "{}"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
    }

    void oversizedBodyIs413()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Refused POST /echo \\(413\\): a body of 4096 bytes is over the limit of 1024$"_s));
        std::unique_ptr<QNetworkReply> reply(post(u"/echo"_s, QByteArray(4096, 'x')));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
    }

    void streamArrivesWhole()
    {
        m_streamTicks = 0;
        std::unique_ptr<QNetworkReply> reply(post(u"/stream"_s, "{}"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->readAll().count("data: tick"), 5);
    }

    void clientAbortMidStreamIsSurvived()
    {
        m_streamTicks = 0;
        std::unique_ptr<QNetworkReply> reply(post(u"/stream"_s, "{}"));
        QTRY_VERIFY(m_streamTicks >= 1);
        reply->abort();
        QTest::qWait(60); // let the stream timer fire against the closed connection
        std::unique_ptr<QNetworkReply> next(post(u"/echo"_s, "again"));
        QTRY_VERIFY(next->isFinished());
        QCOMPARE(next->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

    void listensOnLoopbackOnly()
    {
        const QList<QHostAddress> addresses = m_server.listeningAddresses();
        QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHost)));
        for (const QHostAddress &address : addresses)
            QVERIFY2(address.isLoopback(), qPrintable(address.toString()));
        // The socket is bound to 127.0.0.1 itself, not to every interface: a server bound to
        // 0.0.0.0 would also accept on 127.0.0.2. (Another loopback address rather than the
        // machine's LAN address: tests send traffic to loopback only.)
        const QHostAddress otherLoopback(u"127.0.0.2"_s);
        QTcpServer control;
        if (!control.listen(otherLoopback, 0))
            QSKIP("127.0.0.2 cannot be bound on this machine");
        QCOMPARE(connectTo(otherLoopback, control.serverPort()), QAbstractSocket::ConnectedState);
        QCOMPARE(connectTo(otherLoopback, m_server.port()), QAbstractSocket::UnconnectedState);
        QCOMPARE(connectTo(QHostAddress(QHostAddress::LocalHost), m_server.port()), QAbstractSocket::ConnectedState);
    }

    void notListeningBindsNothing()
    {
        HttpServerAdapter idle;
        QVERIFY(idle.listeningAddresses().isEmpty());
        QVERIFY(idle.listen(0) != 0);
        QVERIFY(!idle.listeningAddresses().isEmpty());
        idle.close();
        QVERIFY(idle.listeningAddresses().isEmpty());
    }

    void portInUseIsReported()
    {
        HttpServerAdapter other;
        const quint16 port = other.listen(0);
        QVERIFY(port != 0);
        // A second adapter cannot take a port already bound on loopback.
        HttpServerAdapter clash;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"^listen failed"_s)); // Qt's own line
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Could not listen on 127.0.0.1:%1"_s.arg(port)));
        QCOMPARE(clash.listen(port), quint16(0));
        QVERIFY(clash.errorString().contains(QString::number(port)));
        QVERIFY(clash.listeningAddresses().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpServerAdapter)
#include "tst_httpserveradapter.moc"
