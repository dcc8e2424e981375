#include "posthogcall.h"

#include "posthogclient.h"
#include "posthoglogging.h"

#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Plain English on purpose, like every message here: agents read them, whatever the UI language.
PostHogError cancelledError()
{
    return PostHogError(PostHogError::Category::Cancelled, u"The request was cancelled."_s);
}

// The path alone: a query string can carry search terms, and a `next` link whatever PostHog put in.
QByteArray loggedPath(const PostHogRequestSpec &spec)
{
    return (spec.absoluteUrl.isEmpty() ? spec.path : spec.absoluteUrl.path()).toUtf8();
}

const char *networkErrorName(QNetworkReply::NetworkError error)
{
    const char *name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    return name ? name : "UnknownNetworkError";
}
} // namespace

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
    deliver(QJsonValue(), cancelledError());
}

void PostHogCall::abandon()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    else
        deliver(QJsonValue(), cancelledError());
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
    return PostHogError(PostHogError::Category::Timeout, u"PostHog did not answer within %1 s. Try again, narrow the query (shorter date "
                                                         "range, a LIMIT), or check your network."_s.arg(qMax(1, m_deadlineMs / 1000)));
}

// The deadline ran out. When it did so during a retry, the failure that made us retry is what the
// caller needs to hear (a reset connection stays a reset connection), not a bare timeout.
PostHogError PostHogCall::deadlineError() const
{
    if (m_retriedError.isNone())
        return timeoutError();
    PostHogError error = m_retriedError;
    error.appendToMessage(u"Retried until the call's %1 s budget ran out."_s.arg(qMax(1, m_deadlineMs / 1000)));
    return error;
}

PostHogError PostHogCall::tooLargeError() const
{
    return PostHogError(PostHogError::Category::ResponseTooLarge, u"PostHog's answer is larger than %1 MiB, more than the app accepts. "
                                                                  "Ask for less: add a LIMIT, a shorter date range, or a smaller page."_s.arg(
                                                                      m_client->retryPolicy().maxResponseBytes / (1024 * 1024)));
}

void PostHogCall::attempt()
{
    if (m_cancelled || m_finished)
        return;
    if (remainingMs() <= 0) {
        deliver(QJsonValue(), deadlineError());
        return;
    }
    ++m_attempts;
    m_timedOut = false;
    m_tooLarge = false;
    m_attemptClock.start();
    m_reply = m_client->sendRaw(m_spec);
    connect(m_reply, &QNetworkReply::finished, this, &PostHogCall::onReplyFinished);
    watchResponseSize();
    armAttemptTimer();
}

void PostHogCall::watchResponseSize()
{
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
}

void PostHogCall::armAttemptTimer()
{
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
    if (finishAbortedAttempt())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Errors below 100 are transport failures; a status with one means the body was cut off.
    const bool transportFailed = reply->error() != QNetworkReply::NoError && reply->error() < 100;
    if (status == 0 || transportFailed)
        return onTransportFailure(reply);
    logAnswer(status);
    if (status >= 200 && status < 300)
        return onSuccess(status, reply->readAll());
    onHttpError(status, reply);
}

void PostHogCall::logAnswer(int status) const
{
    const QByteArray path = loggedPath(m_spec);
    const qint64 ms = m_attemptClock.elapsed();
    if (status >= 500)
        qCWarning(lcPostHog, "%s %s -> HTTP %d in %lld ms (attempt %d)", m_spec.method.constData(), path.constData(), status, ms, m_attempts);
    else
        qCDebug(lcPostHog, "%s %s -> HTTP %d in %lld ms (attempt %d)", m_spec.method.constData(), path.constData(), status, ms, m_attempts);
}

bool PostHogCall::finishAbortedAttempt()
{
    if (!m_cancelled && !m_timedOut && !m_tooLarge)
        return false;
    const QByteArray path = loggedPath(m_spec);
    const qint64 ms = m_attemptClock.elapsed();
    if (m_cancelled || m_timedOut)
        cancelOnServer();
    if (m_cancelled) {
        qCDebug(lcPostHog, "%s %s cancelled after %lld ms (attempt %d)", m_spec.method.constData(), path.constData(), ms, m_attempts);
        deliver(QJsonValue(), cancelledError());
    } else if (m_timedOut) {
        qCWarning(lcPostHog, "%s %s timed out after %lld ms (attempt %d)", m_spec.method.constData(), path.constData(), ms, m_attempts);
        deliver(QJsonValue(), deadlineError());
    } else {
        qCWarning(lcPostHog, "%s %s: answer over %lld bytes, abandoned after %lld ms (attempt %d)", m_spec.method.constData(), path.constData(),
                  m_client->retryPolicy().maxResponseBytes, ms, m_attempts);
        deliver(QJsonValue(), tooLargeError());
    }
    return true;
}

