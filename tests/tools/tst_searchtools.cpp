#include "common/demotoolstest.h"
#include "common/isolatedhome.h"
#include "common/mcptestclient.h"
#include "demo/demobackend.h"
#include "mcp/mcpserver.h"
#include "mcp/toolregistry.h"
#include "posthog/posthogclient.h"
#include "settings/settings.h"
#include "tools/posthogtoolset.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// search_posthog against the demo: what it finds is what the demo's own tables say matches
// (PostHog's insight and flag lists search names server-side, posthog/api/insight.py and
// feature_flag.py; dashboards ignore `search`, so the client filters them).
class TestSearchTools : public DemoToolsTest
{
    Q_OBJECT

private:
    // Names in one demo table of the active project (1) whose name holds `word`, any case.
    QStringList namesLike(const QString &table, const QString &column, const QString &word, const QString &alive = u"deleted = 0"_s)
    {
        QSqlQuery q(m_direct);
        q.prepare(u"SELECT %1 FROM %2 WHERE team_id = 1 AND %3 AND %1 LIKE ? ORDER BY %1"_s.arg(column, table, alive));
        q.addBindValue(u"%"_s + word + u"%"_s);
        QStringList names;
        if (!q.exec())
            return {u"query failed"_s};
        while (q.next())
            names.append(q.value(0).toString());
        return names;
    }
    QStringList foundOfType(const QJsonObject &result, const QString &type)
    {
        QStringList names;
        for (const QJsonValue &v : result.value("structuredContent"_L1).toObject().value("results"_L1).toArray()) {
            if (v.toObject().value("type"_L1).toString() == type)
                names.append(v.toObject().value("name"_L1).toString());
        }
        names.sort();
        return names;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startDemo(5000)); }

    void findsWhatTheDemoHoldsUnderEachKind_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("signup") << u"sign"_s;
        QTest::newRow("upload, any case") << u"UPLOAD"_s;
        QTest::newRow("a single letter") << u"e"_s;
    }

    void findsWhatTheDemoHoldsUnderEachKind()
    {
        QFETCH(QString, word);
        const QJsonObject result = m_mcp.callTool(u"search_posthog"_s, {{u"query"_s, word}, {u"limit"_s, 20}});
        QVERIFY2(!McpTestClient::isError(result), qPrintable(McpTestClient::text(result)));
        const QStringList dashboards = namesLike(u"dashboards"_s, u"name"_s, word);
        const QStringList flags = namesLike(u"feature_flags"_s, u"key"_s, word);
        QCOMPARE(foundOfType(result, u"dashboard"_s), dashboards.mid(0, 20));
        // Experiments: by name, archived ones left out (PostHog's list default, products/experiments ExperimentViewSet).
        QCOMPARE(foundOfType(result, u"experiment"_s), namesLike(u"experiments"_s, u"name"_s, word, u"deleted = 0 AND archived = 0"_s).mid(0, 20));
        // Surveys: every survey whose name holds the word is found (PostHog also searches descriptions, posthog/api/survey.py).
        for (const QString &name : namesLike(u"surveys"_s, u"name"_s, word, u"1 = 1"_s).mid(0, 20))
            QVERIFY2(foundOfType(result, u"survey"_s).contains(name), qPrintable(name));
        // Flags match on key or name; every key that matches is there.
        for (const QString &key : flags.mid(0, 20))
            QVERIFY2(foundOfType(result, u"flag"_s).contains(key), qPrintable(key));
        for (const QString &name : foundOfType(result, u"insight"_s))
            QVERIFY2(name.contains(word, Qt::CaseInsensitive) || !namesLike(u"insights"_s, u"description"_s, word).isEmpty(), qPrintable(name));
        const QString text = McpTestClient::text(result);
        QVERIFY(text.contains(u"**Insights**"_s) && text.contains(u"**Dashboards**"_s) && text.contains(u"**Feature flags**"_s)
                && text.contains(u"**Experiments**"_s) && text.contains(u"**Surveys**"_s));
        for (const QJsonValue &v : result.value("structuredContent"_L1).toObject().value("results"_L1).toArray())
            QVERIFY(v.toObject().value("url"_L1).toString().startsWith(m_backend.baseUrl().toString().section(u'/', 0, 2)));
    }

    void typesNarrowTheSearch()
    {
        const QJsonObject result = m_mcp.callTool(u"search_posthog"_s, {{u"query"_s, u"e"_s}, {u"types"_s, QJsonArray{u"dashboard"_s}}});
        QVERIFY2(!McpTestClient::isError(result), qPrintable(McpTestClient::text(result)));
        QVERIFY(foundOfType(result, u"insight"_s).isEmpty());
        QVERIFY(foundOfType(result, u"flag"_s).isEmpty());
        QVERIFY(!foundOfType(result, u"dashboard"_s).isEmpty());
        QVERIFY(!McpTestClient::text(result).contains(u"**Insights**"_s));
    }

    void theLimitIsPerKindAndSaysWhenMoreExist()
    {
        const QJsonObject result
            = m_mcp.callTool(u"search_posthog"_s, {{u"query"_s, u"e"_s}, {u"limit"_s, 1}, {u"types"_s, QJsonArray{u"dashboard"_s}}});
        QCOMPARE(foundOfType(result, u"dashboard"_s).size(), 1);
        if (namesLike(u"dashboards"_s, u"name"_s, u"e"_s).size() > 1)
            QVERIFY2(McpTestClient::text(result).contains(u"more exist"_s), qPrintable(McpTestClient::text(result)));
    }

    void nothingFoundSaysWhatToTry()
    {
        const QJsonObject result = m_mcp.callTool(u"search_posthog"_s, {{u"query"_s, u"zzqx-no-such-name"_s}});
        QVERIFY(!McpTestClient::isError(result));
        QVERIFY(McpTestClient::text(result).contains(u"Nothing matched"_s));
        QVERIFY(result.value("structuredContent"_L1).toObject().value("results"_L1).toArray().isEmpty());
    }

    void anUnknownKindIsAnInputError()
    {
        const QJsonObject result = m_mcp.callTool(u"search_posthog"_s, {{u"query"_s, u"x"_s}, {u"types"_s, QJsonArray{u"notebook"_s}}});
        QVERIFY(McpTestClient::isError(result));
        QVERIFY(McpTestClient::text(result).contains(u"Input validation error"_s));
    }
};

int main(int argc, char **argv)
{
    IsolatedHome::enter();
    QCoreApplication app(argc, argv);
    TestSearchTools test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_searchtools.moc"
