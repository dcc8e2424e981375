#pragma once

#include "posthog/posthogconnection.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QSettings>
#include <QStringList>

// The app's persistent choices, on QSettings: never a secret (the key and the MCP token are
// CredentialStore's). The file is kept readable by this user only all the same.
class Settings : public QObject
{
    Q_OBJECT

public:
    explicit Settings(QObject *parent = nullptr);
    ~Settings() override;

    PostHogConnection::Region region() const;
    void setRegion(PostHogConnection::Region region);
    QString customBaseUrl() const;
    void setCustomBaseUrl(const QString &url);
    // The connection the settings describe (the demo region's URL is filled in at run time).
    PostHogConnection connection(QString *error = nullptr) const;

    QString defaultOrganizationId() const;
    void setDefaultOrganizationId(const QString &id);
    qint64 defaultProjectId() const; // 0: none
    void setDefaultProjectId(qint64 id);

    bool mcpEnabled() const;
    void setMcpEnabled(bool enabled);
    quint16 mcpPort() const;
    void setMcpPort(quint16 port);
    // The MCP token as earlier versions kept it here (mcp/authToken); CredentialStore moves
    // it to the keychain or its 0600 file, then removes it.
    QString legacyMcpAuthToken() const;
    void removeLegacyMcpAuthToken();
    // That the MCP token went to the keychain: a later EntryNotFound means locked, not absent.
    bool mcpTokenInKeychain() const;
    void setMcpTokenInKeychain(bool stored);
    // Closing the window hides it to the tray (where there is one) and MCP keeps serving.
    bool closeToTray() const;
    void setCloseToTray(bool enabled);

    // Public host names a tunnel forwards to this server (the MCP page; --allow-host adds more).
    QStringList mcpAllowedHosts() const;
    void setMcpAllowedHosts(const QStringList &hosts);

    QString headlessApprovalPolicy() const; // "deny" (default) or "elicit"
    void setHeadlessApprovalPolicy(const QString &policy);
    QStringList disabledTools() const;
    void setDisabledTools(const QStringList &names);
    // Tool groups (PostHogToolset::groups) switched off on the MCP page.
    QStringList disabledToolGroups() const;
    void setDisabledToolGroups(const QStringList &groups);
    QString language() const;
    void setLanguage(const QString &code);
    bool allowKeyFile() const;
    void setAllowKeyFile(bool allow);
    bool apiKeySaved() const;
    void setApiKeySaved(bool saved);

    // Per-tool stake chosen on the MCP page ("never_ask", "low", "medium", "high"); empty: the
    // tool's own. Stored as the name so the settings need not know the tools module.
    QString stakeOverride(const QString &tool) const;
    void setStakeOverride(const QString &tool, const QString &stakeName);
    void clearStakeOverride(const QString &tool);
    // "Always allow" answers: a tool name (low stake) or tool#digest (medium stake).
    QStringList rememberedApprovals() const;
    void setRememberedApprovals(const QStringList &entries);
    void clearRememberedApprovals();
    // What a remembered medium-stake answer was given for (the arguments, compact JSON), so a
    // person can recognise it in the list; keyed by the remembered entry.
    QMap<QString, QString> rememberedApprovalArguments() const;
    void setRememberedApprovalArguments(const QMap<QString, QString> &arguments);
    // How long an approval prompt waits for a person before the call is denied.
    int approvalTimeoutSeconds() const; // default 300
    void setApprovalTimeoutSeconds(int seconds);
    // The welcome page was shown once (first run), or the person already chose a workspace.
    bool welcomeDone() const;
    void setWelcomeDone(bool done);

    // The Query page's history (most recent first) and named snippets; QueryLibrary rules them.
    QStringList queryHistory() const;
    void setQueryHistory(const QStringList &history);
    QMap<QString, QString> querySnippets() const;
    void setQuerySnippets(const QMap<QString, QString> &snippets);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    int lastPage(int fallback) const;
    void setLastPage(int page);

    QString fileName() const { return m_settings.fileName(); }
    // Writes pending changes to fileName() now (QSettings otherwise does it later), mode 0600.
    void sync();

    static constexpr quint16 defaultMcpPort = 8787;

Q_SIGNALS:
    void connectionChanged();
    void mcpSettingsChanged();

private:
    void restrictPermissions();

    QSettings m_settings;
};
