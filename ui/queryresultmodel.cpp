#include "queryresultmodel.h"

#include "chartaxis.h"

#include <QColor>
#include <QDateTime>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>

using namespace Qt::StringLiterals;

QueryResultModel::QueryResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void QueryResultModel::setResult(const QStringList &columns, const QStringList &types, const QJsonArray &rows)
{
    beginResetModel();
    m_columns = columns;
    m_types = types;
    m_rows = rows;
    endResetModel();
}

void QueryResultModel::clear()
{
    setResult({}, {}, {});
}

bool QueryResultModel::hasTimeZone(int column) const
{
    const QString type = m_types.value(column);
    return type.startsWith("DateTime"_L1) || type.startsWith("Nullable(DateTime"_L1);
}

bool QueryResultModel::hasTimes() const
{
    for (int c = 0; c < m_types.size(); ++c)
        if (hasTimeZone(c))
            return true;
    return false;
}

int QueryResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant QueryResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonValue value = m_rows.at(index.row()).toArray().at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (value.isNull() || value.isUndefined())
            return u"null"_s;
        if (value.isArray() || value.isObject())
            return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                     : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        if (value.isDouble()) // grouped as the locale does ("12,345.5"); copy and export take the raw value
            return ChartAxis::formatExact(value.toDouble());
        if (value.isString() && hasTimeZone(index.column())) {
            // PostHog sends times with their offset; the page shows them in the one zone it states.
            const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            if (time.isValid())
                return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        }
        return value.toVariant();
    case Qt::EditRole: // the sort proxy compares these: numbers as numbers
        return value.toVariant();
    case Qt::TextAlignmentRole: return value.isDouble() ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole: return value.isNull() ? QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText)) : QVariant();
    default: return {};
    }
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns.at(section);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section < m_types.size())
        return m_types.at(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}
