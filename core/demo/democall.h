#pragma once

#include "http/httprequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

struct DemoApiKey;

// One routed request as a handler sees it: the HTTP request, the key that was accepted, and
// the values the route's pattern captured ({team}, {org}, {id}).
class DemoCall
{
public:
    struct Paging
    {
        int limit = 100;
        int offset = 0;
    };

    DemoCall(const HttpRequest &request, const DemoApiKey &key, QUrl baseUrl);

    const HttpRequest &request() const { return m_request; }
    const DemoApiKey &key() const { return m_key; }
    qint64 team() const { return m_team; }
    QString id() const { return m_id; }
    QString organization() const { return m_organization; } // "@current" resolved
    void setCaptures(qint64 team, const QString &id, const QString &organization);

    // A query-string value decoded as Django's QueryDict does: a bare '+' is a space, '%2B' a plus.
    QString param(const QString &name, const QString &fallback = {}) const;
    QString searchPattern() const; // `search` as a lower-case LIKE pattern ("%%" without one)
    Paging paging() const; // limit (1..1000, default 100) and offset
    std::optional<QJsonObject> jsonBody() const; // nothing when the body is not a JSON object
    // PostHog's list envelope {count, next, previous, results}, the links absolute.
    QJsonObject listEnvelope(const QJsonArray &page, qint64 count, int limit, int offset) const;

private:
    const HttpRequest &m_request;
    const DemoApiKey &m_key;
    QUrl m_baseUrl;
    qint64 m_team = 0;
    QString m_id;
    QString m_organization;
};
