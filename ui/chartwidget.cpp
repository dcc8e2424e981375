#include "chartwidget.h"

#include "chartaxis.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
bool hasValue(double v)
{
    return !std::isnan(v);
}
constexpr int gridLabelWidth = 96;
} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    setFocusPolicy(Qt::StrongFocus); // reachable by keyboard: the summary, then point by point
    clear();
}

void ChartWidget::clear()
{
    setData({});
}

void ChartWidget::setData(const ChartData &data)
{
    m_data = data;
    m_hover = -1;
    setAccessibleName(data.title.isEmpty() ? tr("Chart") : tr("Chart: %1").arg(data.title));
    setAccessibleDescription(data.describe());
    updateGeometry();
    update();
}

void ChartWidget::setCompact(bool compact)
{
    m_compact = compact;
    updateGeometry();
    update();
}

QSize ChartWidget::sizeHint() const
{
    const int line = fontMetrics().height();
    if (m_data.style == ChartData::Style::Grid)
        return {480, line * 2 + (line + 6) * int(qMax<qsizetype>(1, m_data.series.size()))};
    return m_compact ? QSize(220, line * 7) : QSize(480, line * 16);
}

QSize ChartWidget::minimumSizeHint() const
{
    return m_compact ? QSize(120, fontMetrics().height() * 5) : QSize(200, fontMetrics().height() * 10);
}

QColor ChartWidget::seriesColor(int index) const
{
    const QColor base = palette().color(QPalette::Highlight);
    if (index == 0)
        return base;
    // Golden-angle hue steps keep neighbours apart; lightness follows the base, so the
    // colours stay legible where the highlight is.
    const int hue = (qMax(0, base.hslHue()) + index * 137) % 360;
    return QColor::fromHsl(hue, qMax(110, base.hslSaturation()), qBound(70, base.lightness(), 170));
}

QStringList ChartWidget::legendEntries() const
{
    QStringList names;
    if (m_data.series.size() > 1 && m_data.style != ChartData::Style::Grid)
        for (const ChartData::Series &s : m_data.series)
            names.append(s.name);
    return names;
}

int ChartWidget::legendHeight() const
{
    return m_compact || legendEntries().isEmpty() ? 0 : fontMetrics().height() + 8;
}

QRectF ChartWidget::plotRect() const
{
    const QFontMetrics fm = fontMetrics();
    const double left = m_compact ? fm.horizontalAdvance(u"0000"_s) + 6 : fm.horizontalAdvance(u"00,000.0"_s) + 10;
    const double top = (m_compact ? 4 : fm.height() + 6) + legendHeight();
    return QRectF(rect()).adjusted(left, top, -12, -(fm.height() + 8));
}

double ChartWidget::xFor(int index, const QRectF &plot) const
{
    const int n = m_data.pointCount();
    if (m_data.style == ChartData::Style::Line)
        return n <= 1 ? plot.center().x() : plot.left() + plot.width() * index / (n - 1);
    return plot.left() + plot.width() * (index + 0.5) / qMax(1, n);
}

int ChartWidget::indexAt(const QPoint &position) const
{
    const QRectF plot = plotRect();
    const int n = m_data.pointCount();
    if (n == 0 || !plot.adjusted(-8, -8, 8, 8).contains(position))
        return -1;
    if (m_data.style == ChartData::Style::Line)
        return n <= 1 ? 0 : qBound(0, int(std::lround((position.x() - plot.left()) / plot.width() * (n - 1))), n - 1);
    return qBound(0, int((position.x() - plot.left()) / plot.width() * n), n - 1);
}

int ChartWidget::gridRowAt(const QPoint &position) const
{
    const int rowHeight = fontMetrics().height() + 6;
    const int row = (position.y() - rowHeight) / rowHeight;
    return position.y() >= rowHeight && row < m_data.series.size() ? row : -1;
}

