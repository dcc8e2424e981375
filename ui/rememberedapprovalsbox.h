#pragma once

#include <QGroupBox>

class ApprovalPolicy;
class QPushButton;
class QTreeWidget;

// The "Always allow" answers a person gave, listed (tool, and the arguments for medium stakes)
// so they can be revoked one by one or all at once. Used on the MCP page and in Preferences.
class RememberedApprovalsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit RememberedApprovalsBox(ApprovalPolicy *approvals, QWidget *parent = nullptr);
    void refresh();

private:
    ApprovalPolicy *m_approvals;
    QTreeWidget *m_list;
    QPushButton *m_revoke;
    QPushButton *m_revokeAll;
};
