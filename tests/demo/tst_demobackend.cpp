#include "common/asyncresult.h"
#include "common/isolatedhome.h"

#include "demo/demobackend.h"
#include "posthog/posthogclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

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
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Http out;
        if (!reply->isFinished()) {
            reply->abort();
            reply->deleteLater();
            // Fails the test even where a caller only reads the body; status 0 matches nothing.
            QTest::qFail(qPrintable(u"request timed out: "_s + pathAndQuery), __FILE__, __LINE__);
            return out;
        }
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.raw = reply->readAll();
        out.body = QJsonDocument::fromJson(out.raw).object();
        reply->deleteLater();
        return out;
    }

    Http query(const QJsonObject &node, const QString &key = DemoBackend::apiKey())
    {
        return call("POST", u"/api/environments/1/query/"_s, QJsonObject{{u"query"_s, node}}, key);
    }

    static QJsonObject hogqlNode(const QString &sql) { return {{u"kind"_s, u"HogQLQuery"_s}, {u"query"_s, sql}}; }

    static QString detail(const Http &h) { return h.body.value("detail"_L1).toString(); }

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
        options.databasePath = m_dir.filePath(u"demo.sqlite"_s);
        QSignalSpy ready(&m_backend, &DemoBackend::ready);
        QElapsedTimer clock;
        clock.start();
        m_backend.start(options);
        QVERIFY(ready.wait(60000));
        qInfo("20 000-event demo workspace ready in %lld ms", qint64(clock.elapsed()));
        QString error;
        m_client.setConnection(PostHogConnection::custom(PostHogConnection::Region::Demo, m_backend.baseUrl().toString(), &error));
        m_client.setApiKey(DemoBackend::apiKey());
        m_direct = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"direct"_s);
        m_direct.setDatabaseName(options.databasePath);
        QVERIFY(m_direct.open());
    }

    void wrongKeyIs401()
    {
        PostHogClient other;
        QString error;
        other.setConnection(PostHogConnection::custom(PostHogConnection::Region::Demo, m_backend.baseUrl().toString(), &error));
        other.setApiKey(u"phx_wrong"_s);
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
        QVERIFY(scopes.result->value().grants(u"insight:write"_s));
    }

    void seedQueriesGiveCorrectAnswers()
    {
        AsyncResult<QueryResult> views;
        m_client.hogql(1,
                       u"SELECT properties.$geoip_country_name AS country, count() AS views FROM events WHERE event = '$pageview' "
                       "AND timestamp > now() - INTERVAL 7 DAY GROUP BY country ORDER BY views DESC LIMIT 10"_s,
                       this, views.callback());
        QVERIFY(views.wait());
        QVERIFY2(views.result->ok(), qPrintable(views.result->error().message()));
        QVERIFY(!views.result->value().rows.isEmpty());
        const QJsonArray top = views.result->value().rows.first().toArray();
        const qint64 expected = scalar(
            u"SELECT count(*) FROM events WHERE team_id = 1 AND event = '$pageview' AND json_extract(properties, '$.\"$geoip_country_name\"') = '%1' "
            "AND timestamp > strftime('%Y-%m-%d %H:%M:%f', 'now', '-7 days')"_s.arg(top.at(0).toString()));
        QVERIFY(qAbs(top.at(1).toInteger() - expected) <= 2); // `now` moves between the two queries
        AsyncResult<QueryResult> dau;
        m_client.hogql(1,
                       u"SELECT toDate(timestamp) AS day, count(DISTINCT person_id) AS dau FROM events WHERE timestamp > now() - INTERVAL 30 DAY "
                       "GROUP BY day ORDER BY day"_s,
                       this, dau.callback());
        QVERIFY(dau.wait());
        QVERIFY(dau.result->ok());
        const QJsonArray last = dau.result->value().rows.last().toArray();
        QCOMPARE(last.at(1).toInteger(),
                 scalar(u"SELECT count(DISTINCT person_id) FROM events WHERE team_id = 1 AND date(timestamp) = '%1'"_s.arg(last.at(0).toString())));
        QCOMPARE(dau.result->value().types.at(0), u"Date"_s);
    }

    void hogqlErrorIsPrecise()
    {
        AsyncResult<QueryResult> bad;
        m_client.hogql(1, u"SELECT arrayJoin(x) FROM events"_s, this, bad.callback());
        QVERIFY(bad.wait());
        QCOMPARE(bad.result->error().category(), PostHogError::Category::BadRequest);
        QVERIFY(bad.result->error().detail().contains("Unsupported function 'arrayJoin'"_L1));
        QVERIFY(bad.result->error().detail().contains("at line 1, column 8"_L1));
    }

    void insightsCrud()
    {
        AsyncResult<Page<Insight>> list;
        m_client.insights(1, ListOptions(), this, list.callback());
        QVERIFY(list.wait());
        QCOMPARE(list.result->value().count, 8);
        AsyncResult<Insight> byShort;
        m_client.insight(1, u"pV7cQ2mA"_s, true, this, byShort.callback());
        QVERIFY(byShort.wait());
        QVERIFY(byShort.result->ok());
        QVERIFY(!byShort.result->value().result.toArray().isEmpty());
        AsyncResult<Insight> created;
        m_client.createInsight(1,
                               QJsonObject{{u"name"_s, u"Test insight"_s},
                                           {u"query"_s, QJsonObject{{u"kind"_s, u"HogQLQuery"_s}, {u"query"_s, u"SELECT count() FROM events"_s}}}},
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
        m_client.createDashboard(1, QJsonObject{{u"name"_s, u"Ops"_s}}, this, created.callback());
        QVERIFY(created.wait());
        AsyncResult<Dashboard> renamed;
        m_client.updateDashboard(1, created.result->value().id, QJsonObject{{u"name"_s, u"Ops 2"_s}}, this, renamed.callback());
        QVERIFY(renamed.wait());
        QCOMPARE(renamed.result->value().name, u"Ops 2"_s);
        AsyncResult<Page<FeatureFlag>> flags;
        m_client.featureFlags(1, ListOptions(), this, flags.callback());
        QVERIFY(flags.wait());
        // The deleted flag is not listed (experiments' flags are: they are live flags too).
        QVERIFY(scalar(u"SELECT count(*) FROM feature_flags WHERE team_id = 1 AND deleted = 1"_s) > 0);
        QCOMPARE(qint64(flags.result->value().results.size()), scalar(u"SELECT count(*) FROM feature_flags WHERE team_id = 1 AND deleted = 0"_s));
        AsyncResult<FeatureFlag> duplicate;
        m_client.createFeatureFlag(1, QJsonObject{{u"key"_s, u"dark-mode"_s}}, this, duplicate.callback());
        QVERIFY(duplicate.wait());
        QCOMPARE(duplicate.result->error().category(), PostHogError::Category::BadRequest);
        QCOMPARE(duplicate.result->error().attr(), u"key"_s);
        AsyncResult<FeatureFlag> updated;
        m_client.updateFeatureFlag(1, 3,
                                   QJsonObject{{u"filters"_s, QJsonObject{{u"groups"_s, QJsonArray{QJsonObject{{u"rollout_percentage"_s, 20}}}}}}},
                                   this, updated.callback());
        QVERIFY(updated.wait());
        QVERIFY(updated.result->value().filters.contains("multivariate"_L1)); // kept
    }

    void definitions()
    {
        AsyncResult<Page<EventDefinition>> events;
        m_client.eventDefinitions(1, ListOptions(), this, events.callback());
        QVERIFY(events.wait());
        QVERIFY(events.result->ok());
        // posthog/api/event_definition.py: no volumes in current serializers; last_seen_at::date DESC, name.
        QCOMPARE(events.result->value().results.first().name, u"$ai_embedding"_s);
        const QJsonObject raw = call("GET", u"/api/projects/1/event_definitions/"_s).body.value("results"_L1).toArray().first().toObject();
        QVERIFY(!raw.contains("volume_30_day"_L1) && !raw.contains("query_usage_30_day"_L1));
        PropertyListOptions options;
        options.eventNames = {u"$ai_generation"_s};
        AsyncResult<Page<PropertyDefinition>> props;
        m_client.propertyDefinitions(1, options, this, props.callback());
        QVERIFY(props.wait());
        bool cost = false;
        for (const PropertyDefinition &p : props.result->value().results)
            cost = cost || (p.name == "$ai_total_cost_usd"_L1 && p.propertyType == "Numeric"_L1);
        QVERIFY(cost);
    }

    void errorTracking()
    {
        ErrorListOptions options;
        options.dateFrom = u"-30d"_s;
        AsyncResult<Page<ErrorIssue>> issues;
        m_client.errorIssues(1, options, this, issues.callback());
        QVERIFY(issues.wait());
        QVERIFY2(issues.result->ok(), qPrintable(issues.result->error().message()));
        QVERIFY(issues.result->value().results.size() >= 5);
        const ErrorIssue top = issues.result->value().results.first();
        QCOMPARE(
            top.occurrences,
            scalar(
                QStringLiteral(
                    "SELECT count(*) FROM events WHERE team_id = 1 AND event = '$exception' AND "
                    "json_extract(properties, '$.\"$exception_issue_id\"') = '%1' AND timestamp >= strftime('%Y-%m-%d 00:00:00', 'now', '-30 days') "
                    // the client filters test accounts out by default, as PostHog's tools do
                    "%2")
                    .arg(top.id, options.includeTestAccounts
                                     ? QString()
                                     : u"AND person_id NOT IN (SELECT id FROM persons WHERE properties LIKE '%@posthog.com%')"_s)));
        AsyncResult<ErrorIssueDetails> details;
        m_client.errorIssueDetails(1, top.id, this, details.callback());
        QVERIFY(details.wait());
        QVERIFY2(details.result->ok(), qPrintable(details.result->error().message()));
        QVERIFY(!details.result->value().frames.isEmpty());
        QVERIFY(!details.result->value().release.isEmpty());
    }

    void trendsQuery()
    {
        const QJsonObject node{{u"kind"_s, u"TrendsQuery"_s},
                               {u"series"_s, QJsonArray{QJsonObject{{u"kind"_s, u"EventsNode"_s}, {u"event"_s, u"signed_up"_s}}}},
                               {u"dateRange"_s, QJsonObject{{u"date_from"_s, u"-7d"_s}}}};
        AsyncResult<QJsonObject> trends;
        m_client.query(1, node, this, trends.callback());
        QVERIFY(trends.wait());
        const QJsonObject series = trends.result->value().value("results"_L1).toArray().first().toObject();
        QCOMPARE(series.value("data"_L1).toArray().size(), 8);
        const QString firstDay = series.value("days"_L1).toArray().first().toString();
        QCOMPARE(qint64(series.value("count"_L1).toDouble()),
                 scalar(u"SELECT count(*) FROM events WHERE team_id = 1 AND event = 'signed_up' AND timestamp >= '%1'"_s.arg(firstDay)));
    }

    // rust/cymbal/src/frames/mod.rs: processed events carry resolved frames; a few stay raw.
    void exceptionsCarryCymbalFrames()
    {
        const Http h = query(hogqlNode(u"SELECT properties.$exception_list, properties.$exception_releases, properties.$lib, issue_id "
                                       "FROM events WHERE event = '$exception' AND timestamp > now() - INTERVAL 30 DAY LIMIT 500"_s));
        QCOMPARE(h.status, 200);
        int resolved = 0, raw = 0;
        for (const QJsonValue &row : h.body.value("results"_L1).toArray()) {
            const QJsonArray r = row.toArray();
            const QJsonObject exception = QJsonDocument::fromJson(r.at(0).toString().toUtf8()).array().first().toObject();
            QVERIFY(exception.contains("mechanism"_L1));
            const QJsonObject stack = exception.value("stacktrace"_L1).toObject();
            const QJsonObject top = stack.value("frames"_L1).toArray().last().toObject();
            if (stack.value("type"_L1).toString() == "resolved"_L1) {
                ++resolved;
                for (const char *field : {"mangled_name", "resolved_name", "source", "line", "column", "in_app", "lang", "resolved", "context"})
                    QVERIFY2(top.contains(QLatin1String(field)), field);
            } else {
                ++raw;
                for (const char *field : {"filename", "function", "lineno", "colno"})
                    QVERIFY2(top.contains(QLatin1String(field)), field);
            }
            QVERIFY(!r.at(1).toString().isEmpty());
            // posthog-js's $lib is "web" (posthog-js src/config.ts LIB_NAME); server errors come from posthog-node.
            QVERIFY2(r.at(2).toString() == "web"_L1 || r.at(2).toString() == "posthog-node"_L1, qPrintable(r.at(2).toString()));
            QVERIFY(!r.at(3).toString().isEmpty()); // issue_id, as PostHog's events table has it
        }
        QVERIFY(resolved > raw);
        QVERIFY(raw > 0);
    }

    // posthog/hogql_queries/events_query_runner.py: `after` defaults to "-24h".
    void eventsQueryDefaultsToTheLastDay()
    {
        const Http old = query(hogqlNode(u"SELECT issue_id, max(timestamp) FROM events WHERE event = '$exception' "
                                         "AND properties.$exception_type = 'InvalidStateError' GROUP BY issue_id"_s));
        QCOMPARE(old.status, 200);
        const QString issue = old.body.value("results"_L1).toArray().first().toArray().at(0).toString();
        QVERIFY(!issue.isEmpty());
        const QString where = u"issue_id = '%1' OR properties.$exception_issue_id = '%1'"_s.arg(issue);
        QJsonObject node{{u"kind"_s, u"EventsQuery"_s},
                         {u"event"_s, u"$exception"_s},
                         {u"select"_s, QJsonArray{u"properties.$exception_list"_s, u"timestamp"_s}},
                         {u"where"_s, QJsonArray{where}},
                         {u"orderBy"_s, QJsonArray{u"timestamp DESC"_s}},
                         {u"limit"_s, 1}};
        Http h = query(node);
        QCOMPARE(h.status, 200);
        QCOMPARE(h.body.value("results"_L1).toArray().size(), 0); // last seen days ago
        node.insert(u"after"_s, u"-30d"_s);
        h = query(node);
        QCOMPARE(h.body.value("results"_L1).toArray().size(), 1);
        QVERIFY(h.body.value("hasMore"_L1).toBool());
        node.insert(u"before"_s, u"-29d"_s);
        h = query(node);
        QCOMPARE(h.body.value("results"_L1).toArray().size(), 0);
    }

    // posthog/hogql_queries/error_tracking_query_runner.py: withFirstEvent (default true), withLastEvent,
    // filterTestAccounts, paging.
    void errorTrackingQueryOptions()
    {
        QJsonObject node{{u"kind"_s, u"ErrorTrackingQuery"_s}, {u"dateRange"_s, QJsonObject{{u"date_from"_s, u"-30d"_s}}}, {u"limit"_s, 3}};
        Http h = query(node);
        QCOMPARE(h.status, 200);
        QJsonArray rows = h.body.value("results"_L1).toArray();
        QCOMPARE(rows.size(), 3);
        QVERIFY(h.body.value("hasMore"_L1).toBool());
        QVERIFY(rows.first().toObject().value("first_event"_L1).isObject());
        QVERIFY(!rows.first().toObject().contains("last_event"_L1));
        const qint64 allUsers = rows.first().toObject().value("aggregations"_L1).toObject().value("users"_L1).toInteger();
        node.insert(u"withFirstEvent"_s, false);
        node.insert(u"withLastEvent"_s, true);
        node.insert(u"filterTestAccounts"_s, true);
        h = query(node);
        rows = h.body.value("results"_L1).toArray();
        const QJsonObject top = rows.first().toObject();
        QVERIFY(!top.contains("first_event"_L1));
        const QJsonObject last = top.value("last_event"_L1).toObject();
        QVERIFY(QJsonDocument::fromJson(last.value("properties"_L1).toString().toUtf8()).isObject());
        QVERIFY(top.value("aggregations"_L1).toObject().value("users"_L1).toInteger() < allUsers);
        node.insert(u"offset"_s, 3);
        node.insert(u"orderBy"_s, u"first_seen"_s);
        h = query(node);
        QCOMPARE(h.body.value("offset"_L1).toInt(), 3);
        node.insert(u"issueId"_s, top.value("id"_L1));
        node.remove(u"offset"_s);
        h = query(node);
        QCOMPARE(h.body.value("results"_L1).toArray().size(), 1);
    }

    // posthog/api/dashboards/dashboard.py: filter_queryset handles only tags; order -pinned, name.
    void dashboardsIgnoreSearch()
    {
        const Http list = call("GET", u"/api/projects/1/dashboards/?search=zzz-no-such-name"_s);
        QCOMPARE(list.status, 200);
        QStringList names;
        for (const QJsonValue &d : list.body.value("results"_L1).toArray())
            names.append(d.toObject().value("name"_L1).toString());
        QCOMPARE(names.mid(0, 3), (QStringList{u"Product overview"_s, u"AI features"_s, u"Growth funnel"_s}));
        const Http detail = call("GET", u"/api/projects/1/dashboards/1/"_s);
        bool text = false;
        for (const QJsonValue &t : detail.body.value("tiles"_L1).toArray()) {
            const QJsonObject tile = t.toObject();
            for (const char *field : {"id", "order", "layouts", "color", "insight", "text", "deleted"})
                QVERIFY2(tile.contains(QLatin1String(field)), field);
            text = text || (tile.value("insight"_L1).isNull() && tile.value("text"_L1).isObject());
        }
        QVERIFY(text);
    }

    // posthog/api/insight.py: order_queryset, basic, short_id, saved, search and the serializer's fields.
    void insightsOrderAndFields()
    {
        auto shortIds = [](const Http &h) {
            QStringList ids;
            for (const QJsonValue &i : h.body.value("results"_L1).toArray())
                ids.append(i.toObject().value("short_id"_L1).toString());
            return ids;
        };
        const Http legacy = call("GET", u"/api/projects/1/insights/"_s);
        QCOMPARE(shortIds(legacy).mid(0, 3), (QStringList{u"dAu30dYs"_s, u"sGnUp7dT"_s, u"pV7cQ2mA"_s}));
        const Http recent = call("GET", u"/api/projects/1/insights/?order=-last_modified_at"_s);
        QCOMPARE(shortIds(recent).first(), u"sGnUp7dT"_s);
        for (const char *field : {"filters", "result", "created_by", "last_modified_by", "last_modified_at", "short_id", "query", "dashboards",
                                  "dashboard_tiles", "tags", "favorited", "saved", "deleted"})
            QVERIFY2(legacy.body.value("results"_L1).toArray().first().toObject().contains(QLatin1String(field)), field);
        const Http basic = call("GET", u"/api/projects/1/insights/?basic=true"_s);
        QVERIFY(!basic.body.value("results"_L1).toArray().first().toObject().contains("result"_L1));
        QCOMPARE(shortIds(call("GET", u"/api/projects/1/insights/?short_id=fUnN3lSu"_s)), QStringList{u"fUnN3lSu"_s});
        QCOMPARE(call("GET", u"/api/projects/1/insights/?saved=false"_s).body.value("count"_L1).toInt(), 0);
        QStringList kinds;
        for (const QJsonValue &i : legacy.body.value("results"_L1).toArray()) {
            const QJsonObject q = i.toObject().value("query"_L1).toObject();
            kinds.append(q.value("kind"_L1).toString() == "InsightVizNode"_L1 ? q.value("source"_L1).toObject().value("kind"_L1).toString()
                                                                              : q.value("kind"_L1).toString());
        }
        for (const char *kind : {"DataVisualizationNode", "TrendsQuery", "FunnelsQuery", "RetentionQuery"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    }

    // Django's QueryDict: a bare '+' is a space, %2B a plus.
    // DRF answers a method a view lacks with 405 'Method "X" not allowed.'. Before the route
    // table some paths said 404, others "Method not allowed.", and the definition lists answered
    // any method.
    void wrongMethodIs405()
    {
        const QList<QPair<QByteArray, QString>> calls{{"DELETE", u"/api/projects/1/insights/"_s},
                                                      {"PUT", u"/api/projects/1/insights/1/"_s},
                                                      {"POST", u"/api/projects/1/event_definitions/"_s},
                                                      {"POST", u"/api/projects/1/property_definitions/"_s},
                                                      {"GET", u"/api/environments/1/query/"_s},
                                                      {"POST", u"/api/organizations/"_s},
                                                      {"PATCH", u"/api/projects/1/"_s}};
        for (const auto &[method, path] : calls) {
            const Http h = call(method, path);
            QVERIFY2(h.status == 405, qPrintable(QString::fromLatin1(method) + u' ' + path + u": "_s + QString::number(h.status)));
            QCOMPARE(detail(h), u"Method \"%1\" not allowed."_s.arg(QString::fromLatin1(method)));
            QCOMPARE(h.body.value("code"_L1).toString(), u"method_not_allowed"_s);
        }
    }

    // Insights, dashboards and flags are ForbidDestroyModel viewsets
    // (posthog/api/forbid_destroy_model.py): DELETE on an item, known or not, is a bare 405 with
    // no body; deleting is a PATCH of `deleted`.
    void deleteOfAnItemIsABare405()
    {
        for (const QString &path : {u"/api/projects/1/insights/1/"_s, u"/api/projects/1/dashboards/1/"_s, u"/api/projects/1/feature_flags/1/"_s,
                                    u"/api/projects/1/insights/999999/"_s}) {
            const Http h = call("DELETE", path);
            QVERIFY2(h.status == 405, qPrintable(path + u": "_s + QString::number(h.status)));
            QVERIFY2(h.raw.isEmpty(), qPrintable(path + u": "_s + QString::fromUtf8(h.raw)));
        }
        QCOMPARE(call("GET", u"/api/projects/1/insights/1/"_s).body.value("deleted"_L1).toBool(), false); // nothing was deleted
    }

    // The route table's other answers: an unknown project is a 404 before the method counts
    // (PostHog resolves the team in its permission checks), an unknown path a 404, and a body
    // that is not a JSON object DRF's parse_error on every create.
    void routeTableEdges()
    {
        QCOMPARE(detail(call("DELETE", u"/api/projects/99/insights/"_s)), u"Project not found."_s);
        QCOMPARE(detail(call("GET", u"/api/projects/abc/"_s)), u"Project not found."_s);
        QCOMPARE(detail(call("GET", u"/api/projects/1/no_such_thing/"_s)), u"Endpoint not found."_s);
        QCOMPARE(detail(call("GET", u"/api/organizations/nope/"_s)), u"Organization not found."_s);
        QCOMPARE(detail(call("GET", u"/api/organizations/@current/nope/"_s)), u"Endpoint not found."_s);
        QCOMPARE(detail(call("GET", u"/no/such/path"_s)), u"No such endpoint."_s);
        QCOMPARE(call("GET", u"/api/projects/1/insights/999999/"_s).status, 404);
        QCOMPARE(call("GET", u"//api//projects//1//insights"_s).status, 200); // doubled and missing slashes do not matter
        for (const QString &collection : {u"insights"_s, u"dashboards"_s, u"feature_flags"_s}) {
            QNetworkRequest request(QUrl(m_backend.baseUrl().toString() + u"/api/projects/1/%1/"_s.arg(collection)));
            request.setRawHeader("Authorization", "Bearer " + DemoBackend::apiKey().toUtf8());
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            QNetworkReply *reply = m_network.post(request, QByteArray("[1, 2"));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
            QCOMPARE(body.value("code"_L1).toString(), u"parse_error"_s);
        }
        // Scopes come from the route: the read-only key may read insights, not write them,
        // and the project-scoped key reaches nothing outside its project, even a 404 path.
        QCOMPARE(call("PATCH", u"/api/projects/1/insights/1/"_s, QJsonObject{{u"name"_s, u"x"_s}}, DemoBackend::readOnlyApiKey()).status, 403);
        QCOMPARE(call("GET", u"/api/projects/1/insights/1/"_s, {}, DemoBackend::readOnlyApiKey()).status, 200);
        QCOMPARE(
            call("POST", u"/api/environments/1/query/"_s, QJsonObject{{u"query"_s, hogqlNode(u"SELECT 1"_s)}}, DemoBackend::readOnlyApiKey()).status,
            200);
        QCOMPARE(call("GET", u"/api/projects/99/insights/"_s, {}, DemoBackend::scopedProjectApiKey()).status, 403);
    }

    // phc.demo at debug level: one line per request with method, path and status, and never a
    // key, whichever key was sent or refused.
    void requestLogNamesNoKey()
    {
        static QStringList lines;
        lines.clear();
        QLoggingCategory::setFilterRules(u"phc.demo.debug=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &message) {
            if (qstrcmp(context.category, "phc.demo") == 0)
                lines.append(message);
        });
        QCOMPARE(call("GET", u"/api/projects/1/insights/?search=x"_s).status, 200);
        QCOMPARE(call("GET", u"/api/users/@me/"_s, {}, u"phx_not_a_demo_key_at_all"_s).status, 401);
        QCOMPARE(call("GET", u"/api/projects/1/feature_flags/"_s, {}, DemoBackend::readOnlyApiKey()).status, 403);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 3, qPrintable(all));
        QVERIFY2(all.contains("GET /api/projects/1/insights/ 200"_L1), qPrintable(all));
        QVERIFY2(all.contains("GET /api/users/@me/ 401"_L1) && all.contains("key refused"_L1), qPrintable(all));
        for (const QString &secret : {DemoBackend::apiKey(), DemoBackend::readOnlyApiKey(), u"phx_not_a_demo_key_at_all"_s, u"search=x"_s})
            QVERIFY2(!all.contains(secret), qPrintable(all));
    }

    void plusInQueryStringIsSpace()
    {
        QCOMPARE(call("GET", u"/api/projects/1/insights/?search=LLM+cost"_s).body.value("count"_L1).toInt(), 1);
        QCOMPARE(call("GET", u"/api/projects/1/insights/?search=LLM%2Bcost"_s).body.value("count"_L1).toInt(), 0);
    }

    // posthog/api/project.py RootProjectViewSet: the current organization's projects, api_token included.
    void projectsOfTheCurrentOrganization()
    {
        const Http h = call("GET", u"/api/projects/"_s);
        QCOMPARE(h.status, 200);
        const QJsonArray results = h.body.value("results"_L1).toArray();
        QCOMPARE(results.size(), 2);
        QVERIFY(results.first().toObject().contains("api_token"_L1));
        const Http other = call("GET", u"/api/organizations/%1/projects/"_s.arg(DemoBackend::secondOrganizationId()));
        QCOMPARE(other.body.value("results"_L1).toArray().first().toObject().value("id"_L1).toInt(), 3);
    }

    // posthog/api/query.py: client_query_id accepted; destroy answers 200 {"message": ...}.
    void queryCancelByClientId()
    {
        const Http run = call("POST", u"/api/environments/1/query/"_s,
                              QJsonObject{{u"query"_s, hogqlNode(u"SELECT 1"_s)}, {u"client_query_id"_s, u"abc-123"_s}});
        QCOMPARE(run.status, 200);
        const Http cancel = call("DELETE", u"/api/environments/1/query/abc-123/"_s);
        QCOMPARE(cancel.status, 200);
        QCOMPARE(cancel.body.value("message"_L1).toString(), u"Cancelled query on clickhouse"_s);
    }

    // posthog/permissions.py APIScopePermission and posthog/api/personal_api_key.py (@current).
    void scopedProjectKey()
    {
        const QString key = DemoBackend::scopedProjectApiKey();
        const Http current = call("GET", u"/api/personal_api_keys/@current"_s, {}, key);
        QCOMPARE(current.status, 200);
        QCOMPARE(current.body.value("scoped_teams"_L1).toArray(), QJsonArray{DemoBackend::scopedProjectId()});
        QCOMPARE(call("GET", u"/api/projects/2/insights/"_s, {}, key).status, 200);
        const Http other = call("GET", u"/api/projects/1/insights/"_s, {}, key);
        QCOMPARE(other.status, 403);
        QCOMPARE(detail(other), u"API key does not have access to the requested project: ID 1."_s);
        QCOMPARE(other.body.value("code"_L1).toString(), u"permission_denied"_s);
        for (const QString &path : {u"/api/organizations/"_s, u"/api/projects/"_s}) {
            const Http org = call("GET", path, {}, key);
            QCOMPARE(org.status, 403);
            QCOMPARE(detail(org), u"API keys with scoped projects are only supported on project-based endpoints."_s);
        }
        QCOMPARE(call("GET", u"/api/users/@me/"_s, {}, key).status, 200); // exempt
    }

    void readOnlyKey()
    {
        const QString key = DemoBackend::readOnlyApiKey();
        const Http current = call("GET", u"/api/personal_api_keys/@current"_s, {}, key);
        const QJsonArray scopes = current.body.value("scopes"_L1).toArray();
        QVERIFY(scopes.contains(u"insight:read"_s));
        QVERIFY(!scopes.contains(u"feature_flag:read"_s));
        QCOMPARE(call("GET", u"/api/projects/1/insights/"_s, {}, key).status, 200);
        const Http write = call("POST", u"/api/projects/1/insights/"_s, QJsonObject{{u"name"_s, u"x"_s}}, key);
        QCOMPARE(write.status, 403);
        QCOMPARE(detail(write), u"API key missing required scope 'insight:write'"_s);
        QCOMPARE(detail(call("GET", u"/api/projects/1/feature_flags/"_s, {}, key)), u"API key missing required scope 'feature_flag:read'"_s);
        QCOMPARE(query(hogqlNode(u"SELECT 1"_s), key).status, 200); // every query action is a read
        QCOMPARE(call("GET", u"/api/organizations/"_s, {}, key).status, 200);
    }

    // LLM analytics: $ai_embedding counted apart from $ai_generation; test accounts present.
    void llmEvents()
    {
        const Http h = query(hogqlNode(u"SELECT event, count(), sum(toFloat(properties.$ai_total_cost_usd)) "
                                       "FROM events WHERE event IN ('$ai_generation', '$ai_embedding') GROUP BY event ORDER BY event"_s));
        QCOMPARE(h.status, 200);
        const QJsonArray rows = h.body.value("results"_L1).toArray();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &row : rows)
            QVERIFY(row.toArray().at(2).toDouble() > 0);
        const Http test = query(hogqlNode(u"SELECT count() FROM events WHERE event = '$ai_generation' "
                                          "AND person.properties.email ILIKE '%@posthog.com%'"_s));
        QCOMPARE(test.status, 200);
        QVERIFY(test.body.value("results"_L1).toArray().first().toArray().first().toInteger() > 0); // test accounts' calls
    }

    // posthog/hogql/filters.py (ReplaceFilters): {filters} in a HogQLQuery takes the node's
    // filters; with filterTestAccounts it applies the team's test_account_filters.
    void hogqlFiltersPlaceholder()
    {
        auto countOf = [this](const QString &sql, const QJsonObject &filters) {
            QJsonObject node = hogqlNode(sql);
            if (!filters.isEmpty())
                node.insert(u"filters"_s, filters);
            const Http h = query(node);
            return h.status == 200 ? h.body.value("results"_L1).toArray().first().toArray().first().toInteger() : -1;
        };
        const QString sql = u"SELECT count() FROM events WHERE event = '$ai_generation' AND {filters}"_s;
        const qint64 all = countOf(sql, {});
        const qint64 real = countOf(sql, {{u"filterTestAccounts"_s, true}});
        const qint64 tests = countOf(u"SELECT count() FROM events WHERE event = '$ai_generation' AND "
                                     "(person.properties.email ILIKE '%@posthog.com%' OR properties.$host LIKE 'localhost%' "
                                     "OR properties.$host LIKE '127.0.0.1%')"_s,
                                     {});
        QVERIFY(all > 0 && real > 0 && tests > 0);
        QCOMPARE(real + tests, all);
        // A date range narrows, never widens.
        const qint64 lastDay = countOf(sql, {{u"dateRange"_s, QJsonObject{{u"date_from"_s, u"-24h"_s}}}});
        QVERIFY(lastDay >= 0 && lastDay <= all);
        const Http bad = query([&] {
            QJsonObject n = hogqlNode(u"SELECT 1 FROM events WHERE {filters.nope}"_s);
            return n;
        }());
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.body.value("detail"_L1).toString().contains("Unsupported filters placeholder"_L1));
    }

    // posthog/api/feature_flag.py: only the list hides deleted flags; retrieve still answers.
    void deletedFlagAndVariants()
    {
        const Http deleted = call("GET", u"/api/projects/1/feature_flags/8/"_s);
        QCOMPARE(deleted.status, 200);
        QVERIFY(deleted.body.value("deleted"_L1).toBool());
        const QJsonObject filters = call("GET", u"/api/projects/1/feature_flags/7/"_s).body.value("filters"_L1).toObject();
        QCOMPARE(filters.value("multivariate"_L1).toObject().value("variants"_L1).toArray().size(), 3);
        QVERIFY(filters.value("payloads"_L1).toObject().contains("guided"_L1));
        QCOMPARE(filters.value("groups"_L1).toArray().first().toObject().value("variant"_L1).toString(), u"guided"_s);
    }

    // PostHog answers 400 validation_error in HogQL terms; the demo must never show its engine.
    void errorsNeverMentionTheStorageEngine()
    {
        const QStringList junk = {u"SELECT '\\xff\\xfe' FROM events"_s,
                                  u"SELECT 'abc"_s,
                                  u"SELECT json_extract(1) FROM events"_s,
                                  u"SELECT toFloat(properties) / 0 FROM events WHERE x"_s,
                                  u"SELECT \\u0000"_s,
                                  u"SELECT count() FROM events WHERE properties.$lib = '\\u00ff' GROUP BY 1, 2"_s,
                                  u"SELECT * FROM events; DROP TABLE events"_s,
                                  u"SELECT [1,2][3] FROM persons"_s,
                                  u"SELECT '%' LIKE 'x' ESCAPE 'ab' FROM events"_s,
                                  u"SELECT 9223372036854775808 * 10"_s};
        for (const QString &sql : junk) {
            const Http h = query(hogqlNode(sql));
            QVERIFY2(h.status == 200 || h.status == 400, qPrintable(sql));
            const QString text = QString::fromUtf8(h.raw).toLower();
            for (const char *leak : {"sqlite", "sql logic", "unrecognized token", "json_extract(", "__sub", "strftime"})
                QVERIFY2(!text.contains(QLatin1String(leak)), qPrintable(sql + u": "_s + QString::fromUtf8(h.raw.left(300))));
        }
    }

    void twoInstancesShareTheCacheSafely()
    {
        // Both generate the same cached dataset at once (the window and a stdio client starting
        // together); before per-process partial files the second failed with "could not write".
        // The cache lives in QStandardPaths' CacheLocation, inside this process's isolated home.
        const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QVERIFY2(IsolatedHome::contains(cacheDir), qPrintable(cacheDir));
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
        QVERIFY(!QDir(cacheDir).entryList({u"demo-v*.sqlite"_s}, QDir::Files).isEmpty());
    }

    // ---- FunnelsQuery and RetentionQuery: metamorphic checks, never hard-coded numbers. ----

    static QJsonObject stepNode(const QString &event) { return {{u"kind"_s, u"EventsNode"_s}, {u"event"_s, event}}; }

    // Whole days: [today - days, today], so the HogQL cross-checks cover exactly the same range.
    static QJsonObject dayRange(int days)
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        return {{u"date_from"_s, today.addDays(-days).toString(Qt::ISODate)}, {u"date_to"_s, today.toString(Qt::ISODate)}};
    }

    static QJsonObject funnelNode(const QStringList &events, const QJsonObject &filter = {}, const QJsonObject &breakdown = {})
    {
        QJsonArray series;
        for (const QString &e : events)
            series.append(stepNode(e));
        QJsonObject node{{u"kind"_s, u"FunnelsQuery"_s}, {u"series"_s, series}, {u"dateRange"_s, dayRange(30)}};
        if (!filter.isEmpty())
            node.insert(u"funnelsFilter"_s, filter);
        if (!breakdown.isEmpty())
            node.insert(u"breakdownFilter"_s, breakdown);
        return node;
    }

    static QList<qint64> stepCounts(const QJsonArray &steps)
    {
        QList<qint64> out;
        for (const QJsonValue &s : steps)
            out.append(s.toObject().value("count"_L1).toInteger());
        return out;
    }

    static QStringList visitToPaid() { return {u"$pageview"_s, u"signed_up"_s, u"upgraded_plan"_s}; }

    // posthog/hogql_queries/insights/funnels/base.py (_format_single_funnel, _serialize_step):
    // one object per step, counts never increasing, step 0 without conversion times.
    void funnelStepsNeverIncrease()
    {
        const Http h = query(funnelNode(visitToPaid()));
        QCOMPARE(h.status, 200);
        const QJsonArray steps = h.body.value("results"_L1).toArray();
        QCOMPARE(steps.size(), 3);
        const QList<qint64> counts = stepCounts(steps);
        QVERIFY2(counts.first() > 0, "the demo has pageviews in the last 30 days");
        for (qsizetype i = 1; i < counts.size(); ++i)
            QVERIFY(counts.at(i) <= counts.at(i - 1));
        for (int i = 0; i < steps.size(); ++i) {
            const QJsonObject step = steps.at(i).toObject();
            QCOMPARE(step.value("order"_L1).toInt(), i);
            QCOMPARE(step.value("action_id"_L1).toString(), visitToPaid().at(i));
            QCOMPARE(step.value("name"_L1).toString(), visitToPaid().at(i));
            QCOMPARE(step.value("type"_L1).toString(), u"events"_s);
            for (const char *key : {"custom_name", "average_conversion_time", "median_conversion_time", "converted_people_url", "dropped_people_url"})
                QVERIFY2(step.contains(QLatin1String(key)), key);
        }
        QVERIFY(steps.at(0).toObject().value("average_conversion_time"_L1).isNull());
        QVERIFY(steps.at(0).toObject().value("median_conversion_time"_L1).isNull());
        if (counts.at(1) > 0)
            QVERIFY(steps.at(1).toObject().value("average_conversion_time"_L1).toDouble() >= 0);
        QCOMPARE(h.body.value("is_cached"_L1).toBool(true), false);
        QVERIFY(h.body.value("last_refresh"_L1).isString());
        qInfo("3-step funnel over 30 days computed in %.1f ms",
              h.body.value("timings"_L1).toArray().at(0).toObject().value("t"_L1).toDouble() * 1000);
        // funnels_query_runner.py: the same query inside an InsightVizNode answers the same.
        const Http wrapped = query(QJsonObject{{u"kind"_s, u"InsightVizNode"_s}, {u"source"_s, funnelNode(visitToPaid())}});
        QCOMPARE(wrapped.status, 200);
        QCOMPARE(stepCounts(wrapped.body.value("results"_L1).toArray()), counts);
    }

    // posthog/hogql_queries/insights/funnels/funnel.py: a one-step funnel counts the distinct
    // persons who did the event in the range.
    void oneStepFunnelCountsDistinctPersons()
    {
        for (const QString &event : {u"signed_up"_s, u"$pageview"_s}) {
            const Http h = query(funnelNode({event}));
            QCOMPARE(h.status, 200);
            const QJsonArray steps = h.body.value("results"_L1).toArray();
            QCOMPARE(steps.size(), 1);
            const QDate today = QDateTime::currentDateTimeUtc().date();
            const Http persons = query(hogqlNode(u"SELECT count(DISTINCT person_id) FROM events WHERE event = '%1'"
                                                 " AND timestamp >= '%2 00:00:00.000' AND timestamp <= '%3 23:59:59.999'"_s.arg(
                                                     event, today.addDays(-30).toString(Qt::ISODate), today.toString(Qt::ISODate))));
            QCOMPARE(persons.status, 200);
            QCOMPARE(steps.at(0).toObject().value("count"_L1).toInteger(),
                     persons.body.value("results"_L1).toArray().at(0).toArray().at(0).toInteger());
        }
    }

    // posthog/hogql_queries/insights/funnels/base.py (_format_results): with a breakdown, one
    // list of steps per value, each step carrying breakdown/breakdown_value; every person lands
    // in exactly one value, so the values sum to the funnel without a breakdown.
    void funnelBreakdownSumsToTotal()
    {
        const QList<qint64> total = stepCounts(query(funnelNode(visitToPaid())).body.value("results"_L1).toArray());
        for (const QString &type : {u"event"_s, u"person"_s}) {
            const bool asList = type == "person"_L1; // base.py: a list breakdown answers list values
            const QJsonValue property = asList ? QJsonValue(QJsonArray{u"$browser"_s}) : QJsonValue(u"$browser"_s);
            const Http h = query(funnelNode(visitToPaid(), {}, QJsonObject{{u"breakdown_type"_s, type}, {u"breakdown"_s, property}}));
            QCOMPARE(h.status, 200);
            const QJsonArray lists = h.body.value("results"_L1).toArray();
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
                    QVERIFY(steps.at(i).toObject().contains("breakdown"_L1));
                    QCOMPARE(steps.at(i).toObject().value("breakdown_value"_L1).isArray(), asList);
                    QCOMPARE(steps.at(i).toObject().value("breakdown_value"_L1), steps.at(0).toObject().value("breakdown_value"_L1));
                }
            }
            QCOMPARE(sums, total);
        }
    }

    // posthog/schema.py FunnelsFilter (funnelWindowInterval, funnelWindowIntervalUnit): a
    // shorter conversion window never converts more people.
    void shorterWindowNeverConvertsMore()
    {
        const QList<QPair<int, QString>> windows{{60, u"day"_s}, {14, u"day"_s}, {1, u"day"_s}, {1, u"hour"_s}, {1, u"minute"_s}};
        QList<qint64> previous;
        for (const auto &w : windows) {
            const Http h
                = query(funnelNode(visitToPaid(), QJsonObject{{u"funnelWindowInterval"_s, w.first}, {u"funnelWindowIntervalUnit"_s, w.second}}));
            QCOMPARE(h.status, 200);
            const QList<qint64> counts = stepCounts(h.body.value("results"_L1).toArray());
            if (!previous.isEmpty()) {
                QCOMPARE(counts.first(), previous.first()); // the first step needs no window
                for (int i = 1; i < counts.size(); ++i)
                    QVERIFY2(counts.at(i) <= previous.at(i), qPrintable(u"%1 %2"_s.arg(w.first).arg(w.second)));
            }
            previous = counts;
        }
        // The default window (14 days) is the one the schema names.
        QCOMPARE(stepCounts(query(funnelNode(visitToPaid())).body.value("results"_L1).toArray()),
                 stepCounts(query(funnelNode(visitToPaid(), QJsonObject{{u"funnelWindowInterval"_s, 14}})).body.value("results"_L1).toArray()));
        const Http bad = query(funnelNode(visitToPaid(), QJsonObject{{u"funnelWindowIntervalUnit"_s, u"fortnight"_s}}));
        QCOMPARE(bad.status, 400);
        // Filters the demo cannot apply are refused, never silently dropped.
        QJsonObject filtered = funnelNode(visitToPaid());
        filtered.insert(u"properties"_s, QJsonArray{QJsonObject{{u"key"_s, u"$browser"_s}, {u"value"_s, u"Chrome"_s}, {u"type"_s, u"event"_s}}});
        QCOMPARE(query(filtered).status, 400);
        filtered.insert(u"properties"_s, QJsonObject{{u"type"_s, u"AND"_s}, {u"values"_s, QJsonArray()}});
        QCOMPARE(query(filtered).status, 200); // an empty PropertyGroupFilter filters nothing
    }

    // posthog/hogql_queries/insights/retention_query_runner.py: one cohort per interval, value 0
    // is the cohort itself, later values never exceed it, each cohort has totalIntervals values.
    void retentionCohorts()
    {
        const QJsonObject pageview{{u"id"_s, u"$pageview"_s}, {u"type"_s, u"events"_s}};
        const QDate today = QDateTime::currentDateTimeUtc().date();
        for (const QString &type : {u"retention_recurring"_s, u"retention_first_time"_s}) {
            const QJsonObject node{{u"kind"_s, u"RetentionQuery"_s},
                                   {u"dateRange"_s, QJsonObject{{u"date_to"_s, today.toString(Qt::ISODate)}}},
                                   {u"retentionFilter"_s, QJsonObject{{u"period"_s, u"Day"_s},
                                                                      {u"totalIntervals"_s, 7},
                                                                      {u"retentionType"_s, type},
                                                                      {u"targetEntity"_s, pageview},
                                                                      {u"returningEntity"_s, pageview}}}};
            const Http h = query(node);
            QCOMPARE(h.status, 200);
            qInfo("%s retention computed in %.1f ms", qPrintable(type),
                  h.body.value("timings"_L1).toArray().at(0).toObject().value("t"_L1).toDouble() * 1000);
            const QJsonArray cohorts = h.body.value("results"_L1).toArray();
            QCOMPARE(cohorts.size(), 7);
            qint64 everyone = 0;
            for (int i = 0; i < cohorts.size(); ++i) {
                const QJsonObject cohort = cohorts.at(i).toObject();
                QCOMPARE(cohort.value("label"_L1).toString(), u"Day %1"_s.arg(i));
                const QDate day = today.addDays(i - 6);
                QCOMPARE(cohort.value("date"_L1).toString().left(10), day.toString(Qt::ISODate));
                const QJsonArray values = cohort.value("values"_L1).toArray();
                QCOMPARE(values.size(), 7); // totalIntervals look-ahead values, the future ones 0
                for (int j = 7 - i; j < 7; ++j)
                    QCOMPARE(values.at(j).toObject().value("count"_L1).toInteger(), 0);
                const qint64 size = values.at(0).toObject().value("count"_L1).toInteger();
                everyone += size;
                for (int j = 0; j < values.size(); ++j) {
                    QCOMPARE(values.at(j).toObject().value("label"_L1).toString(), u"Day %1"_s.arg(j));
                    QVERIFY(values.at(j).toObject().value("count"_L1).toInteger() <= size);
                }
                if (type == "retention_recurring"_L1) {
                    // Day 0 is the cohort: the distinct persons with a pageview that day.
                    const Http persons
                        = query(hogqlNode(u"SELECT count(DISTINCT person_id) FROM events WHERE event = '$pageview'"
                                          " AND timestamp >= '%1 00:00:00.000' AND timestamp <= '%1 23:59:59.999'"_s.arg(day.toString(Qt::ISODate))));
                    QCOMPARE(size, persons.body.value("results"_L1).toArray().at(0).toArray().at(0).toInteger());
                }
            }
            if (type == "retention_first_time"_L1) // each person is in one first-time cohort at most
                QVERIFY(everyone <= scalar(u"SELECT count(DISTINCT person_id) FROM events WHERE event = '$pageview'"_s));
            else
                QVERIFY(everyone > 0);
        }
    }

    // posthog/schema.py RetentionFilter (totalIntervals = 11, period Day) and
    // query_date_range.py QueryDateRangeWithIntervals: a date_from sets the cohorts.
    void retentionDefaultsAndDateRange()
    {
        const Http plain = query(QJsonObject{{u"kind"_s, u"RetentionQuery"_s}, {u"retentionFilter"_s, QJsonObject{}}});
        QCOMPARE(plain.status, 200);
        const QJsonArray cohorts = plain.body.value("results"_L1).toArray();
        QCOMPARE(cohorts.size(), 11);
        QCOMPARE(cohorts.at(0).toObject().value("values"_L1).toArray().size(), 11);
        QCOMPARE(cohorts.last().toObject().value("date"_L1).toString().left(10), QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        const Http ranged = query(QJsonObject{
            {u"kind"_s, u"RetentionQuery"_s}, {u"dateRange"_s, dayRange(13)}, {u"retentionFilter"_s, QJsonObject{{u"totalIntervals"_s, 5}}}});
        QCOMPARE(ranged.status, 200);
        QCOMPARE(ranged.body.value("results"_L1).toArray().size(), 14);
        QCOMPARE(ranged.body.value("results"_L1).toArray().at(0).toObject().value("values"_L1).toArray().size(), 5);
        const Http bad = query(QJsonObject{{u"kind"_s, u"RetentionQuery"_s}, {u"retentionFilter"_s, QJsonObject{{u"period"_s, u"Fortnight"_s}}}});
        QCOMPARE(bad.status, 400);
    }

    // PostHog's result cache (posthog/hogql_queries/query_runner.py, execution_mode_from_refresh):
    // without refresh (or with "false", "force_cache") only a cached result is served, null on a
    // miss; "blocking" computes on a miss and serves the cache while fresh; "force_blocking"
    // always computes; a changed query drops the cached result.
    void insightResultsComeFromPostHogsCache()
    {
        const QString path = u"/api/projects/1/insights/?short_id=uPgRd0Br"_s;
        const auto insight = [&](const QString &refresh) {
            const Http h = call("GET", refresh.isEmpty() ? path : path + u"&refresh="_s + refresh);
            return h.body.value("results"_L1).toArray().first().toObject();
        };
        const qint64 id = insight(QString()).value("id"_L1).toInteger();
        QVERIFY(id > 0);
        QVERIFY(call("PATCH", u"/api/projects/1/insights/%1/"_s.arg(id), QJsonObject{{u"description"_s, u"cache test"_s}}).status == 200);
        for (const QString &cacheOnly : {QString(), u"false"_s, u"force_cache"_s}) {
            const QJsonObject miss = insight(cacheOnly);
            QVERIFY2(miss.value("result"_L1).isNull() && miss.value("last_refresh"_L1).isNull(), qPrintable(cacheOnly));
        }
        const QJsonObject computed = insight(u"blocking"_s);
        QVERIFY(computed.value("result"_L1).isArray() && !computed.value("result"_L1).toArray().isEmpty());
        QCOMPARE(computed.value("is_cached"_L1).toBool(), false);
        const QJsonObject served = insight(QString());
        QCOMPARE(served.value("result"_L1), computed.value("result"_L1));
        QCOMPARE(served.value("last_refresh"_L1), computed.value("last_refresh"_L1));
        QCOMPARE(served.value("is_cached"_L1).toBool(), true);
        QCOMPARE(insight(u"blocking"_s).value("is_cached"_L1).toBool(), true); // fresh: not recomputed
        QCOMPARE(insight(u"force_blocking"_s).value("is_cached"_L1).toBool(), false);
        QVERIFY(call("PATCH", u"/api/projects/1/insights/%1/"_s.arg(id), QJsonObject{{u"description"_s, u"changed"_s}}).status == 200);
        QVERIFY(insight(QString()).value("result"_L1).isNull());
    }

    // The saved funnel and retention insights get real results when asked with refresh.
    void savedFunnelAndRetentionInsightsHaveResults()
    {
        for (const QString &shortId : {u"fUnN3lSu"_s, u"rEt3nTfu"_s}) {
            AsyncResult<Insight> insight;
            m_client.insight(1, shortId, true, this, insight.callback());
            QVERIFY(insight.wait());
            QVERIFY(insight.result->ok());
            const QJsonArray result = insight.result->value().result.toArray();
            QVERIFY2(!result.isEmpty(), qPrintable(shortId));
            if (shortId == "fUnN3lSu"_L1) {
                QCOMPARE(result.size(), 3);
                QCOMPARE(result.at(0).toObject().value("action_id"_L1).toString(), u"$pageview"_s);
            } else {
                QCOMPARE(result.at(0).toObject().value("label"_L1).toString(), u"Week 0"_s);
                QCOMPARE(result.at(0).toObject().value("values"_L1).toArray().size(), 4); // totalIntervals 4
            }
        }
    }

    void determinism()
    {
        // The generator's own counts: persons and events are fixed by the seed.
        // Experiment exposures and goals (marked with the $feature/<key> posthog-js adds) and survey events
        // (DemoSurveySeed) come on top, from the same seed.
        QCOMPARE(
            scalar(
                u"SELECT count(*) FROM events WHERE properties NOT LIKE '%\"$feature/%' AND event NOT IN ('survey shown', 'survey dismissed', 'survey sent')"_s),
            20000);
        QVERIFY(scalar(u"SELECT count(*) FROM events WHERE event = '$feature_flag_called'"_s) > 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM persons"_s), 500);
        // One issue per error kind and project (issue ids are per project, as PostHog's are).
        QCOMPARE(scalar(u"SELECT count(DISTINCT json_extract(properties, '$.\"$exception_issue_id\"')) FROM events WHERE event = '$exception'"
                        " AND team_id = 1"_s),
                 10);
    }
};

QTEST_GUILESS_MAIN(TestDemoBackend)
#include "tst_demobackend.moc"
