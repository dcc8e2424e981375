#pragma once

#include "demoauth.h"
#include "democall.h"
#include "demoreply.h"

#include "http/httprequest.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The demo's route table: method + path pattern → handler, with the scope object the PostHog
// viewset behind that path declares. A pattern is the path's segments: literals (alternatives
// separated by '|'), placeholders {team} (an existing project's id), {org} (an organization id
// or @current), {id} (any one segment), and a last "**" for whatever lies below. Trailing and
// doubled slashes do not matter, as on PostHog.
class DemoRouter
{
public:
    using Handler = std::function<DemoReply(const DemoCall &)>;
    struct Route
    {
        QByteArray method; // "*": any method
        QString pattern;
        QString scope; // "insight", "query", ...; empty: needs no scope
        Handler handler;
    };

    // What a request resolves to: the route to run, or the answer when none applies
    // (404 for an unknown path or project, 405 for a known path with another method).
    struct Resolution
    {
        const Route *route = nullptr;
        DemoReply failure;
        DemoScopeRequest scope; // for DemoAuth::denial, which runs before either
        qint64 team = 0;
        QString id;
        QString organization;
    };

    explicit DemoRouter(QList<Route> routes);

    Resolution resolve(const HttpRequest &request) const;

private:
    struct Compiled
    {
        QList<QStringList> segments; // per segment: its literal alternatives, or one placeholder
        bool rest = false;
    };
    bool matches(const Compiled &compiled, const QStringList &parts) const;
    Resolution resolved(const Route &route, const Compiled &compiled, const QStringList &parts, const HttpRequest &request) const;

    QList<Route> m_routes;
    QList<Compiled> m_compiled;
};
