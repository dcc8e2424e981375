// Experiments end to end against the demo over real HTTP: the REST list and detail
// (ee/clickhouse/views/experiments.py ExperimentSerializer), the results PostHog's experiment page
// asks for (ExperimentExposureQuery and ExperimentQuery on /query/,
// products/experiments/backend/hogql_queries), and the get_experiments / get_experiment_results
// tools. Counts are checked against the demo's SQLite file, queried directly.
#include "common/asyncresult.h"
#include "common/demotoolstest.h"
#include "common/isolatedhome.h"
#include "common/mcptestclient.h"
#include "demo/demobackend.h"
#include "mcp/mcpserver.h"
#include "mcp/toolregistry.h"
#include "posthog/posthogclient.h"
#include "settings/settings.h"
#include "tools/posthogtoolset.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The persons of one experiment as PostHog's default exposure counts them, straight from SQLite:
// first $feature_flag_called of the flag within the dates, test accounts left out.
const char *exposureCte = "WITH x AS (SELECT person_id AS p, min(timestamp) AS first,"
                          " count(DISTINCT json_extract(properties, '$.\"$feature_flag_response\"')) AS n,"
                          " min(json_extract(properties, '$.\"$feature_flag_response\"')) AS v FROM events"
                          " WHERE team_id = :team AND event = '$feature_flag_called' AND json_extract(properties, '$.\"$feature_flag\"') = :flag"
                          " AND timestamp >= :from AND timestamp <= :to"
                          " AND coalesce(json_extract(properties, '$.\"$host\"'), '') NOT LIKE 'localhost%'"
                          " AND person_id NOT IN (SELECT id FROM persons WHERE json_extract(properties, '$.email') LIKE '%@posthog.com%')"
                          " GROUP BY person_id) ";

// posthog/models/feature_flag/flag_matching.py get_hash / get_matching_variant, written again here.
QString postHogVariant(const QString &flagKey, const QString &distinctId, const QJsonArray &variants)
{
    const QByteArray hex = QCryptographicHash::hash((flagKey + u"."_s + distinctId + u"variant"_s).toUtf8(), QCryptographicHash::Sha1).toHex();
    const double hash = double(hex.left(15).toULongLong(nullptr, 16)) / double(0xfffffffffffffffULL);
    double from = 0;
    for (const QJsonValue &v : variants) {
        const double to = from + v.toObject().value("rollout_percentage"_L1).toDouble() / 100;
        if (hash >= from && hash < to)
            return v.toObject().value("key"_L1).toString();
        from = to;
    }
    return {};
}

QString stored(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

} // namespace

