// Keys, scopes and the active project (issue 11), through the Connection and MCP pages and the
// CompanionService they drive, against the demo backend's keys. PostHog's behaviour each test
// relies on is named next to it.
#include "common/isolatedhome.h"
#include "ui/connectionpage.h"
#include "ui/mcppage.h"

#include "common/asyncresult.h"
#include "demo/demobackend.h"
#include "mcp/mcpserver.h"
#include "mcp/toolregistry.h"
#include "service/companionservice.h"
#include "settings/credentialstore.h"
#include "settings/settings.h"
#include "tools/activeprojectstore.h"
#include "tools/posthogtoolset.h"
#include "tools/toolrendering.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Region = PostHogConnection::Region;
using Active = ActiveProjectStore::Active;

class TestConnection : public QObject
{
    Q_OBJECT

private:
    DemoBackend m_demo;
    std::unique_ptr<CompanionService> m_service;
    std::unique_ptr<ConnectionPage> m_page;

    QList<PostHogConnection> demoConnection() const { return {PostHogConnection::custom(Region::SelfHosted, m_demo.baseUrl().toString())}; }
    QComboBox *region() const { return m_page->findChild<QComboBox *>(u"regionCombo"_s); }
    QLineEdit *keyEdit() const { return m_page->findChild<QLineEdit *>(u"apiKeyEdit"_s); }
    QString result() const { return m_page->findChild<QLabel *>(u"connectionResult"_s)->text(); }

    void pointPageAtDemo(const QString &key)
    {
        region()->setCurrentIndex(region()->findData(int(Region::SelfHosted)));
        m_page->findChild<QLineEdit *>(u"urlEdit"_s)->setText(m_demo.baseUrl().toString());
        keyEdit()->setText(key);
    }
    // Saves through the page and waits until the service is connected with that key.
    bool saveKey(const QString &key)
    {
        pointPageAtDemo(key);
        QSignalSpy saved(m_page.get(), &ConnectionPage::saved);
        QSignalSpy ready(m_service.get(), &CompanionService::ready);
        m_page->save();
        return saved.wait(10000) && saved.first().first().toBool() && (ready.count() > 0 || ready.wait(10000));
    }
    Active activeFor(const QString &clientId)
    {
        Active found;
        bool done = false;
        m_service->toolset()->projects()->resolve(clientId, this, [&](const Active &a, const PostHogError &e) {
            found = a;
            done = true;
            if (!e.isNone())
                qWarning() << e.message();
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            QTest::qFail("the active project did not resolve within 10 s", __FILE__, __LINE__);
        return found;
    }
    QString storedKey()
    {
        QString key;
        bool done = false;
        m_service->credentials()->load(this, [&](const QString &k, CredentialStore::Source, const QString &) {
            key = k;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 5000)) {
            QTest::qFail("the credential store did not answer within 5 s", __FILE__, __LINE__);
            return u"(no answer)"_s; // never the empty key a caller checks for
        }
        return key;
    }
    void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        widget->resize(960, 720);
        widget->show();
        QTest::qWait(300);
        widget->grab().save(dir + u"/connection-"_s + name + u".png"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("POSTHOG_API_KEY");
        qunsetenv("POSTHOG_PROJECT_ID");
        qunsetenv("POSTHOG_API_BASE_URL");
        QSignalSpy ready(&m_demo, &DemoBackend::ready);
        DemoBackend::Options demoOptions;
        demoOptions.events = 5000;
        m_demo.start(demoOptions);
        QVERIFY(ready.wait(60000));
        CompanionService::Options options;
        options.useKeychain = false;
        options.demoEvents = 5000;
        options.port = 0;
        m_service = std::make_unique<CompanionService>(options);
        m_page = std::make_unique<ConnectionPage>(m_service.get());
    }

    // posthog-api.md "Base URLs, auth": phc_ is a public project key the private API refuses.
    void projectKeyIsRefusedBeforeAnyRequest()
    {
        pointPageAtDemo(u"phc_public_project_key"_s);
        QSignalSpy tested(m_page.get(), &ConnectionPage::tested);
        m_page->testConnection();
        QCOMPARE(tested.count(), 1); // at once: no request went out
        QCOMPARE(tested.first().first().toBool(), false);
        QVERIFY(result().contains("phc_"_L1));
        QSignalSpy saved(m_page.get(), &ConnectionPage::saved);
        m_page->save();
        QCOMPARE(saved.count(), 1);
        QVERIFY(m_service->activeKey().isEmpty());
    }

    void testConnectionStoresNothing()
    {
        pointPageAtDemo(DemoBackend::apiKey());
        QSignalSpy tested(m_page.get(), &ConnectionPage::tested);
        m_page->testConnection();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.first().first().toBool(), true);
        QVERIFY(!result().contains("Connected"_L1));
        QVERIFY(m_service->activeKey().isEmpty());
        QVERIFY(storedKey().isEmpty());
    }

    // PostHog's own MCP server probes US and EU /api/users/@me/ in parallel and keeps the 200.
    void detectKeepsTheConnectionThatAnswers()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();
        const QList<PostHogConnection> candidates
            = {PostHogConnection::custom(Region::SelfHosted, u"http://127.0.0.1:%1"_s.arg(deadPort)), demoConnection().first()};
        std::optional<CompanionService::Probe> probe;
        m_service->probeKey(candidates, DemoBackend::apiKey(), this, [&](const CompanionService::Probe &p) { probe = p; });
        QVERIFY(QTest::qWaitFor([&] { return probe.has_value(); }, 20000));
        QVERIFY(probe->ok);
        QCOMPARE(probe->connection.apiBase(), demoConnection().first().apiBase());
        QCOMPARE(CompanionService::detectCandidates().size(), 2);
        QCOMPARE(region()->itemData(0).toInt(), int(ConnectionPage::DetectRegion));
    }

