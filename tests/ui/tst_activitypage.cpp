// The Activity page: every tool call an agent makes, live and filterable, fed by the service's
// ActivityLog while a client drives the MCP server.
#include "common/isolatedhome.h"
#include "common/mcptestclient.h"
#include "demoservice.h"
#include "ui/activitymodel.h"
#include "ui/activitypage.h"

#include "tools/activitylog.h"
#include "tools/activitystore.h"

#include <QRegularExpression>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestActivityPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CompanionService> m_service;
    std::unique_ptr<ActivityPage> m_page;

    int rows() const { return m_page->table()->model()->rowCount(); }

private Q_SLOTS:
    // Every outcome the engine records reads as words, never as its wire name; an input round
    // (a 2026-07-28 client asked to approve) waits like an approval, it is not a failure.
    void everyOutcomeReadsAsWords()
    {
        QCOMPARE(ActivityModel::outcomeText(u"input_required"_s), u"asked the agent's user"_s);
        QCOMPARE(ActivityModel::outcomeText(u"ok"_s), u"succeeded"_s);
        QCOMPARE(ActivityModel::outcomeGroup(u"input_required"_s), u"waiting"_s);
        QCOMPARE(ActivityModel::outcomeGroup(ActivityLog::awaitingApproval()), u"waiting"_s);
        QCOMPARE(ActivityModel::outcomeGroup(u"error"_s), u"failed"_s);
    }

    void initTestCase()
    {
        m_service = startDemoService();
        QVERIFY(m_service);
        m_page = std::make_unique<ActivityPage>(m_service->activity());
    }

    void callsAppearAsTheyHappen()
    {
        McpTestClient client(m_service->mcpServer(), u"activity-agent"_s);
        const int before = rows();
        const QJsonObject listed = client.callTool(u"get_all_insights"_s, {});
        QVERIFY2(!McpTestClient::isError(listed), qPrintable(McpTestClient::text(listed)));
        const QJsonObject failed = client.callTool(u"get_insight"_s, {{u"insight_id"_s, u"no-such-insight"_s}});
        QVERIFY(McpTestClient::isError(failed));
        QTRY_COMPARE_WITH_TIMEOUT(rows(), before + 2, 5000);
        const QString lastTool = m_page->table()->model()->index(rows() - 1, 2).data().toString();
        QCOMPARE(lastTool, u"get_insight"_s);
    }

    void outcomesAndDurationsReadAsWords()
    {
        QAbstractItemModel *model = m_page->table()->model();
        const int last = rows() - 1;
        QCOMPARE(model->index(last, 5).data().toString(), u"failed"_s);
        QCOMPARE(model->index(last - 1, 5).data().toString(), u"succeeded"_s);
        QVERIFY(QRegularExpression(u"^\\d+(\\.\\d)? (ms|s)$"_s).match(model->index(last, 4).data().toString()).hasMatch());
        // Date and time, not the time alone: the log spans days.
        QVERIFY(model->index(last, 0).data().toString().size() > 8);
        QVERIFY(m_page->findChild<QLabel *>(u"activityStorage"_s)->text().contains("90"_L1));
    }

    void theDetailsPaneShowsTheWholeCall()
    {
        m_page->table()->selectRow(rows() - 1);
        const QString details = m_page->findChild<QPlainTextEdit *>(u"activityDetails"_s)->toPlainText();
        QVERIFY2(details.contains("no-such-insight"_L1), qPrintable(details));
        QVERIFY(details.contains("activity-agent"_L1));
        QVERIFY(details.contains("Result:"_L1));
    }

    void theOutcomeFilterKeepsOneKind()
    {
        auto *outcome = m_page->findChild<QComboBox *>(u"outcomeFilter"_s);
        const int all = rows();
        outcome->setCurrentIndex(outcome->findData(u"failed"_s));
        QVERIFY(rows() >= 1 && rows() < all);
        outcome->setCurrentIndex(outcome->findData(u"ok"_s));
        QVERIFY(rows() >= 1 && rows() < all);
        outcome->setCurrentIndex(0);
        QCOMPARE(rows(), all);
    }

    void exportWritesCsvAndJson()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(m_page->exportTo(dir.filePath(u"a.json"_s), ActivityPage::Format::Json, &error), qPrintable(error));
        QFile json(dir.filePath(u"a.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray calls = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(calls.size(), rows());
        QCOMPARE(calls.last().toObject().value("tool"_L1).toString(), u"get_insight"_s);
        QCOMPARE(calls.last().toObject().value("arguments"_L1).toObject().value("insight_id"_L1).toString(), u"no-such-insight"_s);
        QVERIFY(m_page->exportTo(dir.filePath(u"a.csv"_s), ActivityPage::Format::Csv, &error));
        QFile csv(dir.filePath(u"a.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.first().startsWith("started_at,client,tool"));
        QVERIFY(lines.at(rows()).contains("\"{\"\"insight_id\"\":\"\"no-such-insight\"\"}\""));
        QVERIFY(!m_page->exportTo(u"/proc/nowhere/a.csv"_s, ActivityPage::Format::Csv, &error));
        QVERIFY(error.contains("/proc/nowhere"_L1));
    }

    // Reading older rows is not interrupted by new calls; at the newest row the table follows.
    void newCallsDoNotMoveSomeoneReadingOlderRows()
    {
        McpTestClient client(m_service->mcpServer(), u"activity-agent"_s);
        m_page->resize(800, 300);
        m_page->show();
        while (rows() < 40)
            client.callTool(u"get_all_dashboards"_s, {});
        QScrollBar *bar = m_page->table()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->setValue(0);
        client.callTool(u"get_all_dashboards"_s, {});
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), 0);
        bar->setValue(bar->maximum());
        const int before = rows();
        client.callTool(u"get_all_dashboards"_s, {});
        QTRY_COMPARE(rows(), before + 1);
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    // The next run shows what this one recorded (the service opened the store in app data).
    void callsSurviveARestart()
    {
        QVERIFY(m_service->activity()->isPersistent());
        const int recorded = int(m_service->activity()->records().size());
        ActivityLog nextRun;
        QVERIFY(nextRun.persistTo(ActivityStore::defaultFileName()));
        QCOMPARE(int(nextRun.records().size()), recorded);
        ActivityPage page(&nextRun);
        QCOMPARE(page.table()->model()->rowCount(), recorded);
        QVERIFY(recorded > 2);
        // A run that keeps fewer calls in memory than the disk holds says so, and where they are.
        ActivityLog smaller;
        smaller.setCapacity(2);
        QVERIFY(smaller.persistTo(ActivityStore::defaultFileName()));
        QCOMPARE(int(smaller.records().size()), 2);
        QCOMPARE(smaller.storedCount(), recorded);
        ActivityPage shortPage(&smaller);
        const QString note = shortPage.findChild<QLabel *>(u"activityStorage"_s)->text();
        QVERIFY2(note.contains(u"newest 2 of the %1"_s.arg(recorded)) && note.contains(ActivityStore::defaultFileName()), qPrintable(note));
    }

    void tabFollowsTheLayout()
    {
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        auto *filter = m_page->findChild<QLineEdit *>(u"activityFilter"_s);
        filter->setFocus();
        QStringList visited;
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(visited, (QStringList{u"outcomeFilter"_s, u"exportButton"_s, u"clearButton"_s, u"activityTable"_s, u"activityDetails"_s}));
    }

    void filterMatchesToolClientOrOutcome()
    {
        auto *filter = m_page->findChild<QLineEdit *>(u"activityFilter"_s);
        QVERIFY(filter);
        const int all = rows();
        QVERIFY(all >= 2);
        filter->setText(u"get_all_insights"_s);
        QCOMPARE(rows(), 1);
        filter->setText(u"activity-agent"_s);
        QCOMPARE(rows(), all);
        filter->setText(u"no call looks like this"_s);
        QCOMPARE(rows(), 0);
        filter->clear();
        QCOMPARE(rows(), all);
    }

    void cleanupTestCase() { m_page.reset(); }
};

QTEST_MAIN(TestActivityPage)
#include "tst_activitypage.moc"
