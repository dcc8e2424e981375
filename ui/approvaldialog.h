#pragma once

#include <QDialog>
#include <QPointer>

class ApprovalRequest;

// Asks the person whether an agent may run a tool that changes data: Deny, Allow once, and
// Always allow (low and medium stakes only). Non-modal, on top, works with the window hidden.
class ApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApprovalDialog(ApprovalRequest *request, QWidget *parent = nullptr);

private:
    QPointer<ApprovalRequest> m_request;
};