QString ChartWidget::toolTipAt(const QPoint &position) const
{
    if (m_data.isEmpty())
        return {};
    if (m_data.style == ChartData::Style::Number)
        return m_data.describe();
    if (m_data.style == ChartData::Style::Grid) {
        const int row = gridRowAt(position);
        const double cellWidth = double(width() - gridLabelWidth) / qMax<qsizetype>(1, m_data.categories.size());
        const int column = int((position.x() - gridLabelWidth) / cellWidth);
        if (row < 0 || position.x() < gridLabelWidth || column >= m_data.series.at(row).values.size())
            return {};
        const QList<double> &values = m_data.series.at(row).values;
        const double base = values.value(0);
        return tr("Cohort %1, %2: %3 (%4% of %5)")
            .arg(m_data.series.at(row).name, m_data.categories.value(column), ChartAxis::formatExact(values.at(column)))
            .arg(QLocale().toString(base > 0 ? 100.0 * values.at(column) / base : 0, 'f', 1), ChartAxis::formatExact(base));
    }
    const int index = indexAt(position);
    if (index < 0)
        return {};
    QStringList lines{u"<b>%1</b>"_s.arg(m_data.xLabel(index).toHtmlEscaped())};
    double total = 0;
    for (int s = 0; s < m_data.series.size(); ++s) {
        const double v = m_data.series.at(s).values.value(index, std::nan(""));
        total += hasValue(v) ? v : 0;
        lines.append(u"<span style='color:%1'>■</span> %2: %3"_s.arg(seriesColor(s).name(), m_data.series.at(s).name.toHtmlEscaped(),
                                                                     hasValue(v) ? ChartAxis::formatExact(v) : tr("no value")));
    }
    if (m_data.style == ChartData::Style::Stacked && m_data.series.size() > 1)
        lines.append(tr("Total: %1").arg(ChartAxis::formatExact(total)));
    return lines.join(u"<br>"_s);
}

void ChartWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int index = m_data.style == ChartData::Style::Grid ? -1 : indexAt(event->position().toPoint());
    if (index != m_hover) {
        m_hover = index;
        update();
    }
    const QString tip = toolTipAt(event->position().toPoint());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void ChartWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
}

QPoint ChartWidget::pointPosition(int index) const
{
    const QRectF plot = plotRect();
    return QPointF(xFor(index, plot), plot.center().y()).toPoint();
}

void ChartWidget::keyPressEvent(QKeyEvent *event)
{
    const int n = m_data.style == ChartData::Style::Line || m_data.style == ChartData::Style::Bar || m_data.style == ChartData::Style::Stacked
                      ? m_data.pointCount()
                      : 0;
    int next = m_hover;
    switch (event->key()) {
    case Qt::Key_Right: next = qMin(n - 1, m_hover + 1); break;
    case Qt::Key_Left: next = m_hover < 0 ? 0 : qMax(0, m_hover - 1); break;
    case Qt::Key_Home: next = 0; break;
    case Qt::Key_End: next = n - 1; break;
    default: return QWidget::keyPressEvent(event);
    }
    if (n == 0)
        return QWidget::keyPressEvent(event);
    m_hover = next;
    update();
    const QString tip = toolTipAt(pointPosition(next));
    QToolTip::showText(mapToGlobal(pointPosition(next)), tip, this);
    // A screen reader hears the point: the description ends with its values.
    QString plain = tip;
    plain.replace(u"<br>"_s, u"; "_s).remove(QRegularExpression(u"<[^>]*>"_s)).remove(u"■ "_s);
    setAccessibleDescription(m_data.describe() + u" "_s + plain);
}

void ChartWidget::leaveEvent(QEvent *)
{
    m_hover = -1;
    update();
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_data.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No data to chart."));
        return;
    }
    switch (m_data.style) {
    case ChartData::Style::Number: return paintNumber(p);
    case ChartData::Style::Grid: return paintGrid(p);
    default: break;
    }
    const QRectF plot = plotRect();
    const ChartAxis::Ticks ticks = ChartAxis::niceTicks(m_data.minimum(), m_data.maximum(), m_compact ? 3 : 6);
    paintAxes(p, plot, ticks.minimum, ticks.maximum);
    if (m_data.style == ChartData::Style::Line)
        paintLines(p, plot, ticks.minimum, ticks.maximum);
    else
        paintBars(p, plot, ticks.minimum, ticks.maximum);
    paintXLabels(p, plot);
    paintHover(p, plot);
    paintLegend(p);
}

