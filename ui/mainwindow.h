#pragma once

#include <QMainWindow>

class ActivityPage;
class CompanionService;
class ConnectionPage;
class McpPage;
class QLabel;
class QListWidget;
class QStackedWidget;
class QueryPage;
class ResourcePage;
class TrayIcon;

// The app's window: a sidebar of pages, a status bar with the connection and MCP state, a tray
// icon that keeps the MCP server running when the window is closed, and approval prompts.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { Connection, Mcp, Query, Insights, Dashboards, Errors, LlmCosts, FeatureFlags, Activity, PageCount };

    explicit MainWindow(CompanionService *service, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QWidget *page(Page page) const;
    TrayIcon *tray() const { return m_tray; }
    // Shows the window (or, `hidden`, only the tray icon where there is one), restores geometry;
    // starts MCP over HTTP when enabled.
    void showAtStartup(bool hidden = false);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The constructor's steps.
    void buildPages();
    void buildResourcePages();
    void buildCentralWidget();
    void buildMenus();
    void restoreWindowState();
    void saveWindowState();
    void addPage(Page id, const QString &title, const QIcon &icon, QWidget *widget);
    void buildTray();
    void bringToFront();
    void connectService();
    void updateStatus();
    void onReady();
    void showAbout();

    CompanionService *m_service;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QLabel *m_connectionStatus;
    QLabel *m_mcpStatus;
    ConnectionPage *m_connectionPage;
    McpPage *m_mcpPage;
    QueryPage *m_queryPage;
    ActivityPage *m_activityPage;
    TrayIcon *m_tray;
    QList<ResourcePage *> m_resourcePages;
    bool m_trayHintShown = false;
};
