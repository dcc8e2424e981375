// The MCP server page: serving on/off, the endpoint and its token (hidden on screen), the client
// configurations, and per tool the enabled box and the stake, against the demo workspace.
#include "common/isolatedhome.h"
#include "demoservice.h"
#include "ui/clientconfigsnippets.h"
#include "ui/mcppage.h"

#include "mcp/toolregistry.h"
#include "settings/settings.h"
#include "tools/approvalpolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

using namespace Qt::StringLiterals;

class TestMcpPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CompanionService> m_service;
    std::unique_ptr<McpPage> m_page;

    QComboBox *stakeCombo(const QString &tool) const
    {
        auto *table = m_page->findChild<QTableWidget *>(u"toolsTable"_s);
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text().startsWith(tool + u" "_s))
                return qobject_cast<QComboBox *>(table->cellWidget(row, 2));
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_service = startDemoService(false, true);
        QVERIFY(m_service);
        m_page = std::make_unique<McpPage>(m_service.get());
    }

    void tokenIsHiddenUntilShown()
    {
        auto *token = m_page->findChild<QLineEdit *>(u"tokenEdit"_s);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QCOMPARE(token->text(), m_service->authToken());
        // The client configurations on screen never show the token; Copy includes it.
        for (QPlainTextEdit *text : m_page->findChildren<QPlainTextEdit *>())
            QVERIFY(!text->toPlainText().contains(m_service->authToken()));
    }

    void servingCanBeTurnedOffAndOn()
    {
        auto *enabled = m_page->findChild<QCheckBox *>(u"mcpEnabled"_s);
        QVERIFY(enabled->isChecked());
        enabled->setChecked(false);
        QVERIFY(!m_service->isHttpRunning());
        QCOMPARE(m_service->settings()->mcpEnabled(), false);
        enabled->setChecked(true);
        QVERIFY(m_service->isHttpRunning());
        QCOMPARE(m_service->settings()->mcpEnabled(), true);
    }

    void everyToolHasARowAndItsStakeCanChange()
    {
        auto *table = m_page->findChild<QTableWidget *>(u"toolsTable"_s);
        QCOMPARE(table->rowCount(), int(m_service->registry()->tools().size()));
        QComboBox *stake = stakeCombo(u"delete_dashboard"_s);
        QVERIFY(stake);
        const ToolDefinition *tool = m_service->registry()->find(u"delete_dashboard"_s);
        QVERIFY(tool);
        const Stake builtIn = m_service->approvals()->stakeFor(*tool);
        QCOMPARE(stake->currentData().toString(), Stakes::name(builtIn));
        QVERIFY(builtIn != Stake::NeverAsk);
        const int neverAsk = stake->findData(u"never_ask"_s);
        stake->setCurrentIndex(neverAsk);
        Q_EMIT stake->activated(neverAsk);
        QCOMPARE(m_service->settings()->stakeOverride(u"delete_dashboard"_s), u"never_ask"_s);
        QCOMPARE(m_service->approvals()->stakeFor(*tool), Stake::NeverAsk);
        m_service->approvals()->clearStakeOverride(u"delete_dashboard"_s);
        QCOMPARE(m_service->approvals()->stakeFor(*tool), builtIn);
    }

    void disablingAToolIsRemembered()
    {
        auto *box = m_page->findChild<QCheckBox *>(u"toolEnabled_get_feature_flags"_s);
        QVERIFY(box && box->isChecked());
        box->setChecked(false);
        QVERIFY(!m_service->registry()->isEnabled(u"get_feature_flags"_s));
        QVERIFY(m_service->settings()->disabledTools().contains(u"get_feature_flags"_s));
        box->setChecked(true);
        QVERIFY(m_service->registry()->isEnabled(u"get_feature_flags"_s));
        QVERIFY(!m_service->settings()->disabledTools().contains(u"get_feature_flags"_s));
    }

    void aToolGroupIsSwitchedOffAsAWholeAndRemembered()
    {
        auto *group = m_page->findChild<QCheckBox *>(u"toolGroup_errors"_s);
        QVERIFY(group && group->isChecked());
        QSignalSpy listChanged(m_service->registry(), &ToolRegistry::listChanged);
        group->setChecked(false);
        QCOMPARE(listChanged.count(), 1);
        QVERIFY(!m_service->registry()->isEnabled(u"list_errors"_s));
        QVERIFY(m_service->settings()->disabledToolGroups().contains(u"errors"_s));
        // The tool's own box keeps its state but cannot be used while its group is off.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // boxes an earlier refill replaced
        auto *tool = m_page->findChild<QCheckBox *>(u"toolEnabled_list_errors"_s);
        QVERIFY(tool && tool->isChecked() && !tool->isEnabled());
        QVERIFY(m_page->findChild<QCheckBox *>(u"toolEnabled_get_llm_costs"_s)->isEnabled());
        group->setChecked(true);
        QVERIFY(m_service->registry()->isEnabled(u"list_errors"_s));
        QVERIFY(!m_service->settings()->disabledToolGroups().contains(u"errors"_s));
        QVERIFY(m_page->findChild<QCheckBox *>(u"toolEnabled_list_errors"_s)->isEnabled());
    }

    void clientConfigurationsNameTheEndpoint()
    {
        const auto snippets = ClientConfigSnippets::all(m_service->httpUrl(), m_service->authToken(), u"/opt/phc"_s);
        QCOMPARE(snippets.size(), 6);
        for (const auto &s : snippets) {
            if (s.client != "Claude Desktop"_L1) {
                QVERIFY(s.text.contains(m_service->httpUrl().toString()));
                QVERIFY(s.text.contains(m_service->authToken()));
            }
        }
        QVERIFY(snippets.at(1).text.contains("--mcp-stdio"_L1));
        auto *tabs = m_page->findChild<QTabWidget *>(u"mcpTabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
    }

    void cleanupTestCase() { m_page.reset(); }
};

QTEST_MAIN(TestMcpPage)
#include "tst_mcppage.moc"
