#include "activityfiltermodel.h"

#include "activitymodel.h"

ActivityFilterModel::ActivityFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void ActivityFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ActivityFilterModel::setOutcomeGroup(const QString &group)
{
    m_group = group;
    invalidateFilter();
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!m_group.isEmpty()) {
        const QString outcome = source->index(sourceRow, 0, sourceParent).data(ActivityModel::OutcomeRole).toString();
        if (ActivityModel::outcomeGroup(outcome) != m_group)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    // The raw outcome code too, so "ok" or "denied" find their rows whatever the language.
    return source->index(sourceRow, 0, sourceParent).data(ActivityModel::OutcomeRole).toString().contains(m_text, Qt::CaseInsensitive);
}
