#pragma once

#include "demo/demobackend.h"
#include "mcp/toolregistry.h"
#include "posthog/posthogclient.h"
#include "tools/posthogtoolset.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>

// How every tools test starts: its own demo backend on a loopback port over a database of
// `events` at `databasePath`, the client pointed at it with the demo key, and every tool
// registered; `direct`, when given, opens the same SQLite for counts computed apart from the
// tools. False when the demo did not come up within a minute (the caller's QVERIFY fails).
namespace DemoTools {

inline bool start(DemoBackend &backend, const QString &databasePath, int events, PostHogClient &client, PostHogToolset &toolset,
                  ToolRegistry &registry, QSqlDatabase *direct = nullptr)
{
    DemoBackend::Options options;
    options.events = events;
    options.databasePath = databasePath;
    QSignalSpy ready(&backend, &DemoBackend::ready);
    backend.start(options);
    if (!ready.wait(60000))
        return false;
    QString error;
    client.setConnection(PostHogConnection::custom(PostHogConnection::Region::Demo, backend.baseUrl().toString(), &error));
    client.setApiKey(DemoBackend::apiKey());
    toolset.registerAll(&registry);
    if (!direct)
        return true;
    *direct = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
    direct->setDatabaseName(databasePath);
    return direct->open();
}

} // namespace DemoTools
