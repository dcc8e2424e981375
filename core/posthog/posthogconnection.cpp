#include "posthogconnection.h"

using namespace Qt::StringLiterals;

PostHogConnection PostHogConnection::usCloud()
{
    PostHogConnection c;
    c.m_region = Region::UsCloud;
    c.m_base = QUrl(u"https://us.posthog.com"_s);
    return c;
}

PostHogConnection PostHogConnection::euCloud()
{
    PostHogConnection c;
    c.m_region = Region::EuCloud;
    c.m_base = QUrl(u"https://eu.posthog.com"_s);
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
        return fail(u"Enter the address of your PostHog instance, e.g. https://posthog.example.com."_s);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1))
        return fail(u"The address must start with http:// or https://."_s);
    if (url.host().isEmpty())
        return fail(u"The address has no host name."_s);
    if (url.hasQuery() || url.hasFragment())
        return fail(u"The address must not contain '?' or '#': give only the scheme, host and port."_s);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == "/api"_L1)
        path.clear(); // people paste the API root; the client adds /api itself
    if (!path.isEmpty())
        return fail(u"The address must not have a path (found '%1'): PostHog is served from the root of its host."_s.arg(path));
    url.setPath(QString());
    if (!url.userInfo().isEmpty())
        return fail(u"The address must not contain a user name or password."_s);
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
    case Region::UsCloud: return u"us"_s;
    case Region::EuCloud: return u"eu"_s;
    case Region::SelfHosted: return u"self_hosted"_s;
    case Region::Demo: return u"demo"_s;
    }
    return u"us"_s;
}

PostHogConnection::Region PostHogConnection::regionFromKey(const QString &key)
{
    if (key == "eu"_L1)
        return Region::EuCloud;
    if (key == "self_hosted"_L1)
        return Region::SelfHosted;
    if (key == "demo"_L1)
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
