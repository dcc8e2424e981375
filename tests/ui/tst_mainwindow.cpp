// The window as a whole: pages wired to the service, the status bar, approval prompts, the
// state it remembers, the tray; and, with SCREENSHOT_DIR set, a picture of every page
// (scripts/screenshots). Each page's own behaviour has its own test (tst_querypage, …).
#include "common/isolatedhome.h"
#include "demoservice.h"
#include "screenshottheme.h"
#include "ui/activitypage.h"
#include "ui/mainwindow.h"
#include "ui/querypage.h"
#include "ui/queryresultmodel.h"
#include "ui/resourcepage.h"
#include "ui/trayicon.h"

#include "mcp/mcpserver.h"
#include "service/companionservice.h"
#include "settings/settings.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CompanionService> m_service;
    std::unique_ptr<MainWindow> m_window;

    // Starts a tool call as an agent would; the answer lands in the returned object later
    // (the call waits for a person, so it cannot be awaited here).
    std::shared_ptr<QJsonObject> startToolCall(const QString &name, const QJsonObject &arguments)
    {
        auto answer = std::make_shared<QJsonObject>();
        auto session = std::make_shared<McpSession>();
        session->clientId = u"ui-test-agent"_s;
        m_service->mcpServer()->handle(QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                                                   {u"id"_s, 1},
                                                   {u"method"_s, u"tools/call"_s},
                                                   {u"params"_s, QJsonObject{{u"name"_s, name}, {u"arguments"_s, arguments}}}},
                                       session, {}, [answer](const QJsonObject &m, int) { *answer = m; });
        return answer;
    }

    // The named button of the visible approval dialog; fails the test when none shows up in time.
    template <typename T>
    T *waitForDialogButton(const QString &name)
    {
        T *found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (w->objectName() == "approvalDialog"_L1 && w->isVisible())
                        found = w->findChild<T *>(name);
                }
                return found != nullptr;
            },
            5000);
        if (!shown)
            QTest::qFail(qPrintable(u"no approval dialog with %1 within 5 s"_s.arg(name)), __FILE__, __LINE__);
        return found;
    }

    void screenshot(const QString &name) { ScreenshotTheme::save(m_window.get(), name); }

