#include "approvalrequest.h"

ApprovalRequest::ApprovalRequest(QString tool, QString title, Stake stake, QJsonObject arguments, QString clientName, QObject *parent)
    : QObject(parent)
    , m_tool(std::move(tool))
    , m_title(std::move(title))
    , m_stake(stake)
    , m_arguments(std::move(arguments))
    , m_clientName(std::move(clientName))
{ }

void ApprovalRequest::answer(Answer answer)
{
    if (m_answered)
        return;
    if (answer == Answer::AllowAlways && !canAllowAlways())
        answer = Answer::AllowOnce;
    m_answered = true;
    Q_EMIT answered(answer);
}

void ApprovalRequest::setCall(const QString &callId, const QString &clientId)
{
    m_callId = callId;
    m_clientId = clientId;
}
