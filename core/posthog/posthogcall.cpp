#include "posthogcall.h"

#include "posthogclient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

PostHogCall::PostHogCall(PostHogClient *client, PostHogRequestSpec spec, int deadlineMs, RawCallback callback)
    : QObject(client)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_deadlineMs(deadlineMs)
    , m_callback(std::move(callback))
{
    // A call started from another call's callback continues it (read-then-write operations):
    // the first call's handle then covers both, for cancel() and for finished().
    if (client->m_delivering)
        client->m_delivering->follow(this);
    QMetaObject::invokeMethod(this, &PostHogCall::start, Qt::QueuedConnection);
}

PostHogCall::~PostHogCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_holdsQuerySlot)
        m_client->releaseQuerySlot();
}

void PostHogCall::setDeadline(int milliseconds)
{
    m_deadlineMs = milliseconds;
}

void PostHogCall::follow(PostHogCall *next)
{
    m_next = next;
}

void PostHogCall::cancel()
{
    if (m_next) {
        m_next->cancel();
        return;
    }
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // onReplyFinished delivers Cancelled
        return;
    }
    deliver(QJsonValue(), PostHogError(PostHogError::Category::Cancelled, tr("The request was cancelled.")));
}

void PostHogCall::abandon()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    else
        deliver(QJsonValue(), PostHogError(PostHogError::Category::Cancelled, u"The request was cancelled."_s));
}

void PostHogCall::start()
{
    if (m_finished)
        return;
    m_clock.start();
    if (!m_presetError.isNone()) {
        deliver(QJsonValue(), m_presetError);
        return;
    }
    if (m_spec.isQuery && !m_client->acquireQuerySlot(this))
        return; // the client starts us when a slot frees up
    if (m_spec.isQuery)
        m_holdsQuerySlot = true;
    attempt();
}

int PostHogCall::remainingMs() const
{
    return int(qMax<qint64>(0, m_deadlineMs - m_clock.elapsed()));
}

PostHogError PostHogCall::timeoutError() const
{
    return PostHogError(PostHogError::Category::Timeout, tr("PostHog did not answer within %1 s. Try again, narrow the query (shorter date "
                                                            "range, a LIMIT), or check your network.")
                                                             .arg(qMax(1, m_deadlineMs / 1000)));
}

void PostHogCall::attempt()
{
    if (m_cancelled || m_finished)
        return;
    if (remainingMs() <= 0) {
        deliver(QJsonValue(), timeoutError());
        return;
    }
    ++m_attempts;
    m_timedOut = false;
    m_tooLarge = false;
    m_reply = m_client->sendRaw(m_spec);
    connect(m_reply, &QNetworkReply::finished, this, &PostHogCall::onReplyFinished);
    const qint64 cap = m_client->retryPolicy().maxResponseBytes;
    auto checkSize = [this, cap](qint64 received, qint64 total) {
        if ((received > cap || total > cap) && m_reply && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    };
    connect(m_reply, &QNetworkReply::downloadProgress, this, checkSize);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this, checkSize] {
        if (m_reply)
            checkSize(0, m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this, checkSize] {
        if (m_reply)
            checkSize(m_reply->bytesAvailable(), -1);
    });
    if (!m_attemptTimer) {
        m_attemptTimer = new QTimer(this);
        m_attemptTimer->setSingleShot(true);
        connect(m_attemptTimer, &QTimer::timeout, this, [this] {
            if (m_reply) {
                m_timedOut = true;
                m_reply->abort();
            }
        });
    }
    m_attemptTimer->start(remainingMs());
}

namespace {
int parseRetryAfter(const QByteArray &header)
{
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    return ok && seconds >= 0 ? seconds : -1; // an HTTP-date or a negative value counts as absent
}

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::UnknownNetworkError: return true;
    default: return false;
    }
}
} // namespace

void PostHogCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_attemptTimer)
        m_attemptTimer->stop();

    using Category = PostHogError::Category;
    if (m_cancelled || m_timedOut)
        cancelOnServer();
    if (m_cancelled) {
        deliver(QJsonValue(), PostHogError(Category::Cancelled, tr("The request was cancelled.")));
        return;
    }
    if (m_timedOut) {
        deliver(QJsonValue(), timeoutError());
        return;
    }
    if (m_tooLarge) {
        deliver(QJsonValue(), PostHogError(Category::ResponseTooLarge, tr("PostHog's answer is larger than %1 MiB, more than the app accepts. "
                                                                          "Ask for less: add a LIMIT, a shorter date range, or a smaller page.")
                                                                           .arg(m_client->retryPolicy().maxResponseBytes / (1024 * 1024))));
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    // Errors below 100 are transport failures; a status with one means the body was cut off.
    const bool transportFailed = reply->error() != QNetworkReply::NoError && reply->error() < 100;
    if (status == 0 || transportFailed) {
        const PostHogError error = transportError(reply);
        const bool retryable = error.category() == Category::Network && isTransientNetworkError(reply->error());
        if (m_spec.idempotent && retryable) {
            retryOrFail(error, -1, false);
            return;
        }
        deliver(QJsonValue(), error);
        return;
    }

    if (status >= 200 && status < 300) {
        if (body.trimmed().isEmpty()) {
            deliver(QJsonValue(QJsonObject()), PostHogError());
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            deliver(QJsonValue(), PostHogError(Category::MalformedResponse,
                                               tr("PostHog's answer was not valid JSON (%1 at byte %2). If this persists, "
                                                  "check the address points at PostHog and not a proxy page.")
                                                   .arg(parseError.errorString())
                                                   .arg(parseError.offset),
                                               status));
            return;
        }
        deliver(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), PostHogError());
        return;
    }

    const int retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));
    PostHogError error = PostHogError::fromHttp(status, body, retryAfter, m_spec.subject);
    if (error.isProjectScopedKey() && !m_client->scopedProjects().isEmpty()) {
        QStringList ids;
        for (qint64 id : m_client->scopedProjects())
            ids.append(QString::number(id));
        error.appendToMessage(u"This key may reach project(s) %1."_s.arg(ids.join(u", "_s)));
    }
    if (status == 429) {
        retryOrFail(error, error.retryAfterSeconds(), true);
        return;
    }
    if ((status == 502 || status == 503 || status == 504) && m_spec.idempotent) {
        retryOrFail(error, retryAfter, false);
        return;
    }
    deliver(QJsonValue(), error);
}

