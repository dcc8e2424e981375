#include "fakeposthogserver.h"

#include "common/asyncresult.h"

#include "posthog/posthogclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString secretKey = u"phx_supersecret_key_1234567890"_s;
QStringList capturedLogs;

void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedLogs.append(QString::fromUtf8(context.category ? context.category : "default") + u": "_s + message);
}

// Captures every message, phc.* debug included, while it lives; then restores what was there.
class LogCapture
{
public:
    LogCapture()
    {
        capturedLogs.clear();
        QLoggingCategory::setFilterRules(u"phc.*=true"_s);
        m_previous = qInstallMessageHandler(captureLog);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;
    QString text() const { return capturedLogs.join(QLatin1Char('\n')); }

private:
    QtMessageHandler m_previous = nullptr;
};

// Markers that must never reach a log: a query string and a request body.
const QString searchMarker = u"searchmarker9f3e"_s;
const QString bodyMarker = u"bodymarker71c2"_s;

// Stands in for the app's French .qm: translates every text of the PostHog classes' contexts, so a
// tr() left in an agent-facing message shows up as the marker. (The app ships no Qt .qm, so Qt's
// own texts, such as QJsonParseError's, stay English.)
class MarkingTranslator : public QTranslator
{
public:
    static inline const QString marker = u"[translated]"_s;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        return QByteArray(context).startsWith("PostHog") ? marker + QString::fromUtf8(sourceText) : QString();
    }
};

template <typename T>
using Waiter = AsyncResult<T>;
} // namespace

// Emits destroyed() from its own destructor, before QObject's, as QWidget::~QWidget does: a
// QPointer to it is still set while that signal runs.
class EarlyAnnouncingContext : public QObject
{
public:
    ~EarlyAnnouncingContext() override { Q_EMIT destroyed(this); }
};

class TestPostHogClient : public QObject
{
    Q_OBJECT

private:
    // A query PostHog takes 1.5 s to answer: long enough to be abandoned.
    void enqueueSlowQuery()
    {
        FakePostHogServer::Answer slow;
        slow.body = QJsonDocument(QJsonObject{{u"columns"_s, QJsonArray()}, {u"results"_s, QJsonArray()}}).toJson();
        slow.delayMs = 1500;
        m_server->enqueue("POST", "/api/environments/1/query/", slow);
    }

    static QString clientQueryId(const FakePostHogServer::Received &request)
    {
        return QJsonDocument::fromJson(request.body).object().value("client_query_id"_L1).toString();
    }

    std::unique_ptr<FakePostHogServer> m_server;
    std::unique_ptr<PostHogClient> m_client;

    void checkNoKey(const PostHogError &error)
    {
        QVERIFY(!error.message().contains(secretKey));
        QVERIFY(!error.detail().contains(secretKey));
    }

    // HogQL returns $exception_list as a JSON string: frames in cymbal's resolved shape, then a
    // raw SDK frame of an unprocessed event.
    static QByteArray latestExceptionAnswer()
    {
        const QByteArray frames
            = R"([{"type":"TypeError","value":"x is undefined","stacktrace":{"type":"resolved","frames":[)"
              R"({"mangled_name":"a","resolved_name":"checkout","source":"src/cart.ts","line":42,"column":7,"in_app":true,"lang":"javascript","resolved":true},)"
              R"({"mangled_name":"b","source":"vendor.js","line":1,"column":99,"in_app":false,"resolved":false},)"
              R"({"function":"raw","filename":"raw.js","lineno":3,"colno":4}]}}])";
        const QJsonArray row{QString::fromUtf8(frames), u"{}"_s, u"2026-11-01T10:00:00Z"_s};
        return QJsonDocument(QJsonObject{{u"results"_s, QJsonArray{row}}}).toJson(QJsonDocument::Compact);
    }

    static FakePostHogServer::Answer answer(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        FakePostHogServer::Answer a;
        a.status = status;
        a.body = body;
        a.headers = headers;
        return a;
    }

