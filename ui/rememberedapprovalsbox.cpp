#include "rememberedapprovalsbox.h"

#include "tools/approvalpolicy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RememberedApprovalsBox::RememberedApprovalsBox(ApprovalPolicy *approvals, QWidget *parent)
    : QGroupBox(tr("Remembered \"Always allow\" answers"), parent)
    , m_approvals(approvals)
    , m_list(new QTreeWidget(this))
    , m_revoke(new QPushButton(tr("&Revoke"), this))
    , m_revokeAll(new QPushButton(tr("Revoke a&ll"), this))
{
    setObjectName(u"rememberedApprovals"_s);
    m_list->setObjectName(u"rememberedList"_s);
    m_list->setAccessibleName(tr("Remembered answers"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Tool"), tr("Allowed for")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_revoke->setObjectName(u"revokeButton"_s);
    m_revokeAll->setObjectName(u"revokeAllButton"_s);
    auto *hint = new QLabel(tr("A revoked answer means the agent is asked again next time."), this);
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_revokeAll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
        for (QTreeWidgetItem *item : selected)
            m_approvals->forget(item->data(0, Qt::UserRole).toString());
    });
    connect(m_revokeAll, &QPushButton::clicked, m_approvals, &ApprovalPolicy::clearRemembered);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] { m_revoke->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_approvals, &ApprovalPolicy::rememberedChanged, this, &RememberedApprovalsBox::refresh);
    refresh();
}

void RememberedApprovalsBox::refresh()
{
    m_list->clear();
    const QList<ApprovalPolicy::Remembered> remembered = m_approvals->remembered();
    for (const ApprovalPolicy::Remembered &r : remembered) {
        const QString scope = r.entry.contains(u'#')
                                  ? (r.arguments.isEmpty() ? tr("the same arguments as then") : tr("these arguments: %1").arg(r.arguments))
                                  : tr("any arguments");
        auto *item = new QTreeWidgetItem({r.tool, scope});
        item->setData(0, Qt::UserRole, r.entry);
        item->setToolTip(1, scope);
        m_list->addTopLevelItem(item);
    }
    if (remembered.isEmpty()) {
        auto *none = new QTreeWidgetItem({tr("None: agents are asked as each tool's approval setting says."), QString()});
        none->setFlags(Qt::NoItemFlags);
        m_list->addTopLevelItem(none);
        m_list->setFirstColumnSpanned(0, {}, true);
    }
    m_revoke->setEnabled(false);
    m_revokeAll->setEnabled(!remembered.isEmpty());
}
