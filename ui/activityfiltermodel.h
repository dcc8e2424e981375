#pragma once

#include <QSortFilterProxyModel>

// The Activity page's filter: free text over every column, and an outcome group ("waiting",
// "running", "ok", "failed", "refused"; empty: all).
class ActivityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActivityFilterModel(QObject *parent = nullptr);
    void setText(const QString &text);
    void setOutcomeGroup(const QString &group);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_group;
};
