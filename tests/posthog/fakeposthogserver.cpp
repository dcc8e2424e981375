#include "fakeposthogserver.h"

#include <QAbstractSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

FakePostHogServer::FakePostHogServer(QObject *parent)
    : QObject(parent)
{
    m_http.setMaxBodySize(64 * 1024 * 1024);
    m_http.setHandler([this](const HttpRequest &request, HttpResponder responder) {
        m_received.append({request.method, request.path, request.query, request.url.query(QUrl::FullyEncoded), request.header("Authorization"),
                           request.header("User-Agent"), request.body});
        const QString key = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
        QList<Answer> &queue = m_answers[key];
        if (queue.isEmpty()) {
            responder.send(404, R"({"type":"invalid_request","code":"not_found","detail":"Not found.","attr":null})");
            return;
        }
        const Answer answer = queue.size() > 1 ? queue.takeFirst() : queue.first();
        auto reply = [responder, answer]() mutable {
            if (answer.reset) {
                if (QObject *socket = responder.connectionContext())
                    static_cast<QAbstractSocket *>(socket)->abort();
                return;
            }
            if (answer.truncate) {
                responder.beginStream(answer.status,
                                      {{"Content-Type", "application/json"}, {"Content-Length", QByteArray::number(answer.body.size())}});
                responder.streamWrite(answer.body.left(answer.body.size() / 2));
                QObject *socket = responder.connectionContext();
                QTimer::singleShot(50, socket, [socket] { static_cast<QAbstractSocket *>(socket)->abort(); });
                return;
            }
            if (answer.streamForever) {
                responder.beginStream(200, {{"Content-Type", "application/json"}, {"Content-Length", "999999999"}});
                responder.streamWrite(QByteArray(2 * 1024 * 1024, ' '));
                return;
            }
            responder.send(answer.status, answer.body, "application/json", answer.headers);
        };
        if (answer.delayMs > 0)
            QTimer::singleShot(answer.delayMs, responder.connectionContext(), reply);
        else
            reply();
    });
    m_http.listen(0);
}

QUrl FakePostHogServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_http.port()));
}

void FakePostHogServer::enqueue(const QByteArray &method, const QString &path, const Answer &answer)
{
    m_answers[QString::fromLatin1(method) + QLatin1Char(' ') + path].append(answer);
}

void FakePostHogServer::enqueue(const QByteArray &method, const QString &path, int status, const QByteArray &body)
{
    Answer answer;
    answer.status = status;
    answer.body = body;
    enqueue(method, path, answer);
}

int FakePostHogServer::count(const QByteArray &method, const QString &path) const
{
    int n = 0;
    for (const Received &r : m_received)
        n += (r.method == method && r.path == path) ? 1 : 0;
    return n;
}

void FakePostHogServer::clear()
{
    m_answers.clear();
    m_received.clear();
}
