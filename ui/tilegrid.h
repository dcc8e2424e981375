#pragma once

#include "chartdata.h"

#include <QUrl>
#include <QWidget>

class QGridLayout;

// A dashboard's tiles in a grid: an insight tile as its name over a small chart or number, a
// text tile as its text. Clicking an insight tile asks to open it (tileActivated).
class TileGrid : public QWidget
{
    Q_OBJECT

public:
    struct Tile
    {
        QString title;
        ChartData chart; // empty for a text tile, or an insight with no result yet
        QString text; // Markdown: a text tile's body, or why an insight tile has no chart
        QUrl link;
    };

    explicit TileGrid(QWidget *parent = nullptr);
    void setTiles(const QList<Tile> &tiles);
    const QList<Tile> &tiles() const { return m_tiles; }

Q_SIGNALS:
    void tileActivated(const QUrl &link);

private:
    QWidget *makeTile(const Tile &tile, int index);

    QList<Tile> m_tiles;
    QGridLayout *m_grid;
};