PostHogError PostHogCall::transportError(QNetworkReply *reply) const
{
    using Category = PostHogError::Category;
    const QString host = m_client->connection().apiBase().host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto netError = reply->error();
    // Plain English on purpose: these texts are read by agents, not translated.
    if (status != 0) {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        const QString sizes = announced > 0 ? u" (the answer announced %1 bytes)"_s.arg(announced) : QString();
        return PostHogError(Category::Network,
                            u"PostHog's answer was cut off before it was complete%1: the connection "
                            "to %2 dropped mid-answer. Try again; if it keeps happening, ask for less "
                            "(a LIMIT, a smaller page) or check any proxy in between."_s.arg(sizes, host),
                            status);
    }
    if (netError == QNetworkReply::SslHandshakeFailedError)
        return PostHogError(Category::Tls, u"The secure connection to %1 failed (TLS). Check the address, "
                                           "the system clock, and any proxy that intercepts HTTPS."_s.arg(host));
    if (netError == QNetworkReply::HostNotFoundError)
        return PostHogError(Category::Network, u"Could not resolve %1 (DNS). Check the address and your "
                                               "network connection."_s.arg(host));
    if (netError == QNetworkReply::RemoteHostClosedError)
        return PostHogError(Category::Network, u"The connection to PostHog at %1 was reset: it closed the "
                                               "connection before answering. It was retried; try again, "
                                               "and check any proxy or firewall in between."_s.arg(host));
    if (netError == QNetworkReply::ConnectionRefusedError)
        return PostHogError(Category::Network, u"PostHog at %1 refused the connection: nothing is listening "
                                               "there. Check the address and port."_s.arg(host));
    return PostHogError(Category::Network, u"Could not reach PostHog at %1: %2. Check your network connection and the address."_s.arg(
                                               host, reply->errorString().replace(m_client->apiKey(), u"***"_s)));
}

void PostHogCall::cancelOnServer()
{
    if (m_spec.cancelPath.isEmpty())
        return;
    PostHogRequestSpec spec;
    spec.method = "DELETE";
    spec.path = m_spec.cancelPath;
    QNetworkReply *reply = m_client->sendRaw(spec);
    // Bounded: never let a hung cancel linger; nobody waits for its answer.
    QTimer::singleShot(5000, reply, [reply] { reply->abort(); });
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void PostHogCall::retryOrFail(const PostHogError &error, int retryAfterSeconds, bool rateLimited)
{
    const RetryPolicy &policy = m_client->retryPolicy();
    int &used = rateLimited ? m_rateLimitRetries : m_transientRetries;
    const int allowed = rateLimited ? policy.maxRateLimitRetries : policy.maxTransientRetries;
    if (used >= allowed) {
        deliver(QJsonValue(), error);
        return;
    }
    int waitMs;
    if (retryAfterSeconds >= 0) {
        waitMs = retryAfterSeconds * 1000;
    } else {
        const int base = rateLimited ? policy.rateLimitBaseDelayMs : policy.transientBaseDelayMs;
        const int exponential = base * (1 << used);
        waitMs = exponential / 2 + int(QRandomGenerator::global()->bounded(exponential / 2 + 1));
    }
    if (waitMs >= remainingMs()) {
        // Waiting would overrun the call's budget: fail now, saying when to come back.
        PostHogError late = error;
        if (error.category() == PostHogError::Category::RateLimited && error.retryAfterSeconds() < 0)
            late = PostHogError(error.category(), tr("Rate limited by PostHog: retry after %1 s.").arg(qMax(1, waitMs / 1000)), error.httpStatus(),
                                error.detail(), qMax(1, waitMs / 1000));
        deliver(QJsonValue(), late);
        return;
    }
    ++used;
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &PostHogCall::attempt);
    }
    m_retryTimer->start(waitMs);
}

void PostHogCall::deliver(const QJsonValue &value, const PostHogError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_holdsQuerySlot) {
        m_holdsQuerySlot = false;
        m_client->releaseQuerySlot();
    }
    if (m_callback) {
        QPointer<PostHogCall> outer = m_client->m_delivering;
        m_client->m_delivering = this;
        m_callback(value, error);
        m_client->m_delivering = outer;
    }
    m_callback = nullptr;
    if (m_next && !m_next->isFinished()) {
        connect(m_next, &PostHogCall::finished, this, [this] {
            Q_EMIT finished();
            deleteLater();
        });
        return;
    }
    Q_EMIT finished();
    deleteLater();
}
