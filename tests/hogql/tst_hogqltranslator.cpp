#include "demo/hogql/demoschema.h"
#include "demo/hogql/hogqlfilterplaceholders.h"
#include "demo/hogql/hogqlfunctions.h"
#include "demo/hogql/hogqltranslator.h"
#include "demo/hogql/hogqlvalueformatter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList g_logLines;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logLines.append(QString::fromLatin1(context.category) + u": "_s + message);
}

// The function table as docs/hogql-subset.md lists it: name, arguments, aggregate, description.
QStringList documentedRow(const HogQLFunction &f)
{
    return {u"`%1`"_s.arg(f.name), f.countForm ? u"0 to 1"_s : f.arguments(), f.aggregate ? u"yes"_s : u"no"_s, f.doc};
}

// The rows between the doc's marker comments, split into trimmed cells.
QList<QStringList> documentedFunctions(QString *error)
{
    QFile file(QStringLiteral(PHC_SOURCE_DIR "/docs/hogql-subset.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + file.fileName();
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype begin = text.indexOf("<!-- hogql-functions:begin"_L1);
    const qsizetype end = text.indexOf("<!-- hogql-functions:end -->"_L1);
    if (begin < 0 || end < begin) {
        *error = u"docs/hogql-subset.md has no hogql-functions:begin/end markers"_s;
        return {};
    }
    QList<QStringList> rows;
    const QStringList lines = text.mid(begin, end - begin).split(QLatin1Char('\n')).mid(3); // marker, header, separator
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1Char('|')))
            continue;
        QStringList cells = line.split(QLatin1Char('|')).mid(1);
        cells.removeLast();
        for (QString &cell : cells)
            cell = cell.trimmed();
        rows.append(cells);
    }
    return rows;
}

// Arguments that translate for any function: a unit for dateDiff, text elsewhere.
QString sampleCall(const HogQLFunction &f, int count)
{
    QStringList args;
    for (int i = 0; i < count; ++i)
        args.append(f.name == "dateDiff"_L1 && i == 0 ? u"'day'"_s : u"'2026-11-24 10:00:00'"_s);
    return u"%1(%2)"_s.arg(f.name, args.join(u", "_s));
}

