#pragma once

#include <QWidget>

class ActivityLog;
class ActivityModel;
class QSortFilterProxyModel;
class QTableView;

// Every tool call agents make, live, filterable by tool, client or outcome.
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPage(ActivityLog *log, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }

private:
    ActivityModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};
