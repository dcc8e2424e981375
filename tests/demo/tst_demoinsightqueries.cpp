#include "common/isolatedhome.h"

#include "demo/demobackend.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// The demo's product-analytics nodes checked against each other and against the demo's SQLite
// read directly: relations that hold in PostHog whatever the data (a total is the sum of its
// breakdown, a week the sum of its days, a lifecycle's active persons are the day's unique
// persons, …), so a wrong runner fails without any number written down here. The runners:
// posthog/hogql_queries/insights/trends/trends_query_runner.py, funnels/funnel_udf.py,
// retention_query_runner.py, lifecycle/lifecycle_query_runner.py,
// stickiness/stickiness_query_runner.py; dates: hogql_queries/utils/query_date_range.py.
class TestDemoInsightQueries : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    DemoBackend m_backend;
    QSqlDatabase m_direct;

    // POST /query/ over real HTTP; a timeout or a non-200 fails the test.
    QJsonObject query(const QJsonObject &node, int expectStatus = 200)
    {
        QNetworkRequest request(QUrl(m_backend.baseUrl().toString() + u"/api/environments/1/query/"_s));
        request.setRawHeader("Authorization", "Bearer " + DemoBackend::apiKey().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_network.post(request, QJsonDocument(QJsonObject{{u"query"_s, node}}).toJson());
        QEventLoop loop;
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QJsonObject body;
        if (!reply->isFinished()) {
            reply->abort();
            QTest::qFail("query timed out", __FILE__, __LINE__);
        } else {
            body = QJsonDocument::fromJson(reply->readAll()).object();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != expectStatus)
                QTest::qFail(qPrintable(u"status %1: %2"_s.arg(status).arg(QString::fromUtf8(QJsonDocument(body).toJson()))), __FILE__, __LINE__);
        }
        reply->deleteLater();
        return body;
    }

    static QJsonObject eventsNode(const QString &event, const QString &math = u"total"_s)
    {
        return {{u"kind"_s, u"EventsNode"_s}, {u"event"_s, event}, {u"math"_s, math}};
    }

    static QJsonObject node(const QString &kind, const QJsonArray &series, const QString &from, const QJsonObject &extra = {})
    {
        QJsonObject n{
            {u"kind"_s, kind}, {u"series"_s, series}, {u"dateRange"_s, QJsonObject{{u"date_from"_s, from}}}, {u"filterTestAccounts"_s, true}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            n.insert(it.key(), it.value());
        return n;
    }

    QJsonArray trends(const QString &event, const QString &from, const QJsonObject &extra = {}, const QString &math = u"total"_s)
    {
        return query(node(u"TrendsQuery"_s, {eventsNode(event, math)}, from, extra)).value("results"_L1).toArray();
    }

    static QJsonObject series(const QJsonArray &results, int i = 0) { return results.at(i).toObject(); }
    static double at(const QJsonObject &s, qsizetype i) { return s.value("data"_L1).toArray().at(i).toDouble(); }
    static double sum(const QJsonArray &data)
    {
        double total = 0;
        for (const QJsonValue &v : data)
            total += v.toDouble();
        return total;
    }

    // PostHog's default test account filters (posthog/models/team/team.py), written here on
    // their own against the demo's tables.
    static QString notTestAccount()
    {
        return u" AND coalesce(json_extract(properties, '$.\"$host\"'), '') NOT LIKE 'localhost%'"
               " AND coalesce(json_extract(properties, '$.\"$host\"'), '') NOT LIKE '127.0.0.1%'"
               " AND person_id NOT IN (SELECT id FROM persons WHERE lower(json_extract(properties, '$.email')) LIKE '%@posthog.com%')"_s;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_direct);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // Unique persons doing `event` from the start of `days` days ago until now.
    qint64 uniquePersons(const QString &event, int days)
    {
        const QString from = QDateTime::currentDateTimeUtc().date().addDays(-days).toString(Qt::ISODate);
        return scalar(u"SELECT count(DISTINCT person_id) FROM events WHERE team_id = 1 AND event = '%1' AND timestamp >= '%2'"_s.arg(event, from)
                      + notTestAccount());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoBackend::Options options;
        options.events = 20000;
        options.databasePath = m_dir.filePath(u"demo.sqlite"_s);
        QSignalSpy ready(&m_backend, &DemoBackend::ready);
        m_backend.start(options);
        QVERIFY(ready.wait(60000));
        m_direct = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"direct"_s);
        m_direct.setDatabaseName(options.databasePath);
        QVERIFY(m_direct.open());
    }

    // trends_query_builder.py _outer_select_query: the top breakdown_limit values, the rest summed
    // as "$$_posthog_breakdown_other_$$" (hasMore true); every event lands in one value, so the
    // values (with Other) sum to the unbroken series, day by day.
    void trendsTotalIsTheSumOfItsBreakdown()
    {
        const QJsonObject whole = series(trends(u"$pageview"_s, u"-14d"_s));
        for (const char *type : {"event", "person"}) {
            for (int limit : {25, 2}) {
                const QJsonObject breakdown{
                    {u"breakdown"_s, u"$browser"_s}, {u"breakdown_type"_s, QLatin1String(type)}, {u"breakdown_limit"_s, limit}};
                const QJsonObject answer
                    = query(node(u"TrendsQuery"_s, {eventsNode(u"$pageview"_s)}, u"-14d"_s, {{u"breakdownFilter"_s, breakdown}}));
                const QJsonArray parts = answer.value("results"_L1).toArray();
                QVERIFY(parts.size() > 1);
                QVERIFY(parts.size() <= limit + 1);
                const bool other = parts.last().toObject().value("breakdown_value"_L1).toString() == "$$_posthog_breakdown_other_$$"_L1;
                QCOMPARE(other, limit == 2); // the demo has four browsers
                QCOMPARE(answer.value("hasMore"_L1).toBool(), other);
                for (qsizetype day = 0; day < whole.value("data"_L1).toArray().size(); ++day) {
                    double total = 0;
                    for (const QJsonValue &p : parts)
                        total += at(p.toObject(), day);
                    QCOMPARE(total, at(whole, day));
                }
                // One series: labelled by the value alone (trends_query_runner.py build_series_response).
                QVERIFY(!parts.first().toObject().value("label"_L1).toString().contains(" - "_L1));
                for (qsizetype i = 1; i + (other ? 1 : 0) < parts.size(); ++i)
                    QVERIFY(parts.at(i - 1).toObject().value("count"_L1).toDouble() >= parts.at(i).toObject().value("count"_L1).toDouble());
            }
        }
    }

    // Weeks start on Sunday (toStartOfWeek mode 0); both intervals read the same events from
    // date_from's day, so each week is the sum of its days, the first (partial) one included.
    void dailyPointsSumToTheirWeek()
    {
        const QJsonObject days = series(trends(u"file_uploaded"_s, u"-21d"_s));
        const QJsonObject weeks = series(trends(u"file_uploaded"_s, u"-21d"_s, {{u"interval"_s, u"week"_s}}));
        const QJsonArray dayNames = days.value("days"_L1).toArray();
        const QJsonArray weekNames = weeks.value("days"_L1).toArray();
        QVERIFY(weekNames.size() >= 3);
        for (qsizetype w = 0; w < weekNames.size(); ++w) {
            const QDate start = QDate::fromString(weekNames.at(w).toString(), Qt::ISODate);
            QCOMPARE(start.dayOfWeek(), 7);
            double total = 0;
            for (qsizetype d = 0; d < dayNames.size(); ++d) {
                const QDate day = QDate::fromString(dayNames.at(d).toString(), Qt::ISODate);
                if (day >= start && day < start.addDays(7))
                    total += at(days, d);
            }
            QCOMPARE(at(weeks, w), total);
        }
        QCOMPARE(days.value("count"_L1).toDouble(), weeks.value("count"_L1).toDouble());
    }

    void hoursSumToTheirDay()
    {
        const QJsonObject days = series(trends(u"$pageview"_s, u"-2d"_s));
        const QJsonObject hours = series(trends(u"$pageview"_s, u"-2d"_s, {{u"interval"_s, u"hour"_s}}));
        QCOMPARE(hours.value("days"_L1).toArray().first().toString().size(), 19); // "2026-05-03 14:00:00"
        for (qsizetype d = 0; d < days.value("days"_L1).toArray().size(); ++d) {
            const QString day = days.value("days"_L1).toArray().at(d).toString();
            double total = 0;
            for (qsizetype h = 0; h < hours.value("days"_L1).toArray().size(); ++h) {
                if (hours.value("days"_L1).toArray().at(h).toString().startsWith(day))
                    total += at(hours, h);
            }
            QCOMPARE(total, at(days, d));
        }
    }

    // aggregation_operations.py: WAU on day D is the unique persons of days D-6..D; dau one day.
    void activeUsersMatchTheirWindows()
    {
        const QJsonObject wau = series(trends(u"$pageview"_s, u"-7d"_s, {}, u"weekly_active"_s));
        const QJsonObject dau = series(trends(u"$pageview"_s, u"-7d"_s, {}, u"dau"_s));
        const QJsonArray days = wau.value("days"_L1).toArray();
        for (qsizetype i = 0; i < days.size(); ++i) {
            const QDate d = QDate::fromString(days.at(i).toString(), Qt::ISODate);
            const QString range = u"timestamp >= '%1' AND timestamp < '%2'"_s;
            QCOMPARE(qint64(at(wau, i)),
                     scalar(u"SELECT count(DISTINCT person_id) FROM events WHERE team_id = 1 AND event = '$pageview' AND "_s
                            + range.arg(d.addDays(-6).toString(Qt::ISODate), d.addDays(1).toString(Qt::ISODate)) + notTestAccount()));
            QCOMPARE(qint64(at(dau, i)), scalar(u"SELECT count(DISTINCT person_id) FROM events WHERE team_id = 1 AND event = '$pageview' AND "_s
                                                + range.arg(d.toString(Qt::ISODate), d.addDays(1).toString(Qt::ISODate)) + notTestAccount()));
            QVERIFY(at(wau, i) >= at(dau, i));
        }
        // WAU by the week is DAU by the week (convert_active_user_math_based_on_interval).
        QCOMPARE(trends(u"$pageview"_s, u"-14d"_s, {{u"interval"_s, u"week"_s}}, u"weekly_active"_s).first().toObject().value("data"_L1),
                 trends(u"$pageview"_s, u"-14d"_s, {{u"interval"_s, u"week"_s}}, u"dau"_s).first().toObject().value("data"_L1));
    }

    // ClickHouse quantile(0.5): the interpolated median of the day's values.
    void medianIsTheDaysMedian()
    {
        QJsonObject e = eventsNode(u"file_uploaded"_s, u"median"_s);
        e.insert(u"math_property"_s, u"file_size_bytes"_s);
        const QJsonObject s = series(query(node(u"TrendsQuery"_s, {e}, u"-3d"_s)).value("results"_L1).toArray());
        const QString day = s.value("days"_L1).toArray().at(1).toString();
        QSqlQuery q(m_direct);
        QVERIFY(q.exec(u"SELECT json_extract(properties, '$.file_size_bytes') FROM events WHERE team_id = 1 AND event = 'file_uploaded'"
                       " AND timestamp >= '%1' AND timestamp < '%2'"_s.arg(day, QDate::fromString(day, Qt::ISODate).addDays(1).toString(Qt::ISODate))
                       + notTestAccount()));
        std::vector<double> values;
        while (q.next())
            values.push_back(q.value(0).toDouble());
        QVERIFY(!values.empty());
        std::sort(values.begin(), values.end());
        const double mid = values.size() % 2 ? values[values.size() / 2] : (values[values.size() / 2 - 1] + values[values.size() / 2]) / 2;
        QCOMPARE(at(s, 1), mid);
    }

    // An ordered funnel never grows from a step to the next; its first step is everyone who did
    // the first event in the range, which is also what stickiness counts in all.
    void funnelStepsShrinkAndStartWithEveryone()
    {
        const QJsonArray steps
            = query(node(u"FunnelsQuery"_s, {eventsNode(u"$pageview"_s), eventsNode(u"signed_up"_s), eventsNode(u"upgraded_plan"_s)}, u"-14d"_s))
                  .value("results"_L1)
                  .toArray();
        QCOMPARE(steps.size(), 3);
        for (qsizetype i = 1; i < steps.size(); ++i)
            QVERIFY(steps.at(i).toObject().value("count"_L1).toDouble() <= steps.at(i - 1).toObject().value("count"_L1).toDouble());
        QVERIFY(steps.at(2).toObject().value("count"_L1).toDouble() > 0);
        const qint64 first = qint64(steps.first().toObject().value("count"_L1).toDouble());
        QCOMPARE(first, uniquePersons(u"$pageview"_s, 14));
        const QJsonObject sticky = series(query(node(u"StickinessQuery"_s, {eventsNode(u"$pageview"_s)}, u"-14d"_s)).value("results"_L1).toArray());
        QCOMPARE(qint64(sticky.value("count"_L1).toDouble()), first);
        QVERIFY(steps.at(1).toObject().value("median_conversion_time"_L1).isDouble());
    }

    // funnelWindowInterval is per person from their first step: a wider window converts at
    // least as many; a window of a day converts no one whose steps lie days apart.
    void funnelWindowWidensConversion()
    {
        auto converted = [&](int days) {
            const QJsonObject filter{{u"funnelWindowInterval"_s, days}, {u"funnelWindowIntervalUnit"_s, u"day"_s}, {u"funnelVizType"_s, u"steps"_s}};
            const QJsonArray steps = query(node(u"FunnelsQuery"_s, {eventsNode(u"signed_up"_s), eventsNode(u"upgraded_plan"_s)}, u"-30d"_s,
                                                {{u"funnelsFilter"_s, filter}}))
                                         .value("results"_L1)
                                         .toArray();
            return steps.at(1).toObject().value("count"_L1).toDouble();
        };
        const double one = converted(1), week = converted(7), month = converted(30);
        QVERIFY(one <= week);
        QVERIFY(week <= month);
        QVERIFY(one < month);
    }

    // Recurring retention: a cohort is everyone doing the target event in its period, so period
    // 0 is that day's unique persons (trends dau), and no later period exceeds it.
    void retentionPeriodZeroIsTheCohort()
    {
        const QJsonObject entity{{u"id"_s, u"file_uploaded"_s}, {u"type"_s, u"events"_s}};
        const QJsonObject retention{{u"kind"_s, u"RetentionQuery"_s},
                                    {u"dateRange"_s, QJsonObject{{u"date_from"_s, u"-7d"_s}}},
                                    {u"filterTestAccounts"_s, true},
                                    {u"retentionFilter"_s, QJsonObject{{u"period"_s, u"Day"_s},
                                                                       {u"totalIntervals"_s, 4},
                                                                       {u"retentionType"_s, u"retention_recurring"_s},
                                                                       {u"targetEntity"_s, entity},
                                                                       {u"returningEntity"_s, entity}}}};
        const QJsonArray cohorts = query(retention).value("results"_L1).toArray();
        const QJsonObject dau = series(trends(u"file_uploaded"_s, u"-7d"_s, {}, u"dau"_s));
        QCOMPARE(cohorts.size(), dau.value("data"_L1).toArray().size());
        for (qsizetype i = 0; i < cohorts.size(); ++i) {
            const QJsonArray values = cohorts.at(i).toObject().value("values"_L1).toArray();
            QCOMPARE(cohorts.at(i).toObject().value("date"_L1).toString().left(10), dau.value("days"_L1).toArray().at(i).toString());
            QCOMPARE(values.first().toObject().value("count"_L1).toDouble(), at(dau, i));
            for (const QJsonValue &v : values)
                QVERIFY(v.toObject().value("count"_L1).toDouble() <= values.first().toObject().value("count"_L1).toDouble());
        }
    }

    // lifecycle_query_runner.py: every person active in an interval is new, returning or
    // resurrecting there (so they sum to the interval's unique persons); returning ones were
    // active the interval before, and the rest of those are that interval's dormant (< 0).
    void lifecycleAddsUpToUniquePersons()
    {
        for (const QString &interval : {u"day"_s, u"week"_s}) {
            const QString from = interval == "day"_L1 ? u"-14d"_s : u"-35d"_s;
            const QJsonArray statuses
                = query(node(u"LifecycleQuery"_s, {eventsNode(u"$pageview"_s)}, from, {{u"interval"_s, interval}})).value("results"_L1).toArray();
            QCOMPARE(statuses.size(), 4);
            const QStringList order{u"new"_s, u"returning"_s, u"resurrecting"_s, u"dormant"_s};
            for (int i = 0; i < 4; ++i) {
                QCOMPARE(statuses.at(i).toObject().value("status"_L1).toString(), order.at(i));
                QCOMPARE(statuses.at(i).toObject().value("label"_L1).toString(), u"$pageview - "_s + order.at(i));
            }
            const QJsonObject dau = series(trends(u"$pageview"_s, from, {{u"interval"_s, interval}}, u"dau"_s));
            QCOMPARE(statuses.at(0).toObject().value("days"_L1), dau.value("days"_L1));
            const qsizetype n = dau.value("data"_L1).toArray().size();
            for (qsizetype d = 0; d < n; ++d) {
                const double active = at(series(statuses, 0), d) + at(series(statuses, 1), d) + at(series(statuses, 2), d);
                QCOMPARE(active, at(dau, d));
                QVERIFY(at(series(statuses, 3), d) <= 0);
                if (d > 0)
                    QCOMPARE(-at(series(statuses, 3), d), at(dau, d - 1) - at(series(statuses, 1), d));
            }
        }
    }

    // stickiness_query_runner.py: each person counts once, at their number of active days, so
    // the counts sum to the unique persons and k × count_k sums to the person-days (dau's sum).
    void stickinessCountsEveryPersonOnce()
    {
        const QJsonObject s = series(query(node(u"StickinessQuery"_s, {eventsNode(u"file_uploaded"_s)}, u"-7d"_s)).value("results"_L1).toArray());
        const QJsonArray data = s.value("data"_L1).toArray();
        QCOMPARE(data.size(), 8); // -7d by the day: eight intervals
        QCOMPARE(s.value("days"_L1).toArray().last().toInt(), 8);
        QCOMPARE(s.value("labels"_L1).toArray().at(0).toString(), u"1 day"_s);
        QCOMPARE(s.value("labels"_L1).toArray().at(1).toString(), u"2 days"_s);
        QCOMPARE(qint64(sum(data)), uniquePersons(u"file_uploaded"_s, 7));
        QCOMPARE(s.value("count"_L1).toDouble(), sum(data));
        double personDays = 0;
        for (qsizetype k = 0; k < data.size(); ++k)
            personDays += double(k + 1) * data.at(k).toDouble();
        QCOMPARE(personDays, series(trends(u"file_uploaded"_s, u"-7d"_s, {}, u"dau"_s)).value("count"_L1).toDouble());
        // computedAs cumulative: persons active in at least k intervals.
        const QJsonObject cumulative = series(query(node(u"StickinessQuery"_s, {eventsNode(u"file_uploaded"_s)}, u"-7d"_s,
                                                         {{u"stickinessFilter"_s, QJsonObject{{u"computedAs"_s, u"cumulative"_s}}}}))
                                                  .value("results"_L1)
                                                  .toArray());
        QCOMPARE(at(cumulative, 0), sum(data));
        QCOMPARE(cumulative.value("count"_L1).toDouble(), sum(data));
    }

    // get_compare_period_dates: "-7d" spans 8 days; the previous period is the same length just
    // before, moved a day later (the -7d kludge), so it ends on date_from's day. The previous
    // series equal the trends (and stickiness) of that range asked for explicitly.
    void comparePreviousIsTheShiftedRange()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate from = today.addDays(-7);
        const QDateTime start(from, QTime(0, 0), QTimeZone::utc());
        const QDateTime end(today, QTime(23, 59, 59, 999), QTimeZone::utc());
        const QDateTime previousStart = QDateTime(start.addMSecs(-start.msecsTo(end)).date().addDays(1), QTime(0, 0), QTimeZone::utc());
        const QDate previousEnd = previousStart.addMSecs(start.msecsTo(end)).date();
        QCOMPARE(previousEnd, from);
        const QJsonObject explicitRange{{u"date_from"_s, previousStart.date().toString(Qt::ISODate)},
                                        {u"date_to"_s, previousEnd.toString(Qt::ISODate)}};
        const QJsonObject compare{{u"compareFilter"_s, QJsonObject{{u"compare"_s, true}}}};
        for (const QString &kind : {u"TrendsQuery"_s, u"StickinessQuery"_s}) {
            const QJsonArray both = query(node(kind, {eventsNode(u"signed_up"_s)}, u"-7d"_s, compare)).value("results"_L1).toArray();
            QCOMPARE(both.size(), 2);
            QCOMPARE(series(both, 0).value("compare_label"_L1).toString(), u"current"_s);
            QCOMPARE(series(both, 1).value("compare_label"_L1).toString(), u"previous"_s);
            QVERIFY(series(both, 1).value("compare"_L1).toBool());
            QJsonObject shifted = node(kind, {eventsNode(u"signed_up"_s)}, u"-7d"_s);
            shifted.insert(u"dateRange"_s, explicitRange);
            const QJsonObject alone = series(query(shifted).value("results"_L1).toArray());
            QCOMPARE(series(both, 1).value("data"_L1), alone.value("data"_L1));
            QCOMPARE(series(both, 1).value("days"_L1), alone.value("days"_L1));
            const QJsonObject current = series(query(node(kind, {eventsNode(u"signed_up"_s)}, u"-7d"_s)).value("results"_L1).toArray());
            QCOMPARE(series(both, 0).value("data"_L1), current.value("data"_L1));
        }
    }

    void unsupportedShapesAreRefusedInPostHogsWords()
    {
        const QJsonObject refused = query(node(u"StickinessQuery"_s, {eventsNode(u"signed_up"_s)}, u"-7d"_s, {{u"intervalCount"_s, 2}}), 400);
        QCOMPARE(refused.value("type"_L1).toString(), u"validation_error"_s);
        query(node(u"LifecycleQuery"_s, {}, u"-7d"_s), 400);
        query(node(u"TrendsQuery"_s, {eventsNode(u"file_uploaded"_s, u"p90"_s)}, u"-7d"_s), 400); // no math_property
        query(node(u"TrendsQuery"_s, {eventsNode(u"signed_up"_s)}, u"-7d"_s, {{u"interval"_s, u"fortnight"_s}}), 400);
    }
};

QTEST_GUILESS_MAIN(TestDemoInsightQueries)
#include "tst_demoinsightqueries.moc"
