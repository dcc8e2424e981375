#include "activitymodel.h"

#include "tools/activitylog.h"

#include <QColor>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

ActivityModel::ActivityModel(ActivityLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    connect(log, &ActivityLog::recordAdded, this, [this](int index) {
        beginInsertRows({}, index, index);
        endInsertRows();
    });
    connect(log, &ActivityLog::recordUpdated, this,
            [this](int index) { Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1)); });
    connect(log, &ActivityLog::cleared, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_log->records().size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_log->records().size())
        return {};
    const ToolCallRecord &r = m_log->records().at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return r.startedAt.toLocalTime().toString(u"HH:mm:ss"_s);
        case Client: return r.clientName;
        case Tool: return r.tool;
        case Arguments: return QString::fromUtf8(QJsonDocument(r.arguments).toJson(QJsonDocument::Compact)).left(300);
        case Duration: return r.durationMs < 0 ? u"…"_s : tr("%1 ms").arg(r.durationMs);
        case Outcome: return r.outcome;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return r.summary.isEmpty() ? QVariant() : QVariant(r.summary);
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        if (r.outcome == "ok"_L1)
            return QColor(0x2e, 0x7d, 0x32);
        if (r.outcome == "running"_L1)
            return QColor(0x15, 0x65, 0xc0);
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Client: return tr("Client");
    case Tool: return tr("Tool");
    case Arguments: return tr("Arguments");
    case Duration: return tr("Duration");
    case Outcome: return tr("Outcome");
    default: return {};
    }
}