struct Row
{
    QString event;
    QDateTime time;
    QString person;
    QString country;
    double cost;
    int team;
    bool bot() const { return time.time().second() % 3 == 0; } // a JSON boolean property
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
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hogql"_s);
        m_db.setDatabaseName(u":memory:"_s);
        QVERIFY(m_db.open());
        QString error;
        QVERIFY2(DemoSchema::create(m_db, &error), qPrintable(error));
        const QStringList events = {u"$pageview"_s, u"$pageview"_s, u"signed_up"_s, u"$ai_generation"_s};
        const QStringList countries = {u"France"_s, u"Germany"_s, u"Japan"_s};
        QSqlQuery person(m_db);
        person.prepare(u"INSERT INTO persons VALUES (?, 1, '2026-10-01 00:00:00.000', 1, ?)"_s);
        for (int p = 0; p < 10; ++p) {
            person.addBindValue(u"p%1"_s.arg(p));
            person.addBindValue(u"{\"plan\":\"%1\"}"_s.arg(p % 3 == 0 ? u"pro"_s : u"free"_s));
            QVERIFY(person.exec());
        }
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (int i = 0; i < 600; ++i) {
            Row r{events.at(i % 4),   m_now.addSecs(-qint64(i) * 4000), u"p%1"_s.arg(i % 10), countries.at((i / 4) % 3), (i % 7) * 0.01,
                  i % 11 == 0 ? 2 : 1};
            m_rows.append(r);
            insert.addBindValue(u"u%1"_s.arg(i));
            insert.addBindValue(r.team);
            insert.addBindValue(r.event);
            insert.addBindValue(r.time.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
            insert.addBindValue(u"d%1"_s.arg(i % 10));
            insert.addBindValue(r.person);
            insert.addBindValue(u"s%1"_s.arg(i / 5));
            insert.addBindValue(QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"$geoip_country_name"_s, r.country}, {u"$ai_total_cost_usd"_s, r.cost}, {u"is_bot"_s, r.bot()}})
                    .toJson(QJsonDocument::Compact)));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
    }

    void pageViewsByCountryMatchesIndependentCount()
    {
        HogQLTranslation t;
        const auto rows = run(u"SELECT properties.$geoip_country_name AS country, count() AS views FROM events WHERE event = '$pageview' "
                              "AND timestamp > now() - INTERVAL 7 DAY GROUP BY country ORDER BY views DESC LIMIT 10"_s,
                              &t);
        QMap<QString, int> expected;
        for (const Row &r : m_rows) {
            if (r.team == 1 && r.event == "$pageview"_L1 && r.time > m_now.addDays(-7))
                ++expected[r.country];
        }
        QCOMPARE(rows.size(), expected.size());
        QCOMPARE(t.columns, (QStringList{u"country"_s, u"views"_s}));
        QCOMPARE(t.types.at(1), u"UInt64"_s);
        int previous = INT_MAX;
        for (const QJsonArray &row : rows) {
            QCOMPARE(row.at(1).toInt(), expected.value(row.at(0).toString()));
            QVERIFY(row.at(1).toInt() <= previous);
            previous = row.at(1).toInt();
        }
    }

    void dailyActiveUsersMatchesIndependentCount()
    {
        const auto rows = run(u"SELECT toDate(timestamp) AS day, count(DISTINCT person_id) AS dau FROM events "
                              "WHERE timestamp > now() - INTERVAL 30 DAY GROUP BY day ORDER BY day"_s);
        QMap<QString, QSet<QString>> expected;
        for (const Row &r : m_rows) {
            if (r.team == 1 && r.time > m_now.addDays(-30))
                expected[r.time.date().toString(Qt::ISODate)].insert(r.person);
        }
        QCOMPARE(rows.size(), expected.size());
        for (const QJsonArray &row : rows)
            QCOMPARE(row.at(1).toInt(), int(expected.value(row.at(0).toString()).size()));
    }

    // posthog/hogql/printer.py reads properties with JSONExtractRaw and trims the quotes, so a JSON
    // true compares equal to 'true' (PostHog's own LLM views test `$ai_is_error = 'true'`).
    void booleanPropertiesReadAsTrueAndFalse()
    {
        int bots = 0;
        for (const Row &r : m_rows)
            bots += r.team == 1 && r.bot();
        QVERIFY(bots > 0);
        auto rows = run(u"SELECT count() FROM events WHERE properties.is_bot = 'true'"_s);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().at(0).toInt(), bots);
        rows = run(u"SELECT properties.is_bot AS b, count() FROM events GROUP BY b ORDER BY b"_s);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).at(0).toString(), u"false"_s);
        QCOMPARE(rows.at(1).at(0).toString(), u"true"_s);
        QCOMPARE(rows.at(1).at(1).toInt(), bots);
        rows = run(u"SELECT toString(true), toString(1 = 2), toString(properties.is_bot) FROM events WHERE properties.is_bot = 'true' LIMIT 1"_s);
        QVERIFY(!rows.isEmpty()); // the executed LIMIT is one more, as PostHog's paginator asks (has_more)
        QCOMPARE(rows.first(), (QJsonArray{u"true"_s, u"false"_s, u"true"_s}));
    }

    void functionsWork_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("arithmetic") << "SELECT 1 + 2 * 3 AS x"
                                    << "[7]";
        QTest::newRow("division is real") << "SELECT 7 / 2 AS x"
                                          << "[3.5]";
        QTest::newRow("if") << "SELECT if(1 > 2, 'a', 'b') AS x"
                            << "[\"b\"]";
        QTest::newRow("coalesce") << "SELECT coalesce(NULL, 'z') AS x"
                                  << "[\"z\"]";
        QTest::newRow("upper lower") << "SELECT concat(upper('a'), lower('B')) AS x"
                                     << "[\"Ab\"]";
        QTest::newRow("round") << "SELECT round(2.345, 2) AS x"
                               << "[2.35]";
        QTest::newRow("dateDiff day") << "SELECT dateDiff('day', toDate('2026-11-01'), toDate('2026-11-24')) AS x"
                                      << "[23]";
        QTest::newRow("dateDiff month") << "SELECT dateDiff('month', '2026-01-31', '2026-03-01') AS x"
                                        << "[2]";
        QTest::newRow("toStartOfMonth") << "SELECT toStartOfMonth(toDateTime('2026-11-24 10:00:00')) AS x"
                                        << "[\"2026-11-01\"]";
        QTest::newRow("toStartOfWeek sunday") << "SELECT toStartOfWeek(toDateTime('2026-11-24 10:00:00')) AS x"
                                              << "[\"2026-11-22\"]";
        QTest::newRow("today") << "SELECT today() AS x"
                               << "[\"2026-11-24\"]";
        QTest::newRow("now minus interval") << "SELECT now() - INTERVAL 1 DAY AS x"
                                            << "[\"2026-11-23T12:00:00.000Z\"]";
        QTest::newRow("interval function") << "SELECT now() - toIntervalHour(2) AS x"
                                           << "[\"2026-11-24T10:00:00.000Z\"]";
        QTest::newRow("like is case sensitive") << "SELECT 'Abc' LIKE 'a%' AS x"
                                                << "[0]";
        QTest::newRow("ilike") << "SELECT 'Abc' ILIKE 'a%' AS x"
                               << "[1]";
        QTest::newRow("in list") << "SELECT 3 IN (1, 2, 3) AS x"
                                 << "[1]";
        QTest::newRow("not in") << "SELECT 3 NOT IN (1, 2) AS x"
                                << "[1]";
        QTest::newRow("between") << "SELECT 5 BETWEEN 1 AND 10 AS x"
                                 << "[1]";
        QTest::newRow("is null") << "SELECT NULL IS NULL AS x"
                                 << "[1]";
        QTest::newRow("case") << "SELECT CASE WHEN 1 = 1 THEN 'y' ELSE 'n' END AS x"
                              << "[\"y\"]";
        QTest::newRow("toFloat of text") << "SELECT toFloat('1.5') + 1 AS x"
                                         << "[2.5]";
        QTest::newRow("toString") << "SELECT toString(42) AS x"
                                  << "[\"42\"]";
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
        const auto uniq = run(u"SELECT uniq(distinct_id) AS u, count(*) AS c, sum(toFloat(properties.$ai_total_cost_usd)) AS s FROM events"_s);
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
        const auto plans = run(u"SELECT person.properties.plan AS plan, count() AS c FROM events GROUP BY plan ORDER BY plan"_s);
        QCOMPARE(plans.size(), 2);
        QCOMPARE(plans.at(1).at(0).toString(), u"pro"_s);
        const auto people = run(u"SELECT count() FROM persons WHERE properties.plan = 'pro'"_s);
        QCOMPARE(people.first().at(0).toInt(), 4);
    }

    void subqueriesAndSessions()
    {
        const auto rows = run(u"SELECT max(n) AS m FROM (SELECT person_id, count() AS n FROM events GROUP BY person_id) AS per_person"_s);
        QMap<QString, int> perPerson;
        for (const Row &r : m_rows) {
            if (r.team == 1)
                ++perPerson[r.person];
        }
        int maximum = 0;
        for (int n : perPerson)
            maximum = qMax(maximum, n);
        QCOMPARE(rows.first().at(0).toInt(), maximum);
        const auto sessions = run(u"SELECT count() AS c FROM sessions WHERE $pageview_count > 0"_s);
        QVERIFY(sessions.first().at(0).toInt() > 0);
    }

    void teamFilterApplies()
    {
        HogQLTranslator::Options o = options();
        o.teamId = 2;
        const HogQLTranslation t = HogQLTranslator().translate(u"SELECT count() FROM events"_s, o);
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
        auto rows = run(u"SELECT uuid FROM events"_s, &t);
        QCOMPARE(t.limit, 100);
        QCOMPARE(rows.size(), 101); // one more than the limit tells the caller there is more
        QVERIFY(t.hogql.endsWith("LIMIT 100"_L1));
        HogQLTranslator::Options o = options();
        o.maxLimit = 50;
        t = HogQLTranslator().translate(u"SELECT uuid FROM events LIMIT 10000"_s, o);
        QCOMPARE(t.limit, 50);
        rows = run(u"SELECT uuid FROM events ORDER BY uuid LIMIT 5 OFFSET 3"_s, &t);
        QCOMPARE(t.offset, 3);
        QCOMPARE(rows.size(), 6); // LIMIT 5 plus the look-ahead row
    }

    void errorsNamePositions_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("start");
        QTest::newRow("unsupported function") << "SELECT arrayJoin(x) FROM events"
                                              << "Unsupported function 'arrayJoin'" << 7;
        QTest::newRow("unknown column") << "SELECT nope FROM events"
                                        << "Unknown column 'nope'" << 7;
        QTest::newRow("unknown table") << "SELECT 1 FROM users"
                                       << "Unknown table 'users'" << 14;
        QTest::newRow("drop") << "DROP TABLE events"
                              << "Only SELECT queries can run" << 0;
        QTest::newRow("two statements") << "SELECT 1; SELECT 2"
                                        << "Only one statement" << 10;
        QTest::newRow("syntax") << "SELECT count( FROM events"
                                << "Syntax error" << 14;
        QTest::newRow("join") << "SELECT 1 FROM events JOIN persons ON 1 = 1"
                              << "JOIN" << 21;
        QTest::newRow("empty") << "   "
                               << "empty" << 0;
        QTest::newRow("unterminated") << "SELECT 'abc FROM events"
                                      << "Unterminated" << 7;
        QTest::newRow("second line") << "SELECT event\nFROM events WHERE bogus(1)"
                                     << "line 2, column 19" << 31;
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
        const HogQLTranslation deep = HogQLTranslator().translate(u"SELECT "_s + QString(10000, QLatin1Char('(')) + u"1"_s, options());
        QVERIFY(!deep.ok);
        QVERIFY(deep.error.contains("nested too deeply"_L1));
        const HogQLTranslation huge = HogQLTranslator().translate(u"SELECT '"_s + QString(200000, QLatin1Char('x')) + u"'"_s, options());
        QVERIFY(!huge.ok);
        const HogQLTranslation quote = HogQLTranslator().translate(u"SELECT 'a''; DROP TABLE events; --' AS x"_s, options());
        QVERIFY(quote.ok);
        QCOMPARE(run(u"SELECT 'a''; DROP TABLE events; --' AS x"_s).first().at(0).toString(), u"a'; DROP TABLE events; --"_s);
        QCOMPARE(run(u"SELECT count() FROM events"_s).first().at(0).toInt() > 0, true);
    }
    // The function table drives docs/hogql-subset.md: every function listed, nothing more, same cells.
    void docListsTheFunctionTable()
    {
        QString error;
        const QList<QStringList> rows = documentedFunctions(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> documented;
        for (const QStringList &row : rows)
            documented.insert(row.value(0));
        QSet<QString> table;
        QString expected;
        for (const HogQLFunction &f : HogQLFunctions::all()) {
            table.insert(u"`%1`"_s.arg(f.name));
            expected += u"| %1 |\n"_s.arg(documentedRow(f).join(u" | "_s));
        }
        if (documented != table || rows.size() != HogQLFunctions::all().size())
            qInfo("docs/hogql-subset.md should list, between its hogql-functions markers:\n%s", qPrintable(expected));
        for (const QString &name : table)
            QVERIFY2(documented.contains(name),
                     qPrintable(u"%1 is in the function table but not in docs/hogql-subset.md; the list should be:\n%2"_s.arg(name, expected)));
        for (const QString &name : documented)
            QVERIFY2(table.contains(name), qPrintable(u"docs/hogql-subset.md lists %1, which the function table lacks"_s.arg(name)));
        QCOMPARE(rows.size(), HogQLFunctions::all().size());
        for (int i = 0; i < rows.size(); ++i)
            QVERIFY2(rows.at(i) == documentedRow(HogQLFunctions::all().at(i)),
                     qPrintable(u"row %1 differs; the list should be:\n%2"_s.arg(i + 1).arg(expected)));
    }

    void functionTableNamesAreUnique()
    {
        QSet<QString> names;
        for (const HogQLFunction &f : HogQLFunctions::all()) {
            QVERIFY2(!names.contains(f.name.toLower()), qPrintable(f.name));
            names.insert(f.name.toLower());
            QVERIFY(f.translate);
            QVERIFY(f.minArgs <= f.maxArgs);
            QVERIFY2(!f.doc.contains(QLatin1Char('|')), qPrintable(f.name));
            QCOMPARE(HogQLFunctions::find(f.name.toUpper()), &f);
        }
        QVERIFY(!HogQLFunctions::find(u"arrayJoin"_s));
    }

    // Every function with too many or too few arguments: the same message, naming it as written.
    void wrongArgumentCountSaysSo_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        for (const HogQLFunction &f : HogQLFunctions::all()) {
            const QString name = f.name.toUpper();
            QTest::addRow("%s too many", qPrintable(f.name))
                << u"SELECT %1 FROM events"_s.arg(sampleCall(f, f.maxArgs + 1).replace(f.name, name))
                << u"Function '%1' takes %2 argument(s), %3 given at line 1, column 8"_s.arg(name, f.arguments()).arg(f.maxArgs + 1);
            if (f.minArgs > 0 && !f.countForm)
                QTest::addRow("%s too few", qPrintable(f.name))
                    << u"SELECT %1 FROM events"_s.arg(sampleCall(f, f.minArgs - 1).replace(f.name, name))
                    << u"Function '%1' takes %2 argument(s), %3 given at line 1, column 8"_s.arg(name, f.arguments()).arg(f.minArgs - 1);
        }
    }

    void wrongArgumentCountSaysSo()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const HogQLTranslation t = HogQLTranslator().translate(query, options());
        QVERIFY(!t.ok);
        QCOMPARE(t.error, message);
        QCOMPARE(t.errorStart, 7);
    }

    // Every row of the table becomes SQL that SQLite runs, with the fewest and the most arguments it takes
    // (at most three: coalesce and concat take 64).
    void everyFunctionRuns_data()
    {
        QTest::addColumn<QString>("query");
        for (const HogQLFunction &f : HogQLFunctions::all()) {
            for (int n : QSet<int>{f.minArgs, qMin(f.maxArgs, 3)}) {
                const QString call = sampleCall(f, n);
                const bool interval = f.name.startsWith("toInterval"_L1);
                QTest::addRow("%s/%d", qPrintable(f.name), n) << u"SELECT %1 AS x FROM events"_s.arg(interval ? u"now() - "_s + call : call);
            }
        }
    }

    void everyFunctionRuns()
    {
        QFETCH(QString, query);
        const HogQLTranslation t = HogQLTranslator().translate(query, options());
        QVERIFY2(t.ok, qPrintable(t.error));
        QSqlQuery q(m_db);
        QVERIFY2(q.exec(t.sql), qPrintable(q.lastError().text() + u"\n"_s + t.sql));
    }

    void distinctAndStarOutsideCount()
    {
        const HogQLTranslation distinct = HogQLTranslator().translate(u"SELECT sum(DISTINCT 1)"_s, options());
        QCOMPARE(distinct.error, u"DISTINCT is only supported inside count() at line 1, column 8"_s);
        const HogQLTranslation star = HogQLTranslator().translate(u"SELECT uniq(*) FROM events"_s, options());
        QCOMPARE(star.error, u"'*' is only allowed in count(*) at line 1, column 8"_s);
        QVERIFY(HogQLTranslator().translate(u"SELECT count(*), count(), COUNT(DISTINCT event) FROM events"_s, options()).ok);
    }

    // A quoted table alias is a name, not SQL: `1 OR 1 --` used to comment out the team filter.
    void quotedAliasKeepsTheTeamFilter()
    {
        HogQLTranslator::Options o = options();
        o.teamId = 2;
        const HogQLTranslation t = HogQLTranslator().translate(u"SELECT count() AS c FROM events AS `1 OR 1 --`"_s, o);
        QVERIFY2(t.ok, qPrintable(t.error));
        QSqlQuery q(m_db);
        QVERIFY2(q.exec(t.sql) && q.next(), qPrintable(t.sql));
        int expected = 0;
        for (const Row &r : m_rows)
            expected += r.team == 2 ? 1 : 0;
        QCOMPARE(q.value(0).toInt(), expected);
    }

    // Text such as '%1' in the query stays text in the SQL (arg() used to fill it in).
    void percentDigitsInTheQueryStayText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dateDiff second") << "SELECT dateDiff('second', if('a' LIKE '%1%', now(), now()), now()) AS x"
                                         << "[0]";
        QTest::newRow("toIntervalWeek") << "SELECT toDate('2026-11-24') - toIntervalWeek(if('%1' = '%1', 1, 2)) AS x"
                                        << "[\"2026-11-17\"]";
        QTest::newRow("INTERVAL WEEK") << "SELECT toDate('2026-11-24') - INTERVAL length('%1') WEEK AS x"
                                       << "[\"2026-11-10\"]";
    }

    void percentDigitsInTheQueryStayText()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const auto rows = run(query);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(QString::fromUtf8(QJsonDocument(rows.first()).toJson(QJsonDocument::Compact)), expected);
    }

    void tableAliasWithPercentDigits()
    {
        const auto rows = run(u"SELECT count() AS c FROM events AS `%1`"_s);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().at(0).toInt() > 0);
    }

    // SELECT * from a subquery: its columns in the subquery's order (a hash's order before).
    void selectStarFromSubqueryKeepsOrder()
    {
        HogQLTranslation t;
        const auto rows = run(u"SELECT * FROM (SELECT 1 AS a, 2 AS b, 3 AS c, 4 AS d, 5 AS e, 6 AS f, 7 AS g, 8 AS h) AS s"_s, &t);
        QCOMPARE(t.columns, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, u"h"_s}));
        QCOMPARE(QString::fromUtf8(QJsonDocument(rows.value(0)).toJson(QJsonDocument::Compact)), u"[1,2,3,4,5,6,7,8]"_s);
    }

    // SELECT * FROM sessions: the sessions columns (it selected nothing, which SQLite refused).
    void selectStarFromSessions()
    {
        HogQLTranslation t;
        const auto rows = run(u"SELECT * FROM sessions ORDER BY session_id LIMIT 1"_s, &t);
        QCOMPARE(t.columns, (QStringList{u"session_id"_s, u"$start_timestamp"_s, u"$end_timestamp"_s, u"$session_duration"_s, u"$pageview_count"_s,
                                         u"$event_count"_s, u"distinct_id"_s}));
        QCOMPARE(rows.size(), 2); // LIMIT 1 plus the look-ahead row
        QCOMPARE(rows.first().at(0).toString(), u"s0"_s);
    }

    // phc.hogql: one debug line per translation with the length, the outcome and the time; never the text.
    void logsEachTranslationWithoutItsText()
    {
        QLoggingCategory::setFilterRules(u"phc.hogql.debug=true"_s);
        g_logLines.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        HogQLTranslator().translate(u"SELECT 'secret-text' AS x"_s, options());
        HogQLTranslator().translate(u"SELECT nope('secret-text')"_s, options());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(g_logLines.size(), 2);
        QVERIFY2(g_logLines.at(0).startsWith("phc.hogql: translated 25 characters: ok in "_L1), qPrintable(g_logLines.at(0)));
        QVERIFY2(g_logLines.at(1).startsWith("phc.hogql: translated 26 characters: error in "_L1), qPrintable(g_logLines.at(1)));
        for (const QString &line : std::as_const(g_logLines))
            QVERIFY(!line.contains("secret"_L1));
    }
    // PostHog's HogQLQuery placeholders, posthog/hogql/filters.py (ReplaceFilters.visit_placeholder).
    void filterPlaceholdersExpand()
    {
        const QString testAccounts = u"NOT (person.properties.email ILIKE '%@posthog.com%')"_s;
        using P = HogQLFilterPlaceholders;
        // No filters: {filters} is true.
        QCOMPARE(P::expand(u"SELECT 1 FROM events WHERE {filters}"_s, {}, testAccounts).hogql, u"SELECT 1 FROM events WHERE true"_s);
        // filterTestAccounts brings the team's test account filters.
        const QJsonObject withTests{{u"filterTestAccounts"_s, true}};
        QCOMPARE(P::expand(u"SELECT 1 FROM events WHERE {filters}"_s, withTests, testAccounts).hogql,
                 u"SELECT 1 FROM events WHERE (%1)"_s.arg(testAccounts));
        // A date range bounds timestamp: date_to exclusive at its midnight, as isoparse gives it.
        const QJsonObject range{{u"dateRange"_s, QJsonObject{{u"date_from"_s, u"-7d"_s}, {u"date_to"_s, u"2026-11-30"_s}}}};
        QCOMPARE(P::expand(u"SELECT 1 FROM events WHERE { filters }"_s, range, testAccounts).hogql,
                 u"SELECT 1 FROM events WHERE (timestamp < toDateTime('2026-11-30 00:00:00') AND "
                 "timestamp >= toStartOfDay(now() - INTERVAL 7 DAY))"_s);
        QCOMPARE(P::expand(u"SELECT 1 FROM events WHERE timestamp > {filters.dateRange.from}"_s, range, testAccounts).hogql,
                 u"SELECT 1 FROM events WHERE timestamp > toStartOfDay(now() - INTERVAL 7 DAY)"_s);
        QCOMPARE(P::dateExpression(u"-24h"_s), u"now() - INTERVAL 24 HOUR"_s);
        // Inside a string literal it is text.
        QCOMPARE(P::expand(u"SELECT '{filters}' FROM events"_s, withTests, testAccounts).hogql, u"SELECT '{filters}' FROM events"_s);
        // Unknown placeholders are refused in PostHog's words.
        QVERIFY(P::expand(u"SELECT 1 FROM events WHERE {filters.properties}"_s, {}, testAccounts)
                    .error.contains(u"Unsupported filters placeholder `{filters.properties}`"_s));
        QVERIFY(!P::expand(u"SELECT 1 FROM events WHERE {filters.dateRange.to}"_s, {}, testAccounts).ok());
        QVERIFY(!P::expand(u"SELECT 1 FROM events WHERE {filters}"_s,
                           QJsonObject{{u"dateRange"_s, QJsonObject{{u"date_from"_s, u"yesterday-ish"_s}}}}, testAccounts)
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestHogQLTranslator)
#include "tst_hogqltranslator.moc"
