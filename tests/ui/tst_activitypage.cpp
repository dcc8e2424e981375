// The Activity page: every tool call an agent makes, live and filterable, fed by the service's
// ActivityLog while a client drives the MCP server.
#include "common/isolatedhome.h"
#include "common/mcptestclient.h"
#include "demoservice.h"
#include "ui/activitypage.h"

#include "tools/activitylog.h"

#include <QLineEdit>
#include <QTableView>

using namespace Qt::StringLiterals;

class TestActivityPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CompanionService> m_service;
    std::unique_ptr<ActivityPage> m_page;

    int rows() const { return m_page->table()->model()->rowCount(); }

private Q_SLOTS:
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

    void filterMatchesToolClientOrOutcome()
    {
        auto *filter = m_page->findChild<QLineEdit *>();
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
