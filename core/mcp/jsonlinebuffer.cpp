#include "jsonlinebuffer.h"

bool JsonLineBuffer::takeLine(QByteArray *line)
{
    qsizetype newline;
    while ((newline = m_bytes.indexOf('\n')) >= 0) {
        *line = m_bytes.left(newline);
        m_bytes.remove(0, newline + 1);
        if (!line->trimmed().isEmpty())
            return true;
    }
    return false;
}

QByteArray JsonLineBuffer::takeRest()
{
    QByteArray rest;
    rest.swap(m_bytes);
    return rest.trimmed();
}

bool JsonLineBuffer::dropOverlongLine()
{
    if (m_bytes.size() <= maxLineBytes)
        return false;
    m_bytes.clear();
    return true;
}
