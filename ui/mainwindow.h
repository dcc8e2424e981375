#pragma once

#include <QMainWindow>
#include <QPointer>

class ActivityPage;
class ApprovalDialog;
class ApprovalRequest;
class CompanionService;
class ConnectionPage;
class DemoBanner;
class MainMenus;
class McpPage;
class WelcomePage;
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
    // The title as the sidebar shows it, or with its mnemonic (&) for menus.
    QString pageTitle(Page page, bool withMnemonic = false) const;
    QIcon pageIcon(Page page) const;
    // The first-run welcome page is showing (instead of the pages).
    bool isWelcomeShown() const;
    // The queue window of approval requests, while one is open.
    ApprovalDialog *approvalDialog() const;
    DemoBanner *demoBanner() const { return m_demoBanner; }
    MainMenus *menus() const { return m_menus; }

    // The menus' commands.
    void refreshCurrentPage();
    void findInCurrentPage();
    void showPreferences();
    void showAbout();
    TrayIcon *tray() const { return m_tray; }
    // Shows the window (or, `hidden`, only the tray icon where there is one), restores geometry;
    // starts MCP over HTTP when enabled.
    void showAtStartup(bool hidden = false);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A new palette (light ↔ dark theme) re-tints the sidebar's icons.
    void changeEvent(QEvent *event) override;

private:
    // The constructor's steps.
    void buildPages();
    void buildResourcePages();
    void buildCentralWidget();
    void buildMenus();
    void restoreWindowState();
    void saveWindowState();
    void addPage(Page id, const QString &title, const QString &icon, QWidget *widget);
    void buildWelcome();
    void leaveWelcome(Page page);
    void askApproval(ApprovalRequest *request);
    void updateActivityBadge(int waiting);
    void updateDemoBanner();
    void buildTray();
    void bringToFront();
    void connectService();
    void updateStatus();
    void onReady();

    CompanionService *m_service;
    QStackedWidget *m_shell; // the welcome page, or the sidebar and pages
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    DemoBanner *m_demoBanner;
    WelcomePage *m_welcome = nullptr;
    MainMenus *m_menus = nullptr;
    QPointer<ApprovalDialog> m_approvalDialog;
    QStringList m_pageIcons;
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
