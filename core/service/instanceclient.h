#pragma once

#include <QJsonObject>
#include <QObject>

class QLocalSocket;
class QTimer;

// Asks this user's running PostHog Companion (LocalInstance) for something: a relay ("mcp"), its
// window ("raise") or what it serves ("status"). Exactly one of greeted(), absent() or failed()
// follows open().
class InstanceClient : public QObject
{
    Q_OBJECT

public:
    enum class Want { Mcp, Raise, Status };

    explicit InstanceClient(QObject *parent = nullptr);

    void open(Want want, int timeoutMs = 3000);
    // After greeted() for Want::Mcp: the connected socket, now the caller's to relay on.
    QLocalSocket *takeSocket();

    // The greeting's fields, for messages: "PostHog Companion (pid N) serves …".
    static qint64 pidOf(const QJsonObject &greeting) { return greeting.value(QLatin1String("pid")).toInteger(); }
    static QString urlOf(const QJsonObject &greeting) { return greeting.value(QLatin1String("url")).toString(); }
    static bool isHeadless(const QJsonObject &greeting) { return greeting.value(QLatin1String("mode")).toString() == QLatin1String("headless"); }

Q_SIGNALS:
    void greeted(const QJsonObject &greeting);
    // Nothing listens: no instance runs (a socket file left by one that died counts as none).
    void absent();
    // Something listens but did not greet in time, or greeted with a refusal.
    void failed(const QString &reason);

private:
    void readGreeting();
    void finish();

    QLocalSocket *m_socket;
    QTimer *m_timer;
    QByteArray m_buffer;
    bool m_done = false;
};
