#include "activitypage.h"

#include "activitymodel.h"

#include "tools/activitylog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ActivityPage::ActivityPage(ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_model(new ActivityModel(log, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    auto *title = new QLabel(tr("Activity"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *hint = new QLabel(tr("Every tool call an agent makes appears here as it happens."), this);
    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter by tool, client or outcome…"));
    filter->setClearButtonEnabled(true);
    auto *clear = new QPushButton(tr("Clear"), this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(u"activityTable"_s);
    m_table->setModel(m_proxy);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int column : {ActivityModel::Time, ActivityModel::Client, ActivityModel::Tool, ActivityModel::Duration, ActivityModel::Outcome})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityModel::Arguments, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(filter);
    top->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(clear, &QPushButton::clicked, log, &ActivityLog::clear);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_table, &QTableView::scrollToBottom);
}
