#pragma once

#include "demoauth.h"
#include "demobackend.h"
#include "demoqueryengine.h"

#include "http/httprequest.h"
#include "http/httpresponder.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class HttpServerAdapter;

// The demo backend's server side, living on DemoBackend's worker thread: prepares the data,
// then answers PostHog's REST surface from it.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    DemoServer(DemoBackend::Options options, quint16 port);
    ~DemoServer() override;

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    struct Reply
    {
        int status = 200;
        QJsonValue body;
    };

    bool prepareDatabase(QString *error);
    void handle(const HttpRequest &request, HttpResponder responder);
    Reply route(const HttpRequest &request);
    DemoScopeRequest scopeRequest(const HttpRequest &request) const;
    QJsonObject currentUserJson() const;
    QJsonObject projectJson(qint64 id) const;
    QJsonObject projectList(const HttpRequest &request, const QString &organization) const;
    Reply organizations(const QStringList &parts, const HttpRequest &request) const;
    Reply queryStatus(const QStringList &parts, const HttpRequest &request) const;
    Reply projectRoute(qint64 team, const QStringList &parts, const HttpRequest &request);
    Reply insights(qint64 team, const QStringList &parts, const HttpRequest &request);
    Reply insightList(qint64 team, const HttpRequest &request, bool refresh) const;
    Reply dashboards(qint64 team, const QStringList &parts, const HttpRequest &request);
    Reply featureFlags(qint64 team, const QStringList &parts, const HttpRequest &request);
    Reply eventDefinitions(qint64 team, const HttpRequest &request);
    Reply propertyDefinitions(qint64 team, const HttpRequest &request);
    Reply errorIssues(qint64 team, const QStringList &parts, const HttpRequest &request);
    Reply query(qint64 team, const HttpRequest &request);

    QJsonObject insightJson(qint64 id, bool withResult) const;
    QJsonObject dashboardJson(qint64 id, bool withTiles) const;
    QJsonArray dashboardTiles(qint64 dashboard) const;
    QString insightOrder(const HttpRequest &request) const;
    QJsonObject flagJson(qint64 id) const;
    QJsonObject listEnvelope(const HttpRequest &request, const QJsonArray &page, qint64 count, int limit, int offset) const;
    // One page of `table` rows matching `where`, each rendered by `render`, in PostHog's envelope.
    QJsonObject listPage(const HttpRequest &request, const QString &table, const QString &where, const QVariantList &binds, const QString &orderBy,
                         const std::function<QJsonObject(qint64 id)> &render) const;

    // Applies the fields of a PATCH body that the table knows, each by its kind.
    void patchRow(const QString &table, qint64 id, const QJsonObject &body, const QStringList &textFields, const QStringList &boolFields,
                  const QStringList &jsonFields) const;

    static Reply error(int status, const QString &type, const QString &code, const QString &detail, const QString &attr = {});
    static Reply notFound(const QString &what);
    static Reply methodNotAllowed(const HttpRequest &request);
    static Reply serverError();

    DemoBackend::Options m_options;
    quint16 m_port;
    QString m_connectionName;
    QString m_sessionPath;
    std::unique_ptr<HttpServerAdapter> m_http;
    std::unique_ptr<DemoQueryEngine> m_queries;
    QUrl m_baseUrl;
    const DemoApiKey *m_key = nullptr; // the key of the request being answered
};
