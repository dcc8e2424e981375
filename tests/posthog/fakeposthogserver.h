#pragma once

#include "http/httpserveradapter.h"

#include <QList>
#include <QObject>
#include <QUrl>

// A scripted PostHog for tests: answers queued per "METHOD /path", records what it received,
// and injects faults (status codes, Retry-After, slowness, resets, broken bodies).
class FakePostHogServer : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
        bool reset = false; // close the connection without answering
        bool streamForever = false; // start a body and never finish it (oversized)
        bool truncate = false; // announce `body`'s length, send half of it, then drop the connection
    };
    struct Received
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QString rawQuery; // as it was on the wire, to check percent-encoding
        QByteArray authorization;
        QByteArray userAgent;
        QByteArray body;
    };

    explicit FakePostHogServer(QObject *parent = nullptr);
    QUrl baseUrl() const;
    // Answers are used in order; the last one repeats.
    void enqueue(const QByteArray &method, const QString &path, const Answer &answer);
    void enqueue(const QByteArray &method, const QString &path, int status, const QByteArray &body);
    const QList<Received> &received() const { return m_received; }
    int count(const QByteArray &method, const QString &path) const;
    void clear();

private:
    HttpServerAdapter m_http;
    QHash<QString, QList<Answer>> m_answers;
    QList<Received> m_received;
};
