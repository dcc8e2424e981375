#include "actionicons.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace {
QPixmap tinted(QSvgRenderer &renderer, const QColor &color, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(QRectF(0, 0, size, size), color);
    return pixmap;
}
} // namespace

QIcon ActionIcons::icon(const QString &name, const QPalette &palette, int size)
{
    QSvgRenderer renderer(u":/icons/actions/%1.svg"_s.arg(name));
    if (!renderer.isValid())
        return {};
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        icon.addPixmap(tinted(renderer, palette.color(QPalette::Active, QPalette::WindowText), size, ratio), QIcon::Normal);
        icon.addPixmap(tinted(renderer, palette.color(QPalette::Active, QPalette::HighlightedText), size, ratio), QIcon::Selected);
        icon.addPixmap(tinted(renderer, palette.color(QPalette::Disabled, QPalette::WindowText), size, ratio), QIcon::Disabled);
    }
    return icon;
}

QStringList ActionIcons::names()
{
    return {u"connection"_s, u"mcp"_s,     u"query"_s, u"insights"_s,    u"dashboards"_s, u"errors"_s,   u"llm"_s, u"flags"_s,
            u"activity"_s,   u"refresh"_s, u"find"_s,  u"preferences"_s, u"demo"_s,       u"approval"_s, u"help"_s};
}
