#pragma once

#include <QJsonArray>
#include <QStringList>
#include <QWidget>

// A line chart for time series (first column dates) or a bar chart for category counts
// (a text column and a number column), painted with QPainter. Empty when neither fits.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { None, Line, Bar };

    explicit ChartWidget(QWidget *parent = nullptr);
    void setData(const QStringList &columns, const QStringList &types, const QJsonArray &rows);
    Kind kind() const { return m_kind; }
    static Kind detect(const QStringList &types, const QJsonArray &rows);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Kind m_kind = Kind::None;
    QStringList m_labels;
    QList<double> m_values;
    QString m_valueName;
};
