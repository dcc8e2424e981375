#pragma once

#include "posthog/posthogconnection.h"

#include <QObject>
#include <QSettings>
#include <QStringList>

// The app's persistent choices, on QSettings (never a PostHog secret; the MCP token is local).
class Settings : public QObject
{
    Q_OBJECT

public:
    explicit Settings(QObject *parent = nullptr);

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
    // Generated on first use: 32 random bytes, hex.
    QString mcpAuthToken();
    QString regenerateMcpAuthToken();

    QString headlessApprovalPolicy() const; // "deny" (default) or "elicit"
    void setHeadlessApprovalPolicy(const QString &policy);
    QStringList disabledTools() const;
    void setDisabledTools(const QStringList &names);
    QString language() const;
    void setLanguage(const QString &code);
    bool allowKeyFile() const;
    void setAllowKeyFile(bool allow);
    bool apiKeySaved() const;
    void setApiKeySaved(bool saved);

    QString fileName() const { return m_settings.fileName(); }
    QSettings &raw() { return m_settings; }

    static constexpr quint16 defaultMcpPort = 8787;

Q_SIGNALS:
    void connectionChanged();
    void mcpSettingsChanged();

private:
    QSettings m_settings;
};
