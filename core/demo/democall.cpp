#include "democall.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

DemoCall::DemoCall(const HttpRequest &request, const DemoApiKey &key, QUrl baseUrl)
    : m_request(request)
    , m_key(key)
    , m_baseUrl(std::move(baseUrl))
{ }

void DemoCall::setCaptures(qint64 team, const QString &id, const QString &organization)
{
    m_team = team;
    m_id = id;
    m_organization = organization;
}

// QUrlQuery leaves a bare '+' as a plus, so the raw query is split here.
QString DemoCall::param(const QString &name, const QString &fallback) const
{
    const QByteArray raw = m_request.url.query(QUrl::FullyEncoded).toUtf8();
    for (const QByteArray &pair : raw.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        if (QString::fromUtf8(QByteArray::fromPercentEncoding(key)) == name)
            return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
    }
    return fallback;
}

QString DemoCall::searchPattern() const
{
    return u"%%1%"_s.arg(param(u"search"_s).toLower());
}

DemoCall::Paging DemoCall::paging() const
{
    Paging p;
    bool ok = false;
    const int limit = param(u"limit"_s).toInt(&ok);
    if (ok)
        p.limit = qBound(1, limit, 1000);
    const int offset = param(u"offset"_s).toInt(&ok);
    if (ok)
        p.offset = qMax(0, offset);
    return p;
}

std::optional<QJsonObject> DemoCall::jsonBody() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QJsonObject DemoCall::listEnvelope(const QJsonArray &page, qint64 count, int limit, int offset) const
{
    auto link = [&](int newOffset) -> QJsonValue {
        QUrl url = m_baseUrl;
        url.setPath(m_request.path);
        QUrlQuery query = m_request.query;
        query.removeAllQueryItems(u"offset"_s);
        query.removeAllQueryItems(u"limit"_s);
        query.addQueryItem(u"limit"_s, QString::number(limit));
        query.addQueryItem(u"offset"_s, QString::number(newOffset));
        url.setQuery(query);
        return url.toString();
    };
    return {{u"count"_s, count},
            {u"next"_s, offset + page.size() < count ? link(offset + int(page.size())) : QJsonValue(QJsonValue::Null)},
            {u"previous"_s, offset > 0 ? link(qMax(0, offset - limit)) : QJsonValue(QJsonValue::Null)},
            {u"results"_s, page}};
}
