#pragma once

#include "clientconfigsnippets.h"

#include <QWidget>

class CompanionService;
class QCheckBox;
class QLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

// The MCP server: on/off, status, URL, token (hidden, copy, regenerate), copyable client
// configurations, and per tool: enabled and stake.
class McpPage : public QWidget
{
    Q_OBJECT

public:
    explicit McpPage(CompanionService *service, QWidget *parent = nullptr);
    void refresh();

private:
    // The constructor's steps.
    QWidget *buildTitle();
    QLayout *buildForm();
    QWidget *buildHeadlessPolicy();
    QWidget *buildAllowedHosts();
    void saveAllowedHosts();
    QWidget *buildTabs();
    QWidget *buildToolsTab();
    QWidget *buildGroupsBox(QWidget *parent);
    static QString groupTitle(const QString &group);
    void updateToolSwitches();
    void connectSignals();
    void setServing(bool on);
    void fillTools();
    void fillSnippets();
    QLayout *buildSnippetButtons(const ClientConfigSnippets::Snippet &snippet, const QUrl &url, QWidget *page);
    QPushButton *buildInstallLinkButton(const QString &text, const QString &client, const QUrl &link, QWidget *page);
    void addToClaudeDesktop();
    void showClientStatus(const QString &text, bool failed);

    CompanionService *m_service;
    QCheckBox *m_enabled;
    QLabel *m_status;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QPushButton *m_showToken;
    QTabWidget *m_snippets;
    QTableWidget *m_tools;
    QLabel *m_hiddenNote = nullptr;
    QLabel *m_clientStatus = nullptr;
    QLineEdit *m_allowedHosts = nullptr;
    QLabel *m_allowedHostsNote = nullptr;
    QString m_allowedHostsError; // why the typed list was not saved, until it is
};
