#include "demo/hogql/demoschema.h"
#include "demo/hogql/hogqlfilterplaceholders.h"
#include "demo/hogql/hogqltranslator.h"
#include "demo/hogql/hogqlvalueformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {
struct Row
{
    QString event;
    QDateTime time;
    QString person;
    QString country;
    double cost;
    int team;
};
} // namespace

class TestHogQLTranslator : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_db;
    QList<Row> m_rows;
    QDateTime m_now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    HogQLTranslator::Options options() const
    {
        HogQLTranslator::Options o;
        o.now = m_now;
        return o;
    }

    QList<QJsonArray> run(const QString &hogql, HogQLTranslation *out = nullptr)
    {
        const HogQLTranslation t = HogQLTranslator().translate(hogql, options());
        if (out)
            *out = t;
        if (!t.ok) {
            qWarning("translation failed: %s", qPrintable(t.error));
            return {};
        }
        QSqlQuery q(m_db);
        if (!q.exec(t.sql)) {
            qWarning("sql failed: %s\n%s", qPrintable(q.lastError().text()), qPrintable(t.sql));
            return {};
        }
        QList<QJsonArray> rows;
        while (q.next()) {
            QJsonArray row;
            for (int c = 0; c < t.columns.size(); ++c)
                row.append(HogQLValueFormatter::toJson(q.value(c), t.types.at(c)));
            rows.append(row);
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hogql"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QString error;
        QVERIFY2(DemoSchema::create(m_db, &error), qPrintable(error));
        const QStringList events = {QStringLiteral("$pageview"), QStringLiteral("$pageview"), QStringLiteral("signed_up"), QStringLiteral("$ai_generation")};
        const QStringList countries = {QStringLiteral("France"), QStringLiteral("Germany"), QStringLiteral("Japan")};
        QSqlQuery person(m_db);
        person.prepare(QStringLiteral("INSERT INTO persons VALUES (?, 1, '2026-10-01 00:00:00.000', 1, ?)"));
        for (int p = 0; p < 10; ++p) {
            person.addBindValue(QStringLiteral("p%1").arg(p));
            person.addBindValue(QStringLiteral("{\"plan\":\"%1\"}").arg(p % 3 == 0 ? QStringLiteral("pro") : QStringLiteral("free")));
            QVERIFY(person.exec());
        }
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < 600; ++i) {
            Row r{events.at(i % 4), m_now.addSecs(-qint64(i) * 4000), QStringLiteral("p%1").arg(i % 10), countries.at((i / 4) % 3), (i % 7) * 0.01,
                  i % 11 == 0 ? 2 : 1};
            m_rows.append(r);
            insert.addBindValue(QStringLiteral("u%1").arg(i));
            insert.addBindValue(r.team);
            insert.addBindValue(r.event);
            insert.addBindValue(r.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
            insert.addBindValue(QStringLiteral("d%1").arg(i % 10));
            insert.addBindValue(r.person);
            insert.addBindValue(QStringLiteral("s%1").arg(i / 5));
            insert.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("$geoip_country_name"), r.country},
                                                                            {QStringLiteral("$ai_total_cost_usd"), r.cost}}).toJson(QJsonDocument::Compact)));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
    }

    void pageViewsByCountryMatchesIndependentCount()
    {
        HogQLTranslation t;
        const auto rows = run(QStringLiteral("SELECT properties.$geoip_country_name AS country, count() AS views FROM events WHERE event = '$pageview' "
                                             "AND timestamp > now() - INTERVAL 7 DAY GROUP BY country ORDER BY views DESC LIMIT 10"), &t);
        QMap<QString, int> expected;
        for (const Row &r : m_rows) {
            if (r.team == 1 && r.event == QLatin1String("$pageview") && r.time > m_now.addDays(-7))
                ++expected[r.country];
        }
        QCOMPARE(rows.size(), expected.size());
        QCOMPARE(t.columns, (QStringList{QStringLiteral("country"), QStringLiteral("views")}));
        QCOMPARE(t.types.at(1), QStringLiteral("UInt64"));
        int previous = INT_MAX;
        for (const QJsonArray &row : rows) {
            QCOMPARE(row.at(1).toInt(), expected.value(row.at(0).toString()));
            QVERIFY(row.at(1).toInt() <= previous);
            previous = row.at(1).toInt();
        }
    }

    void dailyActiveUsersMatchesIndependentCount()
    {
        const auto rows = run(QStringLiteral("SELECT toDate(timestamp) AS day, count(DISTINCT person_id) AS dau FROM events "
                                             "WHERE timestamp > now() - INTERVAL 30 DAY GROUP BY day ORDER BY day"));
        QMap<QString, QSet<QString>> expected;
        for (const Row &r : m_rows) {
            if (r.team == 1 && r.time > m_now.addDays(-30))
                expected[r.time.date().toString(Qt::ISODate)].insert(r.person);
        }
        QCOMPARE(rows.size(), expected.size());
        for (const QJsonArray &row : rows)
            QCOMPARE(row.at(1).toInt(), int(expected.value(row.at(0).toString()).size()));
    }

    void functionsWork_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("arithmetic") << "SELECT 1 + 2 * 3 AS x" << "[7]";
        QTest::newRow("division is real") << "SELECT 7 / 2 AS x" << "[3.5]";
        QTest::newRow("if") << "SELECT if(1 > 2, 'a', 'b') AS x" << "[\"b\"]";
        QTest::newRow("coalesce") << "SELECT coalesce(NULL, 'z') AS x" << "[\"z\"]";
        QTest::newRow("upper lower") << "SELECT concat(upper('a'), lower('B')) AS x" << "[\"Ab\"]";
        QTest::newRow("round") << "SELECT round(2.345, 2) AS x" << "[2.35]";
        QTest::newRow("dateDiff day") << "SELECT dateDiff('day', toDate('2026-11-01'), toDate('2026-11-24')) AS x" << "[23]";
        QTest::newRow("dateDiff month") << "SELECT dateDiff('month', '2026-01-31', '2026-03-01') AS x" << "[2]";
        QTest::newRow("toStartOfMonth") << "SELECT toStartOfMonth(toDateTime('2026-11-24 10:00:00')) AS x" << "[\"2026-11-01\"]";
        QTest::newRow("toStartOfWeek sunday") << "SELECT toStartOfWeek(toDateTime('2026-11-24 10:00:00')) AS x" << "[\"2026-11-22\"]";
        QTest::newRow("today") << "SELECT today() AS x" << "[\"2026-11-24\"]";
        QTest::newRow("now minus interval") << "SELECT now() - INTERVAL 1 DAY AS x" << "[\"2026-11-23T12:00:00.000Z\"]";
        QTest::newRow("interval function") << "SELECT now() - toIntervalHour(2) AS x" << "[\"2026-11-24T10:00:00.000Z\"]";
        QTest::newRow("like is case sensitive") << "SELECT 'Abc' LIKE 'a%' AS x" << "[0]";
        QTest::newRow("ilike") << "SELECT 'Abc' ILIKE 'a%' AS x" << "[1]";
        QTest::newRow("in list") << "SELECT 3 IN (1, 2, 3) AS x" << "[1]";
        QTest::newRow("not in") << "SELECT 3 NOT IN (1, 2) AS x" << "[1]";
        QTest::newRow("between") << "SELECT 5 BETWEEN 1 AND 10 AS x" << "[1]";
        QTest::newRow("is null") << "SELECT NULL IS NULL AS x" << "[1]";
        QTest::newRow("case") << "SELECT CASE WHEN 1 = 1 THEN 'y' ELSE 'n' END AS x" << "[\"y\"]";
        QTest::newRow("toFloat of text") << "SELECT toFloat('1.5') + 1 AS x" << "[2.5]";
        QTest::newRow("toString") << "SELECT toString(42) AS x" << "[\"42\"]";
    }

    void functionsWork()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const auto rows = run(query);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(QString::fromUtf8(QJsonDocument(rows.first()).toJson(QJsonDocument::Compact)), expected);
    }

    void aggregatesAndPersons()
    {
        const auto uniq = run(QStringLiteral("SELECT uniq(distinct_id) AS u, count(*) AS c, sum(toFloat(properties.$ai_total_cost_usd)) AS s FROM events"));
        QSet<QString> persons;
        int count = 0;
        double sum = 0;
        for (const Row &r : m_rows) {
            if (r.team != 1)
                continue;
            persons.insert(r.person);
            ++count;
            sum += r.cost;
        }
        QCOMPARE(uniq.first().at(0).toInt(), int(persons.size()));
        QCOMPARE(uniq.first().at(1).toInt(), count);
        QVERIFY(qAbs(uniq.first().at(2).toDouble() - sum) < 1e-9);
        const auto plans = run(QStringLiteral("SELECT person.properties.plan AS plan, count() AS c FROM events GROUP BY plan ORDER BY plan"));
        QCOMPARE(plans.size(), 2);
        QCOMPARE(plans.at(1).at(0).toString(), QStringLiteral("pro"));
        const auto people = run(QStringLiteral("SELECT count() FROM persons WHERE properties.plan = 'pro'"));
        QCOMPARE(people.first().at(0).toInt(), 4);
    }

    void subqueriesAndSessions()
    {
        const auto rows = run(QStringLiteral("SELECT max(n) AS m FROM (SELECT person_id, count() AS n FROM events GROUP BY person_id) AS per_person"));
        QMap<QString, int> perPerson;
        for (const Row &r : m_rows) {
            if (r.team == 1)
                ++perPerson[r.person];
        }
        int maximum = 0;
        for (int n : perPerson)
            maximum = qMax(maximum, n);
        QCOMPARE(rows.first().at(0).toInt(), maximum);
        const auto sessions = run(QStringLiteral("SELECT count() AS c FROM sessions WHERE $pageview_count > 0"));
        QVERIFY(sessions.first().at(0).toInt() > 0);
    }

    void teamFilterApplies()
    {
        HogQLTranslator::Options o = options();
        o.teamId = 2;
        const HogQLTranslation t = HogQLTranslator().translate(QStringLiteral("SELECT count() FROM events"), o);
        QSqlQuery q(m_db);
        QVERIFY(q.exec(t.sql) && q.next());
        int expected = 0;
        for (const Row &r : m_rows)
            expected += r.team == 2 ? 1 : 0;
        QCOMPARE(q.value(0).toInt(), expected);
    }

    void limitsApply()
    {
        HogQLTranslation t;
        auto rows = run(QStringLiteral("SELECT uuid FROM events"), &t);
        QCOMPARE(t.limit, 100);
        QCOMPARE(rows.size(), 101); // one more than the limit tells the caller there is more
        QVERIFY(t.hogql.endsWith(QLatin1String("LIMIT 100")));
        HogQLTranslator::Options o = options();
        o.maxLimit = 50;
        t = HogQLTranslator().translate(QStringLiteral("SELECT uuid FROM events LIMIT 10000"), o);
        QCOMPARE(t.limit, 50);
        rows = run(QStringLiteral("SELECT uuid FROM events ORDER BY uuid LIMIT 5 OFFSET 3"), &t);
        QCOMPARE(t.offset, 3);
        QCOMPARE(rows.size(), 6); // LIMIT 5 plus the look-ahead row
    }

    void errorsNamePositions_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("start");
        QTest::newRow("unsupported function") << "SELECT arrayJoin(x) FROM events" << "Unsupported function 'arrayJoin'" << 7;
        QTest::newRow("unknown column") << "SELECT nope FROM events" << "Unknown column 'nope'" << 7;
        QTest::newRow("unknown table") << "SELECT 1 FROM users" << "Unknown table 'users'" << 14;
        QTest::newRow("drop") << "DROP TABLE events" << "Only SELECT queries can run" << 0;
        QTest::newRow("two statements") << "SELECT 1; SELECT 2" << "Only one statement" << 10;
        QTest::newRow("syntax") << "SELECT count( FROM events" << "Syntax error" << 14;
        QTest::newRow("join") << "SELECT 1 FROM events JOIN persons ON 1 = 1" << "JOIN" << 21;
        QTest::newRow("empty") << "   " << "empty" << 0;
        QTest::newRow("unterminated") << "SELECT 'abc FROM events" << "Unterminated" << 7;
        QTest::newRow("second line") << "SELECT event\nFROM events WHERE bogus(1)" << "line 2, column 19" << 31;
    }

    void errorsNamePositions()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        QFETCH(int, start);
        const HogQLTranslation t = HogQLTranslator().translate(query, options());
        QVERIFY(!t.ok);
        QVERIFY2(t.error.contains(message), qPrintable(t.error));
        QCOMPARE(t.errorStart, start);
    }

    void hostileInputsNeverCrash()
    {
        const HogQLTranslation deep = HogQLTranslator().translate(QStringLiteral("SELECT ") + QString(10000, QLatin1Char('(')) + QStringLiteral("1"), options());
        QVERIFY(!deep.ok);
        QVERIFY(deep.error.contains(QLatin1String("nested too deeply")));
        const HogQLTranslation huge = HogQLTranslator().translate(QStringLiteral("SELECT '") + QString(200000, QLatin1Char('x')) + QStringLiteral("'"), options());
        QVERIFY(!huge.ok);
        const HogQLTranslation quote = HogQLTranslator().translate(QStringLiteral("SELECT 'a''; DROP TABLE events; --' AS x"), options());
        QVERIFY(quote.ok);
        QCOMPARE(run(QStringLiteral("SELECT 'a''; DROP TABLE events; --' AS x")).first().at(0).toString(), QStringLiteral("a'; DROP TABLE events; --"));
        QCOMPARE(run(QStringLiteral("SELECT count() FROM events")).first().at(0).toInt() > 0, true);
    }
    // PostHog's HogQLQuery placeholders, posthog/hogql/filters.py (ReplaceFilters.visit_placeholder).
    void filterPlaceholdersExpand()
    {
        const QString testAccounts = QStringLiteral("NOT (person.properties.email ILIKE '%@posthog.com%')");
        using P = HogQLFilterPlaceholders;
        // No filters: {filters} is true.
        QCOMPARE(P::expand(QStringLiteral("SELECT 1 FROM events WHERE {filters}"), {}, testAccounts).hogql,
                 QStringLiteral("SELECT 1 FROM events WHERE true"));
        // filterTestAccounts brings the team's test account filters.
        const QJsonObject withTests{{QStringLiteral("filterTestAccounts"), true}};
        QCOMPARE(P::expand(QStringLiteral("SELECT 1 FROM events WHERE {filters}"), withTests, testAccounts).hogql,
                 QStringLiteral("SELECT 1 FROM events WHERE (%1)").arg(testAccounts));
        // A date range bounds timestamp: date_to exclusive at its midnight, as isoparse gives it.
        const QJsonObject range{{QStringLiteral("dateRange"), QJsonObject{{QStringLiteral("date_from"), QStringLiteral("-7d")},
                                                                          {QStringLiteral("date_to"), QStringLiteral("2026-11-30")}}}};
        QCOMPARE(P::expand(QStringLiteral("SELECT 1 FROM events WHERE { filters }"), range, testAccounts).hogql,
                 QStringLiteral("SELECT 1 FROM events WHERE (timestamp < toDateTime('2026-11-30 00:00:00') AND "
                                "timestamp >= toStartOfDay(now() - INTERVAL 7 DAY))"));
        QCOMPARE(P::expand(QStringLiteral("SELECT 1 FROM events WHERE timestamp > {filters.dateRange.from}"), range, testAccounts).hogql,
                 QStringLiteral("SELECT 1 FROM events WHERE timestamp > toStartOfDay(now() - INTERVAL 7 DAY)"));
        QCOMPARE(P::dateExpression(QStringLiteral("-24h")), QStringLiteral("now() - INTERVAL 24 HOUR"));
        // Inside a string literal it is text.
        QCOMPARE(P::expand(QStringLiteral("SELECT '{filters}' FROM events"), withTests, testAccounts).hogql,
                 QStringLiteral("SELECT '{filters}' FROM events"));
        // Unknown placeholders are refused in PostHog's words.
        QVERIFY(P::expand(QStringLiteral("SELECT 1 FROM events WHERE {filters.properties}"), {}, testAccounts).error.contains(
            QStringLiteral("Unsupported filters placeholder `{filters.properties}`")));
        QVERIFY(!P::expand(QStringLiteral("SELECT 1 FROM events WHERE {filters.dateRange.to}"), {}, testAccounts).ok());
        QVERIFY(!P::expand(QStringLiteral("SELECT 1 FROM events WHERE {filters}"),
                           QJsonObject{{QStringLiteral("dateRange"), QJsonObject{{QStringLiteral("date_from"), QStringLiteral("yesterday-ish")}}}},
                           testAccounts).ok());
    }
};

QTEST_GUILESS_MAIN(TestHogQLTranslator)
#include "tst_hogqltranslator.moc"