private Q_SLOTS:
    void initTestCase()
    {
        ScreenshotTheme::apply();
        qunsetenv("POSTHOG_API_KEY");
        // The window exists before the service starts, as in main(): not startDemoService().
        m_service = std::make_unique<CompanionService>(demoServiceOptions(true));
        m_window = std::make_unique<MainWindow>(m_service.get());
        QSignalSpy ready(m_service.get(), &CompanionService::ready);
        m_window->resize(1180, 760);
        m_window->showAtStartup();
        m_service->start();
        QVERIFY(ready.wait(60000));
        QVERIFY(m_service->isHttpRunning()); // MCP is on by default and starts with the window
    }

    void firstRunOpensTheQueryPage()
    {
        QCOMPARE(m_window->currentPage(), MainWindow::Query);
        QVERIFY(qobject_cast<QueryPage *>(m_window->page(MainWindow::Query)));
        QVERIFY(qobject_cast<ActivityPage *>(m_window->page(MainWindow::Activity)));
        for (MainWindow::Page id : {MainWindow::Insights, MainWindow::Dashboards, MainWindow::Errors, MainWindow::LlmCosts, MainWindow::FeatureFlags})
            QVERIFY(qobject_cast<ResourcePage *>(m_window->page(id)));
    }

    // The window reloads every resource page once the service is connected (activeChanged).
    void resourcePagesLoadOnceConnected()
    {
        for (MainWindow::Page id :
             {MainWindow::Insights, MainWindow::Dashboards, MainWindow::Errors, MainWindow::LlmCosts, MainWindow::FeatureFlags}) {
            auto *page = qobject_cast<ResourcePage *>(m_window->page(id));
            QTRY_VERIFY2_WITH_TIMEOUT(page->rowCount() > 0, qPrintable(page->objectName()), 10000);
        }
    }

    // Every page and the status bar use ActiveProjectStore's answer for the window
    // (posthog-api.md "Who am I": the demo user's current team), never a literal id.
    void statusBarNamesOrganizationAndProject()
    {
        auto *status = m_window->findChild<QLabel *>(u"connectionStatus"_s);
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("Hedgebox Demo"_L1), 10000);
        QVERIFY(status->text().contains("Hedgebox Web"_L1));
        QVERIFY(m_window->findChild<QLabel *>(u"mcpStatus"_s)->text().contains(m_service->httpUrl().toString()));
    }

    void screenshotsOfEveryPage()
    {
        if (qEnvironmentVariable("SCREENSHOT_DIR").isEmpty())
            QSKIP("SCREENSHOT_DIR is not set (scripts/screenshots sets it)");
        m_window->showPage(MainWindow::Query);
        auto *query = qobject_cast<QueryPage *>(m_window->page(MainWindow::Query));
        QSignalSpy finished(query, &QueryPage::queryFinished);
        query->findChild<QPushButton *>(u"runButton"_s)->click();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().toBool());
        QTest::qWait(200); // let the chart paint
        screenshot(u"query"_s);
        static const char *names[] = {"connection", "mcp", "query", "insights", "dashboards", "errors", "llm-costs", "feature-flags", "activity"};
        for (MainWindow::Page id : {MainWindow::Insights, MainWindow::Dashboards, MainWindow::Errors, MainWindow::LlmCosts, MainWindow::FeatureFlags,
                                    MainWindow::Mcp, MainWindow::Connection}) {
            m_window->showPage(id);
            QTest::qWait(300);
            screenshot(QString::fromLatin1(names[int(id)]));
        }
    }

    void approvalDenyAndAllow()
    {
        m_window->showPage(MainWindow::Activity);
        const auto denied = startToolCall(u"delete_dashboard"_s, {{u"dashboard_id"_s, 2}});
        QPushButton *deny = waitForDialogButton<QPushButton>(u"denyButton"_s);
        QVERIFY(deny);
        deny->click();
        QTRY_VERIFY(!denied->isEmpty());
        const QJsonObject deniedResult = denied->value("result"_L1).toObject();
        QVERIFY(deniedResult.value("isError"_L1).toBool());
        QVERIFY(deniedResult.value("content"_L1).toArray().first().toObject().value("text"_L1).toString().contains("declined"_L1));
        const auto allowed = startToolCall(u"delete_dashboard"_s, {{u"dashboard_id"_s, 2}});
        QPushButton *once = waitForDialogButton<QPushButton>(u"allowOnceButton"_s);
        QVERIFY(once);
        once->click();
        QTRY_VERIFY_WITH_TIMEOUT(!allowed->isEmpty(), 10000);
        QVERIFY(!allowed->value("result"_L1).toObject().value("isError"_L1).toBool());
        auto *activity = qobject_cast<ActivityPage *>(m_window->page(MainWindow::Activity));
        QTRY_VERIFY(activity->table()->model()->rowCount() >= 2);
        activity->table()->selectRow(activity->table()->model()->rowCount() - 1);
        QTest::qWait(200);
        screenshot(u"activity"_s);
    }

    // The next window opens on the page and at the size this one had.
    void windowStateIsRemembered()
    {
        m_window->showPage(MainWindow::Errors);
        m_window->resize(1000, 700);
        const QByteArray geometry = m_window->saveGeometry();
        m_window.reset();
        QCOMPARE(m_service->settings()->lastPage(-1), int(MainWindow::Errors));
        QCOMPARE(m_service->settings()->windowGeometry(), geometry);
        m_window = std::make_unique<MainWindow>(m_service.get());
        QCOMPARE(m_window->currentPage(), MainWindow::Errors);
        m_window->show();
    }

    void closingHidesToTrayWhenThereIsOne()
    {
        if (!m_window->tray()->isVisible())
            QSKIP("no system tray on this platform (offscreen); tst_trayicon covers the tray's logic");
        m_window->close();
        QVERIFY(!m_window->isVisible());
        QVERIFY(m_service->isHttpRunning());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
