#include "welcomepage.h"

#include "actionicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"welcomePage"_s);
    auto *title = new QLabel(tr("Welcome to PostHog Companion"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Browse your PostHog insights, dashboards, errors, LLM costs and feature flags on the desktop, "
                                "run HogQL queries, and let AI agents use PostHog through a local MCP server that asks you "
                                "before they change anything."),
                             this);
    intro->setWordWrap(true);
    auto *connectButton = new QPushButton(ActionIcons::icon(u"connection"_s, palette()), tr("&Connect your PostHog account"), this);
    connectButton->setObjectName(u"connectAccountButton"_s);
    connectButton->setDefault(true);
    auto *connectHint = new QLabel(tr("You need a personal API key; the Connection page links to PostHog's page that makes one."), this);
    connectHint->setWordWrap(true);
    auto *demoButton = new QPushButton(ActionIcons::icon(u"demo"_s, palette()), tr("&Explore the demo workspace"), this);
    demoButton->setObjectName(u"exploreDemoButton"_s);
    auto *demoHint = new QLabel(tr("Sample data on this computer: no account, no network. Switch to your account any time."), this);
    demoHint->setWordWrap(true);
    for (QPushButton *b : {connectButton, demoButton}) {
        b->setIconSize(QSize(24, 24));
        b->setMinimumHeight(fontMetrics().height() * 3);
    }
    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(title);
    column->addSpacing(fontMetrics().height());
    column->addWidget(intro);
    column->addSpacing(fontMetrics().height() * 2);
    column->addWidget(connectButton);
    column->addWidget(connectHint);
    column->addSpacing(fontMetrics().height());
    column->addWidget(demoButton);
    column->addWidget(demoHint);
    column->addStretch(2);
    auto *centred = new QWidget(this);
    centred->setLayout(column);
    // A fixed width lets the wrapped labels take the height they need.
    centred->setFixedWidth(fontMetrics().averageCharWidth() * 80);
    // Stretches beside the column, not an alignment: an aligned widget gets its size hint, too
    // short for the wrapped labels.
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(centred);
    layout->addStretch(1);
    connect(connectButton, &QPushButton::clicked, this, &WelcomePage::connectAccountChosen);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoChosen);
}
