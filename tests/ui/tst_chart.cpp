// The chart module on its own: ticks, number formats, the time axis, and the widget rendered
// offscreen (series drawn in their colours, legend, tooltips, accessible description).
#include "ui/chartaxis.h"
#include "ui/chartdata.h"
#include "ui/chartwidget.h"
#include "ui/tilegrid.h"

#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
QJsonArray json(const char *text)
{
    return QJsonDocument::fromJson(text).array();
}

// Pixels close to `color` in the widget's rendering.
int pixelsOf(ChartWidget &chart, const QColor &color)
{
    const QImage image = chart.grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - color.red()) + std::abs(c.green() - color.green()) + std::abs(c.blue() - color.blue()) < 24 ? 1 : 0;
        }
    return count;
}
} // namespace

class TestChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void ticksFollowOneTwoFive_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<int>("maxTicks");
        QTest::addColumn<double>("step");
        QTest::addColumn<double>("top");
        QTest::newRow("0-549") << 0.0 << 549.0 << 6 << 200.0 << 600.0;
        QTest::newRow("0-100") << 0.0 << 100.0 << 6 << 20.0 << 100.0;
        QTest::newRow("0-7") << 0.0 << 7.0 << 6 << 2.0 << 8.0;
        QTest::newRow("0-0.37") << 0.0 << 0.37 << 6 << 0.1 << 0.4;
        QTest::newRow("10-1.2M") << 10.0 << 1234567.0 << 6 << 500000.0 << 1500000.0;
        QTest::newRow("flat") << 0.0 << 0.0 << 6 << 0.2 << 1.0;
        QTest::newRow("negative") << -35.0 << 80.0 << 6 << 50.0 << 100.0;
    }
    void ticksFollowOneTwoFive()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(int, maxTicks);
        QFETCH(double, step);
        QFETCH(double, top);
        const ChartAxis::Ticks ticks = ChartAxis::niceTicks(low, high, maxTicks);
        QCOMPARE(ticks.step, step);
        QCOMPARE(ticks.maximum, top);
        QVERIFY(ticks.values.size() <= maxTicks);
        QVERIFY(ticks.minimum <= low && ticks.maximum >= high);
        for (double v : ticks.values) {
            const double mantissa = ticks.step / std::pow(10.0, std::floor(std::log10(ticks.step)));
            QVERIFY2(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) || qFuzzyCompare(mantissa, 5.0), qPrintable(QString::number(v)));
        }
    }

    void numbersAreGroupedOrShortened()
    {
        QCOMPARE(ChartAxis::formatExact(1234567), u"1,234,567"_s);
        QCOMPARE(ChartAxis::formatExact(0.0042), u"0.0042"_s);
        QCOMPARE(ChartAxis::formatExact(12.5), u"12.5"_s);
        QCOMPARE(ChartAxis::formatSi(1500), u"1.5k"_s);
        QCOMPARE(ChartAxis::formatSi(2000000), u"2M"_s);
        QCOMPARE(ChartAxis::formatSi(42), u"42"_s);
        QCOMPARE(ChartAxis::formatTick(500000, 500000), u"500k"_s);
        QCOMPARE(ChartAxis::formatTick(0.2, 0.1), u"0.2"_s);
        QCOMPARE(ChartAxis::formatTick(1200, 200), u"1,200"_s);
        QCOMPARE(ChartAxis::formatExact(1234.5, QLocale(QLocale::German)), u"1.234,5"_s);
    }

    void timeLabelsFollowTheSpan()
    {
        QCOMPARE(ChartAxis::timeFormat(3600 * 12), u"d MMM HH:mm"_s);
        QCOMPARE(ChartAxis::timeFormat(86400 * 30), u"d MMM"_s);
        QCOMPARE(ChartAxis::timeFormat(86400 * 400), u"MMM yyyy"_s);
        QList<QDateTime> days;
        for (int i = 0; i < 30; ++i)
            days.append(QDateTime(QDate(2026, 3, 1).addDays(i), QTime(0, 0), Qt::UTC));
        const QList<int> labels = ChartAxis::timeLabelIndexes(days, 6);
        QVERIFY(labels.size() <= 6 && labels.size() >= 4);
        QCOMPARE(labels.first(), 0);
    }

    // Rows out of order (ORDER BY count, or none) still make a time axis oldest first.
    void timeAxisSortsRowsWhateverTheirOrder()
    {
        const QJsonArray rows = json(R"([["2026-03-03", 5], ["2026-03-01", 7], ["2026-03-02", 1]])");
        const ChartData data = ChartData::fromRows({u"day"_s, u"views"_s}, {u"Date"_s, u"UInt64"_s}, rows, 0, {1});
        QCOMPARE(data.style, ChartData::Style::Line);
        QVERIFY(data.isTimeAxis());
        QCOMPARE(data.times.first().date(), QDate(2026, 3, 1));
        QCOMPARE(data.series.first().values, (QList<double>{7, 1, 5}));
        QCOMPARE(data.valueName, u"views"_s);
    }

    void breakdownColumnMakesOneSeriesPerValue()
    {
        const QJsonArray rows = json(R"([["2026-03-01", "US", 3], ["2026-03-01", "FR", 2], ["2026-03-02", "US", 4]])");
        int x = -1, breakdown = -1;
        QList<int> values;
        QVERIFY(ChartData::guessColumns({u"Date"_s, u"String"_s, u"UInt64"_s}, rows, &x, &values, &breakdown));
        QCOMPARE(x, 0);
        QCOMPARE(breakdown, 1);
        const ChartData data
            = ChartData::fromRows({u"day"_s, u"country"_s, u"n"_s}, {u"Date"_s, u"String"_s, u"UInt64"_s}, rows, x, values, breakdown);
        QCOMPARE(data.series.size(), 2);
        QCOMPARE(data.series.at(0).name, u"US"_s);
        QCOMPARE(data.series.at(0).values, (QList<double>{3, 4}));
        QCOMPARE(data.series.at(1).values, (QList<double>{2, 0}));
    }

    void trendsFunnelsAndRetentionBecomeCharts()
    {
        const ChartData trends = ChartData::fromTrends(json(
            R"([{"label": "$pageview", "days": ["2026-03-02", "2026-03-01"], "data": [4, 9]}, {"label": "signup", "days": ["2026-03-01"], "data": [1]}])"));
        QCOMPARE(trends.times.size(), 2);
        QCOMPARE(trends.series.at(0).values, (QList<double>{9, 4}));
        QVERIFY(std::isnan(trends.series.at(1).values.at(1)));
        const ChartData funnel
            = ChartData::fromFunnel(json(R"([{"name": "$pageview", "order": 0, "count": 100}, {"name": "signup", "order": 1, "count": 25}])"));
        QCOMPARE(funnel.categories, (QStringList{u"1. $pageview"_s, u"2. signup"_s}));
        QCOMPARE(funnel.series.first().values, (QList<double>{100, 25}));
        const ChartData retention = ChartData::fromRetention(json(R"([{"date": "2026-03-01T00:00:00Z", "values": [{"count": 10}, {"count": 4}]}])"));
        QCOMPARE(retention.style, ChartData::Style::Grid);
        QCOMPARE(retention.categories.size(), 2);
    }

    void widgetDrawsEachSeriesInItsColourWithALegend()
    {
        ChartData data = ChartData::fromRows({u"day"_s, u"a"_s, u"b"_s}, {u"Date"_s, u"UInt64"_s, u"UInt64"_s},
                                             json(R"([["2026-03-01", 10, 2], ["2026-03-02", 20, 3], ["2026-03-03", 15, 8]])"), 0, {1, 2});
        data.style = ChartData::Style::Bar;
        ChartWidget chart;
        chart.resize(600, 300);
        const int before = pixelsOf(chart, chart.seriesColor(0));
        chart.setData(data);
        QCOMPARE(chart.legendEntries(), (QStringList{u"a"_s, u"b"_s}));
        QVERIFY(chart.seriesColor(0) != chart.seriesColor(1));
        QVERIFY(pixelsOf(chart, chart.seriesColor(0)) > before + 500);
        QVERIFY(pixelsOf(chart, chart.seriesColor(1)) > 100);
        // Stacked: the same two series, one bar per day.
        data.style = ChartData::Style::Stacked;
        chart.setData(data);
        QVERIFY(pixelsOf(chart, chart.seriesColor(1)) > 100);
    }

    void tooltipShowsTheExactValuesUnderThePointer()
    {
        ChartWidget chart;
        chart.resize(600, 300);
        chart.setData(
            ChartData::fromRows({u"country"_s, u"views"_s}, {u"String"_s, u"UInt64"_s}, json(R"([["France", 1234567], ["Peru", 3]])"), 0, {1}));
        const QString left = chart.toolTipAt(QPoint(chart.width() / 3, chart.height() / 2));
        QVERIFY2(left.contains("France"_L1) && left.contains("1,234,567"_L1), qPrintable(left));
        const QString right = chart.toolTipAt(QPoint(chart.width() - 40, chart.height() / 2));
        QVERIFY2(right.contains("Peru"_L1), qPrintable(right));
        QVERIFY(chart.toolTipAt(QPoint(2, 2)).isEmpty());
    }

    // Every colour comes from the palette: on a dark one the labels are light and the series
    // stay apart from the background.
    void darkPaletteKeepsTextAndSeriesLegible()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Highlight, QColor(80, 140, 220));
        ChartWidget chart;
        chart.setPalette(dark);
        chart.setAutoFillBackground(true);
        chart.resize(500, 260);
        chart.setData(ChartData::fromRows({u"day"_s, u"a"_s, u"b"_s}, {u"Date"_s, u"UInt64"_s, u"UInt64"_s},
                                          json(R"([["2026-03-01", 10, 2], ["2026-03-02", 20, 3], ["2026-03-03", 15, 8]])"), 0, {1, 2}));
        QVERIFY(pixelsOf(chart, dark.color(QPalette::WindowText)) > 30);
        for (int s = 0; s < 2; ++s) {
            const QColor c = chart.seriesColor(s);
            QVERIFY2(std::abs(c.lightness() - dark.color(QPalette::Window).lightness()) > 60, qPrintable(c.name()));
        }
        const QString dir = qEnvironmentVariable("SCREENSHOT_DIR");
        if (!dir.isEmpty())
            chart.grab().save(dir + u"/chart-dark.png"_s);
    }

    // A dashboard: insight tiles as small charts that open their insight, text tiles as text.
    void tileGridOpensTheClickedInsight()
    {
        TileGrid grid;
        grid.resize(600, 400);
        const QUrl link(u"https://eu.posthog.com/project/1/insights/abc"_s);
        grid.setTiles({{u"Views"_s, ChartData::number(42, u"views"_s), {}, link}, {{}, {}, u"**Weekly review**: numbers refresh hourly."_s, {}}});
        grid.show();
        const auto charts = grid.findChildren<ChartWidget *>();
        QCOMPARE(charts.size(), 1);
        QCOMPARE(charts.first()->accessibleDescription(), u"views: 42"_s);
        const auto labels = grid.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text().contains("Weekly review"_L1); }));
        QSignalSpy opened(&grid, &TileGrid::tileActivated);
        QTest::mouseClick(charts.first(), Qt::LeftButton);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toUrl(), link);
    }

    void keyboardStepsThroughThePoints()
    {
        ChartWidget chart;
        chart.resize(600, 300);
        chart.setData(ChartData::fromRows({u"country"_s, u"views"_s}, {u"String"_s, u"UInt64"_s},
                                          json(R"([["France", 12], ["Peru", 3], ["Chad", 8]])"), 0, {1}));
        chart.show();
        QTest::keyClick(&chart, Qt::Key_Right);
        QCOMPARE(chart.currentPoint(), 0);
        QTest::keyClick(&chart, Qt::Key_Right);
        QCOMPARE(chart.currentPoint(), 1);
        QVERIFY2(chart.accessibleDescription().endsWith("Peru; views: 3"_L1), qPrintable(chart.accessibleDescription()));
        QTest::keyClick(&chart, Qt::Key_End);
        QCOMPARE(chart.currentPoint(), 2);
        QTest::keyClick(&chart, Qt::Key_Right);
        QCOMPARE(chart.currentPoint(), 2);
        QTest::keyClick(&chart, Qt::Key_Home);
        QCOMPARE(chart.currentPoint(), 0);
    }

    void accessibleDescriptionSummarisesTheData()
    {
        ChartData data
            = ChartData::fromRows({u"day"_s, u"views"_s}, {u"Date"_s, u"UInt64"_s}, json(R"([["2026-03-01", 7], ["2026-03-02", 70]])"), 0, {1});
        data.title = u"Page views"_s;
        ChartWidget chart;
        chart.setData(data);
        QCOMPARE(chart.accessibleName(), u"Chart: Page views"_s);
        QVERIFY2(chart.accessibleDescription().contains("Line chart of views over 2 point"_L1), qPrintable(chart.accessibleDescription()));
        QVERIFY(chart.accessibleDescription().contains("from 7 to 70"_L1));
        chart.setData(ChartData::number(549, u"Exceptions"_s));
        QCOMPARE(chart.accessibleDescription(), u"Exceptions: 549"_s);
        chart.resize(300, 160);
        QVERIFY(pixelsOf(chart, chart.palette().color(QPalette::WindowText)) > 50); // the number is drawn
    }
};

QTEST_MAIN(TestChart)
#include "tst_chart.moc"
