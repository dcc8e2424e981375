// Surveys end to end against the demo over real HTTP: the REST shapes of posthog/api/survey.py
// (SurveySerializer, the stats and responses_count actions), PostHogClient's survey methods and
// the get_surveys / get_survey_results tools, with every number checked against counts taken
// straight from the demo's SQLite file.
#include "common/asyncresult.h"
#include "common/demotoolstest.h"
#include "common/isolatedhome.h"
#include "common/mcptestclient.h"
#include "demo/demobackend.h"
#include "demo/demosurveyseed.h"
#include "mcp/mcpserver.h"
#include "mcp/toolregistry.h"
#include "posthog/posthogclient.h"
#include "posthog/surveyresultsquery.h"
#include "settings/settings.h"
#include "tools/posthogtoolset.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

class TestSurveyTools : public DemoToolsTest
{
    Q_OBJECT

private:
    struct Http
    {
        int status = 0;
        QJsonObject body;
    };

    QNetworkAccessManager m_network;

    const QString nps = DemoSurveySeed::surveyId(1, 0);
    const QString heard = DemoSurveySeed::surveyId(1, 1);
    const QString features = DemoSurveySeed::surveyId(1, 2);
    const QString archived = DemoSurveySeed::surveyId(1, 3);
    const QString draft = DemoSurveySeed::surveyId(2, 6);

    // One request over real HTTP; a timeout fails the test rather than returning nothing.
    Http get(const QString &pathAndQuery)
    {
        QNetworkRequest request(QUrl(m_backend.baseUrl().toString() + pathAndQuery));
        request.setRawHeader("Authorization", "Bearer " + DemoBackend::apiKey().toUtf8());
        QNetworkReply *reply = m_network.get(request);
        QEventLoop loop;
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Http out;
        if (!reply->isFinished()) {
            reply->abort();
            QTest::qFail(qPrintable(u"request timed out: "_s + pathAndQuery), __FILE__, __LINE__);
        } else {
            out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            out.body = QJsonDocument::fromJson(reply->readAll()).object();
        }
        reply->deleteLater();
        return out;
    }