    // Reads project `id`, answered by `answers` in turn, and checks how the call ended.
    void expectProjectRead(qint64 id, const QList<FakePostHogServer::Answer> &answers, PostHogError::Category category, int deadlineMs = 0)
    {
        for (const FakePostHogServer::Answer &a : answers)
            m_server->enqueue("GET", u"/api/projects/%1/"_s.arg(id), a);
        Waiter<Project> w;
        PostHogCall *call = m_client->project(id, this, w.callback());
        if (deadlineMs > 0)
            call->setDeadline(deadlineMs);
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().category(), category);
        checkNoKey(w.result->error());
    }

    void driveHttpErrors()
    {
        const QByteArray scope = "{\"type\":\"authentication_error\",\"code\":\"permission_denied\","
                                 "\"detail\":\"API key missing required scope \'insight:write\'\"}";
        expectProjectRead(401, {answer(401, R"({"type":"authentication_error","detail":"Invalid key"})")}, PostHogError::Category::Unauthorized);
        expectProjectRead(403, {answer(403, scope)}, PostHogError::Category::Forbidden);
        expectProjectRead(404, {answer(404, R"({"type":"invalid_request","code":"not_found","detail":"Not found."})")},
                          PostHogError::Category::NotFound);
        expectProjectRead(500, {answer(500, "<html>oops</html>")}, PostHogError::Category::ServerError);
    }

    void driveRetries()
    {
        const QByteArray throttled = R"({"type":"throttled_error","code":"throttled","detail":"Request was throttled."})";
        expectProjectRead(429, {answer(429, throttled, {{"Retry-After", "0"}}), answer(200, R"({"id":429})")}, PostHogError::Category::None);
        expectProjectRead(4290, {answer(429, throttled, {{"Retry-After", "120"}})}, PostHogError::Category::RateLimited);
        expectProjectRead(503, {answer(503, "{}"), answer(200, R"({"id":503})")}, PostHogError::Category::None);
        expectProjectRead(502, {answer(502, "{}")}, PostHogError::Category::ServerError);
    }

    void driveBrokenAnswers()
    {
        expectProjectRead(7, {answer(200, R"({"id":7, "name": )")}, PostHogError::Category::MalformedResponse);
        FakePostHogServer::Answer slow = answer(200, R"({"id":408})");
        slow.delayMs = 2000;
        expectProjectRead(408, {slow}, PostHogError::Category::Timeout, 300);
        FakePostHogServer::Answer reset;
        reset.reset = true;
        expectProjectRead(104, {reset}, PostHogError::Category::Network);
        FakePostHogServer::Answer cut = answer(200, R"({"id":206,"name":"a project with a long enough name to be cut in half"})");
        cut.truncate = true;
        expectProjectRead(206, {cut}, PostHogError::Category::Network);
        RetryPolicy policy = m_client->retryPolicy();
        policy.maxResponseBytes = 1024 * 1024;
        m_client->setRetryPolicy(policy);
        FakePostHogServer::Answer huge;
        huge.streamForever = true;
        expectProjectRead(413, {huge}, PostHogError::Category::ResponseTooLarge);
    }

    // A search term in the query string, a body, and a query abandoned on PostHog.
    void driveRequestsWithPayloads()
    {
        m_server->enqueue("GET", "/api/projects/1/insights/", 500, "{}");
        Waiter<Page<Insight>> list;
        m_client->insights(1, ListOptions{searchMarker, 10, 0}, this, list.callback());
        QVERIFY(list.wait());
        QCOMPARE(list.result->error().category(), PostHogError::Category::ServerError);
        m_server->enqueue("POST", "/api/projects/1/dashboards/", 400, R"({"type":"validation_error","detail":"Bad name","attr":"name"})");
        Waiter<Dashboard> write;
        m_client->createDashboard(1, QJsonObject{{u"name"_s, bodyMarker}}, this, write.callback());
        QVERIFY(write.wait());
        QCOMPARE(write.result->error().category(), PostHogError::Category::BadRequest);
        enqueueSlowQuery();
        Waiter<QueryResult> query;
        m_client->hogql(1, u"SELECT 1"_s, this, query.callback())->setDeadline(300);
        QVERIFY(query.wait());
        QCOMPARE(query.result->error().category(), PostHogError::Category::Timeout);
        const QString id = clientQueryId(m_server->received().last());
        QTRY_COMPARE(m_server->count("DELETE", u"/api/environments/1/query/%1/"_s.arg(id)), 1);
    }

    void driveUnusableKeyAndHost()
    {
        m_client->setApiKey(u"phc_publicprojectkey123"_s);
        expectProjectRead(1, {}, PostHogError::Category::Unauthorized);
        m_client->setApiKey(secretKey);
        QString error;
        m_client->setConnection(PostHogConnection::custom(PostHogConnection::Region::SelfHosted, u"http://127.0.0.1:1"_s, &error));
        expectProjectRead(111, {}, PostHogError::Category::Network);
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
        m_server->enqueue(
            "GET", "/api/users/@me/", 200,
            R"({"distinct_id":"d1","email":"a@b.c","first_name":"Ada","organization":{"id":"o1","name":"Org"},"team":{"id":7,"name":"Web"},"organizations":[{"id":"o1","name":"Org","slug":"org"}],"unknown_field":{"x":1}})");
        Waiter<CurrentUser> w;
        m_client->currentUser(this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        QCOMPARE(w.result->value().email, u"a@b.c"_s);
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
        QVERIFY(w.result->error().message().contains("name"_L1));
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
        QTest::newRow("403")
            << 403
            << QByteArray(
                   "{\"type\":\"authentication_error\",\"code\":\"permission_denied\",\"detail\":\"API key missing required scope 'insight:write'\"}")
            << int(PostHogError::Category::Forbidden) << "insight:write";
        // No promise about presets: which scopes the "MCP Server" preset has changed across PostHog versions (frontend/src/lib/scopes.tsx).
        QTest::newRow("403 bare") << 403 << QByteArray("{}") << int(PostHogError::Category::Forbidden) << "Settings > Personal API keys";
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
        m_client->updateInsight(1, 42, QJsonObject{{u"name"_s, u"x"_s}}, this, w.callback());
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
        m_client->createDashboard(1, QJsonObject{{u"name"_s, u"New"_s}}, this, w.callback());
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
        QVERIFY(w.result->error().message().contains("120"_L1));
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
        m_client->createFeatureFlag(1, QJsonObject{{u"key"_s, u"k"_s}}, this, w.callback());
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

    void deadlineDuringARetryKeepsTheFailure()
    {
        // A reset connection, then an answer slower than the deadline: the caller hears about the
        // reset that made us retry, not a bare timeout (e2e.faults saw it on a loaded machine).
        FakePostHogServer::Answer reset;
        reset.reset = true;
        FakePostHogServer::Answer slow = answer(200, R"({"id": 1, "name": "late"})");
        slow.delayMs = 3000;
        m_server->enqueue("GET", "/api/projects/1/", reset);
        m_server->enqueue("GET", "/api/projects/1/", reset);
        m_server->enqueue("GET", "/api/projects/1/", slow);
        Waiter<Project> w;
        m_client->project(1, this, w.callback())->setDeadline(1000);
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().category(), PostHogError::Category::Network);
        QVERIFY2(w.result->error().message().contains("was reset"_L1), qPrintable(w.result->error().message()));
        QVERIFY2(w.result->error().message().contains("Retried until the call's 1 s budget ran out."_L1), qPrintable(w.result->error().message()));
        checkNoKey(w.result->error());
    }

    void unreachableHostIsNetworkError()
    {
        QString error;
        m_client->setConnection(PostHogConnection::custom(PostHogConnection::Region::SelfHosted, u"http://127.0.0.1:1"_s, &error));
        Waiter<Project> w;
        m_client->project(1, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().category(), PostHogError::Category::Network);
        QVERIFY(w.result->error().message().contains("127.0.0.1"_L1));
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
                          QByteArray("{\"count\":57,\"next\":\"http:")
                              + "//x/api/projects/3/insights/?limit=20&offset=40\",\"previous\":null,"
                                R"("results":[{"id":1,"short_id":"abcdefgh","name":"A"},{"id":2,"short_id":"bcdefghi","name":"B"}]})");
        Waiter<Page<Insight>> w;
        ListOptions options;
        options.search = u"sign ups"_s;
        options.limit = 20;
        options.offset = 20;
        m_client->insights(3, options, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        QCOMPARE(w.result->value().count, 57);
        QVERIFY(w.result->value().hasMore);
        QCOMPARE(w.result->value().nextOffset(), 22);
        const QUrlQuery q = m_server->received().last().query;
        QCOMPARE(q.queryItemValue(u"limit"_s), u"20"_s);
        QCOMPARE(q.queryItemValue(u"offset"_s), u"20"_s);
        QCOMPARE(q.queryItemValue(u"search"_s, QUrl::FullyDecoded), u"sign ups"_s);
    }

    void shortIdIsResolvedThroughTheList()
    {
        m_server->enqueue("GET", "/api/projects/1/insights/", 200,
                          R"({"count":1,"next":null,"results":[{"id":77,"short_id":"Ab3dEf9h","name":"X"}]})");
        Waiter<Insight> w;
        m_client->insight(1, u"Ab3dEf9h"_s, true, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        QCOMPARE(w.result->value().id, 77);
        QCOMPARE(m_server->received().last().query.queryItemValue(u"short_id"_s), u"Ab3dEf9h"_s);
        QCOMPARE(m_server->received().last().query.queryItemValue(u"refresh"_s), u"blocking"_s);
    }

    void badInsightIdFailsWithoutRequest()
    {
        Waiter<Insight> w;
        m_client->insight(1, u"../../etc"_s, false, this, w.callback());
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
        QCOMPARE(sent.value("dashboards"_L1).toArray(), (QJsonArray{1, 2, 9}));
        QVERIFY(finished.count() == 1 || finished.wait(1000)); // one handle covers both requests
    }

    void flagUpdateKeepsFiltersNotMentioned()
    {
        m_server->enqueue(
            "GET", "/api/projects/1/feature_flags/3/", 200,
            R"({"id":3,"key":"k","filters":{"groups":[{"properties":[{"key":"plan"}],"rollout_percentage":10}],"multivariate":{"variants":[{"key":"a","rollout_percentage":100}]},"payloads":{"a":"{}"}}})");
        m_server->enqueue("PATCH", "/api/projects/1/feature_flags/3/", 200, R"({"id":3,"key":"k"})");
        Waiter<FeatureFlag> w;
        m_client->updateFeatureFlag(1, 3,
                                    QJsonObject{{u"filters"_s, QJsonObject{{u"groups"_s, QJsonArray{QJsonObject{{u"rollout_percentage"_s, 50}}}}}}},
                                    this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        const QJsonObject filters = QJsonDocument::fromJson(m_server->received().last().body).object().value("filters"_L1).toObject();
        QVERIFY(filters.contains("multivariate"_L1));
        QVERIFY(filters.contains("payloads"_L1));
        QCOMPARE(filters.value("groups"_L1).toArray().first().toObject().value("rollout_percentage"_L1).toInt(), 50);
    }

    void softDeleteIsPatch()
    {
        m_server->enqueue("PATCH", "/api/projects/1/dashboards/4/", 200, R"({"id":4,"deleted":true})");
        Waiter<Dashboard> w;
        m_client->deleteDashboard(1, 4, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->value().deleted);
        QCOMPARE(QJsonDocument::fromJson(m_server->received().last().body).object(), (QJsonObject{{u"deleted"_s, true}}));
    }

    void hogqlQueryShapes()
    {
        m_server->enqueue(
            "POST", "/api/environments/2/query/", 200,
            R"({"columns":["c","n"],"types":[["c","String"],["n","UInt64"]],"results":[["FR",3]],"hasMore":true,"limit":1,"offset":0})");
        Waiter<QueryResult> w;
        m_client->hogql(2, u"SELECT 1"_s, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        QCOMPARE(w.result->value().columns, (QStringList{u"c"_s, u"n"_s}));
        QCOMPARE(w.result->value().types.at(1), u"UInt64"_s);
        QVERIFY(w.result->value().hasMore);
        const QJsonObject sent = QJsonDocument::fromJson(m_server->received().last().body).object();
        QCOMPARE(sent.value("query"_L1).toObject().value("kind"_L1).toString(), u"HogQLQuery"_s);
    }

    void queriesAreCappedAtThreeConcurrent()
    {
        FakePostHogServer::Answer slow;
        slow.body = R"({"columns":[],"results":[]})";
        slow.delayMs = 300;
        m_server->enqueue("POST", "/api/environments/1/query/", slow);
        int done = 0;
        for (int i = 0; i < 5; ++i)
            m_client->hogql(1, u"SELECT 1"_s, this, [&done](const PostHogResult<QueryResult> &) { ++done; });
        QTRY_COMPARE(m_server->count("POST", "/api/environments/1/query/"), 3);
        QCOMPARE(m_client->inFlightQueries(), 3);
        QTRY_COMPARE(done, 5);
        QCOMPARE(m_server->count("POST", "/api/environments/1/query/"), 5);
    }

    // Cymbal's resolved frames (rust/cymbal/src/frames/mod.rs); raw SDK fields only as fallback.
    // The EventsQuery needs `after`: without it events_query_runner.py adds after = -24h.
    void errorDetailsReadResolvedFramesAndLookSinceFirstSeen()
    {
        m_server->enqueue(
            "POST", "/api/environments/1/query/", 200,
            R"({"results":[{"id":"abc-1","name":"TypeError","description":"x is undefined","status":"active",)"
            R"("first_seen":"2026-10-01T10:00:00Z","last_seen":"2026-11-01T10:00:00Z","aggregations":{"occurrences":5,"users":2,"sessions":3}}],"hasMore":false})");
        m_server->enqueue("POST", "/api/environments/1/query/", 200, latestExceptionAnswer());
        Waiter<ErrorIssueDetails> w;
        m_client->errorIssueDetails(1, u"abc-1"_s, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY2(w.result->ok(), qPrintable(w.result->error().message()));
        const QList<StackFrame> frames = w.result->value().frames;
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames.at(0).function, u"checkout"_s);
        QCOMPARE(frames.at(0).filename, u"src/cart.ts"_s);
        QCOMPARE(frames.at(0).line, 42);
        QCOMPARE(frames.at(0).column, 7);
        QVERIFY(frames.at(0).inApp);
        QCOMPARE(frames.at(1).function, u"b"_s);
        QCOMPARE(frames.at(1).column, 99);
        QCOMPARE(frames.at(2).function, u"raw"_s);
        QCOMPARE(frames.at(2).filename, u"raw.js"_s);
        QCOMPARE(frames.at(2).line, 3);
        QCOMPARE(w.result->value().window, u"-7d"_s);

        const QJsonObject issueQuery = QJsonDocument::fromJson(m_server->received().at(0).body).object().value("query"_L1).toObject();
        QCOMPARE(issueQuery.value("dateRange"_L1).toObject().value("date_from"_L1).toString(), u"-7d"_s);
        const QJsonObject events = QJsonDocument::fromJson(m_server->received().at(1).body).object().value("query"_L1).toObject();
        QCOMPARE(events.value("kind"_L1).toString(), u"EventsQuery"_s);
        QCOMPARE(events.value("after"_L1).toString(), u"2026-10-01T10:00:00Z"_s);
        QCOMPARE(events.value("where"_L1).toArray(), QJsonArray{u"issue_id = 'abc-1' OR properties.$exception_issue_id = 'abc-1'"_s});
        QCOMPARE(events.value("orderBy"_L1).toArray(), QJsonArray{u"timestamp DESC"_s});
        QCOMPARE(events.value("limit"_L1).toInt(), 1);
    }

    // posthog/schema.py ErrorTrackingQuery: withFirstEvent defaults to true (whole first event per row).
    void errorListSkipsFirstEventAndFiltersTestAccounts()
    {
        m_server->enqueue("POST", "/api/environments/1/query/", 200, R"({"results":[],"hasMore":false})");
        Waiter<Page<ErrorIssue>> w;
        m_client->errorIssues(1, ErrorListOptions(), this, w.callback());
        QVERIFY(w.wait());
        QJsonObject node = QJsonDocument::fromJson(m_server->received().last().body).object().value("query"_L1).toObject();
        QCOMPARE(node.value("withFirstEvent"_L1), QJsonValue(false));
        QCOMPARE(node.value("filterTestAccounts"_L1), QJsonValue(true));
        ErrorListOptions all;
        all.includeTestAccounts = true;
        Waiter<Page<ErrorIssue>> w2;
        m_client->errorIssues(1, all, this, w2.callback());
        QVERIFY(w2.wait());
        node = QJsonDocument::fromJson(m_server->received().last().body).object().value("query"_L1).toObject();
        QCOMPARE(node.value("filterTestAccounts"_L1), QJsonValue(false));
    }

    // posthog/api/insight.py order_queryset: without order= the legacy `order` column wins.
    void insightsAreListedNewestFirst()
    {
        m_server->enqueue("GET", "/api/projects/1/insights/", 200, R"({"results":[],"next":null})");
        Waiter<Page<Insight>> w;
        m_client->insights(1, ListOptions(), this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(m_server->received().last().query.queryItemValue(u"order"_s), u"-last_modified_at"_s);
    }

    // Django's QueryDict reads a bare '+' as a space.
    void plusIsPercentEncoded()
    {
        m_server->enqueue("GET", "/api/projects/1/insights/", 200, R"({"results":[],"next":null})");
        ListOptions options;
        options.search = u"a+b c"_s;
        Waiter<Page<Insight>> w;
        m_client->insights(1, options, this, w.callback());
        QVERIFY(w.wait());
        const QString raw = m_server->received().last().rawQuery;
        QVERIFY2(raw.contains("search=a%2Bb%20c"_L1), qPrintable(raw));
    }

    // posthog/api/query.py: client_query_id names a query; DELETE query/{id}/ cancels it.
    void cancelledQueryIsCancelledOnPostHog()
    {
        enqueueSlowQuery();
        Waiter<QueryResult> w;
        PostHogCall *call = m_client->hogql(1, u"SELECT 1"_s, this, w.callback());
        QTRY_COMPARE(m_server->count("POST", "/api/environments/1/query/"), 1);
        const QString id = clientQueryId(m_server->received().last());
        QVERIFY(!QUuid::fromString(id).isNull());
        call->cancel();
        QVERIFY(w.wait(1000));
        QTRY_COMPARE(m_server->count("DELETE", u"/api/environments/1/query/%1/"_s.arg(id)), 1);
    }

    void timedOutQueryIsCancelledOnPostHog()
    {
        enqueueSlowQuery();
        Waiter<QueryResult> w;
        PostHogCall *call = m_client->hogql(1, u"SELECT 1"_s, this, w.callback());
        call->setDeadline(300);
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().category(), PostHogError::Category::Timeout);
        const QString id = clientQueryId(m_server->received().first());
        QTRY_COMPARE(m_server->count("DELETE", u"/api/environments/1/query/%1/"_s.arg(id)), 1);
    }

    void abandonedQueryIsCancelledWhenItsContextDies()
    {
        enqueueSlowQuery();
        auto context = std::make_unique<QObject>();
        bool called = false;
        m_client->hogql(1, u"SELECT 1"_s, context.get(), [&called](const PostHogResult<QueryResult> &) { called = true; });
        QTRY_COMPARE(m_server->count("POST", "/api/environments/1/query/"), 1);
        const QString id = clientQueryId(m_server->received().last());
        context.reset();
        QTRY_COMPARE(m_server->count("DELETE", u"/api/environments/1/query/%1/"_s.arg(id)), 1);
        QVERIFY(!called);
    }

    void abandonedQueryNeverCallsBackIntoAWidgetBeingDestroyed()
    {
        // ResourcePage (a QWidget) died with a query in flight: abandoning it called back into the
        // half-destroyed page (UBSan in tst_resourcepages).
        enqueueSlowQuery();
        auto context = std::make_unique<EarlyAnnouncingContext>();
        bool called = false;
        m_client->hogql(1, u"SELECT 1"_s, context.get(), [&called](const PostHogResult<QueryResult> &) { called = true; });
        QTRY_COMPARE(m_server->count("POST", "/api/environments/1/query/"), 1);
        context.reset();
        QVERIFY(!called);
    }

    void transportFaultsInTheirOwnWords()
    {
        FakePostHogServer::Answer reset;
        reset.reset = true;
        m_server->enqueue("GET", "/api/projects/1/", reset);
        Waiter<Project> w1;
        m_client->project(1, this, w1.callback());
        QVERIFY(w1.wait());
        QVERIFY2(w1.result->error().message().contains("was reset"_L1), qPrintable(w1.result->error().message()));

        FakePostHogServer::Answer cut;
        cut.truncate = true;
        cut.body = R"({"id":2,"name":"a project with a long enough name to be cut in half"})";
        m_server->enqueue("GET", "/api/projects/2/", cut);
        Waiter<Project> w2;
        m_client->project(2, this, w2.callback());
        QVERIFY(w2.wait());
        QVERIFY2(w2.result->error().message().contains("cut off"_L1), qPrintable(w2.result->error().message()));

        FakePostHogServer::Answer slow;
        slow.body = R"({"id":3})";
        slow.delayMs = 2500;
        m_server->enqueue("GET", "/api/projects/3/", slow);
        Waiter<Project> w3;
        m_client->project(3, this, w3.callback())->setDeadline(1000);
        QVERIFY(w3.wait());
        QVERIFY2(w3.result->error().message().contains("did not answer within 1 s"_L1), qPrintable(w3.result->error().message()));
    }

    // The 403 details come from posthog/permissions.py (APIScopePermission, scoped teams).
    void forbiddenSaysWhichScopeOrProject()
    {
        m_server->enqueue(
            "PATCH", "/api/projects/1/insights/5/", 403,
            "{\"type\":\"authentication_error\",\"code\":\"permission_denied\",\"detail\":\"API key missing required scope \'insight:write\'\"}");
        Waiter<Insight> w1;
        m_client->updateInsight(1, 5, QJsonObject{{u"name"_s, u"x"_s}}, this, w1.callback());
        QVERIFY(w1.wait());
        const PostHogError scope = w1.result->error();
        QCOMPARE(scope.missingScope(), u"insight:write"_s);
        QVERIFY(scope.message().contains("'insight:write'"_L1));
        QVERIFY(scope.message().contains("Settings > Personal API keys"_L1));
        QVERIFY(!scope.message().contains("preset"_L1));
        QVERIFY(!scope.isProjectScopedKey());

        m_server->enqueue(
            "GET", "/api/projects/9/", 403,
            R"({"type":"authentication_error","code":"permission_denied","detail":"API key does not have access to the requested project: ID 9"})");
        Waiter<Project> w2;
        m_client->project(9, this, w2.callback());
        QVERIFY(w2.wait());
        QVERIFY(w2.result->error().isProjectScopedKey());
        QVERIFY(w2.result->error().message().contains("set_active_project"_L1));

        m_server->enqueue(
            "GET", "/api/organizations/", 403,
            R"({"type":"authentication_error","code":"permission_denied","detail":"API keys with scoped projects are only supported on project-based endpoints."})");
        Waiter<QList<Organization>> w3;
        m_client->organizations(this, w3.callback());
        QVERIFY(w3.wait());
        QVERIFY(w3.result->error().isProjectScopedKey());
        checkNoKey(w3.result->error());
    }

    void publicProjectKeyIsRefusedBeforeAnyRequest()
    {
        m_client->setApiKey(u"phc_publicprojectkey123"_s);
        Waiter<Project> w;
        m_client->project(1, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error().category(), PostHogError::Category::Unauthorized);
        QVERIFY(w.result->error().message().contains("public project key"_L1));
        QVERIFY(w.result->error().message().contains("personal API key"_L1));
        QVERIFY(!w.result->error().message().contains("phc_publicprojectkey123"_L1));
        QCOMPARE(m_server->received().size(), 0);
    }

    // posthog/api/dashboards/dashboard.py: filter_queryset handles only `tags`, never `search`.
    void dashboardSearchFiltersNamesAcrossPages()
    {
        QByteArray first = R"({"next":"http://x/?offset=100","results":[)";
        for (int i = 0; i < 100; ++i)
            first += QByteArray(i ? "," : "") + "{\"id\":" + QByteArray::number(i + 1) + ",\"name\":\"" + (i % 50 == 0 ? "Sales " : "Other ")
                     + QByteArray::number(i) + "\"}";
        first += "]}";
        m_server->enqueue("GET", "/api/projects/1/dashboards/", 200, first);
        m_server->enqueue("GET", "/api/projects/1/dashboards/", 200, R"({"next":null,"results":[{"id":500,"name":"my SALES board"}]})");
        ListOptions options;
        options.search = u"sales"_s;
        options.limit = 2;
        Waiter<Page<Dashboard>> w;
        m_client->dashboards(1, options, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY2(w.result->ok(), qPrintable(w.result->error().message()));
        const Page<Dashboard> page = w.result->value();
        QCOMPARE(page.results.size(), 2);
        QCOMPARE(page.results.at(0).id, 1);
        QCOMPARE(page.results.at(1).id, 51);
        QVERIFY(page.hasMore); // the third match is on PostHog's second page
        QCOMPARE(page.nextOffset(), 2);
        QCOMPARE(m_server->received().at(0).query.queryItemValue(u"offset"_s), u"0"_s);
        QVERIFY(!m_server->received().at(0).query.hasQueryItem(u"search"_s));
        QCOMPARE(m_server->received().at(1).query.queryItemValue(u"offset"_s), u"100"_s);
    }

    // Agents read these messages whatever the UI language (--lang fr): none goes through tr().
    void agentFacingErrorsAreNotTranslated()
    {
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QVERIFY(QCoreApplication::translate("PostHogError", "x").startsWith(MarkingTranslator::marker));
        QList<PostHogError> errors;
        for (int status : {400, 401, 403, 404, 418, 429, 500})
            errors.append(PostHogError::fromHttp(status, "{}", -1, QString()));
        const QByteArray throttled = R"({"type":"throttled_error","code":"throttled","detail":"Request was throttled."})";
        m_server->enqueue("GET", "/api/projects/1/", 404, "{}");
        m_server->enqueue("GET", "/api/projects/2/", 200, R"({"id":2, "name": )");
        m_server->enqueue("GET", "/api/projects/3/", 200, R"({"id":3,"name":["not","a","string"]})");
        m_server->enqueue("GET", "/api/projects/4/", 429, throttled);
        RetryPolicy slowBackoff = m_client->retryPolicy();
        slowBackoff.rateLimitBaseDelayMs = 60000;
        m_client->setRetryPolicy(slowBackoff);
        FakePostHogServer::Answer slow = answer(200, R"({"id":5})");
        slow.delayMs = 2000;
        m_server->enqueue("GET", "/api/projects/5/", slow);
        QList<std::shared_ptr<Waiter<Project>>> waiters;
        for (qint64 id : {1, 2, 3, 4, 5}) {
            waiters.append(std::make_shared<Waiter<Project>>());
            PostHogCall *call = m_client->project(id, this, waiters.last()->callback());
            if (id == 5)
                call->setDeadline(300);
        }
        Waiter<Insight> badId;
        m_client->insight(1, u"../x"_s, false, this, badId.callback());
        Waiter<ErrorIssueDetails> badIssue;
        m_client->errorIssueDetails(1, u"not an id!"_s, this, badIssue.callback());
        for (const auto &w : std::as_const(waiters)) {
            QVERIFY(w->wait());
            errors.append(w->result->error());
        }
        QVERIFY(badId.wait());
        QVERIFY(badIssue.wait());
        errors << badId.result->error() << badIssue.result->error();
        QCoreApplication::removeTranslator(&translator);
        for (const PostHogError &error : std::as_const(errors)) {
            QVERIFY2(!error.isNone(), qPrintable(error.categoryName()));
            QVERIFY2(!error.message().contains(MarkingTranslator::marker), qPrintable(error.message()));
        }
    }

    void connectionErrorsAreNotTranslated()
    {
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QStringList reasons;
        for (const QString &url :
             {u""_s, u"ftp://example.com"_s, u"https://example.com/?x=1"_s, u"https://example.com/posthog"_s, u"https://user:pw@example.com"_s}) {
            QString error;
            QVERIFY(!PostHogConnection::custom(PostHogConnection::Region::SelfHosted, url, &error).isValid());
            reasons.append(error);
        }
        QCoreApplication::removeTranslator(&translator);
        for (const QString &reason : std::as_const(reasons)) {
            QVERIFY(!reason.isEmpty());
            QVERIFY2(!reason.contains(MarkingTranslator::marker), qPrintable(reason));
        }
    }

    // Every error path with phc.* logging on: the log names each request, and never the key.
    void logsNamePathsButNoSecret()
    {
        QString logText;
        {
            LogCapture logs;
            driveHttpErrors();
            if (!QTest::currentTestFailed())
                driveRetries();
            if (!QTest::currentTestFailed())
                driveBrokenAnswers();
            if (!QTest::currentTestFailed())
                driveRequestsWithPayloads();
            if (!QTest::currentTestFailed())
                driveUnusableKeyAndHost();
            logText = logs.text();
        }
        if (QTest::currentTestFailed())
            return;
        for (int id : {401, 403, 404, 500, 429, 4290, 503, 502, 7, 408, 104, 206, 413, 111}) {
            const QString path = u"GET /api/projects/%1/"_s.arg(id);
            QVERIFY2(logText.contains(path), qPrintable(path + u" is not in the log:\n"_s + logText));
        }
        QVERIFY2(logText.contains("POST /api/projects/1/dashboards/"_L1), qPrintable(logText));
        QVERIFY2(logText.contains("GET /api/projects/1/insights/"_L1), qPrintable(logText));
        QVERIFY2(logText.contains("DELETE /api/environments/1/query/"_L1), qPrintable(logText));
        QVERIFY2(logText.contains("retry 1 of"_L1), qPrintable(logText));
        QVERIFY(!logText.contains(secretKey));
        QVERIFY(!logText.contains("phc_publicprojectkey123"_L1));
        QVERIFY(!logText.contains("Bearer "_L1));
        QVERIFY(!logText.contains("Authorization"_L1, Qt::CaseInsensitive));
        QVERIFY(!logText.contains(searchMarker));
        QVERIFY(!logText.contains(bodyMarker));
    }
};

QTEST_GUILESS_MAIN(TestPostHogClient)
#include "tst_posthogclient.moc"
