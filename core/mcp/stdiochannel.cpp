#include "stdiochannel.h"

#include <QSocketNotifier>

#include <cerrno>
#include <unistd.h>

StdioChannel::StdioChannel(int inputFd, int outputFd, QObject *parent)
    : QObject(parent)
    , m_inputFd(inputFd)
    , m_outputFd(outputFd)
{ }

void StdioChannel::start()
{
    m_notifier = new QSocketNotifier(m_inputFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdioChannel::readAvailable);
}

void StdioChannel::stop()
{
    if (m_notifier)
        m_notifier->setEnabled(false);
}

void StdioChannel::readAvailable()
{
    char chunk[65536];
    const ssize_t n = ::read(m_inputFd, chunk, sizeof chunk);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (n <= 0) {
        stop();
        m_closed = true;
        if (const QByteArray rest = m_buffer.takeRest(); !rest.trimmed().isEmpty())
            Q_EMIT lineRead(rest);
        Q_EMIT closed();
        return;
    }
    m_buffer.append(QByteArray(chunk, n));
    QByteArray line;
    while (m_buffer.takeLine(&line))
        Q_EMIT lineRead(line);
    if (m_buffer.dropOverlongLine()) // a line without end: refuse rather than grow forever
        Q_EMIT overlongLineDropped();
}

bool StdioChannel::write(const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(m_outputFd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}