    // An independent answer straight from the demo database file.
    qint64 scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_direct);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static QString prop(const QString &key) { return u"json_extract(properties, '$.\"%1\"')"_s.arg(key); }
    // A submission as PostHog counts it: its $survey_submission_id, or the event for old SDKs.
    static QString submission() { return u"coalesce(nullif(%1, ''), uuid)"_s.arg(prop(u"$survey_submission_id"_s)); }

    // Per answer value: the submissions that gave it, read with SQLite's JSON functions.
    QHash<QString, qint64> answerCounts(const QString &surveyId, const QString &questionId, int index)
    {
        const QString indexKey = index == 0 ? u"$survey_response"_s : u"$survey_response_%1"_s.arg(index);
        QSqlQuery q(m_direct);
        q.prepare(u"SELECT CAST(coalesce(%1, %2) AS TEXT) AS v, count(DISTINCT %3) FROM events WHERE event = 'survey sent' AND %4 = ?"
                  " AND v IS NOT NULL AND v NOT IN ('', '[]') GROUP BY v"_s.arg(prop(u"$survey_response_"_s + questionId), prop(indexKey),
                                                                                submission(), prop(u"$survey_id"_s)));
        q.addBindValue(surveyId);
        QHash<QString, qint64> counts;
        if (q.exec()) {
            while (q.next())
                counts.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
        return counts;
    }

    Survey fetchSurvey(const QString &id)
    {
        AsyncResult<Survey> s;
        m_client.survey(1, id, this, s.callback());
        if (!s.wait(10000) || !s.result->ok()) {
            QTest::qFail(qPrintable(u"survey %1 not read"_s.arg(id)), __FILE__, __LINE__);
            return {};
        }
        return s.result->value();
    }

    std::optional<SurveyResults> results(qint64 project, const QString &id, const QDateTime &from = {}, const QDateTime &to = {})
    {
        AsyncResult<SurveyResults> r;
        m_client.surveyResults(project, id, from, to, 10, this, r.callback());
        if (!r.wait(20000)) {
            QTest::qFail("surveyResults gave no answer in 20 s", __FILE__, __LINE__);
            return std::nullopt;
        }
        if (!r.result->ok()) {
            QTest::qFail(qPrintable(r.result->error().message()), __FILE__, __LINE__);
            return std::nullopt;
        }
        return r.result->value();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startDemo(20000)); }

    // Each tool costs at most ~800 bytes of tools/list (mcp-notes: the whole list stays small).
    void toolsAreSmallReadOnlyAndPortable()
    {
        const McpTestClient::Answer answer = m_mcp.send(McpTestClient::request(1, u"tools/list"_s));
        int found = 0;
        for (const QJsonValue &t : answer.result().value("tools"_L1).toArray()) {
            const QJsonObject tool = t.toObject();
            const QString name = tool.value("name"_L1).toString();
            if (name != "get_surveys"_L1 && name != "get_survey_results"_L1)
                continue;
            ++found;
            const qsizetype bytes = QJsonDocument(tool).toJson(QJsonDocument::Compact).size();
            QVERIFY2(bytes <= 800, qPrintable(u"%1: %2 bytes"_s.arg(name).arg(bytes)));
            QVERIFY(tool.value("annotations"_L1).toObject().value("readOnlyHint"_L1).toBool());
            const QJsonObject schema = tool.value("inputSchema"_L1).toObject();
            QCOMPARE(schema.value("type"_L1).toString(), u"object"_s);
            for (const QJsonValue &p : schema.value("properties"_L1).toObject())
                QVERIFY(p.toObject().contains("type"_L1));
        }
        QCOMPARE(found, 2);
        QCOMPARE(PostHogToolset::requiredScopes(u"get_surveys"_s), QStringList{u"survey:read"_s});
        QVERIFY(PostHogToolset::requiredScopes(u"get_survey_results"_s).contains(u"query:read"_s));
    }

    // posthog/api/survey.py SurveySerializer, as agent-toolkit's zod schema reads it.
    void listHasSerializerShape()
    {
        const Http list = get(u"/api/projects/1/surveys/"_s);
        QCOMPARE(list.status, 200);
        QCOMPARE(qint64(list.body.value("count"_L1).toDouble()), scalar(u"SELECT count(*) FROM surveys WHERE team_id = 1"_s));
        const QJsonArray results = list.body.value("results"_L1).toArray();
        QCOMPARE(results.size(), 4);
        static const QStringList types = {u"popover"_s, u"api"_s, u"widget"_s, u"external_survey"_s};
        for (const QJsonValue &v : results) {
            const QJsonObject s = v.toObject();
            QVERIFY(QUuid::fromString(s.value("id"_L1).toString()).isNull() == false);
            QVERIFY(types.contains(s.value("type"_L1).toString()));
            QVERIFY(s.value("created_at"_L1).isString());
            QVERIFY(s.value("archived"_L1).isBool());
            for (const char *key : {"start_date", "end_date", "linked_flag_id", "targeting_flag", "responses_limit", "conditions", "appearance"})
                QVERIFY2(s.contains(QLatin1String(key)), key);
            const QJsonObject creator = s.value("created_by"_L1).toObject();
            for (const char *key : {"id", "uuid", "distinct_id", "first_name", "email"})
                QVERIFY2(creator.contains(QLatin1String(key)), key);
            for (const QJsonValue &q : s.value("questions"_L1).toArray()) {
                const QJsonObject question = q.toObject();
                QVERIFY(!question.value("id"_L1).toString().isEmpty());
                QVERIFY(!question.value("question"_L1).toString().isEmpty());
                const QString type = question.value("type"_L1).toString();
                if (type == "rating"_L1)
                    QVERIFY(question.value("scale"_L1).isDouble());
                if (type.endsWith("_choice"_L1))
                    QVERIFY(question.value("choices"_L1).toArray().size() >= 2);
            }
        }
        // The feature survey is linked to a flag: MinimalFeatureFlagSerializer, and its id.
        const Http one = get(u"/api/projects/1/surveys/%1/"_s.arg(features));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.body.value("linked_flag"_L1).toObject().value("key"_L1).toString(), u"ai-summaries"_s);
        QCOMPARE(one.body.value("linked_flag_id"_L1).toInteger(), one.body.value("linked_flag"_L1).toObject().value("id"_L1).toInteger());
        QVERIFY(one.body.value("enable_partial_responses"_L1).toBool());
    }

    // DRF SearchFilter on name and description: every term must match one of them.
    void searchCoversNameAndDescription()
    {
        auto names = [this](const QString &search) {
            QStringList out;
            for (const QJsonValue &v :
                 get(u"/api/projects/1/surveys/?search="_s + QString::fromLatin1(QUrl::toPercentEncoding(search))).body.value("results"_L1).toArray())
                out.append(v.toObject().value("name"_L1).toString());
            return out;
        };
        QCOMPARE(names(u"promoter"_s), QStringList{u"Net Promoter Score"_s});
        QCOMPARE(names(u"attribution"_s), QStringList{u"How did you hear about us?"_s}); // in the description only
        QCOMPARE(names(u"NET score"_s), QStringList{u"Net Promoter Score"_s});
        QVERIFY(names(u"net attribution"_s).isEmpty()); // terms are ANDed
        AsyncResult<Page<Survey>> page;
        ListOptions options;
        options.limit = 2;
        m_client.surveys(1, options, this, page.callback());
        QVERIFY(page.wait());
        QVERIFY(page.result->ok());
        QCOMPARE(page.result->value().results.size(), 2);
        QVERIFY(page.result->value().hasMore);
        QCOMPARE(page.result->value().count, 4);
    }

    void unknownSurveysAreNotFound()
    {
        QCOMPARE(get(u"/api/projects/1/surveys/%1/"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces))).status, 404);
        QCOMPARE(get(u"/api/projects/1/surveys/%1/"_s.arg(draft)).status, 404); // another project's
        QCOMPARE(get(u"/api/projects/1/surveys/%1/stats/"_s.arg(u"not-a-survey"_s)).status, 404);
        const QJsonObject unknown = m_mcp.callTool(u"get_survey_results"_s, {{u"survey_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}});
        QVERIFY(McpTestClient::isError(unknown));
        QVERIFY2(McpTestClient::text(unknown).contains(u"get_surveys"_s), qPrintable(McpTestClient::text(unknown)));
        const QJsonObject injected = m_mcp.callTool(u"get_survey_results"_s, {{u"survey_id"_s, u"x' OR '1'='1"_s}});
        QVERIFY(McpTestClient::isError(injected));
        QVERIFY2(McpTestClient::text(injected).contains(u"not a survey id"_s), qPrintable(McpTestClient::text(injected)));
        QVERIFY(McpTestClient::isError(m_mcp.callTool(u"get_survey_results"_s, {{u"survey_id"_s, nps}, {u"date_from"_s, u"last tuesday"_s}})));
    }

    // survey.py _get_survey_stats, recomputed here from the events with plain SQL.
    void statsAgreeWithTheEvents()
    {
        for (const QString &id : {nps, heard, features, archived}) {
            const Http h = get(u"/api/projects/1/surveys/%1/stats/"_s.arg(id));
            QCOMPARE(h.status, 200);
            QCOMPARE(h.body.value("survey_id"_L1).toString(), id);
            const QJsonObject stats = h.body.value("stats"_L1).toObject();
            auto total
                = [&stats](const char *event) { return qint64(stats.value(QLatin1String(event)).toObject().value("total_count"_L1).toDouble()); };
            const QString ofSurvey = u" AND %1 = ?"_s.arg(prop(u"$survey_id"_s));
            const qint64 shown = scalar(u"SELECT count(*) FROM events WHERE event = 'survey shown'"_s + ofSurvey, {id});
            const qint64 sent = scalar(u"SELECT count(DISTINCT %1) FROM events WHERE event = 'survey sent'"_s.arg(submission()) + ofSurvey, {id});
            const qint64 dismissed = scalar(
                u"SELECT count(*) FROM events WHERE event = 'survey dismissed' AND coalesce(%1, 0) = 0"_s.arg(prop(u"$survey_partially_completed"_s))
                    + ofSurvey,
                {id});
            QVERIFY(shown > 0);
            QCOMPARE(total("survey shown"), shown);
            QCOMPARE(total("survey sent"), sent);
            QCOMPARE(total("survey dismissed"), dismissed);
            QVERIFY(sent <= shown);
            const double rate = h.body.value("rates"_L1).toObject().value("response_rate"_L1).toDouble();
            QCOMPARE(rate, std::round(double(sent) / double(shown) * 10000.0) / 100.0);
        }
        // Partial responses: the feature survey sends several events per submission, counted once.
        QVERIFY(scalar(u"SELECT count(*) FROM events WHERE event = 'survey sent' AND %1 = ?"_s.arg(prop(u"$survey_id"_s)), {features})
                > scalar(u"SELECT count(DISTINCT %1) FROM events WHERE event = 'survey sent' AND %2 = ?"_s.arg(submission(), prop(u"$survey_id"_s)),
                         {features}));
    }

    // The global stats leave archived surveys out (survey.py: archived=False).
    void globalStatsSkipArchivedSurveys()
    {
        const Http all = get(u"/api/projects/1/surveys/stats/"_s);
        QCOMPARE(all.status, 200);
        qint64 sum = 0;
        for (const QString &id : {nps, heard, features}) {
            sum += qint64(get(u"/api/projects/1/surveys/%1/stats/"_s.arg(id))
                              .body.value("stats"_L1)
                              .toObject()
                              .value("survey shown"_L1)
                              .toObject()
                              .value("total_count"_L1)
                              .toDouble());
        }
        QCOMPARE(qint64(all.body.value("stats"_L1).toObject().value("survey shown"_L1).toObject().value("total_count"_L1).toDouble()), sum);
        QCOMPARE(get(u"/api/projects/3/surveys/stats/"_s).body.value("stats"_L1).toObject(), QJsonObject()); // no surveys: {}
        QCOMPARE(get(u"/api/projects/1/surveys/stats/?date_from=yesterday"_s).status, 400);
        const Http reversed = get(u"/api/projects/1/surveys/stats/?date_from=2026-02-01T00:00:00Z&date_to=2026-01-01T00:00:00Z"_s);
        QCOMPARE(reversed.status, 400);
        QCOMPARE(reversed.body.value("detail"_L1).toString(), u"date_from must be before date_to"_s);
        // A window is applied to the counts, and narrows them.
        const QString since = QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODate);
        const Http recent = get(u"/api/projects/1/surveys/%1/stats/?date_from=%2"_s.arg(nps, since));
        const qint64 shownRecently
            = scalar(u"SELECT count(*) FROM events WHERE event = 'survey shown' AND %1 = ? AND timestamp >= ?"_s.arg(prop(u"$survey_id"_s)),
                     {nps, QDateTime::fromString(since, Qt::ISODate).toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s)});
        QCOMPARE(qint64(recent.body.value("stats"_L1).toObject().value("survey shown"_L1).toObject().value("total_count"_L1).toDouble()),
                 shownRecently);
    }

    void resultsAreConsistent()
    {
        const std::optional<SurveyResults> r = results(1, nps);
        QVERIFY(r);
        QCOMPARE(r->submissions, r->stats.sent.total); // the HogQL and the stats endpoint agree
        QVERIFY(r->stats.sent.total <= r->stats.shown.total);
        QCOMPARE(r->questions.size(), 2);
        const SurveyQuestionResults &rating = r->questions.at(0);
        QCOMPARE(rating.answers.size(), 11); // 0..10, zeros included
        const QHash<QString, qint64> direct = answerCounts(nps, rating.question.id, 0);
        qint64 total = 0, weighted = 0;
        for (const SurveyAnswerCount &a : rating.answers) {
            QCOMPARE(a.count, direct.value(a.value));
            total += a.count;
            weighted += a.count * a.value.toInt();
        }
        QCOMPARE(total, rating.respondents);
        QCOMPARE(rating.promoters + rating.passives + rating.detractors, total);
        // frontend/src/scenes/surveys/utils.tsx calculateNpsBreakdown: promoters 9-10, detractors 0-6.
        qint64 detractors = 0;
        for (int v = 0; v <= 6; ++v)
            detractors += direct.value(QString::number(v));
        QCOMPARE(rating.promoters, direct.value(u"9"_s) + direct.value(u"10"_s));
        QCOMPARE(rating.detractors, detractors);
        QVERIFY(rating.nps >= -100 && rating.nps <= 100);
        QVERIFY(std::abs(rating.nps - (100.0 * rating.promoters / total - 100.0 * rating.detractors / total)) < 1e-9);
        QVERIFY(std::abs(rating.average - double(weighted) / double(total)) < 1e-9);
        // Older answers carry only the index key ($survey_response): they are counted too.
        QVERIFY(scalar(u"SELECT count(*) FROM events WHERE event = 'survey sent' AND %1 = ? AND %2 IS NULL AND %3 IS NOT NULL"_s.arg(
                           prop(u"$survey_id"_s), prop(u"$survey_response_"_s + rating.question.id), prop(u"$survey_response"_s)),
                       {nps})
                > 0);
        const SurveyQuestionResults &open = r->questions.at(1);
        QVERIFY(!open.answers.isEmpty() && open.answers.size() <= 10);
        for (qsizetype i = 1; i < open.answers.size(); ++i)
            QVERIFY(open.answers.at(i - 1).latest >= open.answers.at(i).latest);
        QVERIFY(open.respondents < rating.respondents); // the reason is optional
    }

    // A single choice: per-choice counts sum to the question's responses; a multiple choice counts
    // every choice picked, so its counts sum to at least its responses.
    void choiceCountsAddUp()
    {
        const std::optional<SurveyResults> single = results(1, heard);
        QVERIFY(single);
        const SurveyQuestionResults &q = single->questions.at(0);
        const QHash<QString, qint64> direct = answerCounts(heard, q.question.id, 0);
        qint64 sum = 0;
        for (const SurveyAnswerCount &a : q.answers) {
            QCOMPARE(a.count, direct.value(a.value));
            sum += a.count;
        }
        QCOMPARE(sum, q.respondents);
        QCOMPARE(q.answers.size(), q.question.choices.size());
        const std::optional<SurveyResults> multiple = results(1, features);
        QVERIFY(multiple);
        const SurveyQuestionResults &m = multiple->questions.at(0);
        qint64 picks = 0;
        for (const SurveyAnswerCount &a : m.answers) {
            const qint64 chose
                = scalar(u"SELECT count(DISTINCT %1) FROM events, json_each(%2) AS j WHERE event = 'survey sent' AND %3 = ? AND j.value = ?"_s.arg(
                             submission(), prop(u"$survey_response_"_s + m.question.id), prop(u"$survey_id"_s)),
                         {features, a.value});
            QCOMPARE(a.count, chose);
            QVERIFY(a.count <= m.respondents);
            picks += a.count;
        }
        QVERIFY(picks > m.respondents);
        // Partial responses: later questions were answered by fewer submissions.
        QVERIFY(multiple->questions.at(1).respondents <= m.respondents);
        QCOMPARE(multiple->submissions, multiple->stats.sent.total);
    }

    void windowNarrowsTheResults()
    {
        const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-7);
        const std::optional<SurveyResults> week = results(1, nps, from);
        const std::optional<SurveyResults> all = results(1, nps);
        QVERIFY(week && all);
        QVERIFY(week->submissions < all->submissions);
        QCOMPARE(week->submissions, week->stats.sent.total);
        const qint64 direct = scalar(u"SELECT count(DISTINCT %1) FROM events WHERE event = 'survey sent' AND %2 = ? AND timestamp >= ?"_s.arg(
                                         submission(), prop(u"$survey_id"_s)),
                                     {nps, from.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s)});
        QCOMPARE(week->submissions, direct);
        // PostHog's default window: from the creation day to the end of today (the survey runs).
        const Survey survey = fetchSurvey(nps);
        QCOMPARE(all->from, SurveyResultsQuery::defaultFrom(survey));
        QCOMPARE(all->from.time(), QTime(0, 0));
    }

    void getSurveysListsStatusesAndResponses()
    {
        const QJsonObject result = m_mcp.callTool(u"get_surveys"_s, {});
        QVERIFY2(!McpTestClient::isError(result), qPrintable(McpTestClient::text(result)));
        const QString text = McpTestClient::text(result);
        const QJsonObject counts = get(u"/api/projects/1/surveys/responses_count/"_s).body;
        for (const auto &[id, status] :
             {std::pair{nps, "running"}, std::pair{heard, "stopped"}, std::pair{features, "running"}, std::pair{archived, "archived"}}) {
            const QRegularExpression row(u"\\| `%1` \\| \\w+ \\| %2 \\| \\d+ \\| (\\d+) \\|.*surveys/%1\\)"_s.arg(id, QLatin1String(status)));
            const QRegularExpressionMatch m = row.match(text);
            QVERIFY2(m.hasMatch(), qPrintable(id + u"\n"_s + text));
            QCOMPARE(m.captured(1).toLongLong(), qint64(counts.value(id).toDouble()));
            // responses_count deduplicates submissions, as the stats do.
            QCOMPARE(
                qint64(counts.value(id).toDouble()),
                scalar(u"SELECT count(DISTINCT %1) FROM events WHERE event = 'survey sent' AND %2 = ?"_s.arg(submission(), prop(u"$survey_id"_s)),
                       {id}));
        }
        const QString found = McpTestClient::text(m_mcp.callTool(u"get_surveys"_s, {{u"search"_s, u"promoter"_s}}));
        QVERIFY(found.contains(nps) && !found.contains(heard));
    }

    void getSurveyResultsRendersEachQuestion()
    {
        const std::optional<SurveyResults> r = results(1, nps);
        QVERIFY(r);
        const QJsonObject result = m_mcp.callTool(u"get_survey_results"_s, {{u"survey_id"_s, nps}, {u"open_answers"_s, 3}});
        QVERIFY2(!McpTestClient::isError(result), qPrintable(McpTestClient::text(result)));
        const QString text = McpTestClient::text(result);
        QVERIFY2(text.contains(u"answered %1 times"_s.arg(r->stats.sent.total)), qPrintable(text));
        QVERIFY(text.contains(u"Shown %1 times"_s.arg(r->stats.shown.total)));
        QVERIFY(text.contains(u"NPS %1 "_s.arg(QString::number(r->questions.at(0).nps, 'f', 1))));
        QVERIFY(text.contains(u"surveys/%1)"_s.arg(nps)));
        QCOMPARE(text.count(u"\n- \""_s), 3); // the open answers, bounded
        const QString choices = McpTestClient::text(m_mcp.callTool(u"get_survey_results"_s, {{u"survey_id"_s, features}}));
        QVERIFY2(choices.contains(u"| File upload |"_s) && choices.contains(u"more than 100%"_s), qPrintable(choices));
        const QJsonObject before = m_mcp.callTool(u"get_survey_results"_s, {{u"survey_id"_s, heard}, {u"date_to"_s, u"2000-01-31"_s}});
        QVERIFY(McpTestClient::isError(before));
        QVERIFY2(McpTestClient::text(before).contains(u"date_from"_s), qPrintable(McpTestClient::text(before)));
    }

    void draftsSayNobodySawThem()
    {
        const QJsonObject result = m_mcp.callTool(u"set_active_project"_s, {{u"project_id"_s, 2}});
        QVERIFY2(!McpTestClient::isError(result), qPrintable(McpTestClient::text(result)));
        const QString list = McpTestClient::text(m_mcp.callTool(u"get_surveys"_s, {}));
        QVERIFY2(list.contains(u"| `%1` | api | draft | 1 | 0 |"_s.arg(draft)), qPrintable(list));
        const QString text = McpTestClient::text(m_mcp.callTool(u"get_survey_results"_s, {{u"survey_id"_s, draft}}));
        QVERIFY2(text.contains(u"draft"_s) && text.contains(u"nobody has seen it"_s), qPrintable(text));
        m_mcp.callTool(u"set_active_project"_s, {{u"project_id"_s, 1}});
    }
};

QTEST_GUILESS_MAIN(TestSurveyTools)
#include "tst_surveytools.moc"
