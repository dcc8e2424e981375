#pragma once

#include <QByteArray>

// Newline-delimited JSON-RPC framing (stdio, the local socket, the relay): bytes in, whole lines
// out, and a bound on a line that never ends.
class JsonLineBuffer
{
public:
    static constexpr qsizetype maxLineBytes = 16 * 1024 * 1024;

    void append(const QByteArray &bytes) { m_bytes.append(bytes); }
    // The next line that is not blank, without its newline; false when no whole line is left.
    bool takeLine(QByteArray *line);
    // At end of input: what is left (a last line without a newline), possibly empty.
    QByteArray takeRest();
    // True when the bytes after the last newline passed maxLineBytes; they are dropped.
    bool dropOverlongLine();

private:
    QByteArray m_bytes;
};
