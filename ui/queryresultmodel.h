#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QStringList>

// A query's rows for a QTableView: reads cells straight from the JSON rows on demand, so
// 100 000 rows cost nothing until they are scrolled into view.
class QueryResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit QueryResultModel(QObject *parent = nullptr);

    void setResult(const QStringList &columns, const QStringList &types, const QJsonArray &rows);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QStringList &columns() const { return m_columns; }
    const QStringList &types() const { return m_types; }
    const QJsonArray &rows() const { return m_rows; }
    // Whether a column holds times with a zone (shown in local time), or any column does.
    bool hasTimeZone(int column) const;
    bool hasTimes() const;

private:
    QStringList m_columns;
    QStringList m_types;
    QJsonArray m_rows;
};
