#pragma once

#include "stake.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

// One pending question to a person: may this agent run this tool with these arguments?
// Answered once; later answers are ignored.
class ApprovalRequest : public QObject
{
    Q_OBJECT

public:
    enum class Answer { AllowOnce, AllowAlways, Deny, TimedOut };

    ApprovalRequest(QString tool, QString title, Stake stake, QJsonObject arguments, QString clientName, QObject *parent = nullptr);

    QString tool() const { return m_tool; }
    QString title() const { return m_title; }
    Stake stake() const { return m_stake; }
    QJsonObject arguments() const { return m_arguments; }
    QString clientName() const { return m_clientName; }
    // The MCP call this asks about (McpServer's call id) and the client's identity, whose
    // active project the call would use.
    QString callId() const { return m_callId; }
    QString clientId() const { return m_clientId; }
    void setCall(const QString &callId, const QString &clientId);
    // When the question times out (and the call is denied); invalid: never.
    QDateTime deadline() const { return m_deadline; }
    void setDeadline(const QDateTime &deadline) { m_deadline = deadline; }
    // "Always allow" is offered for low and medium stakes only.
    bool canAllowAlways() const { return m_stake == Stake::Low || m_stake == Stake::Medium; }
    bool isAnswered() const { return m_answered; }

    void answer(Answer answer);

Q_SIGNALS:
    void answered(ApprovalRequest::Answer answer);

private:
    QString m_tool;
    QString m_title;
    Stake m_stake;
    QJsonObject m_arguments;
    QString m_clientName;
    QString m_callId;
    QString m_clientId;
    QDateTime m_deadline;
    bool m_answered = false;
};
