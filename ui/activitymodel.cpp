#include "activitymodel.h"

#include "relativetime.h"
#include "themecolors.h"

#include "tools/activitylog.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLocale>

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

const ToolCallRecord &ActivityModel::record(int row) const
{
    return m_log->records().at(row);
}

QString ActivityModel::outcomeText(const QString &outcome)
{
    if (outcome == "ok"_L1)
        return tr("succeeded");
    if (outcome == "running"_L1)
        return tr("running");
    if (outcome == ActivityLog::awaitingApproval())
        return tr("waiting for your approval");
    if (outcome == "error"_L1)
        return tr("failed");
    if (outcome == "invalid"_L1)
        return tr("refused: invalid arguments");
    if (outcome == "denied"_L1)
        return tr("denied");
    if (outcome == "cancelled"_L1)
        return tr("cancelled by the agent");
    if (outcome == "interrupted"_L1)
        return tr("interrupted (the app stopped)");
    if (outcome == "input_required"_L1) // a 2026-07-28 client was asked (e.g. to approve) and will call again
        return tr("asked the agent's user");
    return outcome;
}

QString ActivityModel::outcomeGroup(const QString &outcome)
{
    if (outcome == ActivityLog::awaitingApproval() || outcome == "input_required"_L1)
        return u"waiting"_s;
    if (outcome == "running"_L1 || outcome == "ok"_L1)
        return outcome;
    if (outcome == "denied"_L1 || outcome == "cancelled"_L1)
        return u"refused"_s;
    return u"failed"_s;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_log->records().size())
        return {};
    const ToolCallRecord &r = m_log->records().at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat);
        case Client: return r.clientName;
        case Tool: return r.tool;
        case Arguments: return QString::fromUtf8(QJsonDocument(r.arguments).toJson(QJsonDocument::Compact)).left(300);
        case Duration: return r.durationMs < 0 ? u"…"_s : RelativeTime::duration(r.durationMs);
        case Outcome: return outcomeText(r.outcome);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Time)
            return RelativeTime::since(r.startedAt);
        return r.summary.isEmpty() ? QVariant() : QVariant(r.summary);
    }
    if (role == OutcomeRole)
        return r.outcome;
    if (role == RecordRole)
        return index.row();
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        const QString group = outcomeGroup(r.outcome);
        const QPalette palette = QApplication::palette();
        if (group == "ok"_L1)
            return ThemeColors::color(ThemeColors::Role::Success, palette);
        if (group == "running"_L1)
            return ThemeColors::color(ThemeColors::Role::Info, palette);
        if (group == "waiting"_L1)
            return ThemeColors::color(ThemeColors::Role::Warning, palette);
        return ThemeColors::color(ThemeColors::Role::Error, palette);
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Date and time");
    case Client: return tr("Client");
    case Tool: return tr("Tool");
    case Arguments: return tr("Arguments");
    case Duration: return tr("Duration");
    case Outcome: return tr("Outcome");
    default: return {};
    }
}