class TestExperimentTools : public DemoToolsTest
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    QJsonObject callTool(const QString &name, const QJsonObject &arguments, const QString &client = {})
    {
        return m_mcp.callTool(name, arguments, client);
    }
    static QString text(const QJsonObject &result) { return McpTestClient::text(result); }
    static bool isError(const QJsonObject &result) { return McpTestClient::isError(result); }

    QSqlQuery sql(const QString &statement, const QVariantMap &binds = {})
    {
        QSqlQuery q(m_direct);
        q.prepare(statement);
        for (auto it = binds.cbegin(); it != binds.cend(); ++it)
            q.bindValue(u":"_s + it.key(), it.value());
        if (!q.exec())
            QTest::qFail(qPrintable(u"SQL failed: "_s + q.lastError().text()), __FILE__, __LINE__);
        return q;
    }
    qint64 scalar(const QString &statement, const QVariantMap &binds = {})
    {
        QSqlQuery q = sql(statement, binds);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    // One POST to the demo's query endpoint, as raw JSON (status and body).
    std::pair<int, QJsonObject> postQuery(qint64 team, const QJsonObject &node)
    {
        QNetworkRequest request(QUrl(m_backend.baseUrl().toString() + u"/api/environments/%1/query/"_s.arg(team)));
        request.setRawHeader("Authorization", "Bearer " + DemoBackend::apiKey().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_network.post(request, QJsonDocument(QJsonObject{{u"query"_s, node}}).toJson());
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            QTest::qFail("query timed out", __FILE__, __LINE__);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, body};
    }

    Page<Experiment> list(qint64 team, const QString &status = {}, const QString &search = {})
    {
        ExperimentListOptions options;
        options.status = status;
        options.search = search;
        AsyncResult<Page<Experiment>> page;
        m_client.experiments(team, options, this, page.callback());
        if (!page.wait(10000) || !page.result->ok()) {
            QTest::qFail("listing experiments failed", __FILE__, __LINE__);
            return {};
        }
        return page.result->value();
    }

    std::optional<ExperimentResults> results(qint64 team, qint64 id)
    {
        AsyncResult<ExperimentResults> r;
        m_client.experimentResults(team, id, this, r.callback());
        if (!r.wait(30000) || !r.result->ok()) {
            QTest::qFail(qPrintable(u"experiment results failed: "_s + (r.result ? r.result->error().message() : u"timeout"_s)), __FILE__, __LINE__);
            return std::nullopt;
        }
        return r.result->value();
    }

    QVariantMap window(qint64 team, const Experiment &e)
    {
        const QDateTime to = e.endDate.isValid() ? e.endDate : QDateTime::currentDateTimeUtc();
        return {{u"team"_s, team}, {u"flag"_s, e.featureFlagKey}, {u"from"_s, stored(e.startDate)}, {u"to"_s, stored(to)}};
    }

    void checkExposures(qint64 team, const ExperimentResults &r);
    void checkSingleStepFunnel(qint64 team, const ExperimentResults &r, const ExperimentMetricResult &m);

private Q_SLOTS:
    void initTestCase() { QVERIFY(startDemo(20000)); }

    void toolsAreReadOnlySmallAndScoped()
    {
        const QJsonArray tools = m_mcp.send(McpTestClient::request(1, u"tools/list"_s)).result().value("tools"_L1).toArray();
        int found = 0;
        for (const QJsonValue &t : tools) {
            const QJsonObject tool = t.toObject();
            const QString name = tool.value("name"_L1).toString();
            if (name != "get_experiments"_L1 && name != "get_experiment_results"_L1)
                continue;
            ++found;
            const qsizetype bytes = QJsonDocument(tool).toJson(QJsonDocument::Compact).size();
            QVERIFY2(bytes <= 800, qPrintable(u"%1 costs %2 bytes of tools/list"_s.arg(name).arg(bytes)));
            QVERIFY(tool.value("annotations"_L1).toObject().value("readOnlyHint"_L1).toBool());
            QCOMPARE(tool.value("inputSchema"_L1).toObject().value("type"_L1).toString(), u"object"_s);
        }
        QCOMPARE(found, 2);
        QCOMPARE(PostHogToolset::requiredScopes(u"get_experiments"_s), QStringList{u"experiment:read"_s});
        QCOMPARE(PostHogToolset::requiredScopes(u"get_experiment_results"_s), (QStringList{u"experiment:read"_s, u"query:read"_s}));
    }

    // safely_get_queryset: not deleted, not archived, newest first; status and search filter.
    void listMatchesTheTableAndFilters()
    {
        for (qint64 team : {1, 2}) {
            const Page<Experiment> all = list(team);
            QCOMPARE(all.count, scalar(u"SELECT count(*) FROM experiments WHERE team_id = :t AND deleted = 0 AND archived = 0"_s, {{u"t"_s, team}}));
            QVERIFY(all.count >= 2);
            qint64 drafts = 0, running = 0;
            for (qsizetype i = 0; i < all.results.size(); ++i) {
                const Experiment &e = all.results.at(i);
                if (i > 0)
                    QVERIFY(all.results.at(i - 1).createdAt >= e.createdAt);
                drafts += e.status() == "draft"_L1;
                running += e.status() == "running"_L1;
            }
            QVERIFY2(drafts >= 1 && running >= 1, "each project has a draft and a running experiment");
            QCOMPARE(list(team, u"draft"_s).count, drafts);
            for (const Experiment &e : list(team, u"running"_s).results)
                QCOMPARE(e.status(), u"running"_s);
            const Page<Experiment> found = list(team, {}, all.results.first().name.left(6).toUpper());
            QVERIFY(found.count >= 1 && found.results.first().name.startsWith(all.results.first().name.left(6)));
        }
    }

    // An experiment owns its multivariate flag: the same variants, listed by get_feature_flags.
    void everyExperimentOwnsItsFlag()
    {
        for (qint64 team : {1, 2}) {
            for (const Experiment &e : list(team).results) {
                AsyncResult<Experiment> detail;
                m_client.experiment(team, e.id, this, detail.callback());
                QVERIFY(detail.wait());
                QVERIFY(detail.result->ok());
                const Experiment &d = detail.result->value();
                QCOMPARE(d.featureFlagKey, e.featureFlagKey);
                QCOMPARE(d.featureFlag.value("key"_L1).toString(), e.featureFlagKey);
                QVERIFY(!d.metrics.isEmpty());
                QSqlQuery flag = sql(u"SELECT f.team_id, f.filters, f.active FROM experiments x JOIN feature_flags f ON f.id = x.feature_flag_id"
                                     " WHERE x.id = :id"_s,
                                     {{u"id"_s, e.id}});
                QVERIFY(flag.next());
                QCOMPARE(flag.value(0).toLongLong(), team);
                const QJsonArray variants
                    = QJsonDocument::fromJson(flag.value(1).toString().toUtf8()).object().value("multivariate"_L1)[u"variants"_s].toArray();
                QCOMPARE(variants.size(), d.variants.size());
                QCOMPARE(variants.first().toObject().value("key"_L1).toString(), u"control"_s); // validate_existing_feature_flag_for_experiment
                QCOMPARE(flag.value(2).toBool(), d.status() != "draft"_L1);
                if (team == 1) {
                    const QJsonObject flags = callTool(u"get_feature_flags"_s, {{u"search"_s, e.featureFlagKey}});
                    QVERIFY2(text(flags).contains(e.featureFlagKey), qPrintable(text(flags)));
                }
            }
        }
    }

    // Exposures are assigned by PostHog's own flag hashing of each person's distinct_id.
    void exposuresFollowPostHogsFlagHashing()
    {
        QSqlQuery q = sql(u"SELECT f.key, f.filters, e.distinct_id, json_extract(e.properties, '$.\"$feature_flag_response\"'), e.person_id"
                          " FROM events e JOIN feature_flags f ON f.key = json_extract(e.properties, '$.\"$feature_flag\"') AND f.team_id = e.team_id"
                          " WHERE e.event = '$feature_flag_called' ORDER BY e.timestamp"_s);
        QSet<QString> seen;
        int checked = 0;
        while (q.next()) {
            const QString person = q.value(4).toString() + q.value(0).toString();
            if (seen.contains(person))
                continue; // later calls may show another variant (the "$multiple" persons)
            seen.insert(person);
            const QJsonArray variants
                = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().value("multivariate"_L1)[u"variants"_s].toArray();
            QCOMPARE(q.value(3).toString(), postHogVariant(q.value(0).toString(), q.value(2).toString(), variants));
            ++checked;
        }
        QVERIFY(checked > 100);
        // Every exposure event carries the person's own distinct_id.
        QCOMPARE(scalar(u"SELECT count(*) FROM (SELECT person_id FROM events GROUP BY person_id HAVING count(DISTINCT distinct_id) > 1)"_s), 0);
    }

    void startedExperimentsAgreeWithTheDatabase()
    {
        int metrics = 0;
        for (qint64 team : {1, 2}) {
            for (const Experiment &e : list(team).results) {
                if (e.status() == "draft"_L1)
                    continue;
                const std::optional<ExperimentResults> r = results(team, e.id);
                QVERIFY(r);
                checkExposures(team, *r);
                for (const ExperimentMetricResult &m : r->metrics) {
                    QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
                    ++metrics;
                    if (m.metricType == "funnel"_L1)
                        checkSingleStepFunnel(team, *r, m);
                }
            }
        }
        QVERIFY(metrics >= 3);
    }

    // get_bayesian_experiment_result: the normal approximation of the relative difference.
    void chanceToWinIsPostHogsBayesianOne()
    {
        const std::optional<ExperimentResults> r = results(1, list(1, u"running"_s).results.first().id);
        QVERIFY(r && !r->metrics.isEmpty());
        const ExperimentMetricResult &m = r->metrics.first();
        QCOMPARE(m.metricType, u"funnel"_s);
        const ExperimentVariantResult &c = m.baseline;
        const ExperimentVariantResult &t = m.variants.first();
        QVERIFY2(t.hasStatistics, "the running experiment has enough data at 20 000 events");
        const double pc = c.sum / double(c.samples), pt = t.sum / double(t.samples);
        const double variance = pt * (1 - pt) / double(t.samples) / (pc * pc) + pt * pt * pc * (1 - pc) / double(c.samples) / std::pow(pc, 4);
        const double effect = (pt - pc) / pc;
        QVERIFY(std::abs(t.chanceToWin - 0.5 * std::erfc(-effect / std::sqrt(2 * variance))) < 1e-9);
        QVERIFY(std::abs(t.intervalLow - (effect - 1.959963984540054 * std::sqrt(variance))) < 1e-9);
        QCOMPARE(t.significant, t.chanceToWin > 0.95 || t.chanceToWin < 0.05);
        const QJsonObject tool = callTool(u"get_experiment_results"_s, {{u"experiment_id"_s, r->experiment.id}});
        QVERIFY2(!isError(tool), qPrintable(text(tool)));
        for (const QString &part :
             {u"| %1 | %2 | %3 |"_s.arg(c.key).arg(c.samples).arg(c.sum), u"Verdict:"_s, u"experiments/%1"_s.arg(r->experiment.id)})
            QVERIFY2(text(tool).contains(part), qPrintable(part + u"\n"_s + text(tool)));
    }

    void listToolShowsEveryExperimentWithItsLink()
    {
        const QJsonObject tool = callTool(u"get_experiments"_s, {});
        QVERIFY2(!isError(tool), qPrintable(text(tool)));
        for (const Experiment &e : list(1).results) {
            QVERIFY2(text(tool).contains(e.name) && text(tool).contains(u"/project/1/experiments/%1)"_s.arg(e.id))
                         && text(tool).contains(u"`%1`"_s.arg(e.featureFlagKey)),
                     qPrintable(text(tool)));
        }
        const QJsonObject drafts = callTool(u"get_experiments"_s, {{u"status"_s, u"draft"_s}});
        QVERIFY(text(drafts).contains("| draft |"_L1) && !text(drafts).contains("| running |"_L1));
    }

    void draftHasNoResultsAndSaysSo()
    {
        const Experiment draft = list(2, u"draft"_s).results.first();
        const std::optional<ExperimentResults> r = results(2, draft.id);
        QVERIFY(r);
        QVERIFY(r->exposures.isEmpty() && r->metrics.isEmpty());
        m_toolset.projects()->set(u"mobile"_s, {2, u"Hedgebox Mobile"_s, {}, u"chosen"_s, ActiveProjectStore::Rule::Chosen, {}});
        const QJsonObject tool = callTool(u"get_experiment_results"_s, {{u"experiment_id"_s, draft.id}}, u"mobile"_s);
        QVERIFY2(!isError(tool) && text(tool).contains("has not started"_L1), qPrintable(text(tool)));
    }

    // Launched, but the product never evaluated the flag: zero exposures, said in words.
    void launchedWithoutExposuresSaysSo()
    {
        const Experiment draft = list(1, u"draft"_s).results.first();
        sql(u"UPDATE experiments SET start_date = :s WHERE id = :id"_s,
            {{u"s"_s, stored(QDateTime::currentDateTimeUtc().addDays(-1))}, {u"id"_s, draft.id}});
        auto restore = qScopeGuard([&] { sql(u"UPDATE experiments SET start_date = NULL WHERE id = :id"_s, {{u"id"_s, draft.id}}); });
        const QJsonObject tool = callTool(u"get_experiment_results"_s, {{u"experiment_id"_s, draft.id}});
        QVERIFY2(!isError(tool) && text(tool).contains("Nobody has been exposed yet"_L1) && text(tool).contains(draft.featureFlagKey),
                 qPrintable(text(tool)));
    }

    void unknownExperimentIsAnError()
    {
        const QJsonObject tool = callTool(u"get_experiment_results"_s, {{u"experiment_id"_s, 999999}});
        QVERIFY(isError(tool));
        QVERIFY2(text(tool).contains("get_experiments"_L1), qPrintable(text(tool)));
        AsyncResult<Experiment> missing;
        m_client.experiment(1, 999999, this, missing.callback());
        QVERIFY(missing.wait());
        QCOMPARE(missing.result->error().category(), PostHogError::Category::NotFound);
        // Another project's experiment is not this project's.
        AsyncResult<Experiment> elsewhere;
        m_client.experiment(2, list(1).results.first().id, this, elsewhere.callback());
        QVERIFY(elsewhere.wait());
        QCOMPARE(elsewhere.result->error().category(), PostHogError::Category::NotFound);
        // ExperimentQueryRunner: ValidationError "Experiment with id N not found".
        const auto [status, body] = postQuery(1, {{u"kind"_s, u"ExperimentQuery"_s},
                                                  {u"experiment_id"_s, 999999},
                                                  {u"metric"_s, QJsonObject{{u"kind"_s, u"ExperimentMetric"_s}, {u"metric_type"_s, u"mean"_s}}}});
        QCOMPARE(status, 400);
        QCOMPARE(body.value("detail"_L1).toString(), u"Experiment with id 999999 not found"_s);
    }

    // Metrics the demo cannot compute are refused in words, never answered with numbers.
    void unsupportedMetricIsRefused()
    {
        const Experiment e = list(1, u"running"_s).results.first();
        const QJsonObject ratio{{u"kind"_s, u"ExperimentMetric"_s},
                                {u"metric_type"_s, u"ratio"_s},
                                {u"numerator"_s, QJsonObject{{u"kind"_s, u"EventsNode"_s}, {u"event"_s, u"file_shared"_s}}}};
        const auto [status, body] = postQuery(1, {{u"kind"_s, u"ExperimentQuery"_s}, {u"experiment_id"_s, e.id}, {u"metric"_s, ratio}});
        QCOMPARE(status, 400);
        QVERIFY2(body.value("detail"_L1).toString().contains("funnel and mean"_L1), qPrintable(body.value("detail"_L1).toString()));
    }
};