    // frontend/src/scenes/settings/user/personalAPIKeysLogic.tsx opens the new-key dialog for
    // urls.settings('user-api-keys') with ?preset=; frontend/src/lib/scopes.tsx names it mcp_server.
    void createKeyOpensTheMcpPreset()
    {
        region()->setCurrentIndex(region()->findData(int(Region::EuCloud)));
        QCOMPARE(m_page->createKeyUrl().toString(), u"https://eu.posthog.com/settings/user-api-keys?preset=mcp_server"_s);
        region()->setCurrentIndex(region()->findData(int(ConnectionPage::DetectRegion)));
        QCOMPARE(m_page->createKeyUrl().host(), u"us.posthog.com"_s);
    }

    // A key PostHog refuses (401, posthog/api/personal_api_key.py authentication) never
    // replaces the working one.
    void saveKeepsTheWorkingKeyWhenTheNewOneFails()
    {
        QVERIFY(saveKey(DemoBackend::apiKey()));
        QCOMPARE(m_service->activeKey(), DemoBackend::apiKey());
        QCOMPARE(storedKey(), DemoBackend::apiKey());
        QTRY_VERIFY_WITH_TIMEOUT(result().contains("Connected"_L1), 10000);
        pointPageAtDemo(u"phx_revoked_or_mistyped"_s);
        QSignalSpy saved(m_page.get(), &ConnectionPage::saved);
        m_page->save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY(!result().contains("Connected"_L1));
        QCOMPARE(m_service->activeKey(), DemoBackend::apiKey());
        QCOMPARE(storedKey(), DemoBackend::apiKey());
        QCOMPARE(m_service->client()->hasApiKey(), true);
    }

