#pragma once

#include <QByteArray>
#include <QObject>

#include <memory>

class McpServer;
class StdioChannel;
struct McpSession;

// MCP over stdin/stdout: newline-delimited JSON-RPC, stdout carries protocol messages only
// (logs go to stderr), finished() after stdin closes and every pending answer went out.
class StdioTransport : public QObject
{
    Q_OBJECT

public:
    explicit StdioTransport(McpServer *server, int inputFd = 0, int outputFd = 1, QObject *parent = nullptr);
    ~StdioTransport() override;

    void start();

Q_SIGNALS:
    void finished();

private:
    void inputClosed();
    void handleLine(const QByteArray &line);
    void write(const QJsonObject &message);
    void maybeFinish();

    McpServer *m_server;
    StdioChannel *m_stdio;
    std::shared_ptr<McpSession> m_session;
    int m_pending = 0;
    bool m_eof = false;
    bool m_finished = false;
};
