#pragma once

#include "mcp/toolcallrecord.h"

#include <QList>
#include <QObject>

#include <memory>

class ActivityStore;
class ApprovalPolicy;
class McpServer;

// The tool calls agents made, for the Activity page: fed by McpServer's signals, told by the
// ApprovalPolicy which calls wait for a person, and kept on disk by an ActivityStore when one
// is opened (the newest `capacity` calls are in memory, every call within 90 days on disk).
class ActivityLog : public QObject
{
    Q_OBJECT

public:
    // ToolCallRecord::outcome while a person has not answered the call's approval prompt.
    static QString awaitingApproval() { return QStringLiteral("awaiting_approval"); }

    explicit ActivityLog(QObject *parent = nullptr);
    ~ActivityLog() override;

    void attach(McpServer *server);
    void watchApprovals(ApprovalPolicy *approvals);
    // Opens the store, prunes it and loads its newest calls; false with `error` when it cannot
    // (the log then lasts for this run only, and says so through persistenceError()).
    bool persistTo(const QString &fileName, QString *error = nullptr);
    bool isPersistent() const;
    QString persistenceError() const { return m_persistenceError; }
    // Every call kept on disk (records() holds only the newest `capacity`); records() without a store.
    int storedCount() const;
    QString storeFileName() const;

    const QList<ToolCallRecord> &records() const { return m_records; }
    void setCapacity(int capacity) { m_capacity = capacity; }
    // Empties the log, on disk too.
    void clear();

Q_SIGNALS:
    void recordAdded(int index);
    void recordUpdated(int index);
    void cleared();

private:
    void started(ToolCallRecord record);
    void finished(ToolCallRecord record);
    QString storedId(const QString &callId) const;
    void setOutcome(const QString &callId, const QString &outcome);
    int indexOf(const QString &callId) const;
    void append(const ToolCallRecord &record);

    QString m_run; // this run's prefix of stored call ids
    QList<ToolCallRecord> m_records;
    std::unique_ptr<ActivityStore> m_store;
    QString m_persistenceError;
    int m_capacity = 1000;
};
