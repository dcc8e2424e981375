#include "demobackend.h"

#include "demoserver.h"

DemoBackend::DemoBackend(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("demo-backend"));
}

DemoBackend::~DemoBackend()
{
    m_thread.quit();
    m_thread.wait(); // the server stops with its thread; nothing else waits here
}

void DemoBackend::start(const Options &options, quint16 port)
{
    if (m_server)
        return;
    m_server = new DemoServer(options, port);
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_server, &DemoServer::start);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    connect(m_server, &DemoServer::ready, this, [this](const QUrl &url) {
        m_baseUrl = url;
        m_ready = true;
        Q_EMIT ready(url);
    });
    connect(m_server, &DemoServer::failed, this, &DemoBackend::failed);
    m_thread.start();
}

QString DemoBackend::apiKey()
{
    return QStringLiteral("phx_demo_workspace_offline_key");
}

QString DemoBackend::scopedProjectApiKey()
{
    return QStringLiteral("phx_demo_workspace_project_2_key");
}

qint64 DemoBackend::scopedProjectId()
{
    return 2;
}

QString DemoBackend::readOnlyApiKey()
{
    return QStringLiteral("phx_demo_workspace_read_only_key");
}

QString DemoBackend::secondOrganizationId()
{
    return QStringLiteral("0190a7c4-7a2b-7c1d-8e4f-5a6b7c8d9e0f");
}

QList<qint64> DemoBackend::secondOrganizationProjectIds()
{
    return {3};
}

QString DemoBackend::organizationId()
{
    return QStringLiteral("0190a7c4-5e1d-7d2a-9f3b-4d6e8a1c2b3d");
}

QList<qint64> DemoBackend::projectIds()
{
    return {1, 2};
}
