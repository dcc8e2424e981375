#pragma once

#include <QAbstractTableModel>

class ActivityLog;
struct ToolCallRecord;

// The activity log as a table: date and time, client, tool, arguments, duration, outcome in
// words; oldest first. OutcomeRole gives the outcome's code, RecordRole the row's index in the log.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Client, Tool, Arguments, Duration, Outcome, ColumnCount };
    enum Role { OutcomeRole = Qt::UserRole + 1, RecordRole };

    explicit ActivityModel(ActivityLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ToolCallRecord &record(int row) const;
    // "succeeded", "waiting for your approval", …: what a code means to a person.
    static QString outcomeText(const QString &outcome);
    // The group an outcome belongs to, for the page's filter: waiting, running, ok, failed, refused.
    static QString outcomeGroup(const QString &outcome);

private:
    ActivityLog *m_log;
};