// Exposures per variant (with "$multiple") sum to the exposed persons; every metric counts the
// same persons, "$multiple" left out, and no more conversions than exposures.
void TestExperimentTools::checkExposures(qint64 team, const ExperimentResults &r)
{
    QHash<QString, qint64> expected;
    QSqlQuery q = sql(QString::fromLatin1(exposureCte) + u"SELECT CASE WHEN n > 1 THEN '$multiple' ELSE v END, count(*) FROM x GROUP BY 1"_s,
                      window(team, r.experiment));
    qint64 persons = 0;
    while (q.next()) {
        expected.insert(q.value(0).toString(), q.value(1).toLongLong());
        persons += q.value(1).toLongLong();
    }
    QVERIFY2(persons > 0, qPrintable(r.experiment.name));
    qint64 sum = 0, multiple = 0;
    for (const auto &[key, count] : r.exposures) {
        QCOMPARE(count, expected.value(key));
        sum += count;
        multiple += key == "$multiple"_L1 ? count : 0;
    }
    QCOMPARE(sum, persons);
    for (const ExperimentMetricResult &m : r.metrics) {
        QCOMPARE(m.baseline.samples, expected.value(m.baseline.key));
        qint64 samples = m.baseline.samples;
        for (const ExperimentVariantResult &v : m.variants) {
            samples += v.samples;
            QCOMPARE(v.samples, expected.value(v.key));
            if (m.metricType == "funnel"_L1) {
                QVERIFY(v.sum <= double(v.samples));
                for (qsizetype i = 1; i < v.stepCounts.size(); ++i)
                    QVERIFY(v.stepCounts.at(i) <= v.stepCounts.at(i - 1));
                QCOMPARE(double(v.stepCounts.last()), v.sum);
            }
        }
        QCOMPARE(samples, persons - multiple);
    }
}