    // posthog-api.md "Who am I": the user's current team when the key may reach it.
    void fullKeyUsesTheCurrentProjectAndStatesTheRule()
    {
        QVERIFY(saveKey(DemoBackend::apiKey()));
        const Active active = activeFor(ActiveProjectStore::uiClientId());
        QCOMPARE(active.ruleKind, ActiveProjectStore::Rule::CurrentProject);
        QCOMPARE(active.projectId, DemoBackend::projectIds().first());
        QVERIFY(!active.rule.isEmpty());
        QVERIFY(!active.organizationName.isEmpty());
        // Tool results say which rule chose the project.
        QCOMPARE(ToolRendering::projectLine(active),
                 u"Project: %1 (id %2), the project you last opened in PostHog."_s.arg(active.projectName).arg(active.projectId));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<QLabel *>(u"activeProjectLabel"_s)->text().contains(QString::number(active.projectId)), 5000);
        qputenv("POSTHOG_PROJECT_ID", QByteArray::number(DemoBackend::projectIds().last()));
        m_service->toolset()->projects()->defaultChanged();
        QCOMPARE(activeFor(u"agent"_s).ruleKind, ActiveProjectStore::Rule::Environment);
        qunsetenv("POSTHOG_PROJECT_ID");
        m_service->toolset()->projects()->defaultChanged();
        screenshot(m_page.get(), u"full-key"_s);
    }

    // Choosing a project in the window is saved at once; the window and agents that did not
    // switch follow it; an agent's own switch stays.
    void choosingAProjectIsSavedAndAgentsKeepTheirs()
    {
        QVERIFY(saveKey(DemoBackend::apiKey()));
        const qint64 other = DemoBackend::projectIds().last();
        m_service->toolset()->projects()->set(u"switched-agent"_s,
                                              {DemoBackend::projectIds().first(), u"mine"_s, DemoBackend::organizationId(), u"chosen"_s});
        auto *projects = m_page->findChild<QComboBox *>(u"projectCombo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(projects->findData(other) >= 0, 10000);
        QSignalSpy changed(m_service->toolset()->projects(), &ActiveProjectStore::activeChanged);
        projects->setCurrentIndex(projects->findData(other));
        Q_EMIT projects->activated(projects->currentIndex());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_service->settings()->defaultProjectId(), other);
        const Active ui = activeFor(ActiveProjectStore::uiClientId());
        QCOMPARE(ui.projectId, other);
        QCOMPARE(ui.ruleKind, ActiveProjectStore::Rule::Configured);
        QCOMPARE(activeFor(u"new-agent"_s).projectId, other);
        QCOMPARE(activeFor(u"switched-agent"_s).projectId, DemoBackend::projectIds().first());
    }

    // posthog/permissions.py APIScopePermission: a project outside scoped_teams answers 403 and
    // organization endpoints refuse project-scoped keys; GET /api/projects/{id}/ names the org.
    void projectScopedKeyUsesItsProject()
    {
        QVERIFY(saveKey(DemoBackend::scopedProjectApiKey()));
        QVERIFY(m_service->keyScopes().has_value());
        QCOMPARE(m_service->keyScopes()->scopedProjects, QList<qint64>{DemoBackend::scopedProjectId()});
        const Active active = activeFor(ActiveProjectStore::uiClientId());
        QCOMPARE(active.projectId, DemoBackend::scopedProjectId());
        QVERIFY(!active.organizationId.isEmpty());
        // The project configured before (another one) is out of the key's reach: the next rule.
        if (m_service->settings()->defaultProjectId() != DemoBackend::scopedProjectId()) {
            QCOMPARE(active.ruleKind, ActiveProjectStore::Rule::KeyScopedProject);
            QVERIFY(active.rule.contains("not reachable"_L1));
        }
        m_service->settings()->setDefaultProjectId(0);
        m_service->toolset()->projects()->defaultChanged();
        QCOMPARE(activeFor(u"agent"_s).ruleKind, ActiveProjectStore::Rule::KeyScopedProject);
        const QString scopesText = m_page->findChild<QLabel *>(u"keyScopesLabel"_s)->text();
        QVERIFY2(scopesText.contains(u"limited to 1 project(s): %1"_s.arg(DemoBackend::scopedProjectId())), qPrintable(scopesText));
        QVERIFY2(!scopesText.contains(QChar(0xC2)), qPrintable(scopesText)); // UTF-8 read as Latin-1
        screenshot(m_page.get(), u"project-scoped-key"_s);
    }

    // PostHog's own MCP server hides the tools whose scopes the key lacks (X:write implies
    // X:read, * all; posthog/permissions.py); the MCP page shows them greyed with the scope.
    void toolsTheKeyCannotRunAreHidden()
    {
        QSignalSpy listChanged(m_service->registry(), &ToolRegistry::listChanged);
        QVERIFY(saveKey(DemoBackend::readOnlyApiKey()));
        QVERIFY(listChanged.count() > 0);
        QStringList listed;
        for (const ToolDefinition &tool : m_service->registry()->enabledTools())
            listed.append(tool.name);
        QVERIFY(listed.contains(u"get_all_insights"_s));
        QVERIFY(listed.contains(u"get_sql_insight"_s));
        QVERIFY(!listed.contains(u"create_insight"_s));
        QVERIFY(!listed.contains(u"get_feature_flags"_s));
        QCOMPARE(m_service->toolset()->missingScopes(u"get_feature_flags"_s), QStringList{u"feature_flag:read"_s});
        QCOMPARE(m_service->registry()->hiddenReason(u"delete_dashboard"_s), u"needs dashboard:write"_s);
        McpPage page(m_service.get());
        auto *flags = page.findChild<QCheckBox *>(u"toolEnabled_get_feature_flags"_s);
        QVERIFY(flags && !flags->isEnabled());
        QVERIFY(page.findChild<QCheckBox *>(u"toolEnabled_get_all_insights"_s)->isEnabled());
        QVERIFY(page.findChild<QLabel *>(u"hiddenToolsNote"_s)->text().contains("scope"_L1));
        page.findChild<QTabWidget *>(u"mcpTabs"_s)->setCurrentIndex(1);
        screenshot(&page, u"mcp-read-only-key"_s);
        screenshot(m_page.get(), u"read-only-key"_s);
        // Every tool is written down with its scopes.
        for (const ToolDefinition &tool : m_service->registry()->tools())
            QVERIFY2(!PostHogToolset::requiredScopes(tool.name).isEmpty(), qPrintable(tool.name));
        // Back to the full key: every tool listed again, and tools/list says so.
        listChanged.clear();
        QVERIFY(saveKey(DemoBackend::apiKey()));
        QVERIFY(listChanged.count() > 0);
        QCOMPARE(m_service->registry()->enabledTools().size(), m_service->registry()->tools().size());
    }

    // posthog/permissions.py (APIScopePermission): "X:write" grants "X:read", "*" grants all.
    void writeImpliesReadAndStarGrantsAll()
    {
        PostHogToolset *toolset = m_service->toolset();
        KeyScopes scopes;
        scopes.scopes = {u"insight:write"_s};
        toolset->applyKeyScopes(scopes);
        QVERIFY(toolset->missingScopes(u"get_all_insights"_s).isEmpty());
        QVERIFY(toolset->missingScopes(u"create_insight"_s).isEmpty());
        QCOMPARE(toolset->missingScopes(u"get_dashboard"_s), QStringList{u"dashboard:read"_s});
        QVERIFY(m_service->registry()->find(u"get_dashboard"_s));
        QVERIFY(!m_service->registry()->hiddenReason(u"get_dashboard"_s).isEmpty());
        scopes.scopes = {u"*"_s};
        toolset->applyKeyScopes(scopes);
        QCOMPARE(m_service->registry()->enabledTools().size(), m_service->registry()->tools().size());
        toolset->applyKeyScopes(std::nullopt); // unknown (an older PostHog without @current): all listed
        QCOMPARE(m_service->registry()->enabledTools().size(), m_service->registry()->tools().size());
        toolset->applyKeyScopes(m_service->keyScopes());
    }

    // posthog-api.md "Who am I": a key limited to organizations that do not hold the person's
    // current project starts in the first project of the first allowed organization.
    void organizationScopedKeyStartsInItsFirstProject()
    {
        QVERIFY(saveKey(DemoBackend::apiKey()));
        m_service->settings()->setDefaultProjectId(0);
        KeyScopes scopes;
        scopes.scopes = {u"*"_s};
        scopes.scopedOrganizations = {DemoBackend::secondOrganizationId()};
        m_service->toolset()->projects()->setKeyScopes(scopes);
        const Active active = activeFor(u"org-scoped-agent"_s);
        QCOMPARE(active.ruleKind, ActiveProjectStore::Rule::FirstProject);
        QVERIFY(DemoBackend::secondOrganizationProjectIds().contains(active.projectId));
        QCOMPARE(active.organizationId, DemoBackend::secondOrganizationId());
        m_service->toolset()->projects()->setKeyScopes(m_service->keyScopes());
    }

    void forgetKeyRemovesItEverywhere()
    {
        m_service->settings()->setAllowKeyFile(true);
        QVERIFY(saveKey(DemoBackend::apiKey()));
        QVERIFY(QFile::exists(m_service->credentials()->keyFilePath()));
        QSignalSpy ready(m_service.get(), &CompanionService::ready);
        m_page->forgetKey();
        QVERIFY(ready.wait(60000)); // the offline demo workspace, as on a first run
        QVERIFY(!QFile::exists(m_service->credentials()->keyFilePath()));
        QVERIFY(storedKey().isEmpty());
        QCOMPARE(m_service->settings()->apiKeySaved(), false);
        QVERIFY(m_service->isDemo());
    }
};

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