void ChartWidget::paintAxes(QPainter &p, const QRectF &plot, double low, double high) const
{
    const ChartAxis::Ticks ticks = ChartAxis::niceTicks(low, high, m_compact ? 3 : 6);
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15);
    for (double value : ticks.values) {
        const double y = plot.bottom() - plot.height() * (value - low) / (high - low);
        p.setPen(grid);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        const QRectF label(0, y - fontMetrics().height() / 2.0, plot.left() - 6, fontMetrics().height());
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, ChartAxis::formatTick(value, ticks.step));
    }
    if (!m_compact && !m_data.valueName.isEmpty())
        p.drawText(QRectF(plot.left(), 0, plot.width(), fontMetrics().height() + 2), Qt::AlignLeft | Qt::AlignTop, m_data.valueName);
}

void ChartWidget::paintXLabels(QPainter &p, const QRectF &plot) const
{
    const int n = m_data.pointCount();
    const int labelWidth = qMax(40, fontMetrics().horizontalAdvance(m_data.xLabel(0)) + 12);
    const int maxLabels = qMax(1, int(plot.width() / labelWidth));
    QList<int> indexes;
    if (m_data.isTimeAxis()) {
        indexes = ChartAxis::timeLabelIndexes(m_data.times, maxLabels);
    } else {
        const int every = qMax(1, int(std::ceil(double(n) / maxLabels)));
        for (int i = 0; i < n; i += every)
            indexes.append(i);
    }
    p.setPen(palette().color(QPalette::WindowText));
    const double slot = m_data.style == ChartData::Style::Line ? labelWidth : qMax<double>(labelWidth, plot.width() / qMax(1, n));
    for (int i : indexes) {
        const double x = xFor(i, plot);
        const QRectF box(qBound(0.0, x - slot / 2, width() - slot), plot.bottom() + 4, slot, fontMetrics().height());
        p.drawText(box, Qt::AlignHCenter | Qt::AlignTop, fontMetrics().elidedText(m_data.xLabel(i), Qt::ElideRight, int(slot) - 4));
    }
}

