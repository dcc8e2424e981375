// The Query page on its own: the client, the window's active project and the query library it
// is given, against the demo workspace.
#include "common/isolatedhome.h"
#include "demoservice.h"
#include "ui/chartwidget.h"
#include "ui/hogqleditor.h"
#include "ui/querychartpanel.h"
#include "ui/querypage.h"
#include "ui/queryresultmodel.h"
#include "ui/resourcepage.h"
#include "ui/schemabrowser.h"

#include "settings/querylibrary.h"
#include "tools/activeprojectstore.h"
#include "tools/posthogtoolset.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestQueryPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CompanionService> m_service;
    std::unique_ptr<QueryPage> m_page;

    // Runs what the editor holds; fails the test if no answer comes in time.
    bool runQuery(const QString &sql)
    {
        m_page->editor()->setPlainText(sql);
        QSignalSpy finished(m_page.get(), &QueryPage::queryFinished);
        m_page->findChild<QPushButton *>(u"runButton"_s)->click();
        if (!finished.wait(10000)) {
            QTest::qFail("the query did not finish within 10 s", __FILE__, __LINE__);
            return false;
        }
        return finished.first().first().toBool();
    }
    QString status() const { return m_page->findChild<QLabel *>(u"queryStatus"_s)->text(); }
    // With SCREENSHOT_DIR set, a picture of the page in this state (to look at, not to compare).
    void picture(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_page->grab().save(dir + u"/querypage-"_s + name + u".png"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_service = startDemoService();
        QVERIFY(m_service);
        m_page = std::make_unique<QueryPage>(m_service->client(), m_service->toolset()->projects(), m_service->queryLibrary());
        m_page->resize(1000, 700);
        m_page->show();
    }

    void queryShowsRowsAndExports()
    {
        const QString sql = m_page->editor()->toPlainText(); // the page's example query
        QVERIFY(runQuery(sql));
        QVERIFY(m_page->model()->rowCount() > 0);
        QCOMPARE(m_page->model()->columns(), (QStringList{u"country"_s, u"views"_s}));
        QVERIFY2(status().contains("row"_L1), qPrintable(status()));
        const QString path = m_dir.filePath(u"out.csv"_s);
        QString error;
        QVERIFY2(m_page->exportTo(path, &error), qPrintable(error));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("country,views"));
        QCOMPARE(lines.size() - 2, m_page->model()->rowCount());
    }

    void historyRemembersWhatRanMostRecentFirst()
    {
        QVERIFY(runQuery(u"SELECT event, count() FROM events GROUP BY event"_s));
        QVERIFY(runQuery(u"SELECT count() FROM events"_s));
        QVERIFY(runQuery(u"SELECT event, count() FROM events GROUP BY event"_s));
        const QStringList history = m_service->queryLibrary()->history();
        QCOMPARE(history.first(), u"SELECT event, count() FROM events GROUP BY event"_s);
        QCOMPARE(history.at(1), u"SELECT count() FROM events"_s);
        QCOMPARE(history.count(u"SELECT event, count() FROM events GROUP BY event"_s), 1);
        auto *combo = m_page->findChild<QComboBox *>(u"historyCombo"_s);
        QVERIFY(combo);
        QCOMPARE(combo->count(), history.size());
        QCOMPARE(combo->itemText(0), history.first());
        // Choosing an entry puts it back in the editor.
        Q_EMIT combo->textActivated(combo->itemText(1));
        QCOMPARE(m_page->editor()->toPlainText(), u"SELECT count() FROM events"_s);
    }

    void failedQueriesAreNotRemembered()
    {
        const qsizetype before = m_service->queryLibrary()->history().size();
        QVERIFY(!runQuery(u"SELECT arrayJoin(x) FROM events"_s));
        auto *panel = m_page->findChild<QLabel *>(u"queryErrorPanel"_s);
        QVERIFY2(panel->isVisible() && panel->text().contains("arrayJoin"_L1), qPrintable(panel->text())); // the error is shown inline
        QVERIFY(panel->wordWrap());
        QCOMPARE(m_service->queryLibrary()->history().size(), before);
    }

    // The error clears the previous rows (they answer another query) and marks where it points.
    void anErrorClearsTheStaleResultAndMarksThePosition()
    {
        QVERIFY(runQuery(u"SELECT event, count() FROM events GROUP BY event"_s));
        QVERIFY(m_page->model()->rowCount() > 0);
        QVERIFY(!runQuery(u"SELECT event,\n  no_such_column\nFROM events"_s));
        QCOMPARE(m_page->model()->rowCount(), 0);
        QCOMPARE(m_page->editor()->markedLine(), 2);
        picture(u"error"_s);
        QVERIFY(!m_page->findChild<QToolButton *>(u"chartViewButton"_s)->isEnabled());
        // A good run hides the panel and the mark.
        QVERIFY(runQuery(u"SELECT count() FROM events"_s));
        QVERIFY(!m_page->findChild<QLabel *>(u"queryErrorPanel"_s)->isVisible());
        QCOMPARE(m_page->editor()->markedLine(), 0);
    }

    // Rows ordered by count, not by day: the chart's time axis is still oldest first.
    void chartViewDrawsATimeSeriesChosenFromTheColumns()
    {
        QVERIFY(runQuery(u"SELECT toDate(timestamp) AS day, count() AS events FROM events GROUP BY day ORDER BY events DESC"_s));
        auto *chartButton = m_page->findChild<QToolButton *>(u"chartViewButton"_s);
        QVERIFY(chartButton->isEnabled());
        chartButton->click();
        auto *views = m_page->findChild<QStackedWidget *>(u"resultViews"_s);
        QCOMPARE(views->currentWidget(), m_page->chartPanel());
        const ChartData &data = m_page->chartPanel()->chart()->data();
        QCOMPARE(data.style, ChartData::Style::Line);
        QVERIFY(data.pointCount() > 3);
        QVERIFY(std::is_sorted(data.times.cbegin(), data.times.cend()));
        QCOMPARE(data.series.first().name, u"events"_s);
        QVERIFY(m_page->chartPanel()->chart()->accessibleDescription().contains("events"_L1));
        picture(u"chart"_s);
        // Back to the table with one click.
        m_page->findChild<QToolButton *>(u"tableViewButton"_s)->click();
        QCOMPARE(views->currentWidget(), m_page->findChild<QTableView *>(u"resultsTable"_s));
        // A (day, breakdown, count) result: a series per value of the breakdown.
        QVERIFY(runQuery(
            u"SELECT toDate(timestamp) AS day, event, count() AS n FROM events WHERE event IN ('$pageview', '$autocapture') GROUP BY day, event"_s));
        QCOMPARE(m_page->chartPanel()->chart()->data().series.size(), 2);
        QCOMPARE(m_page->chartPanel()->chart()->legendEntries().size(), 2);
        m_page->showChart(true);
        picture(u"breakdown"_s);
        m_page->showChart(false);
    }

    // Times show in the local zone the status line names; copy, sort and export keep PostHog's value.
    void timesShowInOneStatedZone()
    {
        QVERIFY(runQuery(u"SELECT timestamp, event FROM events ORDER BY timestamp DESC LIMIT 3"_s));
        QVERIFY2(status().contains(ResourcePage::timeZoneNote()), qPrintable(status()));
        const QModelIndex first = m_page->model()->index(0, 0);
        const QDateTime raw = QDateTime::fromString(first.data(Qt::EditRole).toString(), Qt::ISODateWithMs);
        QVERIFY(raw.isValid());
        QCOMPARE(first.data().toString(), raw.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    }

    void exportFollowsTheChosenFormat()
    {
        QCOMPARE(QueryPage::exportFileName(u"/tmp/results.csv"_s, u"JSON (*.json)"_s), u"/tmp/results.json"_s);
        QCOMPARE(QueryPage::exportFileName(u"/tmp/out"_s, u"CSV (*.csv)"_s), u"/tmp/out.csv"_s);
        QCOMPARE(QueryPage::exportFileName(u"/tmp/a.json"_s, u"JSON (*.json)"_s), u"/tmp/a.json"_s);
        QVERIFY(runQuery(u"SELECT event, count() AS n FROM events GROUP BY event"_s));
        const QString path = QueryPage::exportFileName(m_dir.filePath(u"results.csv"_s), u"JSON (*.json)"_s);
        QString error;
        QVERIFY2(m_page->exportTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().trimmed().startsWith('['));
        file.close();
        // Through the Export button: a window-modal dialog (open(), no nested loop), JSON chosen
        // while the typed name still says .csv.
        m_page->findChild<QPushButton *>(u"exportButton"_s)->click();
        auto *dialog = m_page->findChild<QFileDialog *>(u"exportDialog"_s);
        QVERIFY(dialog && dialog->isVisible() && dialog->windowModality() != Qt::NonModal);
        dialog->selectNameFilter(dialog->nameFilters().last());
        const QString typed = m_dir.filePath(u"through-dialog.csv"_s);
        Q_EMIT dialog->fileSelected(typed);
        dialog->close();
        QFile json(m_dir.filePath(u"through-dialog.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(json.readAll().trimmed().startsWith('['));
        QVERIFY(!QFile::exists(typed));
    }

    void escapeCancelsARunningQuery()
    {
        m_page->editor()->setPlainText(u"SELECT count() FROM events"_s);
        QSignalSpy finished(m_page.get(), &QueryPage::queryFinished);
        m_page->run();
        QTest::keyClick(m_page->editor(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000); // a cancel answers at once
        QCOMPARE(finished.first().first().toBool(), false);
        // Cancelled, and the page is usable again.
        QVERIFY(m_page->findChild<QPushButton *>(u"runButton"_s)->isEnabled());
        QVERIFY(!m_page->findChild<QPushButton *>(u"cancelButton"_s)->isEnabled());
    }

    void snippetsPersistAndLoad()
    {
        // Through the button: a window-modal name prompt, answered as a person would.
        m_page->editor()->setPlainText(u"SELECT 2"_s);
        m_page->findChild<QPushButton *>(u"saveSnippetButton"_s)->click();
        auto *prompt = m_page->findChild<QInputDialog *>();
        QVERIFY(prompt && prompt->isVisible());
        prompt->setTextValue(u"  Two  "_s);
        prompt->accept();
        QCOMPARE(m_service->queryLibrary()->snippet(u"Two"_s), u"SELECT 2"_s);

        m_page->editor()->setPlainText(u"SELECT properties.$geoip_country_name FROM events"_s);
        m_page->saveSnippetAs(u"Country views"_s);
        QVERIFY(m_page->snippetNames().contains(u"Country views"_s));
        QVERIFY(m_service->queryLibrary()->snippet(u"Country views"_s).contains("$geoip_country_name"_L1));
        auto *combo = m_page->findChild<QComboBox *>(u"snippetsCombo"_s);
        QVERIFY(combo);
        const int index = combo->findText(u"Country views"_s);
        QVERIFY(index >= 0);
        m_page->editor()->clear();
        Q_EMIT combo->activated(index);
        QCOMPARE(m_page->editor()->toPlainText(), u"SELECT properties.$geoip_country_name FROM events"_s);
        // A snippet saved elsewhere (another window, a later version) appears at once.
        m_service->queryLibrary()->saveSnippet(u"Later"_s, u"SELECT 1"_s);
        QVERIFY(combo->findText(u"Later"_s) >= 0);
    }

    void editorCompletesSchemaNames()
    {
        m_page->refreshSchemaWords();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->editor()->completionWords().contains(u"$ai_generation"_s), 5000);
        QVERIFY(m_page->editor()->completionWords().contains(u"SELECT"_s));
        // Table columns (as SELECT * reports them) and person properties come next.
        QTRY_VERIFY_WITH_TIMEOUT(m_page->editor()->completionWords().contains(u"distinct_id"_s), 8000);
        const QStringList words = m_page->editor()->completionWords();
        QVERIFY(std::any_of(words.cbegin(), words.cend(), [](const QString &w) { return w.startsWith("person.properties."_L1); }));
        SchemaBrowser *schema = m_page->schemaBrowser();
        QVERIFY(schema->namesIn(SchemaBrowser::tr("Tables")).contains(u"events.timestamp"_s));
        QVERIFY(schema->namesIn(SchemaBrowser::tr("Events")).contains(u"$pageview"_s));
        QVERIFY(!schema->namesIn(SchemaBrowser::tr("Person properties")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_service->client()->inFlightQueries(), 0, 10000);
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
        QCOMPARE(model.data(model.index(99999, 1), Qt::EditRole).toInt(), 99999);
        QCOMPARE(model.data(model.index(99999, 1)).toString(), QLocale().toString(99999)); // shown grouped
        QTableView view;
        view.setModel(&model);
        view.resize(800, 600);
        view.show();
        view.scrollToBottom();
        QTest::qWait(50);
    }

    void cleanupTestCase()
    {
        m_page.reset(); // before the service it points into
    }
};

QTEST_MAIN(TestQueryPage)
#include "tst_querypage.moc"
