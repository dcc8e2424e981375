#include "tilegrid.h"

#include "chartwidget.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TileGrid::TileGrid(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(u"dashboardTiles"_s);
    m_grid->setContentsMargins(0, 0, 0, 0);
}

void TileGrid::setTiles(const QList<Tile> &tiles)
{
    m_tiles = tiles;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < tiles.size(); ++i)
        m_grid->addWidget(makeTile(tiles.at(i), i), i / 2, i % 2);
    setVisible(!tiles.isEmpty());
}

QWidget *TileGrid::makeTile(const Tile &tile, int index)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(u"dashboardTile%1"_s.arg(index));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAccessibleName(tile.title.isEmpty() ? tr("Text tile") : tile.title);
    auto *layout = new QVBoxLayout(frame);
    if (!tile.title.isEmpty()) {
        auto *title = new QLabel(u"<b>%1</b>"_s.arg(tile.title.toHtmlEscaped()), frame);
        title->setWordWrap(true);
        layout->addWidget(title);
    }
    if (!tile.chart.isEmpty()) {
        auto *chart = new ChartWidget(frame);
        chart->setCompact(true);
        chart->setData(tile.chart);
        chart->setCursor(Qt::PointingHandCursor);
        chart->setToolTip(tile.link.isValid() ? tr("Click to open this insight") : QString());
        const QUrl link = tile.link;
        connect(chart, &ChartWidget::clicked, this, [this, link] {
            if (link.isValid())
                Q_EMIT tileActivated(link);
        });
        layout->addWidget(chart, 1);
    }
    if (!tile.text.isEmpty()) {
        auto *text = new QLabel(frame);
        text->setTextFormat(Qt::MarkdownText);
        text->setText(tile.text);
        text->setWordWrap(true);
        text->setOpenExternalLinks(true);
        layout->addWidget(text, tile.chart.isEmpty() ? 1 : 0);
    }
    return frame;
}
