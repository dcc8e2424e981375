#pragma once

#include "mcp/toolcallrecord.h"

#include <QList>
#include <QObject>

class McpServer;

// The last tool calls agents made, for the Activity page: fed by McpServer's signals.
class ActivityLog : public QObject
{
    Q_OBJECT

public:
    explicit ActivityLog(QObject *parent = nullptr);

    void attach(McpServer *server);
    const QList<ToolCallRecord> &records() const { return m_records; }
    void setCapacity(int capacity) { m_capacity = capacity; }
    void clear();

Q_SIGNALS:
    void recordAdded(int index);
    void recordUpdated(int index);
    void cleared();

private:
    void started(const ToolCallRecord &record);
    void finished(const ToolCallRecord &record);

    QList<ToolCallRecord> m_records;
    int m_capacity = 1000;
};
