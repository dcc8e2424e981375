#pragma once

#include "service/companionservice.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// The options of a CompanionService on the offline demo workspace (small, no keychain, any port).
inline CompanionService::Options demoServiceOptions(bool interactive)
{
    CompanionService::Options options;
    options.demo = true;
    options.demoEvents = 20000;
    options.interactive = interactive;
    options.useKeychain = false;
    options.port = 0;
    return options;
}

// A CompanionService on the offline demo workspace, connected and ready, its MCP endpoint on a
// free port. Include common/isolatedhome.h first: the service reads and writes settings. On a
// timeout the test fails here and gets nullptr, never a service that is not ready.
inline std::unique_ptr<CompanionService> startDemoService(bool interactive = false, bool serveHttp = false)
{
    qunsetenv("POSTHOG_API_KEY");
    qunsetenv("POSTHOG_PROJECT_ID");
    qunsetenv("POSTHOG_API_BASE_URL");
    auto service = std::make_unique<CompanionService>(demoServiceOptions(interactive));
    QSignalSpy ready(service.get(), &CompanionService::ready);
    service->start();
    if (!ready.wait(60000)) {
        QTest::qFail("the demo workspace was not ready within 60 s", __FILE__, __LINE__);
        return nullptr;
    }
    QString error;
    if (serveHttp && !service->startHttp(&error)) {
        QTest::qFail(qPrintable(QStringLiteral("the MCP endpoint did not start: ") + error), __FILE__, __LINE__);
        return nullptr;
    }
    return service;
}
