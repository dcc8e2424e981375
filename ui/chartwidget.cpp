#include "chartwidget.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(180);
}

ChartWidget::Kind ChartWidget::detect(const QStringList &types, const QJsonArray &rows)
{
    if (types.size() < 2 || rows.isEmpty() || rows.size() > 5000)
        return Kind::None;
    const QJsonArray first = rows.first().toArray();
    if (!first.at(1).isDouble())
        return Kind::None;
    if (types.at(0) == "Date"_L1 || types.at(0).startsWith("DateTime"_L1))
        return Kind::Line;
    return rows.size() <= 50 ? Kind::Bar : Kind::None;
}

void ChartWidget::setData(const QStringList &columns, const QStringList &types, const QJsonArray &rows)
{
    m_kind = detect(types, rows);
    m_labels.clear();
    m_values.clear();
    m_valueName = columns.value(1);
    if (m_kind != Kind::None) {
        for (const QJsonValue &row : rows) {
            const QJsonArray r = row.toArray();
            m_labels.append(r.at(0).isNull() ? tr("(none)") : r.at(0).toVariant().toString().left(24));
            m_values.append(r.at(1).toDouble());
        }
    }
    setVisible(m_kind != Kind::None);
    update();
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    if (m_kind == Kind::None || m_values.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(56, 16, -16, -36);
    double maxValue = 0;
    for (double v : m_values)
        maxValue = qMax(maxValue, v);
    if (maxValue <= 0)
        maxValue = 1;
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    p.setPen(grid);
    for (int i = 0; i <= 4; ++i) {
        const double y = area.bottom() - area.height() * i / 4.0;
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.setPen(text);
        p.drawText(QRectF(0, y - 8, area.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(maxValue * i / 4.0, 'g', 4));
        p.setPen(grid);
    }
    const int n = int(m_values.size());
    const double step = area.width() / qMax(1, m_kind == Kind::Bar ? n : n - 1);
    if (m_kind == Kind::Bar) {
        for (int i = 0; i < n; ++i) {
            const double h = area.height() * m_values.at(i) / maxValue;
            const QRectF bar(area.left() + i * step + step * 0.15, area.bottom() - h, step * 0.7, h);
            p.fillRect(bar, accent);
        }
    } else {
        QPainterPath path;
        for (int i = 0; i < n; ++i) {
            const QPointF point(area.left() + i * step, area.bottom() - area.height() * m_values.at(i) / maxValue);
            i == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        p.setPen(QPen(accent, 2));
        p.drawPath(path);
    }
    p.setPen(text);
    const int labelEvery = qMax(1, n / 8);
    for (int i = 0; i < n; i += labelEvery) {
        const double x = area.left() + i * step + (m_kind == Kind::Bar ? step / 2 : 0);
        p.drawText(QRectF(x - 50, area.bottom() + 4, 100, 16), Qt::AlignHCenter | Qt::AlignTop, m_labels.at(i));
    }
    p.drawText(QRectF(area.left(), 0, area.width(), 16), Qt::AlignRight, m_valueName);
}
