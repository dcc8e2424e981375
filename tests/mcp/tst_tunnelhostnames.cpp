// What --allow-host and the MCP page's "Tunnel host names" accept: the names cloudflared,
// Tailscale Funnel and ngrok hand out, and nothing that would widen the Host check.
#include "mcp/tunnelhostnames.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTunnelHostNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsTunnelNames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("name");
        QTest::newRow("cloudflared") << u"abc-def-123.trycloudflare.com"_s << u"abc-def-123.trycloudflare.com"_s;
        QTest::newRow("funnel") << u"laptop.tail1234.ts.net"_s << u"laptop.tail1234.ts.net"_s;
        QTest::newRow("ngrok, upper case, spaces") << u"  Quiet-Fox.NGROK-free.app "_s << u"quiet-fox.ngrok-free.app"_s;
    }

    void acceptsTunnelNames()
    {
        QFETCH(QString, input);
        QFETCH(QString, name);
        QString error;
        QCOMPARE(TunnelHostNames::normalize(input, &error), name);
        QVERIFY(error.isEmpty());
    }

    void refusesWhatIsNotAHostName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("url") << u"https://mcp.example.com/mcp"_s << u"not a URL"_s;
        QTest::newRow("port") << u"mcp.example.com:443"_s << u"without a port"_s;
        QTest::newRow("wildcard") << u"*.trycloudflare.com"_s << u"wildcards"_s;
        QTest::newRow("single label") << u"myhost"_s << u"at least two labels"_s;
        QTest::newRow("underscore") << u"my_host.example.com"_s << u"'my_host' is not a valid label"_s;
        QTest::newRow("leading hyphen") << u"-x.example.com"_s << u"is not a valid label"_s;
        QTest::newRow("empty label") << u"mcp..example.com"_s << u"is not a valid label"_s;
        QTest::newRow("empty") << u"  "_s << u"empty"_s;
    }

    void refusesWhatIsNotAHostName()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(TunnelHostNames::normalize(input, &error).isEmpty());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void parsesLists()
    {
        QString error;
        QCOMPARE(TunnelHostNames::parseList(u"a.example.com, B.example.com\nb.example.com  c.example.com"_s, &error),
                 (QStringList{u"a.example.com"_s, u"b.example.com"_s, u"c.example.com"_s}));
        QCOMPARE(TunnelHostNames::parseList(u" , "_s, &error), QStringList());
        QVERIFY(!TunnelHostNames::parseList(u"a.example.com, localhost:8787"_s, &error));
        QVERIFY2(error.contains("localhost:8787"_L1), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTunnelHostNames)
#include "tst_tunnelhostnames.moc"
