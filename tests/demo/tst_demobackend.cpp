#include "common/asyncresult.h"

#include "demo/demobackend.h"
#include "posthog/posthogclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
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
    struct Http
    {
        int status = 0;
        QJsonObject body;
        QByteArray raw;
    };

    // One request over real HTTP; a timeout fails the test rather than returning nothing.
    Http call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {}, const QString &key = DemoBackend::apiKey())
    {
        QNetworkRequest request(QUrl(m_backend.baseUrl().toString() + pathAndQuery));
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Http out;
        if (!reply->isFinished()) {
            reply->abort();
            reply->deleteLater();
            qWarning("request timed out: %s", qPrintable(pathAndQuery));
            return out; // status 0: every caller compares the status
        }
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.raw = reply->readAll();
        out.body = QJsonDocument::fromJson(out.raw).object();
        reply->deleteLater();
        return out;
    }

    Http query(const QJsonObject &node, const QString &key = DemoBackend::apiKey())
    {
        return call("POST", QStringLiteral("/api/environments/1/query/"), QJsonObject{{QStringLiteral("query"), node}}, key);
    }

    static QJsonObject hogqlNode(const QString &sql)
    {
        return {{QStringLiteral("kind"), QStringLiteral("HogQLQuery")}, {QStringLiteral("query"), sql}};
    }

    static QString detail(const Http &h) { return h.body.value(QLatin1String("detail")).toString(); }

    QNetworkAccessManager m_network;
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
        QCOMPARE(orgs.result->value().size(), 2); // two organizations, so key scoping by organization is testable
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
        QCOMPARE(list.result->value().count, 8);
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
        QCOMPARE(flags.result->value().results.size(), 7); // the deleted flag is not listed
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
        // posthog/api/event_definition.py: no volumes in current serializers; last_seen_at::date DESC, name.
        QCOMPARE(events.result->value().results.first().name, QStringLiteral("$ai_embedding"));
        const QJsonObject raw = call("GET", QStringLiteral("/api/projects/1/event_definitions/")).body.value(QLatin1String("results")).toArray().first().toObject();
        QVERIFY(!raw.contains(QLatin1String("volume_30_day")) && !raw.contains(QLatin1String("query_usage_30_day")));
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
                                                        "json_extract(properties, '$.\"$exception_issue_id\"') = '%1' AND timestamp >= strftime('%Y-%m-%d 00:00:00', 'now', '-30 days') "
                                                        // the client filters test accounts out by default, as PostHog's tools do
                                                        "%2").arg(top.id, options.includeTestAccounts ? QString() : QStringLiteral(
                                                            "AND person_id NOT IN (SELECT id FROM persons WHERE properties LIKE '%@posthog.com%')"))));
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

    // rust/cymbal/src/frames/mod.rs: processed events carry resolved frames; a few stay raw.
    void exceptionsCarryCymbalFrames()
    {
        const Http h = query(hogqlNode(QStringLiteral("SELECT properties.$exception_list, properties.$exception_releases, properties.$lib, issue_id "
                                                      "FROM events WHERE event = '$exception' AND timestamp > now() - INTERVAL 30 DAY LIMIT 500")));
        QCOMPARE(h.status, 200);
        int resolved = 0, raw = 0;
        for (const QJsonValue &row : h.body.value(QLatin1String("results")).toArray()) {
            const QJsonArray r = row.toArray();
            const QJsonObject exception = QJsonDocument::fromJson(r.at(0).toString().toUtf8()).array().first().toObject();
            QVERIFY(exception.contains(QLatin1String("mechanism")));
            const QJsonObject stack = exception.value(QLatin1String("stacktrace")).toObject();
            const QJsonObject top = stack.value(QLatin1String("frames")).toArray().last().toObject();
            if (stack.value(QLatin1String("type")).toString() == QLatin1String("resolved")) {
                ++resolved;
                for (const char *field : {"mangled_name", "resolved_name", "source", "line", "column", "in_app", "lang", "resolved", "context"})
                    QVERIFY2(top.contains(QLatin1String(field)), field);
            } else {
                ++raw;
                for (const char *field : {"filename", "function", "lineno", "colno"})
                    QVERIFY2(top.contains(QLatin1String(field)), field);
            }
            QVERIFY(!r.at(1).toString().isEmpty());
            QCOMPARE(r.at(2).toString(), QStringLiteral("posthog-js"));
            QVERIFY(!r.at(3).toString().isEmpty()); // issue_id, as PostHog's events table has it
        }
        QVERIFY(resolved > raw);
        QVERIFY(raw > 0);
    }

    // posthog/hogql_queries/events_query_runner.py: `after` defaults to "-24h".
    void eventsQueryDefaultsToTheLastDay()
    {
        const Http old = query(hogqlNode(QStringLiteral("SELECT issue_id, max(timestamp) FROM events WHERE event = '$exception' "
                                                        "AND properties.$exception_type = 'InvalidStateError' GROUP BY issue_id")));
        QCOMPARE(old.status, 200);
        const QString issue = old.body.value(QLatin1String("results")).toArray().first().toArray().at(0).toString();
        QVERIFY(!issue.isEmpty());
        const QString where = QStringLiteral("issue_id = '%1' OR properties.$exception_issue_id = '%1'").arg(issue);
        QJsonObject node{{QStringLiteral("kind"), QStringLiteral("EventsQuery")}, {QStringLiteral("event"), QStringLiteral("$exception")},
                         {QStringLiteral("select"), QJsonArray{QStringLiteral("properties.$exception_list"), QStringLiteral("timestamp")}},
                         {QStringLiteral("where"), QJsonArray{where}}, {QStringLiteral("orderBy"), QJsonArray{QStringLiteral("timestamp DESC")}},
                         {QStringLiteral("limit"), 1}};
        Http h = query(node);
        QCOMPARE(h.status, 200);
        QCOMPARE(h.body.value(QLatin1String("results")).toArray().size(), 0); // last seen days ago
        node.insert(QStringLiteral("after"), QStringLiteral("-30d"));
        h = query(node);
        QCOMPARE(h.body.value(QLatin1String("results")).toArray().size(), 1);
        QVERIFY(h.body.value(QLatin1String("hasMore")).toBool());
        node.insert(QStringLiteral("before"), QStringLiteral("-29d"));
        h = query(node);
        QCOMPARE(h.body.value(QLatin1String("results")).toArray().size(), 0);
    }

    // posthog/hogql_queries/error_tracking_query_runner.py: withFirstEvent (default true), withLastEvent,
    // filterTestAccounts, paging.
    void errorTrackingQueryOptions()
    {
        QJsonObject node{{QStringLiteral("kind"), QStringLiteral("ErrorTrackingQuery")},
                         {QStringLiteral("dateRange"), QJsonObject{{QStringLiteral("date_from"), QStringLiteral("-30d")}}},
                         {QStringLiteral("limit"), 3}};
        Http h = query(node);
        QCOMPARE(h.status, 200);
        QJsonArray rows = h.body.value(QLatin1String("results")).toArray();
        QCOMPARE(rows.size(), 3);
        QVERIFY(h.body.value(QLatin1String("hasMore")).toBool());
        QVERIFY(rows.first().toObject().value(QLatin1String("first_event")).isObject());
        QVERIFY(!rows.first().toObject().contains(QLatin1String("last_event")));
        const qint64 allUsers = rows.first().toObject().value(QLatin1String("aggregations")).toObject().value(QLatin1String("users")).toInteger();
        node.insert(QStringLiteral("withFirstEvent"), false);
        node.insert(QStringLiteral("withLastEvent"), true);
        node.insert(QStringLiteral("filterTestAccounts"), true);
        h = query(node);
        rows = h.body.value(QLatin1String("results")).toArray();
        const QJsonObject top = rows.first().toObject();
        QVERIFY(!top.contains(QLatin1String("first_event")));
        const QJsonObject last = top.value(QLatin1String("last_event")).toObject();
        QVERIFY(QJsonDocument::fromJson(last.value(QLatin1String("properties")).toString().toUtf8()).isObject());
        QVERIFY(top.value(QLatin1String("aggregations")).toObject().value(QLatin1String("users")).toInteger() < allUsers);
        node.insert(QStringLiteral("offset"), 3);
        node.insert(QStringLiteral("orderBy"), QStringLiteral("first_seen"));
        h = query(node);
        QCOMPARE(h.body.value(QLatin1String("offset")).toInt(), 3);
        node.insert(QStringLiteral("issueId"), top.value(QLatin1String("id")));
        node.remove(QStringLiteral("offset"));
        h = query(node);
        QCOMPARE(h.body.value(QLatin1String("results")).toArray().size(), 1);
    }

    // posthog/api/dashboards/dashboard.py: filter_queryset handles only tags; order -pinned, name.
    void dashboardsIgnoreSearch()
    {
        const Http list = call("GET", QStringLiteral("/api/projects/1/dashboards/?search=zzz-no-such-name"));
        QCOMPARE(list.status, 200);
        QStringList names;
        for (const QJsonValue &d : list.body.value(QLatin1String("results")).toArray())
            names.append(d.toObject().value(QLatin1String("name")).toString());
        QCOMPARE(names.mid(0, 3), (QStringList{QStringLiteral("Product overview"), QStringLiteral("AI features"), QStringLiteral("Growth funnel")}));
        const Http detail = call("GET", QStringLiteral("/api/projects/1/dashboards/1/"));
        bool text = false;
        for (const QJsonValue &t : detail.body.value(QLatin1String("tiles")).toArray()) {
            const QJsonObject tile = t.toObject();
            for (const char *field : {"id", "order", "layouts", "color", "insight", "text", "deleted"})
                QVERIFY2(tile.contains(QLatin1String(field)), field);
            text = text || (tile.value(QLatin1String("insight")).isNull() && tile.value(QLatin1String("text")).isObject());
        }
        QVERIFY(text);
    }

    // posthog/api/insight.py: order_queryset, basic, short_id, saved, search and the serializer's fields.
    void insightsOrderAndFields()
    {
        auto shortIds = [](const Http &h) {
            QStringList ids;
            for (const QJsonValue &i : h.body.value(QLatin1String("results")).toArray())
                ids.append(i.toObject().value(QLatin1String("short_id")).toString());
            return ids;
        };
        const Http legacy = call("GET", QStringLiteral("/api/projects/1/insights/"));
        QCOMPARE(shortIds(legacy).mid(0, 3), (QStringList{QStringLiteral("dAu30dYs"), QStringLiteral("sGnUp7dT"), QStringLiteral("pV7cQ2mA")}));
        const Http recent = call("GET", QStringLiteral("/api/projects/1/insights/?order=-last_modified_at"));
        QCOMPARE(shortIds(recent).first(), QStringLiteral("sGnUp7dT"));
        for (const char *field : {"filters", "result", "created_by", "last_modified_by", "last_modified_at", "short_id", "query", "dashboards",
                                  "dashboard_tiles", "tags", "favorited", "saved", "deleted"})
            QVERIFY2(legacy.body.value(QLatin1String("results")).toArray().first().toObject().contains(QLatin1String(field)), field);
        const Http basic = call("GET", QStringLiteral("/api/projects/1/insights/?basic=true"));
        QVERIFY(!basic.body.value(QLatin1String("results")).toArray().first().toObject().contains(QLatin1String("result")));
        QCOMPARE(shortIds(call("GET", QStringLiteral("/api/projects/1/insights/?short_id=fUnN3lSu"))), QStringList{QStringLiteral("fUnN3lSu")});
        QCOMPARE(call("GET", QStringLiteral("/api/projects/1/insights/?saved=false")).body.value(QLatin1String("count")).toInt(), 0);
        QStringList kinds;
        for (const QJsonValue &i : legacy.body.value(QLatin1String("results")).toArray()) {
            const QJsonObject q = i.toObject().value(QLatin1String("query")).toObject();
            kinds.append(q.value(QLatin1String("kind")).toString() == QLatin1String("InsightVizNode")
                             ? q.value(QLatin1String("source")).toObject().value(QLatin1String("kind")).toString() : q.value(QLatin1String("kind")).toString());
        }
        for (const char *kind : {"DataVisualizationNode", "TrendsQuery", "FunnelsQuery", "RetentionQuery"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    }

    // Django's QueryDict: a bare '+' is a space, %2B a plus.
    void plusInQueryStringIsSpace()
    {
        QCOMPARE(call("GET", QStringLiteral("/api/projects/1/insights/?search=LLM+cost")).body.value(QLatin1String("count")).toInt(), 1);
        QCOMPARE(call("GET", QStringLiteral("/api/projects/1/insights/?search=LLM%2Bcost")).body.value(QLatin1String("count")).toInt(), 0);
    }

    // posthog/api/project.py RootProjectViewSet: the current organization's projects, api_token included.
    void projectsOfTheCurrentOrganization()
    {
        const Http h = call("GET", QStringLiteral("/api/projects/"));
        QCOMPARE(h.status, 200);
        const QJsonArray results = h.body.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 2);
        QVERIFY(results.first().toObject().contains(QLatin1String("api_token")));
        const Http other = call("GET", QStringLiteral("/api/organizations/%1/projects/").arg(DemoBackend::secondOrganizationId()));
        QCOMPARE(other.body.value(QLatin1String("results")).toArray().first().toObject().value(QLatin1String("id")).toInt(), 3);
    }

    // posthog/api/query.py: client_query_id accepted; destroy answers 200 {"message": ...}.
    void queryCancelByClientId()
    {
        const Http run = call("POST", QStringLiteral("/api/environments/1/query/"),
                              QJsonObject{{QStringLiteral("query"), hogqlNode(QStringLiteral("SELECT 1"))}, {QStringLiteral("client_query_id"), QStringLiteral("abc-123")}});
        QCOMPARE(run.status, 200);
        const Http cancel = call("DELETE", QStringLiteral("/api/environments/1/query/abc-123/"));
        QCOMPARE(cancel.status, 200);
        QCOMPARE(cancel.body.value(QLatin1String("message")).toString(), QStringLiteral("Cancelled query on clickhouse"));
    }

    // posthog/permissions.py APIScopePermission and posthog/api/personal_api_key.py (@current).
    void scopedProjectKey()
    {
        const QString key = DemoBackend::scopedProjectApiKey();
        const Http current = call("GET", QStringLiteral("/api/personal_api_keys/@current"), {}, key);
        QCOMPARE(current.status, 200);
        QCOMPARE(current.body.value(QLatin1String("scoped_teams")).toArray(), QJsonArray{DemoBackend::scopedProjectId()});
        QCOMPARE(call("GET", QStringLiteral("/api/projects/2/insights/"), {}, key).status, 200);
        const Http other = call("GET", QStringLiteral("/api/projects/1/insights/"), {}, key);
        QCOMPARE(other.status, 403);
        QCOMPARE(detail(other), QStringLiteral("API key does not have access to the requested project: ID 1."));
        QCOMPARE(other.body.value(QLatin1String("code")).toString(), QStringLiteral("permission_denied"));
        for (const QString &path : {QStringLiteral("/api/organizations/"), QStringLiteral("/api/projects/")}) {
            const Http org = call("GET", path, {}, key);
            QCOMPARE(org.status, 403);
            QCOMPARE(detail(org), QStringLiteral("API keys with scoped projects are only supported on project-based endpoints."));
        }
        QCOMPARE(call("GET", QStringLiteral("/api/users/@me/"), {}, key).status, 200); // exempt
    }

    void readOnlyKey()
    {
        const QString key = DemoBackend::readOnlyApiKey();
        const Http current = call("GET", QStringLiteral("/api/personal_api_keys/@current"), {}, key);
        const QJsonArray scopes = current.body.value(QLatin1String("scopes")).toArray();
        QVERIFY(scopes.contains(QStringLiteral("insight:read")));
        QVERIFY(!scopes.contains(QStringLiteral("feature_flag:read")));
        QCOMPARE(call("GET", QStringLiteral("/api/projects/1/insights/"), {}, key).status, 200);
        const Http write = call("POST", QStringLiteral("/api/projects/1/insights/"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}, key);
        QCOMPARE(write.status, 403);
        QCOMPARE(detail(write), QStringLiteral("API key missing required scope 'insight:write'"));
        QCOMPARE(detail(call("GET", QStringLiteral("/api/projects/1/feature_flags/"), {}, key)), QStringLiteral("API key missing required scope 'feature_flag:read'"));
        QCOMPARE(query(hogqlNode(QStringLiteral("SELECT 1")), key).status, 200); // every query action is a read
        QCOMPARE(call("GET", QStringLiteral("/api/organizations/"), {}, key).status, 200);
    }

    // LLM analytics: $ai_embedding counted apart from $ai_generation; test accounts present.
    void llmEvents()
    {
        const Http h = query(hogqlNode(QStringLiteral("SELECT event, count(), sum(toFloat(properties.$ai_total_cost_usd)) "
                                                      "FROM events WHERE event IN ('$ai_generation', '$ai_embedding') GROUP BY event ORDER BY event")));
        QCOMPARE(h.status, 200);
        const QJsonArray rows = h.body.value(QLatin1String("results")).toArray();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &row : rows)
            QVERIFY(row.toArray().at(2).toDouble() > 0);
        const Http test = query(hogqlNode(QStringLiteral("SELECT count() FROM events WHERE event = '$ai_generation' "
                                                         "AND person.properties.email ILIKE '%@posthog.com%'")));
        QCOMPARE(test.status, 200);
        QVERIFY(test.body.value(QLatin1String("results")).toArray().first().toArray().first().toInteger() > 0); // test accounts' calls
    }

    // posthog/hogql/filters.py (ReplaceFilters): {filters} in a HogQLQuery takes the node's
    // filters; with filterTestAccounts it applies the team's test_account_filters.
    void hogqlFiltersPlaceholder()
    {
        auto countOf = [this](const QString &sql, const QJsonObject &filters) {
            QJsonObject node = hogqlNode(sql);
            if (!filters.isEmpty())
                node.insert(QStringLiteral("filters"), filters);
            const Http h = query(node);
            return h.status == 200 ? h.body.value(QLatin1String("results")).toArray().first().toArray().first().toInteger() : -1;
        };
        const QString sql = QStringLiteral("SELECT count() FROM events WHERE event = '$ai_generation' AND {filters}");
        const qint64 all = countOf(sql, {});
        const qint64 real = countOf(sql, {{QStringLiteral("filterTestAccounts"), true}});
        const qint64 tests = countOf(QStringLiteral("SELECT count() FROM events WHERE event = '$ai_generation' AND "
                                                    "(person.properties.email ILIKE '%@posthog.com%' OR properties.$host LIKE 'localhost%' "
                                                    "OR properties.$host LIKE '127.0.0.1%')"), {});
        QVERIFY(all > 0 && real > 0 && tests > 0);
        QCOMPARE(real + tests, all);
        // A date range narrows, never widens.
        const qint64 lastDay = countOf(sql, {{QStringLiteral("dateRange"), QJsonObject{{QStringLiteral("date_from"), QStringLiteral("-24h")}}}});
        QVERIFY(lastDay >= 0 && lastDay <= all);
        const Http bad = query([&] { QJsonObject n = hogqlNode(QStringLiteral("SELECT 1 FROM events WHERE {filters.nope}")); return n; }());
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.body.value(QLatin1String("detail")).toString().contains(QLatin1String("Unsupported filters placeholder")));
    }

    // posthog/api/feature_flag.py: only the list hides deleted flags; retrieve still answers.
    void deletedFlagAndVariants()
    {
        const Http deleted = call("GET", QStringLiteral("/api/projects/1/feature_flags/8/"));
        QCOMPARE(deleted.status, 200);
        QVERIFY(deleted.body.value(QLatin1String("deleted")).toBool());
        const QJsonObject filters = call("GET", QStringLiteral("/api/projects/1/feature_flags/7/")).body.value(QLatin1String("filters")).toObject();
        QCOMPARE(filters.value(QLatin1String("multivariate")).toObject().value(QLatin1String("variants")).toArray().size(), 3);
        QVERIFY(filters.value(QLatin1String("payloads")).toObject().contains(QLatin1String("guided")));
        QCOMPARE(filters.value(QLatin1String("groups")).toArray().first().toObject().value(QLatin1String("variant")).toString(), QStringLiteral("guided"));
    }

    // PostHog answers 400 validation_error in HogQL terms; the demo must never show its engine.
    void errorsNeverMentionTheStorageEngine()
    {
        const QStringList junk = {QStringLiteral("SELECT '\\xff\\xfe' FROM events"), QStringLiteral("SELECT 'abc"), QStringLiteral("SELECT json_extract(1) FROM events"),
                                  QStringLiteral("SELECT toFloat(properties) / 0 FROM events WHERE x"), QStringLiteral("SELECT \\u0000"),
                                  QStringLiteral("SELECT count() FROM events WHERE properties.$lib = '\\u00ff' GROUP BY 1, 2"),
                                  QStringLiteral("SELECT * FROM events; DROP TABLE events"), QStringLiteral("SELECT [1,2][3] FROM persons"),
                                  QStringLiteral("SELECT '%' LIKE 'x' ESCAPE 'ab' FROM events"), QStringLiteral("SELECT 9223372036854775808 * 10")};
        for (const QString &sql : junk) {
            const Http h = query(hogqlNode(sql));
            QVERIFY2(h.status == 200 || h.status == 400, qPrintable(sql));
            const QString text = QString::fromUtf8(h.raw).toLower();
            for (const char *leak : {"sqlite", "sql logic", "unrecognized token", "json_extract(", "__sub", "strftime"})
                QVERIFY2(!text.contains(QLatin1String(leak)), qPrintable(sql + QStringLiteral(": ") + QString::fromUtf8(h.raw.left(300))));
        }
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

    // ---- FunnelsQuery and RetentionQuery: metamorphic checks, never hard-coded numbers. ----

    static QJsonObject stepNode(const QString &event)
    {
        return {{QStringLiteral("kind"), QStringLiteral("EventsNode")}, {QStringLiteral("event"), event}};
    }

    // Whole days: [today - days, today], so the HogQL cross-checks cover exactly the same range.
    static QJsonObject dayRange(int days)
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        return {{QStringLiteral("date_from"), today.addDays(-days).toString(Qt::ISODate)},
                {QStringLiteral("date_to"), today.toString(Qt::ISODate)}};
    }

    static QJsonObject funnelNode(const QStringList &events, const QJsonObject &filter = {}, const QJsonObject &breakdown = {})
    {
        QJsonArray series;
        for (const QString &e : events)
            series.append(stepNode(e));
        QJsonObject node{{QStringLiteral("kind"), QStringLiteral("FunnelsQuery")}, {QStringLiteral("series"), series},
                         {QStringLiteral("dateRange"), dayRange(30)}};
        if (!filter.isEmpty())
            node.insert(QStringLiteral("funnelsFilter"), filter);
        if (!breakdown.isEmpty())
            node.insert(QStringLiteral("breakdownFilter"), breakdown);
        return node;
    }

    static QList<qint64> stepCounts(const QJsonArray &steps)
    {
        QList<qint64> out;
        for (const QJsonValue &s : steps)
            out.append(s.toObject().value(QLatin1String("count")).toInteger());
        return out;
    }

    static QStringList visitToPaid()
    {
        return {QStringLiteral("$pageview"), QStringLiteral("signed_up"), QStringLiteral("upgraded_plan")};
    }

    // posthog/hogql_queries/insights/funnels/base.py (_format_single_funnel, _serialize_step):
    // one object per step, counts never increasing, step 0 without conversion times.
    void funnelStepsNeverIncrease()
    {
        const Http h = query(funnelNode(visitToPaid()));
        QCOMPARE(h.status, 200);
        const QJsonArray steps = h.body.value(QLatin1String("results")).toArray();
        QCOMPARE(steps.size(), 3);
        const QList<qint64> counts = stepCounts(steps);
        QVERIFY2(counts.first() > 0, "the demo has pageviews in the last 30 days");
        for (qsizetype i = 1; i < counts.size(); ++i)
            QVERIFY(counts.at(i) <= counts.at(i - 1));
        for (int i = 0; i < steps.size(); ++i) {
            const QJsonObject step = steps.at(i).toObject();
            QCOMPARE(step.value(QLatin1String("order")).toInt(), i);
            QCOMPARE(step.value(QLatin1String("action_id")).toString(), visitToPaid().at(i));
            QCOMPARE(step.value(QLatin1String("name")).toString(), visitToPaid().at(i));
            QCOMPARE(step.value(QLatin1String("type")).toString(), QStringLiteral("events"));
            for (const char *key : {"custom_name", "average_conversion_time", "median_conversion_time", "converted_people_url", "dropped_people_url"})
                QVERIFY2(step.contains(QLatin1String(key)), key);
        }
        QVERIFY(steps.at(0).toObject().value(QLatin1String("average_conversion_time")).isNull());
        QVERIFY(steps.at(0).toObject().value(QLatin1String("median_conversion_time")).isNull());
        if (counts.at(1) > 0)
            QVERIFY(steps.at(1).toObject().value(QLatin1String("average_conversion_time")).toDouble() >= 0);
        QCOMPARE(h.body.value(QLatin1String("is_cached")).toBool(true), false);
        QVERIFY(h.body.value(QLatin1String("last_refresh")).isString());
        qInfo("3-step funnel over 30 days computed in %.1f ms",
              h.body.value(QLatin1String("timings")).toArray().at(0).toObject().value(QLatin1String("t")).toDouble() * 1000);
        // funnels_query_runner.py: the same query inside an InsightVizNode answers the same.
        const Http wrapped = query(QJsonObject{{QStringLiteral("kind"), QStringLiteral("InsightVizNode")}, {QStringLiteral("source"), funnelNode(visitToPaid())}});
        QCOMPARE(wrapped.status, 200);
        QCOMPARE(stepCounts(wrapped.body.value(QLatin1String("results")).toArray()), counts);
    }

    // posthog/hogql_queries/insights/funnels/funnel.py: a one-step funnel counts the distinct
    // persons who did the event in the range.
    void oneStepFunnelCountsDistinctPersons()
    {
        for (const QString &event : {QStringLiteral("signed_up"), QStringLiteral("$pageview")}) {
            const Http h = query(funnelNode({event}));
            QCOMPARE(h.status, 200);
            const QJsonArray steps = h.body.value(QLatin1String("results")).toArray();
            QCOMPARE(steps.size(), 1);
            const QDate today = QDateTime::currentDateTimeUtc().date();
            const Http persons = query(hogqlNode(QStringLiteral("SELECT count(DISTINCT person_id) FROM events WHERE event = '%1'"
                                                                " AND timestamp >= '%2 00:00:00.000' AND timestamp <= '%3 23:59:59.999'")
                                                     .arg(event, today.addDays(-30).toString(Qt::ISODate), today.toString(Qt::ISODate))));
            QCOMPARE(persons.status, 200);
            QCOMPARE(steps.at(0).toObject().value(QLatin1String("count")).toInteger(),
                     persons.body.value(QLatin1String("results")).toArray().at(0).toArray().at(0).toInteger());
        }
    }

    // posthog/hogql_queries/insights/funnels/base.py (_format_results): with a breakdown, one
    // list of steps per value, each step carrying breakdown/breakdown_value; every person lands
    // in exactly one value, so the values sum to the funnel without a breakdown.
    void funnelBreakdownSumsToTotal()
    {
        const QList<qint64> total = stepCounts(query(funnelNode(visitToPaid())).body.value(QLatin1String("results")).toArray());
        for (const QString &type : {QStringLiteral("event"), QStringLiteral("person")}) {
            const bool asList = type == QLatin1String("person"); // base.py: a list breakdown answers list values
            const QJsonValue property = asList ? QJsonValue(QJsonArray{QStringLiteral("$browser")}) : QJsonValue(QStringLiteral("$browser"));
            const Http h = query(funnelNode(visitToPaid(), {}, QJsonObject{{QStringLiteral("breakdown_type"), type},
                                                                           {QStringLiteral("breakdown"), property}}));
            QCOMPARE(h.status, 200);
            const QJsonArray lists = h.body.value(QLatin1String("results")).toArray();
            QVERIFY(lists.size() > 1);
            QList<qint64> sums(3, 0);
            for (const QJsonValue &list : lists) {
                const QJsonArray steps = list.toArray();
                QCOMPARE(steps.size(), 3);
                const QList<qint64> counts = stepCounts(steps);
                for (int i = 0; i < 3; ++i) {
                    sums[i] += counts.at(i);
                    if (i > 0)
                        QVERIFY(counts.at(i) <= counts.at(i - 1));
                    QVERIFY(steps.at(i).toObject().contains(QLatin1String("breakdown")));
                    QCOMPARE(steps.at(i).toObject().value(QLatin1String("breakdown_value")).isArray(), asList);
                    QCOMPARE(steps.at(i).toObject().value(QLatin1String("breakdown_value")), steps.at(0).toObject().value(QLatin1String("breakdown_value")));
                }
            }
            QCOMPARE(sums, total);
        }
    }

    // posthog/schema.py FunnelsFilter (funnelWindowInterval, funnelWindowIntervalUnit): a
    // shorter conversion window never converts more people.
    void shorterWindowNeverConvertsMore()
    {
        const QList<QPair<int, QString>> windows{{60, QStringLiteral("day")}, {14, QStringLiteral("day")}, {1, QStringLiteral("day")},
                                                 {1, QStringLiteral("hour")}, {1, QStringLiteral("minute")}};
        QList<qint64> previous;
        for (const auto &w : windows) {
            const Http h = query(funnelNode(visitToPaid(), QJsonObject{{QStringLiteral("funnelWindowInterval"), w.first},
                                                                       {QStringLiteral("funnelWindowIntervalUnit"), w.second}}));
            QCOMPARE(h.status, 200);
            const QList<qint64> counts = stepCounts(h.body.value(QLatin1String("results")).toArray());
            if (!previous.isEmpty()) {
                QCOMPARE(counts.first(), previous.first()); // the first step needs no window
                for (int i = 1; i < counts.size(); ++i)
                    QVERIFY2(counts.at(i) <= previous.at(i), qPrintable(QStringLiteral("%1 %2").arg(w.first).arg(w.second)));
            }
            previous = counts;
        }
        // The default window (14 days) is the one the schema names.
        QCOMPARE(stepCounts(query(funnelNode(visitToPaid())).body.value(QLatin1String("results")).toArray()),
                 stepCounts(query(funnelNode(visitToPaid(), QJsonObject{{QStringLiteral("funnelWindowInterval"), 14}})).body.value(QLatin1String("results")).toArray()));
        const Http bad = query(funnelNode(visitToPaid(), QJsonObject{{QStringLiteral("funnelWindowIntervalUnit"), QStringLiteral("fortnight")}}));
        QCOMPARE(bad.status, 400);
        // Filters the demo cannot apply are refused, never silently dropped.
        QJsonObject filtered = funnelNode(visitToPaid());
        filtered.insert(QStringLiteral("properties"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("$browser")},
                                                                             {QStringLiteral("value"), QStringLiteral("Chrome")},
                                                                             {QStringLiteral("type"), QStringLiteral("event")}}});
        QCOMPARE(query(filtered).status, 400);
        filtered.insert(QStringLiteral("properties"), QJsonObject{{QStringLiteral("type"), QStringLiteral("AND")}, {QStringLiteral("values"), QJsonArray()}});
        QCOMPARE(query(filtered).status, 200); // an empty PropertyGroupFilter filters nothing
    }

    // posthog/hogql_queries/insights/retention_query_runner.py: one cohort per interval, value 0
    // is the cohort itself, later values never exceed it, each cohort has totalIntervals values.
    void retentionCohorts()
    {
        const QJsonObject pageview{{QStringLiteral("id"), QStringLiteral("$pageview")}, {QStringLiteral("type"), QStringLiteral("events")}};
        const QDate today = QDateTime::currentDateTimeUtc().date();
        for (const QString &type : {QStringLiteral("retention_recurring"), QStringLiteral("retention_first_time")}) {
            const QJsonObject node{{QStringLiteral("kind"), QStringLiteral("RetentionQuery")},
                                   {QStringLiteral("dateRange"), QJsonObject{{QStringLiteral("date_to"), today.toString(Qt::ISODate)}}},
                                   {QStringLiteral("retentionFilter"), QJsonObject{{QStringLiteral("period"), QStringLiteral("Day")},
                                                                                   {QStringLiteral("totalIntervals"), 7},
                                                                                   {QStringLiteral("retentionType"), type},
                                                                                   {QStringLiteral("targetEntity"), pageview},
                                                                                   {QStringLiteral("returningEntity"), pageview}}}};
            const Http h = query(node);
            QCOMPARE(h.status, 200);
            qInfo("%s retention computed in %.1f ms", qPrintable(type),
                  h.body.value(QLatin1String("timings")).toArray().at(0).toObject().value(QLatin1String("t")).toDouble() * 1000);
            const QJsonArray cohorts = h.body.value(QLatin1String("results")).toArray();
            QCOMPARE(cohorts.size(), 7);
            qint64 everyone = 0;
            for (int i = 0; i < cohorts.size(); ++i) {
                const QJsonObject cohort = cohorts.at(i).toObject();
                QCOMPARE(cohort.value(QLatin1String("label")).toString(), QStringLiteral("Day %1").arg(i));
                const QDate day = today.addDays(i - 6);
                QCOMPARE(cohort.value(QLatin1String("date")).toString().left(10), day.toString(Qt::ISODate));
                const QJsonArray values = cohort.value(QLatin1String("values")).toArray();
                QCOMPARE(values.size(), 7); // totalIntervals look-ahead values, the future ones 0
                for (int j = 7 - i; j < 7; ++j)
                    QCOMPARE(values.at(j).toObject().value(QLatin1String("count")).toInteger(), 0);
                const qint64 size = values.at(0).toObject().value(QLatin1String("count")).toInteger();
                everyone += size;
                for (int j = 0; j < values.size(); ++j) {
                    QCOMPARE(values.at(j).toObject().value(QLatin1String("label")).toString(), QStringLiteral("Day %1").arg(j));
                    QVERIFY(values.at(j).toObject().value(QLatin1String("count")).toInteger() <= size);
                }
                if (type == QLatin1String("retention_recurring")) {
                    // Day 0 is the cohort: the distinct persons with a pageview that day.
                    const Http persons = query(hogqlNode(QStringLiteral("SELECT count(DISTINCT person_id) FROM events WHERE event = '$pageview'"
                                                                        " AND timestamp >= '%1 00:00:00.000' AND timestamp <= '%1 23:59:59.999'")
                                                             .arg(day.toString(Qt::ISODate))));
                    QCOMPARE(size, persons.body.value(QLatin1String("results")).toArray().at(0).toArray().at(0).toInteger());
                }
            }
            if (type == QLatin1String("retention_first_time")) // each person is in one first-time cohort at most
                QVERIFY(everyone <= scalar(QStringLiteral("SELECT count(DISTINCT person_id) FROM events WHERE event = '$pageview'")));
            else
                QVERIFY(everyone > 0);
        }
    }

    // posthog/schema.py RetentionFilter (totalIntervals = 11, period Day) and
    // query_date_range.py QueryDateRangeWithIntervals: a date_from sets the cohorts.
    void retentionDefaultsAndDateRange()
    {
        const Http plain = query(QJsonObject{{QStringLiteral("kind"), QStringLiteral("RetentionQuery")},
                                             {QStringLiteral("retentionFilter"), QJsonObject{}}});
        QCOMPARE(plain.status, 200);
        const QJsonArray cohorts = plain.body.value(QLatin1String("results")).toArray();
        QCOMPARE(cohorts.size(), 11);
        QCOMPARE(cohorts.at(0).toObject().value(QLatin1String("values")).toArray().size(), 11);
        QCOMPARE(cohorts.last().toObject().value(QLatin1String("date")).toString().left(10),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        const Http ranged = query(QJsonObject{{QStringLiteral("kind"), QStringLiteral("RetentionQuery")},
                                              {QStringLiteral("dateRange"), dayRange(13)},
                                              {QStringLiteral("retentionFilter"), QJsonObject{{QStringLiteral("totalIntervals"), 5}}}});
        QCOMPARE(ranged.status, 200);
        QCOMPARE(ranged.body.value(QLatin1String("results")).toArray().size(), 14);
        QCOMPARE(ranged.body.value(QLatin1String("results")).toArray().at(0).toObject().value(QLatin1String("values")).toArray().size(), 5);
        const Http bad = query(QJsonObject{{QStringLiteral("kind"), QStringLiteral("RetentionQuery")},
                                           {QStringLiteral("retentionFilter"), QJsonObject{{QStringLiteral("period"), QStringLiteral("Fortnight")}}}});
        QCOMPARE(bad.status, 400);
    }

    // The saved funnel and retention insights get real results when asked with refresh.
    void savedFunnelAndRetentionInsightsHaveResults()
    {
        for (const QString &shortId : {QStringLiteral("fUnN3lSu"), QStringLiteral("rEt3nTfu")}) {
            AsyncResult<Insight> insight;
            m_client.insight(1, shortId, true, this, insight.callback());
            QVERIFY(insight.wait());
            QVERIFY(insight.result->ok());
            const QJsonArray result = insight.result->value().result.toArray();
            QVERIFY2(!result.isEmpty(), qPrintable(shortId));
            if (shortId == QLatin1String("fUnN3lSu")) {
                QCOMPARE(result.size(), 3);
                QCOMPARE(result.at(0).toObject().value(QLatin1String("action_id")).toString(), QStringLiteral("$pageview"));
            } else {
                QCOMPARE(result.at(0).toObject().value(QLatin1String("label")).toString(), QStringLiteral("Week 0"));
                QCOMPARE(result.at(0).toObject().value(QLatin1String("values")).toArray().size(), 4); // totalIntervals 4
            }
        }
    }

    void determinism()
    {
        // The generator's own counts: persons and events are fixed by the seed.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events")), 20000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM persons")), 500);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT json_extract(properties, '$.\"$exception_issue_id\"')) FROM events WHERE event = '$exception'")), 9);
    }
};

QTEST_GUILESS_MAIN(TestDemoBackend)
#include "tst_demobackend.moc"
