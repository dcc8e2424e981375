#pragma once

#include "chartdata.h"

#include <QWidget>

class ChartWidget;
class QComboBox;
class QMenu;
class QToolButton;

// The Query page's chart view: which column is the x axis, which columns are series (or one
// column split into a series per value of another), and the style; the chart follows at once.
class QueryChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QueryChartPanel(QWidget *parent = nullptr);

    // Chooses sensible columns for the result (a date column makes a time axis).
    void setResult(const QStringList &columns, const QStringList &types, const QJsonArray &rows);
    void clear();
    bool canChart() const;
    ChartWidget *chart() const { return m_chart; }
    // The chosen columns, by index into the result's columns.
    void choose(int xColumn, const QList<int> &valueColumns, int breakdownColumn = -1);
    void setStyle(ChartData::Style style);

private:
    void rebuildChoices();
    void updateChart();
    QList<int> chosenValues() const;

    QStringList m_columns;
    QStringList m_types;
    QJsonArray m_rows;
    QComboBox *m_x;
    QToolButton *m_series;
    QMenu *m_seriesMenu;
    QComboBox *m_breakdown;
    QComboBox *m_style;
    ChartWidget *m_chart;
    bool m_updating = false;
};
