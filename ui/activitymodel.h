#pragma once

#include <QAbstractTableModel>

class ActivityLog;

// The activity log as a table: time, client, tool, arguments, duration, outcome; newest last.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Client, Tool, Arguments, Duration, Outcome, ColumnCount };

    explicit ActivityModel(ActivityLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ActivityLog *m_log;
};
