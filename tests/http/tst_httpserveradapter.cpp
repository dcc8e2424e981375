#include "http/httpserveradapter.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
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

    void deferredResponse()
    {
        std::unique_ptr<QNetworkReply> reply(post(u"/later"_s, "{}"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
    }

    void oversizedBodyIs413()
    {
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
        HttpServerAdapter other;
        const quint16 port = other.listen(0);
        QVERIFY(port != 0);
        // A second adapter cannot take a port already bound on loopback.
        HttpServerAdapter clash;
        QCOMPARE(clash.listen(port), quint16(0));
        QVERIFY(clash.errorString().contains(QString::number(port)));
    }
};

QTEST_GUILESS_MAIN(TestHttpServerAdapter)
#include "tst_httpserveradapter.moc"
