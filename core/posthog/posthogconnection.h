#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where PostHog is: a region, and the base URL derived from it in this one place.
class PostHogConnection
{
    Q_DECLARE_TR_FUNCTIONS(PostHogConnection)

public:
    enum class Region { UsCloud, EuCloud, SelfHosted, Demo };

    PostHogConnection() = default;
    static PostHogConnection usCloud();
    static PostHogConnection euCloud();
    // Validates a self-hosted (or demo) URL; on failure returns nullopt-like invalid connection
    // and sets `error` to what to fix, in plain English (it can reach agents as a tool error).
    static PostHogConnection custom(Region region, const QString &url, QString *error = nullptr);

    Region region() const { return m_region; }
    QUrl apiBase() const { return m_base; }
    // The web app, for links a person opens (same host as the API on PostHog cloud).
    QUrl webBase() const { return m_base; }
    bool isValid() const { return m_base.isValid() && !m_base.isEmpty(); }

    static QString regionKey(Region region); // "us", "eu", "self_hosted", "demo"
    static Region regionFromKey(const QString &key); // unknown → UsCloud
    static QString regionLabel(Region region); // translated, for people

private:
    Region m_region = Region::UsCloud;
    QUrl m_base = QUrl(QStringLiteral("https://us.posthog.com"));
};
