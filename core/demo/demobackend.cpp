#include "demobackend.h"

#include "demoserver.h"

using namespace Qt::StringLiterals;

DemoBackend::DemoBackend(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"demo-backend"_s);
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
    return u"phx_demo_workspace_offline_key"_s;
}

QString DemoBackend::scopedProjectApiKey()
{
    return u"phx_demo_workspace_project_2_key"_s;
}

qint64 DemoBackend::scopedProjectId()
{
    return 2;
}

QString DemoBackend::readOnlyApiKey()
{
    return u"phx_demo_workspace_read_only_key"_s;
}

QString DemoBackend::secondOrganizationId()
{
    return u"0190a7c4-7a2b-7c1d-8e4f-5a6b7c8d9e0f"_s;
}

QList<qint64> DemoBackend::secondOrganizationProjectIds()
{
    return {3};
}

QString DemoBackend::organizationId()
{
    return u"0190a7c4-5e1d-7d2a-9f3b-4d6e8a1c2b3d"_s;
}

QList<qint64> DemoBackend::projectIds()
{
    return {1, 2};
}
