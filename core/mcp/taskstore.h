#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

// The tasks of the tasks extension (io.modelcontextprotocol/tasks, SEP-2663): a tools/call that
// answered with a task id keeps running here, and the client polls tasks/get, answers input with
// tasks/update and stops it with tasks/cancel, in any later request (HTTP is stateless). A task
// belongs to the client that created it, lives ttlMs after its last change (a task nobody answers
// is forgotten too), and the store keeps at most maxTasks (the oldest finished ones go first).
class TaskStore
{
public:
    static constexpr qint64 ttlMs = 10 * 60 * 1000;
    static constexpr int pollIntervalMs = 500;
    static constexpr int maxTasks = 200;

    struct Task
    {
        QString id;
        QString principal;
        QString status = QStringLiteral("working"); // working, input_required, completed, failed, cancelled
        QDateTime createdAt;
        QDateTime lastUpdatedAt;
        QJsonObject result; // completed: the tool's result
        QJsonObject error; // failed: a JSON-RPC error object
        QJsonObject inputRequests; // input_required: what is still unanswered
        QJsonObject answers; // input_required: what the client answered so far
        QString toolState; // the state the tool left for its next round (never leaves the server)
        std::function<void()> cancel; // stops the running round
        std::function<void()> resume; // runs the next round once every input is answered

        bool isTerminal() const;
        void setStatus(const QString &newStatus);
    };

    std::shared_ptr<Task> create(const QString &principal);
    // Null for an unknown, expired or another client's task (the same answer: no task leaks).
    std::shared_ptr<Task> find(const QString &id, const QString &principal);
    int size() const { return int(m_tasks.size()); }

    // CreateTaskResult's fields (SEP-2663: flat, no result/error/inputRequests).
    static QJsonObject envelope(const Task &task);
    // tasks/get's DetailedTask: the envelope and, by status, result, error or inputRequests.
    static QJsonObject detailed(const Task &task);

private:
    void forgetExpired();
    void makeRoom();

    QHash<QString, std::shared_ptr<Task>> m_tasks;
};
