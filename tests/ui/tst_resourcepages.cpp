// The Insights, Dashboards, Errors, LLM costs and Feature flags pages: each a ResourcePage with
// its loader, given the client and the window's active project, against the demo workspace.
#include "common/isolatedhome.h"
#include "demoservice.h"
#include "ui/pageloaders.h"
#include "ui/resourcepage.h"

#include "tools/activeprojectstore.h"
#include "tools/posthogtoolset.h"

#include "posthog/posthogclient.h"

#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestResourcePages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CompanionService> m_service;

    std::unique_ptr<ResourcePage> page(const QString &name, ResourcePage::Loader loader)
    {
        auto page = std::make_unique<ResourcePage>(name, QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}, std::move(loader));
        page->setObjectName(name);
        return page;
    }
    static QString summary(ResourcePage *page) { return page->findChild<QLabel *>(u"resourceSummary"_s)->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_service = startDemoService();
        QVERIFY(m_service);
    }

    void everyPageLoadsRowsAndDetails_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("insights") << u"insights"_s;
        QTest::newRow("dashboards") << u"dashboards"_s;
        QTest::newRow("errors") << u"errors"_s;
        QTest::newRow("llm-costs") << u"llm-costs"_s;
        QTest::newRow("feature-flags") << u"feature-flags"_s;
    }
    void everyPageLoadsRowsAndDetails()
    {
        QFETCH(QString, name);
        PostHogClient *client = m_service->client();
        ActiveProjectStore *projects = m_service->toolset()->projects();
        const QHash<QString, ResourcePage::Loader> loaders = {{u"insights"_s, PageLoaders::insights(client, projects)},
                                                              {u"dashboards"_s, PageLoaders::dashboards(client, projects)},
                                                              {u"errors"_s, PageLoaders::errors(client, projects)},
                                                              {u"llm-costs"_s, PageLoaders::llmCosts(client, projects)},
                                                              {u"feature-flags"_s, PageLoaders::featureFlags(client, projects)}};
        auto resources = page(name, loaders.value(name));
        resources->reload();
        QTRY_VERIFY2_WITH_TIMEOUT(resources->rowCount() > 0, qPrintable(summary(resources.get())), 10000);
        QVERIFY(!summary(resources.get()).isEmpty());
        QVERIFY(!summary(resources.get()).contains("c62828"_L1)); // no error line
        // The first row is selected and its details shown.
        auto *details = resources->findChild<QTextBrowser *>();
        QTRY_VERIFY_WITH_TIMEOUT(!details->toPlainText().isEmpty(), 5000);
        // The details' own query (errors: the latest event) finishes before the page goes, so no
        // abandoned query's cancel is still on the wire when the process exits. Destroying a page
        // mid-query is tst_posthogclient's abandonedQueryNeverCallsBackIntoAWidgetBeingDestroyed.
        QTRY_COMPARE_WITH_TIMEOUT(m_service->client()->inFlightQueries(), 0, 10000);
    }

    void searchNarrowsTheList()
    {
        auto insights = page(u"insights"_s, PageLoaders::insights(m_service->client(), m_service->toolset()->projects()));
        insights->reload();
        QTRY_VERIFY_WITH_TIMEOUT(insights->rowCount() > 0, 10000);
        const int all = insights->rowCount();
        insights->findChild<QLineEdit *>()->setText(u"zz-no-insight-is-called-this"_s); // debounced reload
        QTRY_VERIFY_WITH_TIMEOUT(insights->rowCount() == 0 && summary(insights.get()) != ResourcePage::tr("Loading…"), 10000);
        QVERIFY(all > 0);
        QCOMPARE(summary(insights.get()), ResourcePage::tr("Nothing here yet."));
    }

    void aFailingLoaderShowsItsError()
    {
        auto failing = page(u"failing"_s, [](QObject *, const QString &, ResourcePage::Deliver deliver) {
            deliver({}, u"PostHog answered 503: try again later"_s, {});
        });
        failing->reload();
        QCOMPARE(failing->rowCount(), 0);
        QVERIFY(summary(failing.get()).contains("PostHog answered 503"_L1));
    }

    // A slow answer for an older search never replaces the newer one's rows.
    void anOlderAnswerIsDropped()
    {
        std::vector<ResourcePage::Deliver> pending;
        auto manual = page(u"manual"_s, [&pending](QObject *, const QString &, ResourcePage::Deliver deliver) { pending.push_back(deliver); });
        manual->reload();
        manual->reload();
        QCOMPARE(pending.size(), size_t(2));
        pending.at(1)({ResourcePage::Row{{u"new"_s}, {}, {}, {}}}, {}, u"one"_s);
        pending.at(0)({ResourcePage::Row{{u"old"_s}, {}, {}, {}}, ResourcePage::Row{{u"old"_s}, {}, {}, {}}}, {}, u"two"_s);
        QCOMPARE(manual->rowCount(), 1);
        QCOMPARE(summary(manual.get()), u"one"_s);
    }
};

QTEST_MAIN(TestResourcePages)
#include "tst_resourcepages.moc"