// A one-step funnel converts a person with the goal event after their first exposure, until the
// end (or within the conversion window): counted here in SQL alone.
void TestExperimentTools::checkSingleStepFunnel(qint64 team, const ExperimentResults &r, const ExperimentMetricResult &m)
{
    const QJsonObject metric = r.experiment.metrics.first().toObject();
    const QJsonArray series = metric.value("series"_L1).toArray();
    if (m.secondary || series.size() != 1)
        return;
    const int windowDays = metric.value("conversion_window"_L1).toInt(0);
    const QString limit = windowDays > 0 ? u"strftime('%Y-%m-%d %H:%M:%f', x.first, '+%1 days')"_s.arg(windowDays) : u":to"_s;
    QVariantMap binds = window(team, r.experiment);
    binds.insert(u"goal"_s, series.first().toObject().value("event"_L1).toString());
    QSqlQuery q
        = sql(QString::fromLatin1(exposureCte)
                  + u"SELECT v, count(*), sum(EXISTS (SELECT 1 FROM events g WHERE g.team_id = :team AND g.event = :goal AND g.person_id = x.p"
                    " AND g.timestamp >= x.first AND g.timestamp <= %1)) FROM x WHERE n = 1 GROUP BY v"_s.arg(limit),
              binds);
    QHash<QString, std::pair<qint64, qint64>> expected;
    while (q.next())
        expected.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    QList<ExperimentVariantResult> all = m.variants;
    all.prepend(m.baseline);
    for (const ExperimentVariantResult &v : all) {
        QCOMPARE(v.samples, expected.value(v.key).first);
        QCOMPARE(qint64(v.sum), expected.value(v.key).second);
    }
}

QTEST_GUILESS_MAIN(TestExperimentTools)
#include "tst_experimenttools.moc"
