#pragma once

#include "demobackend.h"

#include "http/httprequest.h"
#include "http/httpresponder.h"

#include <QObject>
#include <QUrl>

#include <memory>

class DemoAccountApi;
class DemoDashboardResource;
class DemoDatabase;
class DemoDefinitionApi;
class DemoErrorIssueApi;
class DemoExperimentApi;
class DemoFeatureFlagResource;
class DemoInsightResource;
class DemoQueryApi;
class DemoQueryEngine;
class DemoRouter;
class DemoSurveyApi;
class HttpServerAdapter;

// The demo backend's server side, living on DemoBackend's worker thread: prepares the data,
// then answers PostHog's REST surface from it through one route table.
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
    void buildHandlers();
    void buildRoutes();
    void handle(const HttpRequest &request, HttpResponder responder);

    DemoBackend::Options m_options;
    quint16 m_port;
    QUrl m_baseUrl;
    // Destroyed in reverse order: the server first, the database last.
    std::unique_ptr<DemoDatabase> m_db;
    std::unique_ptr<DemoQueryEngine> m_queries;
    std::unique_ptr<DemoAccountApi> m_account;
    std::unique_ptr<DemoInsightResource> m_insights;
    std::unique_ptr<DemoDashboardResource> m_dashboards;
    std::unique_ptr<DemoFeatureFlagResource> m_flags;
    std::unique_ptr<DemoDefinitionApi> m_definitions;
    std::unique_ptr<DemoQueryApi> m_queryApi;
    std::unique_ptr<DemoErrorIssueApi> m_errorIssues;
    std::unique_ptr<DemoExperimentApi> m_experiments;
    std::unique_ptr<DemoSurveyApi> m_surveys;
    std::unique_ptr<DemoRouter> m_router;
    std::unique_ptr<HttpServerAdapter> m_http;
};
