#include "fakeposthogserver.h"

#include "common/asyncresult.h"

#include "posthog/posthogclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString secretKey = QStringLiteral("phx_supersecret_key_1234567890");
QStringList capturedLogs;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLogs.append(message);
}

template <typename T>
using Waiter = AsyncResult<T>;
} // namespace

class TestPostHogClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakePostHogServer> m_server;
    std::unique_ptr<PostHogClient> m_client;

    void checkNoKey(const PostHogError &error)
    {
        QVERIFY(!error.message().contains(secretKey));
        QVERIFY(!error.detail().contains(secretKey));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakePostHogServer>();
        m_client = std::make_unique<PostHogClient>();
        QString error;
        m_client->setConnection(PostHogConnection::custom(PostHogConnection::Region::SelfHosted, m_server->baseUrl().toString(), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_client->setApiKey(secretKey);
        RetryPolicy fast;
        fast.rateLimitBaseDelayMs = 10;
        fast.transientBaseDelayMs = 10;
        fast.defaultDeadlineMs = 3000;
        m_client->setRetryPolicy(fast);
        capturedLogs.clear();
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void customUrlValidation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("base");
        QTest::newRow("plain") << "https://posthog.example.com" << true << "https://posthog.example.com";
        QTest::newRow("trailing api") << "https://posthog.example.com/api/" << true << "https://posthog.example.com";
        QTest::newRow("port") << "http://10.0.0.5:8000" << true << "http://10.0.0.5:8000";
        QTest::newRow("path") << "https://example.com/posthog" << false << "";
        QTest::newRow("ftp") << "ftp://example.com" << false << "";
        QTest::newRow("query") << "https://example.com/?x=1" << false << "";
        QTest::newRow("empty") << "" << false << "";
    }

    void customUrlValidation()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, base);
        QString error;
        const PostHogConnection c = PostHogConnection::custom(PostHogConnection::Region::SelfHosted, input, &error);
        QCOMPARE(c.isValid(), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (valid)
            QCOMPARE(c.apiBase().toString(), base);
    }

    void currentUserSendsBearerAndParses()
    {
        m_server->enqueue("GET", "/api/users/@me/", 200,
                          R"({"distinct_id":"d1","email":"a@b.c","first_name":"Ada","organization":{"id":"o1","name":"Org"},"team":{"id":7,"name":"Web"},"organizations":[{"id":"o1","name":"Org","slug":"org"}],"unknown_field":{"x":1}})");
        Waiter<CurrentUser> w;
        m_client->currentUser(this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        QCOMPARE(w.result->value().email, QStringLiteral("a@b.c"));
        QCOMPARE(w.result->value().currentProjectId, 7);
        QCOMPARE(w.result->value().organizations.size(), 1);
        QCOMPARE(m_server->received().first().authorization, ("Bearer " + secretKey).toUtf8());
        QVERIFY(m_server->received().first().userAgent.startsWith("posthog-companion/"));
    }

    void wrongFieldTypeIsMalformed()
    {
        m_server->enqueue("GET", "/api/projects/1/", 200, R"({"id":1,"name":["not","a","string"]})");
        Waiter<Project> w;
        m_client->project(1, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(!w.result->ok());
        QCOMPARE(w.result->error().category(), PostHogError::Category::MalformedResponse);
        QVERIFY(w.result->error().message().contains(QLatin1String("name")));
    }

    void httpErrorsBecomeCategories_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("400") << 400 << QByteArray(R"({"type":"validation_error","code":"invalid","detail":"Bad name","attr":"name"})")
                             << int(PostHogError::Category::BadRequest) << "Bad name";
        QTest::newRow("401") << 401 << QByteArray(R"({"type":"authentication_error","code":"invalid_personal_api_key","detail":"Invalid key"})")
                             << int(PostHogError::Category::Unauthorized) << "Invalid API key";
        QTest::newRow("403") << 403 << QByteArray("{\"type\":\"authentication_error\",\"code\":\"permission_denied\",\"detail\":\"API key missing required scope 'insight:write'\"}")
                             << int(PostHogError::Category::Forbidden) << "insight:write";
        QTest::newRow("403 preset") << 403 << QByteArray("{}") << int(PostHogError::Category::Forbidden) << "MCP Server";
        QTest::newRow("404") << 404 << QByteArray(R"({"type":"invalid_request","code":"not_found","detail":"Not found."})")
                             << int(PostHogError::Category::NotFound) << "Insight 42";
        QTest::newRow("500 html") << 500 << QByteArray("<html>oops</html>") << int(PostHogError::Category::ServerError) << "HTTP 500";
    }

    void httpErrorsBecomeCategories()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, category);
        QFETCH(QString, mentions);
        m_server->enqueue("PATCH", "/api/projects/1/insights/42/", status, body);
        Waiter<Insight> w;
        m_client->updateInsight(1, 42, QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(!w.result->ok());
        QCOMPARE(int(w.result->error().category()), category);
        QCOMPARE(w.result->error().httpStatus(), status);
        QVERIFY2(w.result->error().message().contains(mentions), qPrintable(w.result->error().message()));
        QCOMPARE(m_server->count("PATCH", "/api/projects/1/insights/42/"), 1); // a write is never retried on these
        checkNoKey(w.result->error());
    }

    void rateLimitIsRetriedEvenForWrites()
    {
        FakePostHogServer::Answer throttled;
        throttled.status = 429;
        throttled.body = R"({"type":"throttled_error","code":"throttled","detail":"Request was throttled. Expected available in 0 seconds."})";
        throttled.headers = {{"Retry-After", "0"}};
        m_server->enqueue("POST", "/api/projects/1/dashboards/", throttled);
        m_server->enqueue("POST", "/api/projects/1/dashboards/", 201, R"({"id":9,"name":"New"})");
        Waiter<Dashboard> w;
        m_client->createDashboard(1, QJsonObject{{QStringLiteral("name"), QStringLiteral("New")}}, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY2(w.result->ok(), qPrintable(w.result->error().message()));
        QCOMPARE(w.result->value().id, 9);
        QCOMPARE(m_server->count("POST", "/api/projects/1/dashboards/"), 2);
    }

    void rateLimitBeyondBudgetSaysWhenToRetry()
    {
        FakePostHogServer::Answer throttled;
        throttled.status = 429;
        throttled.body = R"({"type":"throttled_error","code":"throttled","detail":"Request was throttled."})";
        throttled.headers = {{"Retry-After", "120"}};
        m_server->enqueue("GET", "/api/projects/1/", throttled);
        Waiter<Project> w;
        m_client->project(1, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().category(), PostHogError::Category::RateLimited);
        QCOMPARE(w.result->error().retryAfterSeconds(), 120);
        QVERIFY(w.result->error().message().contains(QLatin1String("120")));
        QCOMPARE(m_server->count("GET", "/api/projects/1/"), 1);
    }

    void unavailableGetIsRetried()
    {
        m_server->enqueue("GET", "/api/projects/1/", 503, "{}");
        m_server->enqueue("GET", "/api/projects/1/", 200, R"({"id":1,"name":"Web"})");
        Waiter<Project> w;
        m_client->project(1, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        QCOMPARE(m_server->count("GET", "/api/projects/1/"), 2);
    }

    void unavailableWriteIsNotRetried()
    {
        m_server->enqueue("POST", "/api/projects/1/feature_flags/", 503, "{}");
        Waiter<FeatureFlag> w;
        m_client->createFeatureFlag(1, QJsonObject{{QStringLiteral("key"), QStringLiteral("k")}}, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().category(), PostHogError::Category::ServerError);
        QCOMPARE(m_server->count("POST", "/api/projects/1/feature_flags/"), 1);
    }

    void transientRetriesAreBounded()
    {
        m_server->enqueue("GET", "/api/projects/1/", 502, "{}");
        Waiter<Project> w;
        m_client->project(1, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().category(), PostHogError::Category::ServerError);
        QCOMPARE(m_server->count("GET", "/api/projects/1/"), 3); // one try and two retries
    }

    void slowAnswerTimesOut()
    {
        FakePostHogServer::Answer slow;
        slow.body = R"({"id":1})";
        slow.delayMs = 2000;
        m_server->enqueue("GET", "/api/projects/1/", slow);
        Waiter<Project> w;
        PostHogCall *call = m_client->project(1, this, w.callback());
        call->setDeadline(300);
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().category(), PostHogError::Category::Timeout);
    }

    void connectionResetIsNetworkError()
    {
        FakePostHogServer::Answer reset;
        reset.reset = true;
        m_server->enqueue("GET", "/api/projects/1/", reset);
        Waiter<Project> w;
        m_client->project(1, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().category(), PostHogError::Category::Network);
        // Our two retries, plus at most one transparent resend per attempt by QNetworkAccessManager.
        QVERIFY(m_server->count("GET", "/api/projects/1/") >= 3);
        QVERIFY(m_server->count("GET", "/api/projects/1/") <= 6);
        checkNoKey(w.result->error());
    }

    void unreachableHostIsNetworkError()
    {
        QString error;
        m_client->setConnection(PostHogConnection::custom(PostHogConnection::Region::SelfHosted, QStringLiteral("http://127.0.0.1:1"), &error));
        Waiter<Project> w;
        m_client->project(1, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().category(), PostHogError::Category::Network);
        QVERIFY(w.result->error().message().contains(QLatin1String("127.0.0.1")));
    }

    void malformedJson()
    {
        m_server->enqueue("GET", "/api/projects/1/", 200, R"({"id":1, "name": )");
        Waiter<Project> w;
        m_client->project(1, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().category(), PostHogError::Category::MalformedResponse);
    }

    void oversizedResponse()
    {
        RetryPolicy policy = m_client->retryPolicy();
        policy.maxResponseBytes = 1024 * 1024;
        m_client->setRetryPolicy(policy);
        FakePostHogServer::Answer huge;
        huge.streamForever = true;
        m_server->enqueue("GET", "/api/projects/1/", huge);
        Waiter<Project> w;
        m_client->project(1, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().category(), PostHogError::Category::ResponseTooLarge);
    }

    void cancellation()
    {
        FakePostHogServer::Answer slow;
        slow.body = R"({"id":1})";
        slow.delayMs = 1500;
        m_server->enqueue("GET", "/api/projects/1/", slow);
        Waiter<Project> w;
        PostHogCall *call = m_client->project(1, this, w.callback());
        QTRY_COMPARE(m_server->count("GET", "/api/projects/1/"), 1);
        call->cancel();
        QVERIFY(w.wait(1000));
        QCOMPARE(w.result->error().category(), PostHogError::Category::Cancelled);
    }

    void deadContextSkipsCallback()
    {
        m_server->enqueue("GET", "/api/projects/1/", 200, R"({"id":1})");
        bool called = false;
        auto context = std::make_unique<QObject>();
        PostHogCall *call = m_client->project(1, context.get(), [&called](const PostHogResult<Project> &) { called = true; });
        QSignalSpy finished(call, &PostHogCall::finished);
        context.reset();
        QVERIFY(finished.wait(3000));
        QVERIFY(!called);
    }

    void paginationAndQueryParameters()
    {
        m_server->enqueue("GET", "/api/projects/3/insights/", 200,
                          QByteArray("{\"count\":57,\"next\":\"http:") + "//x/api/projects/3/insights/?limit=20&offset=40\",\"previous\":null," R"("results":[{"id":1,"short_id":"abcdefgh","name":"A"},{"id":2,"short_id":"bcdefghi","name":"B"}]})");
        Waiter<Page<Insight>> w;
        ListOptions options;
        options.search = QStringLiteral("sign ups");
        options.limit = 20;
        options.offset = 20;
        m_client->insights(3, options, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        QCOMPARE(w.result->value().count, 57);
        QVERIFY(w.result->value().hasMore);
        QCOMPARE(w.result->value().nextOffset(), 22);
        const QUrlQuery q = m_server->received().last().query;
        QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("20"));
        QCOMPARE(q.queryItemValue(QStringLiteral("offset")), QStringLiteral("20"));
        QCOMPARE(q.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded), QStringLiteral("sign ups"));
    }

    void shortIdIsResolvedThroughTheList()
    {
        m_server->enqueue("GET", "/api/projects/1/insights/", 200, R"({"count":1,"next":null,"results":[{"id":77,"short_id":"Ab3dEf9h","name":"X"}]})");
        Waiter<Insight> w;
        m_client->insight(1, QStringLiteral("Ab3dEf9h"), true, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        QCOMPARE(w.result->value().id, 77);
        QCOMPARE(m_server->received().last().query.queryItemValue(QStringLiteral("short_id")), QStringLiteral("Ab3dEf9h"));
        QCOMPARE(m_server->received().last().query.queryItemValue(QStringLiteral("refresh")), QStringLiteral("blocking"));
    }

    void badInsightIdFailsWithoutRequest()
    {
        Waiter<Insight> w;
        m_client->insight(1, QStringLiteral("../../etc"), false, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().category(), PostHogError::Category::InvalidArgument);
        QVERIFY(m_server->received().isEmpty());
    }

    void addInsightToDashboardKeepsExistingDashboards()
    {
        m_server->enqueue("GET", "/api/projects/1/insights/5/", 200, R"({"id":5,"short_id":"aaaabbbb","dashboards":[1,2]})");
        m_server->enqueue("PATCH", "/api/projects/1/insights/5/", 200, R"({"id":5,"short_id":"aaaabbbb","dashboards":[1,2,9]})");
        Waiter<Insight> w;
        PostHogCall *call = m_client->addInsightToDashboard(1, 5, 9, this, w.callback());
        QSignalSpy finished(call, &PostHogCall::finished);
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        const QJsonObject sent = QJsonDocument::fromJson(m_server->received().last().body).object();
        QCOMPARE(sent.value(QLatin1String("dashboards")).toArray(), (QJsonArray{1, 2, 9}));
        QVERIFY(finished.count() == 1 || finished.wait(1000)); // one handle covers both requests
    }

    void flagUpdateKeepsFiltersNotMentioned()
    {
        m_server->enqueue("GET", "/api/projects/1/feature_flags/3/", 200,
                          R"({"id":3,"key":"k","filters":{"groups":[{"properties":[{"key":"plan"}],"rollout_percentage":10}],"multivariate":{"variants":[{"key":"a","rollout_percentage":100}]},"payloads":{"a":"{}"}}})");
        m_server->enqueue("PATCH", "/api/projects/1/feature_flags/3/", 200, R"({"id":3,"key":"k"})");
        Waiter<FeatureFlag> w;
        m_client->updateFeatureFlag(1, 3, QJsonObject{{QStringLiteral("filters"), QJsonObject{{QStringLiteral("groups"),
                                                                                                QJsonArray{QJsonObject{{QStringLiteral("rollout_percentage"), 50}}}}}}},
                                    this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        const QJsonObject filters = QJsonDocument::fromJson(m_server->received().last().body).object().value(QLatin1String("filters")).toObject();
        QVERIFY(filters.contains(QLatin1String("multivariate")));
        QVERIFY(filters.contains(QLatin1String("payloads")));
        QCOMPARE(filters.value(QLatin1String("groups")).toArray().first().toObject().value(QLatin1String("rollout_percentage")).toInt(), 50);
    }

    void softDeleteIsPatch()
    {
        m_server->enqueue("PATCH", "/api/projects/1/dashboards/4/", 200, R"({"id":4,"deleted":true})");
        Waiter<Dashboard> w;
        m_client->deleteDashboard(1, 4, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->value().deleted);
        QCOMPARE(QJsonDocument::fromJson(m_server->received().last().body).object(), (QJsonObject{{QStringLiteral("deleted"), true}}));
    }

    void hogqlQueryShapes()
    {
        m_server->enqueue("POST", "/api/environments/2/query/", 200,
                          R"({"columns":["c","n"],"types":[["c","String"],["n","UInt64"]],"results":[["FR",3]],"hasMore":true,"limit":1,"offset":0})");
        Waiter<QueryResult> w;
        m_client->hogql(2, QStringLiteral("SELECT 1"), this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        QCOMPARE(w.result->value().columns, (QStringList{QStringLiteral("c"), QStringLiteral("n")}));
        QCOMPARE(w.result->value().types.at(1), QStringLiteral("UInt64"));
        QVERIFY(w.result->value().hasMore);
        const QJsonObject sent = QJsonDocument::fromJson(m_server->received().last().body).object();
        QCOMPARE(sent.value(QLatin1String("query")).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("HogQLQuery"));
    }

    void queriesAreCappedAtThreeConcurrent()
    {
        FakePostHogServer::Answer slow;
        slow.body = R"({"columns":[],"results":[]})";
        slow.delayMs = 300;
        m_server->enqueue("POST", "/api/environments/1/query/", slow);
        int done = 0;
        for (int i = 0; i < 5; ++i)
            m_client->hogql(1, QStringLiteral("SELECT 1"), this, [&done](const PostHogResult<QueryResult> &) { ++done; });
        QTRY_COMPARE(m_server->count("POST", "/api/environments/1/query/"), 3);
        QCOMPARE(m_client->inFlightQueries(), 3);
        QTRY_COMPARE(done, 5);
        QCOMPARE(m_server->count("POST", "/api/environments/1/query/"), 5);
    }

    void keyNeverAppearsInLogs()
    {
        qInstallMessageHandler(captureLog);
        m_server->enqueue("GET", "/api/projects/1/", 401, R"({"detail":"Invalid key"})");
        Waiter<Project> w;
        m_client->project(1, this, w.callback());
        QVERIFY(w.wait());
        qInstallMessageHandler(nullptr);
        checkNoKey(w.result->error());
        for (const QString &line : std::as_const(capturedLogs))
            QVERIFY(!line.contains(secretKey));
    }
};

QTEST_GUILESS_MAIN(TestPostHogClient)
#include "tst_posthogclient.moc"
