#pragma once

#include "posthogerror.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

class PostHogClient;
class QNetworkReply;
class QTimer;

// What to send: built by PostHogClient for each endpoint.
struct PostHogRequestSpec
{
    QByteArray method = "GET";
    QString path; // "/api/projects/1/insights/"
    QUrlQuery query;
    QJsonValue body = QJsonValue::Undefined; // Undefined: no body
    bool idempotent = true; // GETs and queries: 5xx and network errors may be retried
    bool isQuery = false; // counts against the concurrent-query cap
    QString subject; // "insight 42": named in 404 messages
    QUrl absoluteUrl; // when following a `next` link as given
    // For blocking queries: where to send DELETE when we give up on the answer, because PostHog
    // keeps running an abandoned query and it holds one of the team's few concurrent slots.
    QString cancelPath;
};

// One in-flight PostHog call (with its retries). Returned by every PostHogClient method; owned
// by the client; deletes itself once its callback has run. The request starts on the next event
// loop turn, so a deadline set right after the method returns applies.
class PostHogCall : public QObject
{
    Q_OBJECT

public:
    using RawCallback = std::function<void(const QJsonValue &value, const PostHogError &error)>;

    PostHogCall(PostHogClient *client, PostHogRequestSpec spec, int deadlineMs, RawCallback callback);
    ~PostHogCall() override;

    // Aborts the request (or a pending retry); the callback receives Category::Cancelled.
    void cancel();
    // Cancels this call alone (not a follow-up), e.g. when the one waiting for it is gone.
    void abandon();
    void setDeadline(int milliseconds);
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }
    // Makes this call last until `next` (a follow-up request) finishes; cancel() reaches it.
    void follow(PostHogCall *next);

Q_SIGNALS:
    void finished();

private:
    friend class PostHogClient;
    void start();
    void attempt();
    void watchResponseSize(); // aborts the reply once it outgrows RetryPolicy::maxResponseBytes
    void armAttemptTimer(); // aborts the reply when the call's deadline passes
    // onReplyFinished's steps, by how the attempt ended.
    void onReplyFinished();
    bool finishAbortedAttempt(); // we aborted it (cancel, deadline, size): true once delivered
    void onTransportFailure(QNetworkReply *reply);
    void onSuccess(int status, const QByteArray &body);
    void onHttpError(int status, QNetworkReply *reply);
    void nameScopedProjects(PostHogError &error) const;
    void logAnswer(int status) const;
    void retryOrFail(const PostHogError &error, int retryAfterSeconds, bool rateLimited);
    int backoffMs(int retryAfterSeconds, bool rateLimited, int retriesSoFar) const;
    static PostHogError budgetExceededError(const PostHogError &error, int waitMs);
    void deliver(const QJsonValue &value, const PostHogError &error);
    int remainingMs() const;
    PostHogError timeoutError() const;
    PostHogError deadlineError() const;
    PostHogError tooLargeError() const;
    PostHogError transportError(QNetworkReply *reply) const;
    // Asks PostHog to stop the query behind this call (fire and forget).
    void cancelOnServer();

    PostHogClient *m_client;
    PostHogRequestSpec m_spec;
    int m_deadlineMs;
    RawCallback m_callback;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_attemptTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QElapsedTimer m_clock;
    QElapsedTimer m_attemptClock; // for the log line of each attempt
    QPointer<PostHogCall> m_next;
    int m_attempts = 0;
    int m_rateLimitRetries = 0;
    int m_transientRetries = 0;
    bool m_timedOut = false;
    PostHogError m_retriedError; // the failure the last retry answered, if any
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_holdsQuerySlot = false;
    PostHogError m_presetError;
};
