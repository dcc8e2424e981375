#include "demorouter.h"

#include "demobackend.h"

using namespace Qt::StringLiterals;

namespace {

bool projectExists(qint64 team)
{
    return DemoBackend::projectIds().contains(team) || DemoBackend::secondOrganizationProjectIds().contains(team);
}

QString organizationOf(qint64 team)
{
    return DemoBackend::secondOrganizationProjectIds().contains(team) ? DemoBackend::secondOrganizationId() : DemoBackend::organizationId();
}

bool isPlaceholder(const QStringList &segment)
{
    return segment.size() == 1 && segment.first().startsWith(QLatin1Char('{'));
}

bool isWrite(const QByteArray &method)
{
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

DemoRouter::Resolution unrouted(const QString &detail)
{
    DemoRouter::Resolution r;
    r.failure = DemoReply::error(404, u"invalid_request"_s, u"not_found"_s, detail);
    r.scope.exempt = true; // nothing to guard: the answer is a 404
    return r;
}

} // namespace

DemoRouter::DemoRouter(QList<Route> routes)
    : m_routes(std::move(routes))
{
    for (const Route &route : std::as_const(m_routes)) {
        Compiled compiled;
        const QStringList segments = route.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (const QString &segment : segments) {
            if (segment == "**"_L1)
                compiled.rest = true;
            else
                compiled.segments.append(segment.split(QLatin1Char('|')));
        }
        m_compiled.append(compiled);
    }
}

bool DemoRouter::matches(const Compiled &compiled, const QStringList &parts) const
{
    const qsizetype n = compiled.segments.size();
    if (compiled.rest ? parts.size() <= n : parts.size() != n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        const QStringList &segment = compiled.segments.at(i);
        if (!isPlaceholder(segment) && !segment.contains(parts.at(i)))
            return false;
    }
    return true;
}

// Exact patterns first, "**" ones only for a path no exact pattern knows; within them, the
// first route for the request's method, else a 405 for the path they match.
DemoRouter::Resolution DemoRouter::resolve(const HttpRequest &request) const
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.at(0) != "api"_L1)
        return unrouted(u"No such endpoint."_s);
    for (const bool rest : {false, true}) {
        qsizetype first = -1;
        for (qsizetype i = 0; i < m_routes.size(); ++i) {
            if (m_compiled.at(i).rest != rest || !matches(m_compiled.at(i), parts))
                continue;
            if (first < 0)
                first = i;
            const QByteArray &method = m_routes.at(i).method;
            if (method == "*" || method == request.method)
                return resolved(m_routes.at(i), m_compiled.at(i), parts, request);
        }
        if (first >= 0) {
            Resolution r = resolved(m_routes.at(first), m_compiled.at(first), parts, request);
            if (r.route) // the path is valid, the method is not
                r = {nullptr, DemoReply::methodNotAllowed(request.method), r.scope, r.team, r.id, r.organization};
            return r;
        }
    }
    return unrouted(u"Endpoint not found."_s);
}

// The captures and scope of a matched route. An unknown project answers 404 before the method
// is looked at, as PostHog's team lookup runs in the permission checks.
DemoRouter::Resolution DemoRouter::resolved(const Route &route, const Compiled &compiled, const QStringList &parts, const HttpRequest &request) const
{
    Resolution r;
    r.route = &route;
    r.scope.scopeObject = route.scope;
    r.scope.exempt = route.scope.isEmpty();
    r.scope.write = isWrite(request.method) && route.scope != "query"_L1; // QueryViewSet counts every action as a read
    for (qsizetype i = 0; i < compiled.segments.size(); ++i) {
        const QString &name = compiled.segments.at(i).first();
        if (name == "{id}"_L1) {
            r.id = parts.at(i);
        } else if (name == "{org}"_L1) {
            r.organization = parts.at(i) == "@current"_L1 ? DemoBackend::organizationId() : parts.at(i);
            r.scope.organization = r.organization;
        } else if (name == "{team}"_L1) {
            bool ok = false;
            r.team = parts.at(i).toLongLong(&ok);
            if (ok) {
                r.scope.team = r.team;
                r.scope.organization = organizationOf(r.team);
            }
            if (!ok || !projectExists(r.team)) {
                r.route = nullptr;
                r.failure = DemoReply::notFound(u"Project"_s);
            }
        }
    }
    return r;
}
