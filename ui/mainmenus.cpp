#include "mainmenus.h"

#include "actionicons.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QMenu>
#include <QMenuBar>
#include <QUrl>

using namespace Qt::StringLiterals;

MainMenus::MainMenus(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    buildFile();
    buildView();
    buildHelp();
}

QAction *MainMenus::pageAction(int page) const
{
    return page >= 0 && page < m_pageActions.size() ? m_pageActions.at(page) : nullptr;
}

void MainMenus::buildFile()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    QAction *preferences
        = file->addAction(ActionIcons::icon(u"preferences"_s, m_window->palette()), tr("&Preferences…"), m_window, &MainWindow::showPreferences);
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainMenus::buildView()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        QAction *action = view->addAction(m_window->pageIcon(MainWindow::Page(page)), m_window->pageTitle(MainWindow::Page(page), true));
        action->setObjectName(u"pageAction%1"_s.arg(page));
        // Ctrl+1…Ctrl+9 follow the sidebar's order.
        if (page < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(action, &QAction::triggered, m_window, [this, page] { m_window->showPage(MainWindow::Page(page)); });
        m_pageActions.append(action);
    }
    view->addSeparator();
    QAction *refresh
        = view->addAction(ActionIcons::icon(u"refresh"_s, m_window->palette()), tr("&Refresh"), m_window, &MainWindow::refreshCurrentPage);
    refresh->setObjectName(u"refreshAction"_s);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *find = view->addAction(ActionIcons::icon(u"find"_s, m_window->palette()), tr("&Find…"), m_window, &MainWindow::findInCurrentPage);
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence::Find);
}

void MainMenus::buildHelp()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *docs = help->addAction(ActionIcons::icon(u"help"_s, m_window->palette()), tr("&Documentation"), this,
                                    [] { QDesktopServices::openUrl(QUrl(QStringLiteral(PHC_DOCS_URL))); });
    docs->setObjectName(u"documentationAction"_s);
    docs->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About PostHog Companion"), m_window, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}
