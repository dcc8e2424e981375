#include "settings.h"

#include "settingslogging.h"

#include <QFile>

using namespace Qt::StringLiterals;

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(u"PostHog"_s, u"PostHog Companion"_s)
{
    qCDebug(lcSettings) << "settings file:" << m_settings.fileName();
    restrictPermissions();
}

Settings::~Settings()
{
    sync(); // a file QSettings creates now is made 0600 at once, not on the next start
}

void Settings::restrictPermissions()
{
    // QSettings rewrites the file through QSaveFile, which keeps the mode it finds.
    const QString file = m_settings.fileName();
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (QFile::exists(file) && (QFile::permissions(file) & others))
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

PostHogConnection::Region Settings::region() const
{
    return PostHogConnection::regionFromKey(m_settings.value(u"connection/region"_s, u"us"_s).toString());
}

void Settings::setRegion(PostHogConnection::Region region)
{
    m_settings.setValue(u"connection/region"_s, PostHogConnection::regionKey(region));
    Q_EMIT connectionChanged();
}

QString Settings::customBaseUrl() const
{
    return m_settings.value(u"connection/baseUrl"_s).toString();
}

void Settings::setCustomBaseUrl(const QString &url)
{
    m_settings.setValue(u"connection/baseUrl"_s, url);
    Q_EMIT connectionChanged();
}

PostHogConnection Settings::connection(QString *error) const
{
    const auto r = region();
    if (r == PostHogConnection::Region::SelfHosted)
        return PostHogConnection::custom(r, customBaseUrl(), error);
    if (r == PostHogConnection::Region::EuCloud)
        return PostHogConnection::euCloud();
    if (r == PostHogConnection::Region::Demo)
        return PostHogConnection::custom(r, u"http://127.0.0.1"_s, error);
    return PostHogConnection::usCloud();
}

QString Settings::defaultOrganizationId() const
{
    return m_settings.value(u"connection/organization"_s).toString();
}

void Settings::setDefaultOrganizationId(const QString &id)
{
    m_settings.setValue(u"connection/organization"_s, id);
}

qint64 Settings::defaultProjectId() const
{
    return m_settings.value(u"connection/project"_s, 0).toLongLong();
}

void Settings::setDefaultProjectId(qint64 id)
{
    m_settings.setValue(u"connection/project"_s, id);
}

bool Settings::mcpEnabled() const
{
    return m_settings.value(u"mcp/enabled"_s, true).toBool();
}

void Settings::setMcpEnabled(bool enabled)
{
    m_settings.setValue(u"mcp/enabled"_s, enabled);
    Q_EMIT mcpSettingsChanged();
}

quint16 Settings::mcpPort() const
{
    return quint16(m_settings.value(u"mcp/port"_s, defaultMcpPort).toUInt());
}

void Settings::setMcpPort(quint16 port)
{
    m_settings.setValue(u"mcp/port"_s, port);
    Q_EMIT mcpSettingsChanged();
}

QString Settings::legacyMcpAuthToken() const
{
    return m_settings.value(u"mcp/authToken"_s).toString();
}

void Settings::removeLegacyMcpAuthToken()
{
    m_settings.remove(u"mcp/authToken"_s);
    sync();
    qCInfo(lcSettings) << "the MCP token no longer lives in the settings file";
}

bool Settings::mcpTokenInKeychain() const
{
    return m_settings.value(u"mcp/tokenInKeychain"_s, false).toBool();
}

void Settings::setMcpTokenInKeychain(bool stored)
{
    m_settings.setValue(u"mcp/tokenInKeychain"_s, stored);
}

bool Settings::closeToTray() const
{
    return m_settings.value(u"ui/closeToTray"_s, true).toBool();
}

void Settings::setCloseToTray(bool enabled)
{
    m_settings.setValue(u"ui/closeToTray"_s, enabled);
}

QString Settings::headlessApprovalPolicy() const
{
    const QString policy = m_settings.value(u"approval/headless"_s, u"deny"_s).toString();
    return policy == "elicit"_L1 ? policy : u"deny"_s;
}

void Settings::setHeadlessApprovalPolicy(const QString &policy)
{
    m_settings.setValue(u"approval/headless"_s, policy);
}

QStringList Settings::disabledTools() const
{
    return m_settings.value(u"mcp/disabledTools"_s).toStringList();
}

void Settings::setDisabledTools(const QStringList &names)
{
    m_settings.setValue(u"mcp/disabledTools"_s, names);
    Q_EMIT mcpSettingsChanged();
}

QStringList Settings::mcpAllowedHosts() const
{
    return m_settings.value(u"mcp/allowedHosts"_s).toStringList();
}

void Settings::setMcpAllowedHosts(const QStringList &hosts)
{
    m_settings.setValue(u"mcp/allowedHosts"_s, hosts);
    Q_EMIT mcpSettingsChanged();
}

QStringList Settings::disabledToolGroups() const
{
    return m_settings.value(u"mcp/disabledToolGroups"_s).toStringList();
}

void Settings::setDisabledToolGroups(const QStringList &groups)
{
    m_settings.setValue(u"mcp/disabledToolGroups"_s, groups);
    Q_EMIT mcpSettingsChanged();
}

QString Settings::language() const
{
    return m_settings.value(u"ui/language"_s).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(u"ui/language"_s, code);
}

bool Settings::apiKeySaved() const
{
    return m_settings.value(u"connection/apiKeySaved"_s, false).toBool();
}

void Settings::setApiKeySaved(bool saved)
{
    m_settings.setValue(u"connection/apiKeySaved"_s, saved);
}

bool Settings::allowKeyFile() const
{
    return m_settings.value(u"credentials/allowKeyFile"_s, false).toBool();
}

void Settings::setAllowKeyFile(bool allow)
{
    m_settings.setValue(u"credentials/allowKeyFile"_s, allow);
}

QString Settings::stakeOverride(const QString &tool) const
{
    return m_settings.value(u"approval/stake/"_s + tool).toString();
}

void Settings::setStakeOverride(const QString &tool, const QString &stakeName)
{
    m_settings.setValue(u"approval/stake/"_s + tool, stakeName);
}

void Settings::clearStakeOverride(const QString &tool)
{
    m_settings.remove(u"approval/stake/"_s + tool);
}

QStringList Settings::rememberedApprovals() const
{
    return m_settings.value(u"approval/remembered"_s).toStringList();
}

void Settings::setRememberedApprovals(const QStringList &entries)
{
    m_settings.setValue(u"approval/remembered"_s, entries);
}

void Settings::clearRememberedApprovals()
{
    m_settings.remove(u"approval/remembered"_s);
    m_settings.remove(u"approval/rememberedArguments"_s);
}

QMap<QString, QString> Settings::rememberedApprovalArguments() const
{
    QMap<QString, QString> arguments;
    const QVariantMap stored = m_settings.value(u"approval/rememberedArguments"_s).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        arguments.insert(it.key(), it.value().toString());
    return arguments;
}

void Settings::setRememberedApprovalArguments(const QMap<QString, QString> &arguments)
{
    QVariantMap stored;
    for (auto it = arguments.cbegin(); it != arguments.cend(); ++it)
        stored.insert(it.key(), it.value());
    m_settings.setValue(u"approval/rememberedArguments"_s, stored);
}

int Settings::approvalTimeoutSeconds() const
{
    return qBound(10, m_settings.value(u"approval/timeoutSeconds"_s, 300).toInt(), 24 * 3600);
}

void Settings::setApprovalTimeoutSeconds(int seconds)
{
    m_settings.setValue(u"approval/timeoutSeconds"_s, qBound(10, seconds, 24 * 3600));
}

bool Settings::welcomeDone() const
{
    return m_settings.value(u"ui/welcomeDone"_s, false).toBool();
}

void Settings::setWelcomeDone(bool done)
{
    m_settings.setValue(u"ui/welcomeDone"_s, done);
}

QStringList Settings::queryHistory() const
{
    return m_settings.value(u"query/history"_s).toStringList();
}

void Settings::setQueryHistory(const QStringList &history)
{
    m_settings.setValue(u"query/history"_s, history);
}

QMap<QString, QString> Settings::querySnippets() const
{
    // Stored as a QVariantMap, as the Query page always did: earlier snippets stay readable.
    const QVariantMap stored = m_settings.value(u"query/snippets"_s).toMap();
    QMap<QString, QString> snippets;
    for (auto it = stored.begin(); it != stored.end(); ++it)
        snippets.insert(it.key(), it.value().toString());
    return snippets;
}

void Settings::setQuerySnippets(const QMap<QString, QString> &snippets)
{
    QVariantMap stored;
    for (auto it = snippets.begin(); it != snippets.end(); ++it)
        stored.insert(it.key(), it.value());
    m_settings.setValue(u"query/snippets"_s, stored);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(u"ui/geometry"_s).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(u"ui/geometry"_s, geometry);
}

int Settings::lastPage(int fallback) const
{
    return m_settings.value(u"ui/page"_s, fallback).toInt();
}

void Settings::setLastPage(int page)
{
    m_settings.setValue(u"ui/page"_s, page);
}

void Settings::sync()
{
    m_settings.sync();
    restrictPermissions();
}
