#pragma once

#include "common/mcptestclient.h"
#include "demo/demobackend.h"
#include "mcp/mcpserver.h"
#include "mcp/toolregistry.h"
#include "posthog/posthogclient.h"
#include "settings/settings.h"
#include "tools/approvalpolicy.h"
#include "tools/posthogtoolset.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

// What every tools test stands on: its own demo backend on a loopback port over a fresh SQLite
// file, the client pointed at it with the demo key, every tool registered on an McpServer, an
// MCP client ("agent") calling it, and `m_direct`, the same SQLite opened apart from the tools
// for counts computed independently. Derive the test class from it and call startDemo() in
// initTestCase.
class DemoToolsTest : public QObject
{
protected:
    // False when the demo did not come up within a minute (the caller's QVERIFY fails).
    bool startDemo(int events)
    {
        DemoBackend::Options options;
        options.events = events;
        options.databasePath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QSignalSpy ready(&m_backend, &DemoBackend::ready);
        m_backend.start(options);
        if (!ready.wait(60000))
            return false;
        QString error;
        m_client.setConnection(PostHogConnection::custom(PostHogConnection::Region::Demo, m_backend.baseUrl().toString(), &error));
        m_client.setApiKey(DemoBackend::apiKey());
        m_toolset.registerAll(&m_registry);
        m_direct = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
        m_direct.setDatabaseName(options.databasePath);
        return m_direct.open();
    }

    QTemporaryDir m_dir;
    DemoBackend m_backend;
    Settings m_settings;
    PostHogClient m_client;
    ToolRegistry m_registry;
    McpServer m_server{&m_registry};
    PostHogToolset m_toolset{&m_client, &m_settings};
    ApprovalPolicy m_approvals{&m_settings};
    QSqlDatabase m_direct;
    McpTestClient m_mcp{&m_server, QStringLiteral("agent")};
};
