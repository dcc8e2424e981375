#include "common/asyncresult.h"

#include "demo/demobackend.h"
#include "posthog/posthogclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDemoBackend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DemoBackend m_backend;
    PostHogClient m_client;
    QSqlDatabase m_direct;

    // An independent answer straight from the demo database file.
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_direct);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoBackend::Options options;
        options.events = 20000;
        options.databasePath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QSignalSpy ready(&m_backend, &DemoBackend::ready);
        QElapsedTimer clock;
        clock.start();
        m_backend.start(options);
        QVERIFY(ready.wait(60000));
        qInfo("20 000-event demo workspace ready in %lld ms", qint64(clock.elapsed()));
        QString error;
        m_client.setConnection(PostHogConnection::custom(PostHogConnection::Region::Demo, m_backend.baseUrl().toString(), &error));
        m_client.setApiKey(DemoBackend::apiKey());
        m_direct = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
        m_direct.setDatabaseName(options.databasePath);
        QVERIFY(m_direct.open());
    }

    void wrongKeyIs401()
    {
        PostHogClient other;
        QString error;
        other.setConnection(PostHogConnection::custom(PostHogConnection::Region::Demo, m_backend.baseUrl().toString(), &error));
        other.setApiKey(QStringLiteral("phx_wrong"));
        AsyncResult<CurrentUser> r;
        other.currentUser(this, r.callback());
        QVERIFY(r.wait());
        QCOMPARE(r.result->error().category(), PostHogError::Category::Unauthorized);
    }

    void whoAmIAndOrganizations()
    {
        AsyncResult<CurrentUser> me;
        m_client.currentUser(this, me.callback());
        QVERIFY(me.wait());
        QVERIFY(me.result->ok());
        QCOMPARE(me.result->value().currentProjectId, 1);
        AsyncResult<QList<Organization>> orgs;
        m_client.organizations(this, orgs.callback());
        QVERIFY(orgs.wait());
        QCOMPARE(orgs.result->value().size(), 1);
        AsyncResult<QList<Project>> projects;
        m_client.projects(orgs.result->value().first().id, this, projects.callback());
        QVERIFY(projects.wait());
        QCOMPARE(projects.result->value().size(), 2);
        AsyncResult<Project> missing;
        m_client.project(99, this, missing.callback());
        QVERIFY(missing.wait());
        QCOMPARE(missing.result->error().category(), PostHogError::Category::NotFound);
        AsyncResult<KeyScopes> scopes;
        m_client.apiKeyScopes(this, scopes.callback());
        QVERIFY(scopes.wait());
        QVERIFY(scopes.result->value().grants(QStringLiteral("insight:write")));
    }

    void seedQueriesGiveCorrectAnswers()
    {
        AsyncResult<QueryResult> views;
        m_client.hogql(1, QStringLiteral("SELECT properties.$geoip_country_name AS country, count() AS views FROM events WHERE event = '$pageview' "
                                         "AND timestamp > now() - INTERVAL 7 DAY GROUP BY country ORDER BY views DESC LIMIT 10"), this, views.callback());
        QVERIFY(views.wait());
        QVERIFY2(views.result->ok(), qPrintable(views.result->error().message()));
        QVERIFY(!views.result->value().rows.isEmpty());
        const QJsonArray top = views.result->value().rows.first().toArray();
        const qint64 expected = scalar(QStringLiteral(
            "SELECT count(*) FROM events WHERE team_id = 1 AND event = '$pageview' AND json_extract(properties, '$.\"$geoip_country_name\"') = '%1' "
            "AND timestamp > strftime('%Y-%m-%d %H:%M:%f', 'now', '-7 days')").arg(top.at(0).toString()));
        QVERIFY(qAbs(top.at(1).toInteger() - expected) <= 2); // `now` moves between the two queries
        AsyncResult<QueryResult> dau;
        m_client.hogql(1, QStringLiteral("SELECT toDate(timestamp) AS day, count(DISTINCT person_id) AS dau FROM events WHERE timestamp > now() - INTERVAL 30 DAY "
                                         "GROUP BY day ORDER BY day"), this, dau.callback());
        QVERIFY(dau.wait());
        QVERIFY(dau.result->ok());
        const QJsonArray last = dau.result->value().rows.last().toArray();
        QCOMPARE(last.at(1).toInteger(), scalar(QStringLiteral("SELECT count(DISTINCT person_id) FROM events WHERE team_id = 1 AND date(timestamp) = '%1'")
                                                     .arg(last.at(0).toString())));
        QCOMPARE(dau.result->value().types.at(0), QStringLiteral("Date"));
    }

    void hogqlErrorIsPrecise()
    {
        AsyncResult<QueryResult> bad;
        m_client.hogql(1, QStringLiteral("SELECT arrayJoin(x) FROM events"), this, bad.callback());
        QVERIFY(bad.wait());
        QCOMPARE(bad.result->error().category(), PostHogError::Category::BadRequest);
        QVERIFY(bad.result->error().detail().contains(QLatin1String("Unsupported function 'arrayJoin'")));
        QVERIFY(bad.result->error().detail().contains(QLatin1String("at line 1, column 8")));
    }

    void insightsCrud()
    {
        AsyncResult<Page<Insight>> list;
        m_client.insights(1, ListOptions(), this, list.callback());
        QVERIFY(list.wait());
        QCOMPARE(list.result->value().count, 6);
        AsyncResult<Insight> byShort;
        m_client.insight(1, QStringLiteral("pV7cQ2mA"), true, this, byShort.callback());
        QVERIFY(byShort.wait());
        QVERIFY(byShort.result->ok());
        QVERIFY(!byShort.result->value().result.toArray().isEmpty());
        AsyncResult<Insight> created;
        m_client.createInsight(1, QJsonObject{{QStringLiteral("name"), QStringLiteral("Test insight")},
                                              {QStringLiteral("query"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("HogQLQuery")},
                                                                                    {QStringLiteral("query"), QStringLiteral("SELECT count() FROM events")}}}},
                               this, created.callback());
        QVERIFY(created.wait());
        QVERIFY(created.result->ok());
        QCOMPARE(created.result->value().shortId.size(), 8);
        const qint64 id = created.result->value().id;
        AsyncResult<Insight> added;
        m_client.addInsightToDashboard(1, id, 2, this, added.callback());
        QVERIFY(added.wait());
        QCOMPARE(added.result->value().dashboards, (QList<qint64>{2}));
        AsyncResult<Dashboard> dashboard;
        m_client.dashboard(1, 2, this, dashboard.callback());
        QVERIFY(dashboard.wait());
        bool onTile = false;
        for (const DashboardTile &tile : dashboard.result->value().tiles)
            onTile = onTile || tile.insight.id == id;
        QVERIFY(onTile);
        AsyncResult<Insight> deleted;
        m_client.deleteInsight(1, id, this, deleted.callback());
        QVERIFY(deleted.wait());
        QVERIFY(deleted.result->value().deleted);
        AsyncResult<Insight> gone;
        m_client.insight(1, QString::number(id), false, this, gone.callback());
        QVERIFY(gone.wait());
        QCOMPARE(gone.result->error().category(), PostHogError::Category::NotFound);
    }

    void dashboardsAndFlags()
    {
        AsyncResult<Dashboard> created;
        m_client.createDashboard(1, QJsonObject{{QStringLiteral("name"), QStringLiteral("Ops")}}, this, created.callback());
        QVERIFY(created.wait());
        AsyncResult<Dashboard> renamed;
        m_client.updateDashboard(1, created.result->value().id, QJsonObject{{QStringLiteral("name"), QStringLiteral("Ops 2")}}, this, renamed.callback());
        QVERIFY(renamed.wait());
        QCOMPARE(renamed.result->value().name, QStringLiteral("Ops 2"));
        AsyncResult<Page<FeatureFlag>> flags;
        m_client.featureFlags(1, ListOptions(), this, flags.callback());
        QVERIFY(flags.wait());
        QCOMPARE(flags.result->value().results.size(), 6);
        AsyncResult<FeatureFlag> duplicate;
        m_client.createFeatureFlag(1, QJsonObject{{QStringLiteral("key"), QStringLiteral("dark-mode")}}, this, duplicate.callback());
        QVERIFY(duplicate.wait());
        QCOMPARE(duplicate.result->error().category(), PostHogError::Category::BadRequest);
        QCOMPARE(duplicate.result->error().attr(), QStringLiteral("key"));
        AsyncResult<FeatureFlag> updated;
        m_client.updateFeatureFlag(1, 3, QJsonObject{{QStringLiteral("filters"), QJsonObject{{QStringLiteral("groups"), QJsonArray{QJsonObject{{QStringLiteral("rollout_percentage"), 20}}}}}}},
                                   this, updated.callback());
        QVERIFY(updated.wait());
        QVERIFY(updated.result->value().filters.contains(QLatin1String("multivariate"))); // kept
    }

    void definitions()
    {
        AsyncResult<Page<EventDefinition>> events;
        m_client.eventDefinitions(1, ListOptions(), this, events.callback());
        QVERIFY(events.wait());
        QVERIFY(events.result->ok());
        QCOMPARE(events.result->value().results.first().name, QStringLiteral("$pageview"));
        QCOMPARE(events.result->value().results.first().volume30Day, scalar(QStringLiteral("SELECT count(*) FROM events WHERE team_id = 1 AND event = '$pageview'")));
        PropertyListOptions options;
        options.eventNames = {QStringLiteral("$ai_generation")};
        AsyncResult<Page<PropertyDefinition>> props;
        m_client.propertyDefinitions(1, options, this, props.callback());
        QVERIFY(props.wait());
        bool cost = false;
        for (const PropertyDefinition &p : props.result->value().results)
            cost = cost || (p.name == QLatin1String("$ai_total_cost_usd") && p.propertyType == QLatin1String("Numeric"));
        QVERIFY(cost);
    }

    void errorTracking()
    {
        ErrorListOptions options;
        options.dateFrom = QStringLiteral("-30d");
        AsyncResult<Page<ErrorIssue>> issues;
        m_client.errorIssues(1, options, this, issues.callback());
        QVERIFY(issues.wait());
        QVERIFY2(issues.result->ok(), qPrintable(issues.result->error().message()));
        QVERIFY(issues.result->value().results.size() >= 5);
        const ErrorIssue top = issues.result->value().results.first();
        QCOMPARE(top.occurrences, scalar(QStringLiteral("SELECT count(*) FROM events WHERE team_id = 1 AND event = '$exception' AND "
                                                        "json_extract(properties, '$.\"$exception_issue_id\"') = '%1' AND timestamp >= strftime('%Y-%m-%d 00:00:00', 'now', '-30 days')").arg(top.id)));
        AsyncResult<ErrorIssueDetails> details;
        m_client.errorIssueDetails(1, top.id, this, details.callback());
        QVERIFY(details.wait());
        QVERIFY2(details.result->ok(), qPrintable(details.result->error().message()));
        QVERIFY(!details.result->value().frames.isEmpty());
        QVERIFY(!details.result->value().release.isEmpty());
    }

    void trendsQuery()
    {
        const QJsonObject node{{QStringLiteral("kind"), QStringLiteral("TrendsQuery")},
                               {QStringLiteral("series"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("EventsNode")},
                                                                                 {QStringLiteral("event"), QStringLiteral("signed_up")}}}},
                               {QStringLiteral("dateRange"), QJsonObject{{QStringLiteral("date_from"), QStringLiteral("-7d")}}}};
        AsyncResult<QJsonObject> trends;
        m_client.query(1, node, this, trends.callback());
        QVERIFY(trends.wait());
        const QJsonObject series = trends.result->value().value(QLatin1String("results")).toArray().first().toObject();
        QCOMPARE(series.value(QLatin1String("data")).toArray().size(), 8);
        const QString firstDay = series.value(QLatin1String("days")).toArray().first().toString();
        QCOMPARE(qint64(series.value(QLatin1String("count")).toDouble()),
                 scalar(QStringLiteral("SELECT count(*) FROM events WHERE team_id = 1 AND event = 'signed_up' AND timestamp >= '%1'").arg(firstDay)));
    }

    void twoInstancesShareTheCacheSafely()
    {
        // Both generate the same cached dataset at once (the window and a stdio client starting
        // together); before per-process partial files the second failed with "could not write".
        QTemporaryDir cache;
        qputenv("XDG_CACHE_HOME", cache.path().toUtf8());
        DemoBackend first;
        DemoBackend second;
        QSignalSpy firstReady(&first, &DemoBackend::ready);
        QSignalSpy secondReady(&second, &DemoBackend::ready);
        QSignalSpy firstFailed(&first, &DemoBackend::failed);
        QSignalSpy secondFailed(&second, &DemoBackend::failed);
        DemoBackend::Options options;
        options.events = 20000;
        first.start(options);
        second.start(options);
        QTRY_VERIFY_WITH_TIMEOUT(firstReady.size() + firstFailed.size() == 1 && secondReady.size() + secondFailed.size() == 1, 60000);
        QCOMPARE(firstFailed.size(), 0);
        QCOMPARE(secondFailed.size(), 0);
    }

    void determinism()
    {
        // The generator's own counts: persons and events are fixed by the seed.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events")), 20000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM persons")), 500);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT json_extract(properties, '$.\"$exception_issue_id\"')) FROM events WHERE event = '$exception'")), 8);
    }
};

QTEST_GUILESS_MAIN(TestDemoBackend)
#include "tst_demobackend.moc"
