#include "taskstore.h"

#include <QUuid>

using namespace Qt::StringLiterals;

bool TaskStore::Task::isTerminal() const
{
    return status == "completed"_L1 || status == "failed"_L1 || status == "cancelled"_L1;
}

void TaskStore::Task::setStatus(const QString &newStatus)
{
    status = newStatus;
    lastUpdatedAt = QDateTime::currentDateTimeUtc();
}

std::shared_ptr<TaskStore::Task> TaskStore::create(const QString &principal)
{
    forgetExpired();
    makeRoom();
    auto task = std::make_shared<Task>();
    task->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    task->principal = principal;
    task->createdAt = QDateTime::currentDateTimeUtc();
    task->lastUpdatedAt = task->createdAt;
    m_tasks.insert(task->id, task);
    return task;
}

std::shared_ptr<TaskStore::Task> TaskStore::find(const QString &id, const QString &principal)
{
    forgetExpired();
    const auto task = m_tasks.value(id);
    return task && task->principal == principal ? task : nullptr;
}

void TaskStore::forgetExpired()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_tasks.begin(); it != m_tasks.end();) {
        if (it.value()->lastUpdatedAt.msecsTo(now) > ttlMs)
            it = m_tasks.erase(it);
        else
            ++it;
    }
}

// A full store forgets its oldest finished task; running ones are never dropped.
void TaskStore::makeRoom()
{
    while (m_tasks.size() >= maxTasks) {
        auto oldest = m_tasks.end();
        for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
            if (it.value()->isTerminal() && (oldest == m_tasks.end() || it.value()->lastUpdatedAt < oldest.value()->lastUpdatedAt))
                oldest = it;
        }
        if (oldest == m_tasks.end())
            return;
        m_tasks.erase(oldest);
    }
}

QJsonObject TaskStore::envelope(const Task &task)
{
    return {{u"taskId"_s, task.id},
            {u"status"_s, task.status},
            {u"createdAt"_s, task.createdAt.toString(Qt::ISODateWithMs)},
            {u"lastUpdatedAt"_s, task.lastUpdatedAt.toString(Qt::ISODateWithMs)},
            {u"ttlMs"_s, ttlMs},
            {u"pollIntervalMs"_s, pollIntervalMs}};
}

QJsonObject TaskStore::detailed(const Task &task)
{
    QJsonObject json = envelope(task);
    if (task.status == "completed"_L1)
        json.insert(u"result"_s, task.result);
    else if (task.status == "failed"_L1)
        json.insert(u"error"_s, task.error);
    else if (task.status == "input_required"_L1)
        json.insert(u"inputRequests"_s, task.inputRequests);
    return json;
}
