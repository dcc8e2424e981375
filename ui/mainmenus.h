#pragma once

#include <QObject>

class MainWindow;
class QAction;

// The main window's menu bar: File (Preferences, Quit), View (every page with its shortcut,
// Refresh F5, Find Ctrl+F), Help (documentation, About). Kept apart from MainWindow so the
// window's own code stays about pages.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    explicit MainMenus(MainWindow *window);
    QAction *pageAction(int page) const;

private:
    void buildFile();
    void buildView();
    void buildHelp();

    MainWindow *m_window;
    QList<QAction *> m_pageActions;
};
