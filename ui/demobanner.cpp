#include "demobanner.h"

#include "actionicons.h"
#include "themecolors.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

DemoBanner::DemoBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"demoBanner"_s);
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel(this);
    icon->setPixmap(ActionIcons::icon(u"demo"_s, palette(), 18).pixmap(18, 18));
    auto *text = new QLabel(tr("<b>Demo workspace</b> — sample data on this computer; nothing here is your PostHog account."), this);
    text->setObjectName(u"demoBannerText"_s);
    text->setWordWrap(true);
    auto *connectButton = new QPushButton(tr("Connect your &account…"), this);
    connectButton->setObjectName(u"demoBannerConnect"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    layout->addWidget(connectButton);
    connect(connectButton, &QPushButton::clicked, this, &DemoBanner::connectAccountRequested);
    applyColours();
}

void DemoBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
    QFrame::changeEvent(event);
}

void DemoBanner::applyColours()
{
    // Mixed from the surrounding palette, not our own (already tinted) one.
    QPalette p = palette();
    const QPalette around = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QColor background = ThemeColors::background(ThemeColors::Role::Warning, around);
    if (p.color(QPalette::Window) != background) {
        p.setColor(QPalette::Window, background);
        setPalette(p);
    }
}
