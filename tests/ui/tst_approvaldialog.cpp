// Approvals a person can judge (issue 14): one queue window for every waiting request, the tool
// in words, the project, organization and region (the demo marked), the objects by name with
// links, an update's before → after, the stake in words, a countdown; the waiting count on the
// Activity entry; remembered "Always allow" answers listed on the MCP page and revocable.
#include "common/isolatedhome.h"
#include "demoservice.h"
#include "screenshottheme.h"
#include "ui/activitymodel.h"
#include "ui/approvaldialog.h"
#include "ui/mainwindow.h"

#include "mcp/mcpserver.h"
#include "tools/activitylog.h"
#include "tools/approvalpolicy.h"

#include <QApplication>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestApprovalDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CompanionService> m_service;
    std::unique_ptr<MainWindow> m_window;
    int m_nextId = 1;

    // Starts a tool call as an agent would; the answer lands in the returned object later.
    std::shared_ptr<QJsonObject> startToolCall(const QString &name, const QJsonObject &arguments)
    {
        auto answer = std::make_shared<QJsonObject>();
        auto session = std::make_shared<McpSession>();
        session->clientId = u"approval-agent"_s;
        session->clientName = u"Claude Desktop"_s;
        m_service->mcpServer()->handle(QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                                                   {u"id"_s, m_nextId++},
                                                   {u"method"_s, u"tools/call"_s},
                                                   {u"params"_s, QJsonObject{{u"name"_s, name}, {u"arguments"_s, arguments}}}},
                                       session, {}, [answer](const QJsonObject &m, int) { *answer = m; });
        return answer;
    }

    static QString resultText(const QJsonObject &answer)
    {
        return answer.value("result"_L1).toObject().value("content"_L1).toArray().first().toObject().value("text"_L1).toString();
    }
    static bool isError(const QJsonObject &answer) { return answer.value("result"_L1).toObject().value("isError"_L1).toBool(); }

    ApprovalDialog *dialog() const { return m_window->approvalDialog(); }
    template <typename T>
    T *inDialog(const QString &name) const
    {
        return dialog() ? dialog()->findChild<T *>(name) : nullptr;
    }
    QString activityEntry() const { return m_window->findChild<QListWidget *>(u"sidebar"_s)->item(MainWindow::Activity)->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        ScreenshotTheme::apply();
        m_service = startDemoService(true);
        QVERIFY(m_service);
        m_window = std::make_unique<MainWindow>(m_service.get());
        m_window->resize(1180, 760);
        m_window->show();
    }

    void severalRequestsShareOneQueueWindow()
    {
        QSignalSpy waiting(m_service->approvals(), &ApprovalPolicy::pendingCountChanged);
        const auto update = startToolCall(u"update_dashboard"_s, {{u"dashboard_id"_s, 3}, {u"name"_s, u"Growth funnel 2027"_s}});
        const auto remove = startToolCall(u"delete_dashboard"_s, {{u"dashboard_id"_s, 1}});
        QTRY_VERIFY_WITH_TIMEOUT(dialog() && dialog()->waitingCount() == 2, 5000);
        QCOMPARE(m_service->approvals()->pendingCount(), 2);
        QCOMPARE(waiting.last().first().toInt(), 2);
        QVERIFY(inDialog<QListWidget>(u"approvalQueue"_s)->isVisible());
        QCOMPARE(inDialog<QListWidget>(u"approvalQueue"_s)->count(), 2);
        QVERIFY2(activityEntry().contains("2"_L1), qPrintable(activityEntry()));
        // Only one dialog, whatever the number of requests.
        int dialogs = 0;
        for (QWidget *w : QApplication::topLevelWidgets())
            dialogs += w->objectName() == "approvalDialog"_L1 && w->isVisible() ? 1 : 0;
        QCOMPARE(dialogs, 1);
    }

    void theUpdateSaysWhereWhatAndHowItChanges()
    {
        inDialog<QListWidget>(u"approvalQueue"_s)->setCurrentRow(0);
        const QString heading = inDialog<QLabel>(u"approvalHeading"_s)->text();
        QVERIFY2(heading.contains("Update a dashboard"_L1) && heading.contains("Claude Desktop"_L1), qPrintable(heading));
        // posthog-api.md "Who am I": the demo user's current team and organization.
        auto *where = inDialog<QLabel>(u"approvalWhere"_s);
        QTRY_VERIFY_WITH_TIMEOUT(where->text().contains("Hedgebox Web"_L1), 5000);
        QVERIFY(where->text().contains("Hedgebox Demo"_L1));
        QVERIFY(where->text().contains("DEMO"_L1));
        // The dashboard by name, with its link; the id until the name arrives.
        auto *targets = inDialog<QLabel>(u"approvalTargets"_s);
        QTRY_VERIFY_WITH_TIMEOUT(targets->text().contains("Growth funnel"_L1), 5000);
        QVERIFY(targets->text().contains("/dashboard/3"_L1));
        QVERIFY(targets->text().contains("#3"_L1));
        auto *changes = inDialog<QTreeWidget>(u"approvalChanges"_s);
        QTRY_COMPARE_WITH_TIMEOUT(changes->topLevelItemCount(), 1, 5000);
        QCOMPARE(changes->topLevelItem(0)->text(1), u"Growth funnel"_s);
        QCOMPARE(changes->topLevelItem(0)->text(2), u"Growth funnel 2027"_s);
        QVERIFY(!inDialog<QLabel>(u"approvalStake"_s)->text().isEmpty());
        QVERIFY(QRegularExpression(u"\\d+:\\d\\d"_s).match(inDialog<QLabel>(u"approvalCountdown"_s)->text()).hasMatch());
        QVERIFY(inDialog<QPushButton>(u"allowAlwaysButton"_s)->isVisibleTo(dialog())); // low stake
        ScreenshotTheme::save(dialog(), u"approval"_s);
    }

    void answeringOneLeavesTheOther()
    {
        inDialog<QListWidget>(u"approvalQueue"_s)->setCurrentRow(0);
        inDialog<QPushButton>(u"allowAlwaysButton"_s)->click();
        QTRY_COMPARE(dialog()->waitingCount(), 1);
        QVERIFY(!inDialog<QListWidget>(u"approvalQueue"_s)->isVisible());
        QTRY_VERIFY(m_service->approvals()->rememberedAnswers().contains(u"update_dashboard"_s));
        // The delete is next: its stake in words says what a yes does.
        QVERIFY2(inDialog<QLabel>(u"approvalStake"_s)->text().contains("Delete"_L1), qPrintable(inDialog<QLabel>(u"approvalStake"_s)->text()));
        QTRY_VERIFY_WITH_TIMEOUT(inDialog<QLabel>(u"approvalTargets"_s)->text().contains("Product overview"_L1), 5000);
        inDialog<QPushButton>(u"denyButton"_s)->click();
        QTRY_VERIFY(!dialog());
        QCOMPARE(m_service->approvals()->pendingCount(), 0);
        QCOMPARE(activityEntry(), u"Activity"_s);
    }

    void rememberedAnswersCanBeRevokedOnTheMcpPage()
    {
        auto *box = m_window->page(MainWindow::Mcp)->findChild<QGroupBox *>(u"rememberedApprovals"_s);
        QVERIFY(box);
        auto *list = box->findChild<QTreeWidget *>(u"rememberedList"_s);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), u"update_dashboard"_s);
        list->topLevelItem(0)->setSelected(true);
        box->findChild<QPushButton *>(u"revokeButton"_s)->click();
        QVERIFY(m_service->approvals()->rememberedAnswers().isEmpty());
        QCOMPARE(list->topLevelItemCount(), 1); // the "none" line
        QVERIFY(!(list->topLevelItem(0)->flags() & Qt::ItemIsSelectable));
    }

    // The demo's flag 1 (core/demo/demodatagenerator.cpp flagSeeds): "new-upload-flow", on, 50%.
    // Asked to switch it off "at 50%" with its own description: only "Enabled" changes.
    void anUpdateListsExactlyTheFieldsThatChange()
    {
        const auto call = startToolCall(
            u"update_feature_flag"_s, {{u"flag_id"_s, 1}, {u"active"_s, false}, {u"rollout_percentage"_s, 50}, {u"name"_s, u"Resumable uploads"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(dialog() && dialog()->waitingCount() == 1, 5000);
        auto *changes = inDialog<QTreeWidget>(u"approvalChanges"_s);
        QTRY_VERIFY_WITH_TIMEOUT(changes->topLevelItemCount() > 0 && !changes->topLevelItem(0)->text(1).startsWith(u'('), 5000);
        QStringList rows;
        for (int i = 0; i < changes->topLevelItemCount(); ++i)
            rows << changes->topLevelItem(i)->text(0) + u": "_s + changes->topLevelItem(i)->text(1) + u" → "_s + changes->topLevelItem(i)->text(2);
        QVERIFY2(rows.size() == 1, qPrintable(rows.join(u"; "_s)));
        QCOMPARE(changes->topLevelItem(0)->text(0), u"Enabled"_s);
        QCOMPARE(changes->topLevelItem(0)->text(1), u"yes"_s);
        QCOMPARE(changes->topLevelItem(0)->text(2), u"no"_s);
        QVERIFY(inDialog<QLabel>(u"approvalTargets"_s)->text().contains("new-upload-flow"_L1));
        // Meanwhile the Activity page says what the call waits for.
        const ToolCallRecord &waiting = m_service->activity()->records().last();
        QCOMPARE(waiting.tool, u"update_feature_flag"_s);
        QCOMPARE(ActivityModel::outcomeText(waiting.outcome), u"waiting for your approval"_s);
        inDialog<QPushButton>(u"denyButton"_s)->click();
        QTRY_VERIFY(!call->isEmpty());
        QCOMPARE(m_service->activity()->records().last().outcome, u"denied"_s);
    }

    void anUnansweredRequestTimesOutAndLeaves()
    {
        m_service->approvals()->setTimeoutMs(1500);
        const auto call = startToolCall(u"delete_insight"_s, {{u"insight_id"_s, 1}});
        QTRY_VERIFY_WITH_TIMEOUT(dialog() && dialog()->waitingCount() == 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!call->isEmpty(), 5000);
        QVERIFY(isError(*call));
        QVERIFY2(resultText(*call).contains("nobody answered"_L1), qPrintable(resultText(*call)));
        QTRY_VERIFY(!dialog());
        m_service->approvals()->setTimeoutMs(5 * 60 * 1000);
    }

    void closingTheWindowDeniesWhatWaits()
    {
        const auto first = startToolCall(u"delete_dashboard"_s, {{u"dashboard_id"_s, 2}});
        const auto second = startToolCall(u"delete_insight"_s, {{u"insight_id"_s, 2}});
        QTRY_VERIFY_WITH_TIMEOUT(dialog() && dialog()->waitingCount() == 2, 5000);
        dialog()->reject();
        QTRY_VERIFY(!first->isEmpty() && !second->isEmpty());
        QVERIFY(isError(*first) && isError(*second));
        QVERIFY(resultText(*first).contains("declined"_L1));
    }

    // A failed test leaves no request behind for the next one (the first three run in sequence).
    void cleanup()
    {
        if (!QTest::currentTestFailed() || !dialog())
            return;
        dialog()->reject();
        QTRY_VERIFY(!dialog());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestApprovalDialog)
#include "tst_approvaldialog.moc"
