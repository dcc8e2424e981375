#include "ui/activitypage.h"
#include "ui/clientconfigsnippets.h"
#include "ui/hogqleditor.h"
#include "ui/mainwindow.h"
#include "ui/querypage.h"
#include "ui/queryresultmodel.h"
#include "ui/resourcepage.h"

#include "mcp/mcpserver.h"
#include "service/companionservice.h"
#include "settings/settings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<CompanionService> m_service;
    std::unique_ptr<MainWindow> m_window;

    // Starts a tool call as an agent would; the answer lands in the returned object later.
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

    template <typename T>
    T *waitForDialogButton(const QString &name)
    {
        T *found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (w->objectName() == "approvalDialog"_L1 && w->isVisible())
                        found = w->findChild<T *>(name);
                }
                return found != nullptr;
            },
            5000);
        return found;
    }

    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_window->grab().save(dir + QLatin1Char('/') + name + u".png"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_s).toUtf8());
        qunsetenv("POSTHOG_API_KEY");
        CompanionService::Options options;
        options.demo = true;
        options.demoEvents = 20000;
        options.interactive = true;
        options.useKeychain = false;
        options.port = 0;
        m_service = std::make_unique<CompanionService>(options);
        m_window = std::make_unique<MainWindow>(m_service.get());
        QSignalSpy ready(m_service.get(), &CompanionService::ready);
        m_window->resize(1180, 760);
        m_window->showAtStartup();
        m_service->start();
        QVERIFY(ready.wait(60000));
        QVERIFY(m_service->isHttpRunning());
    }

    void queryShowsRowsAndExports()
    {
        m_window->showPage(MainWindow::Query);
        auto *page = qobject_cast<QueryPage *>(m_window->page(MainWindow::Query));
        QVERIFY(page);
        QSignalSpy finished(page, &QueryPage::queryFinished);
        page->findChild<QPushButton *>(u"runButton"_s)->click();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(page->model()->rowCount() > 0);
        QCOMPARE(page->model()->columns(), (QStringList{u"country"_s, u"views"_s}));
        const QString path = m_home.filePath(u"out.csv"_s);
        QString error;
        QVERIFY2(page->exportTo(path, &error), qPrintable(error));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("country,views"));
        QCOMPARE(lines.size() - 2, page->model()->rowCount());
        QTest::qWait(200); // let the chart paint for the screenshot
        screenshot(u"query"_s);
    }

    void snippetsPersist()
    {
        auto *page = qobject_cast<QueryPage *>(m_window->page(MainWindow::Query));
        page->saveSnippetAs(u"Country views"_s);
        QVERIFY(page->snippetNames().contains(u"Country views"_s));
        QVERIFY(
            m_service->settings()->raw().value(u"query/snippets"_s).toMap().value(u"Country views"_s).toString().contains("$geoip_country_name"_L1));
    }

    void editorCompletesSchemaNames()
    {
        auto *page = qobject_cast<QueryPage *>(m_window->page(MainWindow::Query));
        page->refreshSchemaWords();
        QTRY_VERIFY_WITH_TIMEOUT(page->editor()->completionWords().contains(u"$ai_generation"_s), 5000);
        QVERIFY(page->editor()->completionWords().contains(u"SELECT"_s));
    }

    void queryErrorIsShownInline()
    {
        auto *page = qobject_cast<QueryPage *>(m_window->page(MainWindow::Query));
        const QString previous = page->editor()->toPlainText();
        page->editor()->setPlainText(u"SELECT arrayJoin(x) FROM events"_s);
        QSignalSpy finished(page, &QueryPage::queryFinished);
        page->run();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY(page->findChild<QLabel *>(u"queryStatus"_s)->text().contains("arrayJoin"_L1));
        page->editor()->setPlainText(previous);
    }

    void resourcePagesLoad()
    {
        for (MainWindow::Page id :
             {MainWindow::Insights, MainWindow::Dashboards, MainWindow::Errors, MainWindow::LlmCosts, MainWindow::FeatureFlags}) {
            auto *page = qobject_cast<ResourcePage *>(m_window->page(id));
            QVERIFY(page);
            QTRY_VERIFY2_WITH_TIMEOUT(page->rowCount() > 0, qPrintable(page->objectName()), 10000);
            m_window->showPage(id);
            QTest::qWait(300);
            static const char *names[] = {"connection", "mcp", "query", "insights", "dashboards", "errors", "llm-costs", "feature-flags", "activity"};
            screenshot(QString::fromLatin1(names[int(id)]));
        }
    }

    void approvalDenyAndAllow()
    {
        m_window->showPage(MainWindow::Activity);
        const auto denied = startToolCall(u"delete_dashboard"_s, {{u"dashboard_id"_s, 2}});
        QPushButton *deny = waitForDialogButton<QPushButton>(u"denyButton"_s);
        QVERIFY(deny);
        screenshot(u"approval"_s);
        deny->click();
        QTRY_VERIFY(!denied->isEmpty());
        QVERIFY(denied->value("result"_L1).toObject().value("isError"_L1).toBool());
        const auto allowed = startToolCall(u"delete_dashboard"_s, {{u"dashboard_id"_s, 2}});
        QPushButton *once = waitForDialogButton<QPushButton>(u"allowOnceButton"_s);
        QVERIFY(once);
        once->click();
        QTRY_VERIFY_WITH_TIMEOUT(!allowed->isEmpty(), 10000);
        QVERIFY(!allowed->value("result"_L1).toObject().value("isError"_L1).toBool());
        auto *activity = qobject_cast<ActivityPage *>(m_window->page(MainWindow::Activity));
        QTRY_VERIFY(activity->table()->model()->rowCount() >= 2);
        QTest::qWait(200);
        screenshot(u"activity"_s);
    }

    void mcpAndConnectionPages()
    {
        m_window->showPage(MainWindow::Mcp);
        QTest::qWait(200);
        screenshot(u"mcp"_s);
        m_window->showPage(MainWindow::Connection);
        QTest::qWait(500);
        screenshot(u"connection"_s);
        const auto snippets = ClientConfigSnippets::all(m_service->httpUrl(), m_service->authToken(), u"/opt/phc"_s);
        QCOMPARE(snippets.size(), 6);
        for (const auto &s : snippets) {
            if (s.client != "Claude Desktop"_L1) {
                QVERIFY(s.text.contains(m_service->httpUrl().toString()));
                QVERIFY(s.text.contains(m_service->authToken()));
            }
        }
        QVERIFY(snippets.at(1).text.contains("--mcp-stdio"_L1));
    }

    // Every page and the status bar use ActiveProjectStore's answer for the window
    // (posthog-api.md "Who am I": the demo user's current team), never a literal id.
    void statusBarNamesOrganizationAndProject()
    {
        auto *status = m_window->findChild<QLabel *>(u"connectionStatus"_s);
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("Hedgebox Demo"_L1), 10000);
        QVERIFY(status->text().contains("Hedgebox Web"_L1));
    }

    void resultModelHandles100kRows()
    {
        QJsonArray rows;
        for (int i = 0; i < 100000; ++i)
            rows.append(QJsonArray{u"row %1"_s.arg(i), i, i * 0.5});
        QueryResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult({u"a"_s, u"b"_s, u"c"_s}, {u"String"_s, u"Int64"_s, u"Float64"_s}, rows);
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(model.data(model.index(99999, 1)).toInt(), 99999);
        QTableView view;
        view.setModel(&model);
        view.resize(800, 600);
        view.show();
        view.scrollToBottom();
        QTest::qWait(50);
    }

    void closingHidesToTrayWhenThereIsOne()
    {
        if (!m_window->tray())
            QSKIP("no system tray on this platform (offscreen)");
        m_window->close();
        QVERIFY(!m_window->isVisible());
        QVERIFY(m_service->isHttpRunning());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
