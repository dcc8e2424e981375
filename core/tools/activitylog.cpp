#include "activitylog.h"

#include "mcp/mcpserver.h"

ActivityLog::ActivityLog(QObject *parent)
    : QObject(parent)
{ }

void ActivityLog::attach(McpServer *server)
{
    connect(server, &McpServer::toolCallStarted, this, &ActivityLog::started);
    connect(server, &McpServer::toolCallFinished, this, &ActivityLog::finished);
}

void ActivityLog::clear()
{
    m_records.clear();
    Q_EMIT cleared();
}

void ActivityLog::started(const ToolCallRecord &record)
{
    if (m_records.size() >= m_capacity) {
        m_records.clear(); // the view resets; a long-running app keeps memory bounded
        Q_EMIT cleared();
    }
    m_records.append(record);
    Q_EMIT recordAdded(int(m_records.size()) - 1);
}

void ActivityLog::finished(const ToolCallRecord &record)
{
    for (qsizetype i = m_records.size() - 1; i >= 0; --i) {
        if (m_records.at(i).callId == record.callId) {
            m_records[i] = record;
            Q_EMIT recordUpdated(int(i));
            return;
        }
    }
    m_records.append(record);
    Q_EMIT recordAdded(int(m_records.size()) - 1);
}
