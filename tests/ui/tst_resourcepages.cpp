// The Insights, Dashboards, Errors, LLM costs and Feature flags pages: each a ResourcePage with
// its loader, given the client and the window's active project, against the demo workspace;
// and what every list does (sorting, load more, busy, empty states) with scripted loaders.
#include "common/isolatedhome.h"
#include "demoservice.h"
#include "ui/chartwidget.h"
#include "ui/insightresultcache.h"
#include "ui/pageloaders.h"
#include "ui/resourcepage.h"
#include "ui/tilegrid.h"

#include "tools/activeprojectstore.h"
#include "tools/posthogtoolset.h"

#include "posthog/posthogclient.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestResourcePages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CompanionService> m_service;

    std::unique_ptr<ResourcePage> page(const QString &name, ResourcePage::Loader loader)
    {
        const QStringList headers{u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s, u"G"_s, u"H"_s};
        auto page = std::make_unique<ResourcePage>(name, headers, std::move(loader));
        page->setObjectName(name);
        page->resize(1100, 700);
        page->show();
        return page;
    }
    std::unique_ptr<ResourcePage> loaded(const QString &name, ResourcePage::Loader loader)
    {
        auto resources = page(name, std::move(loader));
        resources->reload();
        if (!QTest::qWaitFor([&] { return resources->rowCount() > 0; }, 10000))
            QTest::qFail(qPrintable(u"%1 loaded no rows in 10 s: %2"_s.arg(name, summary(resources.get()))), __FILE__, __LINE__);
        return resources;
    }
    static QString summary(ResourcePage *page) { return page->findChild<QLabel *>(u"resourceSummary"_s)->text(); }
    static QTreeWidget *list(ResourcePage *page) { return page->findChild<QTreeWidget *>(u"resourceList"_s); }
    static QString details(ResourcePage *page) { return page->findChild<QTextBrowser *>(u"resourceDetails"_s)->toPlainText(); }
    static ChartWidget *detailsChart(ResourcePage *page) { return page->findChild<ChartWidget *>(u"resourceDetailsChart"_s); }
    // Selects the row whose first cell is `name`; false when there is none.
    static bool select(ResourcePage *page, const QString &name)
    {
        const auto items = list(page)->findItems(name, Qt::MatchExactly, 0);
        if (items.isEmpty())
            return false;
        list(page)->setCurrentItem(items.first());
        return true;
    }
    static void picture(ResourcePage *page, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SCREENSHOT_DIR");
        if (!dir.isEmpty())
            page->grab().save(dir + u"/resource-"_s + name + u".png"_s);
    }
    PostHogClient *client() const { return m_service->client(); }
    ActiveProjectStore *projects() const { return m_service->toolset()->projects(); }

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
        const QHash<QString, ResourcePage::Loader> loaders = {{u"insights"_s, PageLoaders::insights(client(), projects())},
                                                              {u"dashboards"_s, PageLoaders::dashboards(client(), projects())},
                                                              {u"errors"_s, PageLoaders::errors(client(), projects())},
                                                              {u"llm-costs"_s, PageLoaders::llmCosts(client(), projects())},
                                                              {u"feature-flags"_s, PageLoaders::featureFlags(client(), projects())}};
        auto resources = loaded(name, loaders.value(name));
        QVERIFY(!summary(resources.get()).isEmpty());
        QVERIFY(!resources->findChild<QLabel *>(u"resourceSummary"_s)->property("failed").toBool());
        QVERIFY(resources->findChild<QLabel *>(u"resourceTimeZone"_s)->text().contains(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
        // The first row is selected and its details shown.
        QTRY_VERIFY_WITH_TIMEOUT(!details(resources.get()).isEmpty(), 5000);
        // The details' own queries finish before the page goes, so no abandoned query's cancel is
        // still on the wire when the process exits.
        QTRY_COMPARE_WITH_TIMEOUT(client()->inFlightQueries(), 0, 10000);
        picture(resources.get(), name);
    }

    // posthog/api/insight.py: without `refresh` PostHog serves the cached result only
    // (CACHE_ONLY_NEVER_CALCULATE); the page computes once when there is none, and Refresh forgets.
    void insightsShowTheirResultAsAChartByKind()
    {
        auto insights = loaded(u"insights"_s, PageLoaders::insights(client(), projects()));
        QVERIFY(select(insights.get(), u"Sign-ups per day"_s));
        QCOMPARE(list(insights.get())->currentItem()->text(1), u"Trends"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!detailsChart(insights.get())->data().isEmpty(), 10000);
        const ChartData trend = detailsChart(insights.get())->data();
        QCOMPARE(trend.style, ChartData::Style::Line);
        QVERIFY(trend.pointCount() >= 7);
        QVERIFY(std::is_sorted(trend.times.cbegin(), trend.times.cend()));
        picture(insights.get(), u"insight-trends"_s);

        QVERIFY(select(insights.get(), u"Visit to paid funnel"_s));
        QCOMPARE(list(insights.get())->currentItem()->text(1), u"Funnel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(details(insights.get()).contains("Overall conversion"_L1), 10000);
        QCOMPARE(detailsChart(insights.get())->data().style, ChartData::Style::Bar);
        QVERIFY(detailsChart(insights.get())->data().categories.first().startsWith("1. "_L1));
        picture(insights.get(), u"insight-funnel"_s);

        QVERIFY(select(insights.get(), u"Uploader retention"_s));
        QTRY_COMPARE_WITH_TIMEOUT(detailsChart(insights.get())->data().style, ChartData::Style::Grid, 10000);
        picture(insights.get(), u"insight-retention"_s);

        // An SQL insight's table is headed by the query's own column names.
        const auto sql = list(insights.get())->findItems(u"SQL"_s, Qt::MatchExactly, 1);
        QVERIFY(!sql.isEmpty());
        list(insights.get())->setCurrentItem(sql.first());
        QTRY_VERIFY_WITH_TIMEOUT(!details(insights.get()).contains("Loading"_L1) && !details(insights.get()).contains("computing"_L1), 10000);
        QVERIFY2(details(insights.get()).contains("SELECT"_L1), qPrintable(details(insights.get())));
        QVERIFY2(!details(insights.get()).contains("column 1"_L1), qPrintable(details(insights.get())));
        picture(insights.get(), u"insight-sql"_s);

        // Seen results are kept: selecting an insight again asks PostHog nothing.
        InsightResultCache *cache = InsightResultCache::of(client());
        QVERIFY2(cache->size() >= 4, qPrintable(QString::number(cache->size())));
        insights->refresh();
        QCOMPARE(cache->size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(insights->rowCount() > 0 && !insights->findChild<QProgressBar *>(u"resourceBusy"_s)->isVisible(), 10000);
        // After Refresh an insight is computed afresh (refresh=force_blocking), then kept again.
        QVERIFY(select(insights.get(), u"Sign-ups per day"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!detailsChart(insights.get())->data().isEmpty(), 10000);
        QVERIFY(cache->size() >= 1); // it, and the row the reload kept selected
        QTRY_COMPARE_WITH_TIMEOUT(client()->inFlightQueries(), 0, 10000);
    }

    void dashboardsShowTilesAsSmallCharts()
    {
        auto dashboards = loaded(u"dashboards"_s, PageLoaders::dashboards(client(), projects()));
        auto *tiles = dashboards->findChild<TileGrid *>(u"dashboardTiles"_s);
        QVERIFY(tiles);
        QTRY_VERIFY_WITH_TIMEOUT(!tiles->tiles().isEmpty(), 10000);
        // Each insight tile gets its result (cached, else computed once), one after another.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(tiles->tiles().cbegin(), tiles->tiles().cend(),
                                             [](const TileGrid::Tile &t) { return t.title.isEmpty() || !t.chart.isEmpty(); }),
                                 15000);
        QVERIFY(std::any_of(tiles->tiles().cbegin(), tiles->tiles().cend(), [](const TileGrid::Tile &t) { return t.link.isValid(); }));
        QVERIFY(!tiles->findChildren<ChartWidget *>().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(client()->inFlightQueries(), 0, 10000);
        picture(dashboards.get(), u"dashboard-tiles"_s);
        // Clicking a tile's chart selects that insight where the window shows insights.
        auto insights = loaded(u"insights"_s, PageLoaders::insights(client(), projects()));
        connect(dashboards.get(), &ResourcePage::insightRequested, insights.get(), [&insights](const QUrl &link) { insights->selectLink(link); });
        const int last = int(tiles->tiles().size()) - 1;
        int target = -1;
        for (int i = last; i >= 0 && target < 0; --i)
            target = tiles->tiles().at(i).chart.isEmpty() ? -1 : i;
        QVERIFY(target >= 0);
        auto *chart = tiles->findChild<QWidget *>(u"dashboardTile%1"_s.arg(target))->findChild<ChartWidget *>();
        QTest::mouseClick(chart, Qt::LeftButton);
        QCOMPARE(list(insights.get())->currentItem()->text(0), tiles->tiles().at(target).title);
        QTRY_COMPARE_WITH_TIMEOUT(client()->inFlightQueries(), 0, 10000);
    }

    void errorsSortByNumbersAndCountOneWindow()
    {
        auto errors = loaded(u"errors"_s, PageLoaders::errors(client(), projects()));
        QVERIFY2(summary(errors.get()).contains("Counted over: Last 7 day"_L1), qPrintable(summary(errors.get())));
        // Exceptions per day over the same window, above the list.
        const ChartData &perDay = errors->findChild<ChartWidget *>(u"resourceOverviewChart"_s)->data();
        QVERIFY(perDay.isTimeAxis() && perDay.pointCount() >= 5 && perDay.pointCount() <= 7);
        QTRY_VERIFY_WITH_TIMEOUT(details(errors.get()).contains("Counted over: Last 7 day"_L1), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(details(errors.get()).contains("[in app]"_L1), 10000);
        picture(errors.get(), u"errors-details"_s);
        QTreeWidget *rows = list(errors.get());
        // Occurrences (column 3) sort as numbers, most first on the first click.
        rows->header()->sectionClicked(3);
        QVERIFY(rows->topLevelItemCount() >= 2);
        const auto occurrences = [rows](int i) { return QLocale().toLongLong(rows->topLevelItem(i)->text(3)); };
        for (int i = 1; i < rows->topLevelItemCount(); ++i)
            QVERIFY(occurrences(i - 1) >= occurrences(i));
        rows->header()->sectionClicked(3);
        QVERIFY(occurrences(0) <= occurrences(rows->topLevelItemCount() - 1));
        // Another status: the list reloads for it.
        auto *status = errors->findChild<QComboBox *>(u"resourceFilter"_s);
        QVERIFY(status->isVisible());
        status->setCurrentIndex(status->findData(u"all"_s));
        Q_EMIT status->activated(status->currentIndex());
        QCOMPARE(errors->currentRequest().filter, u"all"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!errors->findChild<QProgressBar *>(u"resourceBusy"_s)->isVisible(), 10000);
        QVERIFY(errors->rowCount() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(client()->inFlightQueries(), 0, 10000);
        picture(errors.get(), u"errors-all"_s);
    }

    void llmCostsChartCostPerDayByModel()
    {
        auto costs = loaded(u"llm-costs"_s, PageLoaders::llmCosts(client(), projects()));
        auto *overview = costs->findChild<ChartWidget *>(u"resourceOverviewChart"_s);
        QTRY_VERIFY_WITH_TIMEOUT(overview->isVisible(), 5000);
        QCOMPARE(overview->data().style, ChartData::Style::Stacked);
        QVERIFY(overview->data().isTimeAxis());
        QVERIFY(!overview->data().series.isEmpty());
        QVERIFY(summary(costs.get()).contains("Last 30 day"_L1));
        QVERIFY(list(costs.get())->topLevelItem(0)->text(2).contains(QLatin1Char('$')));
        // The period picker: today only.
        auto *period = costs->findChild<QComboBox *>(u"resourcePeriod"_s);
        period->setCurrentIndex(period->findData(1));
        Q_EMIT period->activated(period->currentIndex());
        QCOMPARE(costs->currentRequest().from, QDate::currentDate());
        QTRY_VERIFY_WITH_TIMEOUT(summary(costs.get()).startsWith("Today"_L1), 10000);
        // A custom range: the two date fields appear and the loader gets those dates.
        period->setCurrentIndex(period->findData(0));
        Q_EMIT period->activated(period->currentIndex());
        auto *from = costs->findChild<QDateEdit *>(u"resourcePeriodFrom"_s);
        QVERIFY(from->isVisible());
        from->setDate(QDate::currentDate().addDays(-60));
        Q_EMIT from->editingFinished();
        QCOMPARE(costs->currentRequest().from, QDate::currentDate().addDays(-60));
        QCOMPARE(costs->currentRequest().days, 0);
        QTRY_VERIFY_WITH_TIMEOUT(summary(costs.get()).contains(QLocale().toString(QDate::currentDate().addDays(-60), QLocale::ShortFormat)), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(client()->inFlightQueries(), 0, 10000);
    }

    // The toggle writes through PostHogClient (PATCH active) after a confirmation.
    void flagToggleAsksFirstThenWrites()
    {
        auto flags = loaded(u"feature-flags"_s, PageLoaders::featureFlags(client(), projects()));
        QVERIFY(details(flags.get()).contains("Release conditions"_L1));
        const QString key = list(flags.get())->currentItem()->text(0);
        const QString before = list(flags.get())->currentItem()->text(1);
        const auto toggle = [&] {
            auto *button = flags->findChild<QPushButton *>(u"toggleFlagButton"_s);
            QVERIFY(button);
            button->click();
            QMessageBox *box = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((box = flags->findChild<QMessageBox *>(u"confirmFlagToggle"_s)) != nullptr, 5000);
            QVERIFY(box->text().contains(key));
            box->findChild<QPushButton *>(u"confirmButton"_s)->click();
        };
        // Cancel changes nothing.
        flags->findChild<QPushButton *>(u"toggleFlagButton"_s)->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = flags->findChild<QMessageBox *>(u"confirmFlagToggle"_s)) != nullptr, 5000);
        box->reject();
        QTest::qWait(50);
        QCOMPARE(list(flags.get())->currentItem()->text(1), before);
        toggle();
        QTRY_VERIFY_WITH_TIMEOUT(select(flags.get(), key) && list(flags.get())->currentItem()->text(1) != before, 10000);
        toggle(); // and back, for the other tests
        QTRY_VERIFY_WITH_TIMEOUT(select(flags.get(), key) && list(flags.get())->currentItem()->text(1) == before, 10000);
    }

    void searchNarrowsTheListAndSaysWhy()
    {
        auto insights = loaded(u"insights"_s, PageLoaders::insights(client(), projects()));
        insights->findChild<QLineEdit *>()->setText(u"zz-no-insight-is-called-this"_s); // debounced reload
        QTRY_VERIFY_WITH_TIMEOUT(insights->rowCount() == 0 && summary(insights.get()) != ResourcePage::tr("Loading…"), 10000);
        auto *empty = insights->findChild<QLabel *>(u"resourceEmpty"_s);
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains("zz-no-insight-is-called-this"_L1), qPrintable(empty->text()));
    }

    void aFailingLoaderShowsItsError()
    {
        auto failing = page(u"failing"_s, [](QObject *, const ResourcePage::Request &, ResourcePage::Deliver deliver) {
            ResourcePage::Answer answer;
            answer.error = u"PostHog answered 503: try again later"_s;
            deliver(answer);
        });
        failing->reload();
        QCOMPARE(failing->rowCount(), 0);
        QVERIFY(summary(failing.get()).contains("PostHog answered 503"_L1));
        QVERIFY(failing->findChild<QLabel *>(u"resourceSummary"_s)->property("failed").toBool());
    }

    // A slow answer for an older search never replaces the newer one's rows.
    void anOlderAnswerIsDropped()
    {
        std::vector<ResourcePage::Deliver> pending;
        auto manual
            = page(u"manual"_s, [&pending](QObject *, const ResourcePage::Request &, ResourcePage::Deliver deliver) { pending.push_back(deliver); });
        manual->reload();
        manual->reload();
        QCOMPARE(pending.size(), size_t(2));
        pending.at(1)({{ResourcePage::Row{{u"new"_s}, {}, {}}}, {}, u"one"_s});
        pending.at(0)({{ResourcePage::Row{{u"old"_s}, {}, {}}, ResourcePage::Row{{u"old"_s}, {}, {}}}, {}, u"two"_s});
        QCOMPARE(manual->rowCount(), 1);
        QCOMPARE(summary(manual.get()), u"one"_s);
    }

    // Every list: busy while loading, "load more" asks for the next rows and appends them, and
    // numbers sort as numbers (9 before 10), not as text.
    void listsShowBusyLoadMoreAndSortNumbers()
    {
        std::vector<std::pair<ResourcePage::Request, ResourcePage::Deliver>> pending;
        auto manual = page(u"manual"_s, [&pending](QObject *, const ResourcePage::Request &r, ResourcePage::Deliver d) {
            pending.push_back({r, d});
        });
        manual->reload();
        auto *busy = manual->findChild<QProgressBar *>(u"resourceBusy"_s);
        QVERIFY(busy->isVisible());
        const auto row = [](const QString &name, int n) {
            ResourcePage::Row r;
            r.cells = {name, QString::number(n)};
            r.sortKeys = {{}, n};
            return r;
        };
        ResourcePage::Answer first{{row(u"a"_s, 10), row(u"b"_s, 9)}, {}, u"page 1"_s};
        first.hasMore = true;
        pending.at(0).second(first);
        QVERIFY(!busy->isVisible());
        auto *more = manual->findChild<QPushButton *>(u"loadMoreButton"_s);
        QVERIFY(more->isVisible());
        more->click();
        QCOMPARE(pending.size(), size_t(2));
        QCOMPARE(pending.at(1).first.offset, 2);
        pending.at(1).second({{row(u"c"_s, 100)}, {}, u"page 2"_s});
        QCOMPARE(manual->rowCount(), 3);
        QVERIFY(!more->isVisible());
        QTreeWidget *rows = list(manual.get());
        rows->header()->sectionClicked(1); // numbers: largest first
        QCOMPARE(rows->topLevelItem(0)->text(0), u"c"_s);
        QCOMPARE(rows->topLevelItem(2)->text(0), u"b"_s);
        // Selection follows the row, not the position.
        rows->setCurrentItem(rows->topLevelItem(2));
        rows->header()->sectionClicked(1);
        QCOMPARE(rows->currentItem()->text(0), u"b"_s);
        // An empty answer says why.
        manual->reload();
        ResourcePage::Answer none;
        none.emptyText = u"Nothing in this period: choose a longer one."_s;
        pending.back().second(none);
        QVERIFY(manual->findChild<QLabel *>(u"resourceEmpty"_s)->isVisible());
        QCOMPARE(manual->findChild<QLabel *>(u"resourceEmpty"_s)->text(), none.emptyText);
    }
};

QTEST_MAIN(TestResourcePages)
#include "tst_resourcepages.moc"
