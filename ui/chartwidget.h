#pragma once

#include "chartdata.h"

#include <QWidget>

// Paints a ChartData with QPainter (Qt Charts is GPL-only in Qt 6): lines over a time axis,
// bars, stacked bars, a cohort grid or a single number, with nice ticks, a legend for several
// series, a tooltip with the exact values under the pointer, colours derived from the palette
// and an accessible name and description that summarise the data.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);

    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    void clear();
    // Small (a dashboard tile): fewer ticks, no legend, no axis titles.
    void setCompact(bool compact);
    // The tooltip the pointer would show at `position` (empty: nothing there).
    QString toolTipAt(const QPoint &position) const;
    // The point the keyboard or pointer is on (-1: none), and where it sits on the widget.
    int currentPoint() const { return m_hover; }
    QPoint pointPosition(int index) const;
    QStringList legendEntries() const;
    // A series' colour: the palette's highlight, then hue steps from it.
    QColor seriesColor(int index) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    // Left/Right (Home/End) step through the points, as the pointer would, for the keyboard.
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF plotRect() const;
    int legendHeight() const;
    int indexAt(const QPoint &position) const;
    int gridRowAt(const QPoint &position) const;
    double xFor(int index, const QRectF &plot) const;
    void paintAxes(QPainter &p, const QRectF &plot, double low, double high) const;
    void paintXLabels(QPainter &p, const QRectF &plot) const;
    void paintLines(QPainter &p, const QRectF &plot, double low, double high) const;
    void paintBars(QPainter &p, const QRectF &plot, double low, double high) const;
    void paintGrid(QPainter &p) const;
    void paintNumber(QPainter &p) const;
    void paintLegend(QPainter &p) const;
    void paintHover(QPainter &p, const QRectF &plot) const;

    ChartData m_data;
    bool m_compact = false;
    int m_hover = -1;
};
