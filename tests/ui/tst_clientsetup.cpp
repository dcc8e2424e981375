// One click to connect a client, on the MCP page against the demo workspace: Cursor's and VS
// Code's install links (caught with QDesktopServices::setUrlHandler, so no client is launched),
// the merge into Claude Desktop's config (in the isolated home) with its confirmation, Claude
// Code's command, and the tunnel host names for Dust.
#include "common/isolatedhome.h"
#include "common/testfiles.h"
#include "demoservice.h"
#include "ui/mcppage.h"
#include "ui/themecolors.h"

#include "mcp/streamablehttptransport.h"
#include "settings/claudedesktopconfig.h"
#include "settings/settings.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// Stands in for Cursor and VS Code: records the links the page asks the desktop to open.
class LinkCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

using TestFiles::readAll;
using TestFiles::writeAll;

class TestClientSetup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CompanionService> m_service;
    std::unique_ptr<McpPage> m_page;
    LinkCatcher m_catcher;

    // The tabs are rebuilt on every refresh: only the live buttons count.
    QPushButton *button(const QString &name)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return m_page->findChild<QPushButton *>(name);
    }
    QString status() const { return m_page->findChild<QLabel *>(u"clientSetupStatus"_s)->text(); }
    QJsonObject expectedHttpEntry() const
    {
        return QJsonObject{{u"url"_s, m_service->httpUrl().toString()},
                           {u"headers"_s, QJsonObject{{u"Authorization"_s, u"Bearer "_s + m_service->authToken()}}}};
    }
    QJsonObject ourEntry() const { return ClaudeDesktopConfig::stdioEntry(QApplication::applicationFilePath()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_service = startDemoService(false, true);
        QVERIFY(m_service);
        m_page = std::make_unique<McpPage>(m_service.get());
        QDesktopServices::setUrlHandler(u"cursor"_s, &m_catcher, "open");
        QDesktopServices::setUrlHandler(u"vscode"_s, &m_catcher, "open");
    }

    void addToCursorOpensItsInstallLink()
    {
        m_catcher.opened.clear();
        QPushButton *add = button(u"addToCursor"_s);
        QVERIFY(add);
        add->click();
        QCOMPARE(m_catcher.opened.size(), 1);
        const QUrl link = m_catcher.opened.first();
        QCOMPARE(link.scheme(), u"cursor"_s);
        QCOMPARE(link.host(), u"anysphere.cursor-deeplink"_s);
        QCOMPARE(link.path(), u"/mcp/install"_s);
        const QUrlQuery query(link);
        QCOMPARE(query.queryItemValue(u"name"_s), u"posthog"_s);
        const QByteArray config = QByteArray::fromBase64(query.queryItemValue(u"config"_s, QUrl::FullyDecoded).toLatin1());
        QCOMPARE(QJsonDocument::fromJson(config).object(), expectedHttpEntry());
        QVERIFY2(status().contains("Cursor"_L1), qPrintable(status()));
    }

    void addToVsCodeOpensItsInstallLink()
    {
        m_catcher.opened.clear();
        QPushButton *add = button(u"addToVsCode"_s);
        QVERIFY(add);
        add->click();
        QCOMPARE(m_catcher.opened.size(), 1);
        const QUrl link = m_catcher.opened.first();
        QCOMPARE(link.scheme(), u"vscode"_s);
        QCOMPARE(link.path(), u"mcp/install"_s);
        const QByteArray json = QByteArray::fromPercentEncoding(link.query(QUrl::FullyEncoded).toLatin1());
        QJsonObject expected = expectedHttpEntry();
        expected.insert(u"name"_s, u"posthog"_s);
        expected.insert(u"type"_s, u"http"_s);
        QCOMPARE(QJsonDocument::fromJson(json).object(), expected);
    }

    void claudeCodeCommandIsCopied()
    {
        QPushButton *copy = button(u"copy_claude-code"_s);
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), u"claude mcp add --transport http posthog %1 --header \"Authorization: Bearer %2\""_s.arg(
                                                        m_service->httpUrl().toString(), m_service->authToken()));
    }

    void addToClaudeDesktopMergesBesideOtherServers()
    {
        const QString path = ClaudeDesktopConfig::defaultPath();
        QVERIFY(IsolatedHome::contains(path));
        writeAll(path,
                 R"({"mcpServers": {"filesystem": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem"]}}, "theme": "dark"})");
        button(u"addToClaudeDesktop"_s)->click();
        const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
        QCOMPARE(root.value("theme"_L1).toString(), u"dark"_s);
        QCOMPARE(root.value("mcpServers"_L1).toObject().keys(), (QStringList{u"filesystem"_s, u"posthog"_s}));
        QCOMPARE(root.value("mcpServers"_L1).toObject().value("posthog"_L1).toObject(), ourEntry());
        QVERIFY2(status().contains(".backup-"_L1), qPrintable(status()));
        QVERIFY(!m_page->findChild<QMessageBox *>(u"replaceClaudeDesktopEntry"_s));
    }

    void aDifferentEntryIsReplacedOnlyAfterConfirmation()
    {
        const QString path = ClaudeDesktopConfig::defaultPath();
        const QByteArray theirs
            = R"({"mcpServers": {"posthog": {"command": "npx", "args": ["-y", "@posthog/mcp"], "env": {"POSTHOG_KEY": "phx_theirs"}}}})";
        writeAll(path, theirs);
        button(u"addToClaudeDesktop"_s)->click();
        auto *box = m_page->findChild<QMessageBox *>(u"replaceClaudeDesktopEntry"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains("npx -y @posthog/mcp"_L1));
        QVERIFY2(!box->text().contains("phx_theirs"_L1), "the confirmation shows the entry's env");
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(readAll(path), theirs);
        QVERIFY2(status().contains("Kept"_L1), qPrintable(status()));

        button(u"addToClaudeDesktop"_s)->click();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        box = m_page->findChild<QMessageBox *>(u"replaceClaudeDesktopEntry"_s);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QCOMPARE(QJsonDocument::fromJson(readAll(path)).object().value("mcpServers"_L1).toObject().value("posthog"_L1).toObject(), ourEntry());
    }

    void aMalformedConfigIsRefusedWithTheReason()
    {
        const QString path = ClaudeDesktopConfig::defaultPath();
        const QByteArray text = "{\n  // servers\n  \"mcpServers\": {}\n}\n";
        writeAll(path, text);
        button(u"addToClaudeDesktop"_s)->click();
        QCOMPARE(readAll(path), text);
        // Shown in the palette's error colour, as every failure in the window.
        const QString errorColour = ThemeColors::color(ThemeColors::Role::Error, QApplication::palette()).name();
        QVERIFY2(status().contains("not valid JSON"_L1) && status().contains(errorColour), qPrintable(status()));
    }

    void tunnelHostNamesAreCheckedAndSaved()
    {
        auto *hosts = m_page->findChild<QLineEdit *>(u"allowedHosts"_s);
        QVERIFY(hosts);
        hosts->setText(u"mcp.example.com, https://other.example.com/mcp"_s);
        Q_EMIT hosts->editingFinished();
        QVERIFY(m_service->settings()->mcpAllowedHosts().isEmpty());
        QVERIFY(m_page->findChild<QLabel *>(u"allowedHostsNote"_s)->text().contains("not a URL"_L1));
        m_page->refresh(); // the server's state changing does not hide why the list was not saved
        QVERIFY(m_page->findChild<QLabel *>(u"allowedHostsNote"_s)->text().contains("not a URL"_L1));

        hosts->setText(u" MCP.Example.com,  funnel.tail1234.ts.net "_s);
        Q_EMIT hosts->editingFinished();
        const QStringList expected{u"mcp.example.com"_s, u"funnel.tail1234.ts.net"_s};
        QCOMPARE(m_service->settings()->mcpAllowedHosts(), expected);
        QCOMPARE(m_service->http()->allowedHosts(), expected);
        QCOMPARE(hosts->text(), u"mcp.example.com, funnel.tail1234.ts.net"_s);
        QVERIFY(!m_page->findChild<QLabel *>(u"allowedHostsNote"_s)->text().contains("not a URL"_L1));
        button(u"copy_dust"_s)->click();
        QVERIFY(QApplication::clipboard()->text().contains("https://mcp.example.com/mcp"_L1));
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(u"cursor"_s);
        QDesktopServices::unsetUrlHandler(u"vscode"_s);
        m_page.reset();
    }
};

QTEST_MAIN(TestClientSetup)
#include "tst_clientsetup.moc"
