#include "activitylog.h"

#include "activitystore.h"
#include "approvalpolicy.h"
#include "toolslogging.h"

#include "mcp/mcpserver.h"

#include <QUuid>

ActivityLog::ActivityLog(QObject *parent)
    : QObject(parent)
    , m_run(QUuid::createUuid().toString(QUuid::Id128).left(12))
{ }

QString ActivityLog::storedId(const QString &callId) const
{
    // McpServer counts calls from 1 in every run; the store keeps many runs.
    return m_run + QLatin1Char(':') + callId;
}

ActivityLog::~ActivityLog() = default;

void ActivityLog::attach(McpServer *server)
{
    connect(server, &McpServer::toolCallStarted, this, &ActivityLog::started);
    connect(server, &McpServer::toolCallFinished, this, &ActivityLog::finished);
}

void ActivityLog::watchApprovals(ApprovalPolicy *approvals)
{
    connect(approvals, &ApprovalPolicy::approvalRequested, this, [this](ApprovalRequest *request) {
        const QString callId = storedId(request->callId());
        setOutcome(callId, awaitingApproval());
        // Allowed: the call runs now (its end comes from McpServer); refused: McpServer says so.
        connect(request, &ApprovalRequest::answered, this, [this, callId](ApprovalRequest::Answer answer) {
            if (answer == ApprovalRequest::Answer::AllowOnce || answer == ApprovalRequest::Answer::AllowAlways)
                setOutcome(callId, QStringLiteral("running"));
        });
    });
}

int ActivityLog::storedCount() const
{
    return m_store ? m_store->count() : int(m_records.size());
}

QString ActivityLog::storeFileName() const
{
    return m_store ? m_store->fileName() : QString();
}

bool ActivityLog::persistTo(const QString &fileName, QString *error)
{
    auto store = std::make_unique<ActivityStore>();
    QString why;
    if (!store->open(fileName, &why)) {
        m_persistenceError = why;
        qCWarning(lcTools) << "the activity log lasts for this run only:" << why;
        if (error)
            *error = why;
        return false;
    }
    m_store = std::move(store);
    m_persistenceError.clear();
    const QList<ToolCallRecord> earlier = m_store->recent(m_capacity);
    QList<ToolCallRecord> merged;
    for (ToolCallRecord record : earlier) {
        // A call still running when the app last stopped never finished.
        if (record.durationMs < 0 && indexOf(record.callId) < 0) {
            record.outcome = QStringLiteral("interrupted");
            m_store->save(record);
        }
        if (indexOf(record.callId) < 0)
            merged.append(record);
    }
    m_records = merged + m_records;
    Q_EMIT cleared();
    return true;
}

bool ActivityLog::isPersistent() const
{
    return m_store && m_store->isOpen();
}

void ActivityLog::clear()
{
    m_records.clear();
    if (m_store)
        m_store->clear();
    Q_EMIT cleared();
}

int ActivityLog::indexOf(const QString &callId) const
{
    for (qsizetype i = m_records.size() - 1; i >= 0; --i) {
        if (m_records.at(i).callId == callId)
            return int(i);
    }
    return -1;
}

void ActivityLog::append(const ToolCallRecord &record)
{
    if (m_records.size() >= m_capacity) {
        // Memory stays bounded; older calls remain in the store. Dropping half at once keeps
        // the view's resets rare.
        m_records.remove(0, m_records.size() - m_capacity / 2);
        Q_EMIT cleared();
    }
    m_records.append(record);
    if (m_store)
        m_store->save(record);
    Q_EMIT recordAdded(int(m_records.size()) - 1);
}

void ActivityLog::started(ToolCallRecord record)
{
    record.callId = storedId(record.callId);
    append(record);
}

void ActivityLog::finished(ToolCallRecord record)
{
    record.callId = storedId(record.callId);
    const int i = indexOf(record.callId);
    if (i < 0) {
        append(record);
        return;
    }
    m_records[i] = record;
    if (m_store)
        m_store->save(record);
    Q_EMIT recordUpdated(i);
}

void ActivityLog::setOutcome(const QString &callId, const QString &outcome)
{
    const int i = indexOf(callId);
    if (i < 0 || m_records.at(i).durationMs >= 0)
        return;
    m_records[i].outcome = outcome;
    if (m_store)
        m_store->save(m_records.at(i));
    Q_EMIT recordUpdated(i);
}
