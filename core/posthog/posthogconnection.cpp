#include "posthogconnection.h"

PostHogConnection PostHogConnection::usCloud()
{
    PostHogConnection c;
    c.m_region = Region::UsCloud;
    c.m_base = QUrl(QStringLiteral("https://us.posthog.com"));
    return c;
}

PostHogConnection PostHogConnection::euCloud()
{
    PostHogConnection c;
    c.m_region = Region::EuCloud;
    c.m_base = QUrl(QStringLiteral("https://eu.posthog.com"));
    return c;
}

PostHogConnection PostHogConnection::custom(Region region, const QString &text, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        PostHogConnection invalid;
        invalid.m_region = region;
        invalid.m_base = QUrl();
        return invalid;
    };
    if (region == Region::UsCloud)
        return usCloud();
    if (region == Region::EuCloud)
        return euCloud();
    QUrl url = QUrl::fromUserInput(text.trimmed());
    if (text.trimmed().isEmpty())
        return fail(tr("Enter the address of your PostHog instance, e.g. https://posthog.example.com."));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return fail(tr("The address must start with http:// or https://."));
    if (url.host().isEmpty())
        return fail(tr("The address has no host name."));
    if (url.hasQuery() || url.hasFragment())
        return fail(tr("The address must not contain '?' or '#': give only the scheme, host and port."));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == QLatin1String("/api"))
        path.clear(); // people paste the API root; the client adds /api itself
    if (!path.isEmpty())
        return fail(tr("The address must not have a path (found '%1'): PostHog is served from the root of its host.").arg(path));
    url.setPath(QString());
    if (!url.userInfo().isEmpty())
        return fail(tr("The address must not contain a user name or password."));
    PostHogConnection c;
    c.m_region = region;
    c.m_base = url;
    if (error)
        error->clear();
    return c;
}

QString PostHogConnection::regionKey(Region region)
{
    switch (region) {
    case Region::UsCloud: return QStringLiteral("us");
    case Region::EuCloud: return QStringLiteral("eu");
    case Region::SelfHosted: return QStringLiteral("self_hosted");
    case Region::Demo: return QStringLiteral("demo");
    }
    return QStringLiteral("us");
}

PostHogConnection::Region PostHogConnection::regionFromKey(const QString &key)
{
    if (key == QLatin1String("eu"))
        return Region::EuCloud;
    if (key == QLatin1String("self_hosted"))
        return Region::SelfHosted;
    if (key == QLatin1String("demo"))
        return Region::Demo;
    return Region::UsCloud;
}

QString PostHogConnection::regionLabel(Region region)
{
    switch (region) {
    case Region::UsCloud: return tr("US cloud");
    case Region::EuCloud: return tr("EU cloud");
    case Region::SelfHosted: return tr("Self-hosted");
    case Region::Demo: return tr("Demo workspace (offline)");
    }
    return {};
}
