#pragma once

#include <QIcon>
#include <QObject>

#include <memory>

class CompanionService;
class QAction;
class QMenu;
class QSystemTrayIcon;

// The tray icon: what state the companion is in (serving, approvals waiting with their count,
// paused, failing), painted as a badge over the app icon and said in the tooltip, and its menu:
// Open, Pause MCP server (in step with the MCP page), Quit. The state, icon and menu exist
// without a system tray too (offscreen tests); systemTray() is null then.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    enum class State { Serving, ApprovalsWaiting, Paused, Failing };

    explicit TrayIcon(CompanionService *service, QObject *parent = nullptr);
    ~TrayIcon() override;

    State state() const { return m_state; }
    int pendingApprovals() const { return m_pending; }
    QString toolTip() const { return m_toolTip; }
    QIcon icon() const { return m_icon; }
    QMenu *menu() const { return m_menu.get(); }
    QAction *pauseAction() const { return m_pause; }
    QSystemTrayIcon *systemTray() const { return m_tray; }
    // A tray the person can see: closing the window may hide it there.
    bool isVisible() const;
    void showMessage(const QString &title, const QString &text);

    // The app icon from resources/ (the SVG, and its PNG renderings for where Qt has no SVG engine).
    static QIcon appIcon();
    // `base` with the state's badge painted over its lower right corner.
    static QIcon stateIcon(const QIcon &base, State state, int pendingApprovals);

Q_SIGNALS:
    void openRequested();
    void quitRequested();
    void stateChanged();

private:
    void buildMenu();
    void update();
    void setPaused(bool paused);

    CompanionService *m_service;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_pause = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QIcon m_base;
    QIcon m_icon;
    QString m_toolTip;
    QString m_failure; // why the service is not connected; empty when it is
    QString m_httpError; // why the MCP endpoint did not start from the tray
    State m_state = State::Paused;
    int m_pending = 0;
};