void PostHogCall::onTransportFailure(QNetworkReply *reply)
{
    const PostHogError error = transportError(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCWarning(lcPostHog, "%s %s failed: %s (HTTP status %d) after %lld ms (attempt %d)", m_spec.method.constData(), loggedPath(m_spec).constData(),
              networkErrorName(reply->error()), status, m_attemptClock.elapsed(), m_attempts);
    const bool retryable = error.category() == PostHogError::Category::Network && isTransientNetworkError(reply->error());
    if (m_spec.idempotent && retryable)
        return retryOrFail(error, -1, false);
    deliver(QJsonValue(), error);
}

void PostHogCall::onSuccess(int status, const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return deliver(QJsonValue(QJsonObject()), PostHogError());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return deliver(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), PostHogError());
    qCWarning(lcPostHog, "%s %s: the answer is not valid JSON (%s at byte %d)", m_spec.method.constData(), loggedPath(m_spec).constData(),
              qUtf8Printable(parseError.errorString()), parseError.offset);
    deliver(QJsonValue(), PostHogError(PostHogError::Category::MalformedResponse,
                                       u"PostHog's answer was not valid JSON (%1 at byte %2). If this persists, "
                                       "check the address points at PostHog and not a proxy page."_s.arg(parseError.errorString())
                                           .arg(parseError.offset),
                                       status));
}

void PostHogCall::onHttpError(int status, QNetworkReply *reply)
{
    const int retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));
    PostHogError error = PostHogError::fromHttp(status, reply->readAll(), retryAfter, m_spec.subject);
    if (error.isProjectScopedKey())
        nameScopedProjects(error);
    if (status == 429)
        return retryOrFail(error, error.retryAfterSeconds(), true);
    if ((status == 502 || status == 503 || status == 504) && m_spec.idempotent)
        return retryOrFail(error, retryAfter, false);
    deliver(QJsonValue(), error);
}

void PostHogCall::nameScopedProjects(PostHogError &error) const
{
    if (m_client->scopedProjects().isEmpty())
        return;
    QStringList ids;
    for (qint64 id : m_client->scopedProjects())
        ids.append(QString::number(id));
    error.appendToMessage(u"This key may reach project(s) %1."_s.arg(ids.join(u", "_s)));
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
    qCDebug(lcPostHog, "asking PostHog to stop the abandoned query: DELETE %s", loggedPath(spec).constData());
    QNetworkReply *reply = m_client->sendRaw(spec);
    // Bounded: never let a hung cancel linger; nobody waits for its answer.
    QTimer::singleShot(5000, reply, [reply] { reply->abort(); });
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

int PostHogCall::backoffMs(int retryAfterSeconds, bool rateLimited, int retriesSoFar) const
{
    if (retryAfterSeconds >= 0)
        return retryAfterSeconds * 1000;
    const RetryPolicy &policy = m_client->retryPolicy();
    const int base = rateLimited ? policy.rateLimitBaseDelayMs : policy.transientBaseDelayMs;
    const int exponential = base * (1 << retriesSoFar);
    return exponential / 2 + int(QRandomGenerator::global()->bounded(exponential / 2 + 1));
}

void PostHogCall::retryOrFail(const PostHogError &error, int retryAfterSeconds, bool rateLimited)
{
    const RetryPolicy &policy = m_client->retryPolicy();
    int &used = rateLimited ? m_rateLimitRetries : m_transientRetries;
    const int allowed = rateLimited ? policy.maxRateLimitRetries : policy.maxTransientRetries;
    const QByteArray path = loggedPath(m_spec);
    if (used >= allowed) {
        qCDebug(lcPostHog, "%s %s: giving up after %d retries (%s)", m_spec.method.constData(), path.constData(), used,
                qUtf8Printable(error.categoryName()));
        deliver(QJsonValue(), error);
        return;
    }
    const int waitMs = backoffMs(retryAfterSeconds, rateLimited, used);
    if (waitMs >= remainingMs()) {
        qCDebug(lcPostHog, "%s %s: not retrying, waiting %d ms would overrun the call's %d ms budget (%s)", m_spec.method.constData(),
                path.constData(), waitMs, m_deadlineMs, qUtf8Printable(error.categoryName()));
        deliver(QJsonValue(), budgetExceededError(error, waitMs));
        return;
    }
    ++used;
    m_retriedError = error;
    qCDebug(lcPostHog, "%s %s: retry %d of %d in %d ms (%s)", m_spec.method.constData(), path.constData(), used, allowed, waitMs,
            qUtf8Printable(error.categoryName()));
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &PostHogCall::attempt);
    }
    m_retryTimer->start(waitMs);
}

// Waiting would overrun the call's budget: fail now, saying when to come back.
PostHogError PostHogCall::budgetExceededError(const PostHogError &error, int waitMs)
{
    if (error.category() != PostHogError::Category::RateLimited || error.retryAfterSeconds() >= 0)
        return error;
    const int seconds = qMax(1, waitMs / 1000);
    return PostHogError(error.category(), u"Rate limited by PostHog: retry after %1 s."_s.arg(seconds), error.httpStatus(), error.detail(), seconds);
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
