#pragma once

#include "mcp/jsonlinebuffer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QObject>

class QLocalSocket;
class StdioChannel;

// `--mcp-stdio` while PostHog Companion runs: newline-delimited JSON-RPC from stdin to the
// instance's local socket and back to stdout, untouched, so approvals, activity and state live in
// the app. Ends with finished(0) after stdin closes and every request got its answer; if the
// instance goes away first, each request still open gets a JSON-RPC error on stdout and
// finished() carries a non-zero code and the reason.
class StdioRelay : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of the connected `socket` (InstanceClient::takeSocket()).
    StdioRelay(QLocalSocket *socket, qint64 instancePid, int inputFd = 0, int outputFd = 1, QObject *parent = nullptr);
    ~StdioRelay() override;

    void start();
    int openRequests() const { return int(m_open.size()); }

Q_SIGNALS:
    void finished(int exitCode, const QString &message);

private:
    void stdinClosed();
    void readSocket();
    void forwardToInstance(const QByteArray &line);
    void forwardToClient(const QByteArray &line);
    void instanceGone();
    void writeOut(const QByteArray &bytes);
    void maybeFinish();
    void finish(int exitCode, const QString &message);
    static QString idKey(const QJsonValue &id);

    QLocalSocket *m_socket;
    qint64 m_instancePid;
    StdioChannel *m_stdio;
    JsonLineBuffer m_outBuffer;
    QHash<QString, QJsonValue> m_open; // requests of the client still waiting for the instance
    bool m_eof = false;
    bool m_finished = false;
};
