#pragma once

#include "jsonlinebuffer.h"

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

// Newline-delimited JSON-RPC over stdin/stdout, for the stdio transport and the stdio relay
// alike. Reading runs on the event loop: lineRead() per non-blank line, overlongLineDropped() for
// a line past JsonLineBuffer::maxLineBytes, and closed() once at end of input, after the last
// line (one without a newline too). write() puts whole messages on the output descriptor.
class StdioChannel : public QObject
{
    Q_OBJECT

public:
    StdioChannel(int inputFd, int outputFd, QObject *parent = nullptr);

    void start();
    void stop(); // stops reading, without closed()
    bool isClosed() const { return m_closed; }
    // All of `bytes`, retried on EINTR; false when the reader went away (stdin EOF follows).
    bool write(const QByteArray &bytes);

Q_SIGNALS:
    void lineRead(const QByteArray &line);
    void overlongLineDropped();
    void closed();

private:
    void readAvailable();

    int m_inputFd;
    int m_outputFd;
    QSocketNotifier *m_notifier = nullptr;
    JsonLineBuffer m_buffer;
    bool m_closed = false;
};