void ChartWidget::paintLines(QPainter &p, const QRectF &plot, double low, double high) const
{
    const int n = m_data.pointCount();
    for (int s = int(m_data.series.size()) - 1; s >= 0; --s) {
        const QList<double> &values = m_data.series.at(s).values;
        QPainterPath path;
        bool drawing = false;
        for (int i = 0; i < n; ++i) {
            const double v = values.value(i, std::nan(""));
            if (!hasValue(v)) {
                drawing = false; // a gap, not a drop to zero
                continue;
            }
            const QPointF point(xFor(i, plot), plot.bottom() - plot.height() * (v - low) / (high - low));
            drawing ? path.lineTo(point) : path.moveTo(point);
            drawing = true;
        }
        p.setPen(QPen(seriesColor(s), m_compact ? 1.5 : 2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        if (n == 1 || n <= 40)
            for (int i = 0; i < n; ++i)
                if (hasValue(values.value(i, std::nan(""))))
                    p.drawEllipse(QPointF(xFor(i, plot), plot.bottom() - plot.height() * (values.at(i) - low) / (high - low)), 2, 2);
    }
}

void ChartWidget::paintBars(QPainter &p, const QRectF &plot, double low, double high) const
{
    const int n = m_data.pointCount();
    const int seriesCount = int(m_data.series.size());
    const bool stacked = m_data.style == ChartData::Style::Stacked;
    const double slot = plot.width() / qMax(1, n);
    const double barWidth = slot * 0.75 / (stacked ? 1 : seriesCount);
    const auto yFor = [&](double v) { return plot.bottom() - plot.height() * (v - low) / (high - low); };
    for (int i = 0; i < n; ++i) {
        double base = 0;
        for (int s = 0; s < seriesCount; ++s) {
            const double v = m_data.series.at(s).values.value(i, std::nan(""));
            if (!hasValue(v))
                continue;
            const double left = plot.left() + slot * i + slot * 0.125 + (stacked ? 0 : s * barWidth);
            const double from = stacked ? base : 0;
            const double to = stacked ? base + v : v;
            p.fillRect(QRectF(QPointF(left, yFor(qMax(from, to))), QPointF(left + barWidth - 1, yFor(qMin(from, to)))), seriesColor(s));
            base += stacked ? v : 0;
        }
    }
}

void ChartWidget::paintHover(QPainter &p, const QRectF &plot) const
{
    if (m_hover < 0 || m_hover >= m_data.pointCount())
        return;
    QColor marker = palette().color(QPalette::WindowText);
    marker.setAlphaF(0.35);
    p.setPen(QPen(marker, 1, Qt::DashLine));
    const double x = xFor(m_hover, plot);
    p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
}

void ChartWidget::paintLegend(QPainter &p) const
{
    const QStringList names = legendEntries();
    if (m_compact || names.isEmpty())
        return;
    const QFontMetrics fm = fontMetrics();
    double x = plotRect().left();
    const double y = fm.height() + 6;
    for (int s = 0; s < names.size(); ++s) {
        const QString name = fm.elidedText(names.at(s), Qt::ElideRight, 160);
        const double w = fm.height() * 0.8 + 4 + fm.horizontalAdvance(name) + 14;
        if (x + w > width())
            break;
        p.fillRect(QRectF(x, y + fm.height() * 0.1, fm.height() * 0.8, fm.height() * 0.8), seriesColor(s));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(x + fm.height() * 0.8 + 4, y, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += w;
    }
}

void ChartWidget::paintGrid(QPainter &p) const
{
    const int rowHeight = fontMetrics().height() + 6;
    const int columns = int(qMax<qsizetype>(1, m_data.categories.size()));
    const double cellWidth = double(width() - gridLabelWidth) / columns;
    const QColor text = palette().color(QPalette::WindowText);
    const QColor fill = palette().color(QPalette::Highlight);
    const QColor fillText = palette().color(QPalette::HighlightedText);
    p.setPen(text);
    for (int c = 0; c < columns; ++c)
        p.drawText(QRectF(gridLabelWidth + c * cellWidth, 0, cellWidth, rowHeight), Qt::AlignCenter,
                   fontMetrics().elidedText(m_data.categories.value(c), Qt::ElideRight, int(cellWidth) - 2));
    for (int r = 0; r < m_data.series.size(); ++r) {
        const ChartData::Series &cohort = m_data.series.at(r);
        const double y = rowHeight * (r + 1);
        p.setPen(text);
        p.drawText(QRectF(0, y, gridLabelWidth - 4, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(cohort.name, Qt::ElideRight, gridLabelWidth - 6));
        const double base = cohort.values.value(0);
        for (int c = 0; c < cohort.values.size(); ++c) {
            const double share = base > 0 ? cohort.values.at(c) / base : 0;
            QColor cell = fill;
            cell.setAlphaF(0.12 + 0.88 * qBound(0.0, share, 1.0));
            const QRectF box(gridLabelWidth + c * cellWidth + 1, y + 1, cellWidth - 2, rowHeight - 2);
            p.fillRect(box, cell);
            p.setPen(share > 0.5 ? fillText : text);
            p.drawText(box, Qt::AlignCenter, c == 0 ? ChartAxis::formatSi(cohort.values.at(c)) : QLocale().toString(share * 100, 'f', 1) + u"%"_s);
        }
    }
}

void ChartWidget::paintNumber(QPainter &p) const
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * (m_compact ? 2.2 : 3.2));
    big.setBold(true);
    const double value = m_data.series.first().values.value(0);
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -fontMetrics().height() - 8);
    p.setFont(big);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(area, Qt::AlignCenter, std::abs(value) >= 1e6 ? ChartAxis::formatSi(value) : ChartAxis::formatExact(value));
    p.setFont(font());
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(0, area.bottom(), width(), fontMetrics().height() + 4), Qt::AlignHCenter | Qt::AlignTop,
               fontMetrics().elidedText(m_data.numberCaption, Qt::ElideRight, width() - 8));
}
