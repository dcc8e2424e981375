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
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QLabel>

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
        session->clientId = QStringLiteral("ui-test-agent");
        m_service->mcpServer()->handle(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 1},
                                                   {QStringLiteral("method"), QStringLiteral("tools/call")},
                                                   {QStringLiteral("params"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}}}},
                                       session, {}, [answer](const QJsonObject &m, int) { *answer = m; });
        return answer;
    }

    template <typename T>
    T *waitForDialogButton(const QString &name)
    {
        T *found = nullptr;
        (void)QTest::qWaitFor([&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->objectName() == QLatin1String("approvalDialog") && w->isVisible())
                    found = w->findChild<T *>(name);
            }
            return found != nullptr;
        }, 5000);
        return found;
    }

    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
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
        page->findChild<QPushButton *>(QStringLiteral("runButton"))->click();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(page->model()->rowCount() > 0);
        QCOMPARE(page->model()->columns(), (QStringList{QStringLiteral("country"), QStringLiteral("views")}));
        const QString path = m_home.filePath(QStringLiteral("out.csv"));
        QString error;
        QVERIFY2(page->exportTo(path, &error), qPrintable(error));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("country,views"));
        QCOMPARE(lines.size() - 2, page->model()->rowCount());
        QTest::qWait(200); // let the chart paint for the screenshot
        screenshot(QStringLiteral("query"));
    }

    void snippetsPersist()
    {
        auto *page = qobject_cast<QueryPage *>(m_window->page(MainWindow::Query));
        page->saveSnippetAs(QStringLiteral("Country views"));
        QVERIFY(page->snippetNames().contains(QStringLiteral("Country views")));
        QVERIFY(m_service->settings()->raw().value(QStringLiteral("query/snippets")).toMap().value(QStringLiteral("Country views")).toString().contains(QLatin1String("$geoip_country_name")));
    }

    void editorCompletesSchemaNames()
    {
        auto *page = qobject_cast<QueryPage *>(m_window->page(MainWindow::Query));
        page->refreshSchemaWords();
        QTRY_VERIFY_WITH_TIMEOUT(page->editor()->completionWords().contains(QStringLiteral("$ai_generation")), 5000);
        QVERIFY(page->editor()->completionWords().contains(QStringLiteral("SELECT")));
    }

    void queryErrorIsShownInline()
    {
        auto *page = qobject_cast<QueryPage *>(m_window->page(MainWindow::Query));
        const QString previous = page->editor()->toPlainText();
        page->editor()->setPlainText(QStringLiteral("SELECT arrayJoin(x) FROM events"));
        QSignalSpy finished(page, &QueryPage::queryFinished);
        page->run();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().first().toBool());
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("queryStatus"))->text().contains(QLatin1String("arrayJoin")));
        page->editor()->setPlainText(previous);
    }

    void resourcePagesLoad()
    {
        for (MainWindow::Page id : {MainWindow::Insights, MainWindow::Dashboards, MainWindow::Errors, MainWindow::LlmCosts, MainWindow::FeatureFlags}) {
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
        const auto denied = startToolCall(QStringLiteral("delete_dashboard"), {{QStringLiteral("dashboard_id"), 2}});
        QPushButton *deny = waitForDialogButton<QPushButton>(QStringLiteral("denyButton"));
        QVERIFY(deny);
        screenshot(QStringLiteral("approval"));
        deny->click();
        QTRY_VERIFY(!denied->isEmpty());
        QVERIFY(denied->value(QLatin1String("result")).toObject().value(QLatin1String("isError")).toBool());
        const auto allowed = startToolCall(QStringLiteral("delete_dashboard"), {{QStringLiteral("dashboard_id"), 2}});
        QPushButton *once = waitForDialogButton<QPushButton>(QStringLiteral("allowOnceButton"));
        QVERIFY(once);
        once->click();
        QTRY_VERIFY_WITH_TIMEOUT(!allowed->isEmpty(), 10000);
        QVERIFY(!allowed->value(QLatin1String("result")).toObject().value(QLatin1String("isError")).toBool());
        auto *activity = qobject_cast<ActivityPage *>(m_window->page(MainWindow::Activity));
        QTRY_VERIFY(activity->table()->model()->rowCount() >= 2);
        QTest::qWait(200);
        screenshot(QStringLiteral("activity"));
    }

    void mcpAndConnectionPages()
    {
        m_window->showPage(MainWindow::Mcp);
        QTest::qWait(200);
        screenshot(QStringLiteral("mcp"));
        m_window->showPage(MainWindow::Connection);
        QTest::qWait(500);
        screenshot(QStringLiteral("connection"));
        const auto snippets = ClientConfigSnippets::all(m_service->httpUrl(), m_service->authToken(), QStringLiteral("/opt/phc"));
        QCOMPARE(snippets.size(), 6);
        for (const auto &s : snippets) {
            if (s.client != QLatin1String("Claude Desktop")) {
                QVERIFY(s.text.contains(m_service->httpUrl().toString()));
                QVERIFY(s.text.contains(m_service->authToken()));
            }
        }
        QVERIFY(snippets.at(1).text.contains(QLatin1String("--mcp-stdio")));
    }

    // Every page and the status bar use ActiveProjectStore's answer for the window
    // (posthog-api.md "Who am I": the demo user's current team), never a literal id.
    void statusBarNamesOrganizationAndProject()
    {
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("connectionStatus"));
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Hedgebox Demo")), 10000);
        QVERIFY(status->text().contains(QLatin1String("Hedgebox Web")));
    }

    void resultModelHandles100kRows()
    {
        QJsonArray rows;
        for (int i = 0; i < 100000; ++i)
            rows.append(QJsonArray{QStringLiteral("row %1").arg(i), i, i * 0.5});
        QueryResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, {QStringLiteral("String"), QStringLiteral("Int64"), QStringLiteral("Float64")}, rows);
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
