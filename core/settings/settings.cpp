#include "settings.h"

#include <QRandomGenerator>

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(QStringLiteral("PostHog"), QStringLiteral("PostHog Companion"))
{
}

PostHogConnection::Region Settings::region() const
{
    return PostHogConnection::regionFromKey(m_settings.value(QStringLiteral("connection/region"), QStringLiteral("us")).toString());
}

void Settings::setRegion(PostHogConnection::Region region)
{
    m_settings.setValue(QStringLiteral("connection/region"), PostHogConnection::regionKey(region));
    Q_EMIT connectionChanged();
}

QString Settings::customBaseUrl() const
{
    return m_settings.value(QStringLiteral("connection/baseUrl")).toString();
}

void Settings::setCustomBaseUrl(const QString &url)
{
    m_settings.setValue(QStringLiteral("connection/baseUrl"), url);
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
        return PostHogConnection::custom(r, QStringLiteral("http://127.0.0.1"), error);
    return PostHogConnection::usCloud();
}

QString Settings::defaultOrganizationId() const
{
    return m_settings.value(QStringLiteral("connection/organization")).toString();
}

void Settings::setDefaultOrganizationId(const QString &id)
{
    m_settings.setValue(QStringLiteral("connection/organization"), id);
}

qint64 Settings::defaultProjectId() const
{
    return m_settings.value(QStringLiteral("connection/project"), 0).toLongLong();
}

void Settings::setDefaultProjectId(qint64 id)
{
    m_settings.setValue(QStringLiteral("connection/project"), id);
}

bool Settings::mcpEnabled() const
{
    return m_settings.value(QStringLiteral("mcp/enabled"), true).toBool();
}

void Settings::setMcpEnabled(bool enabled)
{
    m_settings.setValue(QStringLiteral("mcp/enabled"), enabled);
    Q_EMIT mcpSettingsChanged();
}

quint16 Settings::mcpPort() const
{
    return quint16(m_settings.value(QStringLiteral("mcp/port"), defaultMcpPort).toUInt());
}

void Settings::setMcpPort(quint16 port)
{
    m_settings.setValue(QStringLiteral("mcp/port"), port);
    Q_EMIT mcpSettingsChanged();
}

QString Settings::mcpAuthToken()
{
    QString token = m_settings.value(QStringLiteral("mcp/authToken")).toString();
    if (token.size() < 32)
        token = regenerateMcpAuthToken();
    return token;
}

QString Settings::regenerateMcpAuthToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    const QString token = QString::fromLatin1(bytes.toHex());
    m_settings.setValue(QStringLiteral("mcp/authToken"), token);
    m_settings.sync();
    Q_EMIT mcpSettingsChanged();
    return token;
}

QString Settings::headlessApprovalPolicy() const
{
    const QString policy = m_settings.value(QStringLiteral("approval/headless"), QStringLiteral("deny")).toString();
    return policy == QLatin1String("elicit") ? policy : QStringLiteral("deny");
}

void Settings::setHeadlessApprovalPolicy(const QString &policy)
{
    m_settings.setValue(QStringLiteral("approval/headless"), policy);
}

QStringList Settings::disabledTools() const
{
    return m_settings.value(QStringLiteral("mcp/disabledTools")).toStringList();
}

void Settings::setDisabledTools(const QStringList &names)
{
    m_settings.setValue(QStringLiteral("mcp/disabledTools"), names);
    Q_EMIT mcpSettingsChanged();
}

QString Settings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(QStringLiteral("ui/language"), code);
}

bool Settings::apiKeySaved() const
{
    return m_settings.value(QStringLiteral("connection/apiKeySaved"), false).toBool();
}

void Settings::setApiKeySaved(bool saved)
{
    m_settings.setValue(QStringLiteral("connection/apiKeySaved"), saved);
}

bool Settings::allowKeyFile() const
{
    return m_settings.value(QStringLiteral("credentials/allowKeyFile"), false).toBool();
}

void Settings::setAllowKeyFile(bool allow)
{
    m_settings.setValue(QStringLiteral("credentials/allowKeyFile"), allow);
}
