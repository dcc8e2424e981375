// "Add to Claude Desktop": the merge into claude_desktop_config.json, on files shaped like the
// ones people have (other servers with env secrets, other top-level keys, comments, typos).
#include "common/isolatedhome.h"
#include "common/testfiles.h"

#include "settings/claudedesktopconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Another user's real-looking config: two servers and Claude Desktop's own preferences.
const QByteArray kExisting = R"({
  "globalShortcut": "Ctrl+Space",
  "mcpServers": {
    "filesystem": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "/home/me/Documents"]
    },
    "github": {
      "command": "docker",
      "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"],
      "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_example"}
    }
  },
  "preferences": {"menuBarEnabled": false}
}
)";

using TestFiles::readAll;
using TestFiles::writeAll;

QJsonObject parse(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

// Owner, group and other bits (Qt's "User" bits repeat the owner's for the current user).
int modeOf(const QString &path)
{
    return int(QFileInfo(path).permissions() & QFileDevice::Permissions(0x7077));
}

QStringList backupsOf(const QString &path)
{
    const QFileInfo info(path);
    return QDir(info.absolutePath()).entryList({info.fileName() + u".backup-*"_s}, QDir::Files);
}
} // namespace

class TestClaudeDesktopConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QJsonObject m_entry = ClaudeDesktopConfig::stdioEntry(u"/opt/phc/bin/posthog-companion"_s);

    QString freshPath(const QString &name) { return m_dir.filePath(name + u"/Claude/claude_desktop_config.json"_s); }

private Q_SLOTS:
    void defaultPathFollowsXdgConfigHome()
    {
        QVERIFY(IsolatedHome::contains(ClaudeDesktopConfig::defaultPath()));
        QCOMPARE(ClaudeDesktopConfig::defaultPath(),
                 QDir::cleanPath(qEnvironmentVariable("XDG_CONFIG_HOME") + u"/Claude/claude_desktop_config.json"_s));
        QCOMPARE(m_entry.value("args"_L1).toArray(), QJsonArray{u"--mcp-stdio"_s});
    }

    void addsBesideOtherServersAndKeys()
    {
        const QString path = freshPath(u"others"_s);
        writeAll(path, kExisting);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        ClaudeDesktopConfig config(path);
        QCOMPARE(config.inspect(u"posthog"_s, m_entry), ClaudeDesktopConfig::State::Absent);

        const ClaudeDesktopConfig::Outcome outcome = config.merge(u"posthog"_s, m_entry, false);
        QVERIFY2(outcome.written, qPrintable(outcome.message));
        const QJsonObject before = parse(kExisting);
        const QJsonObject after = parse(readAll(path));
        QCOMPARE(after.value("mcpServers"_L1).toObject().value("posthog"_L1).toObject(), m_entry);
        // Everything else, as it was: the other servers (with their secrets) and other keys.
        for (const QString &key : before.keys()) {
            if (key != "mcpServers"_L1)
                QCOMPARE(after.value(key), before.value(key));
        }
        QJsonObject servers = after.value("mcpServers"_L1).toObject();
        servers.remove(u"posthog"_s);
        QCOMPARE(servers, before.value("mcpServers"_L1).toObject());
        QCOMPARE(after.keys(), before.keys());
        // The backup is the file as it was, and the file keeps its mode.
        QCOMPARE(backupsOf(path).size(), 1);
        QCOMPARE(readAll(outcome.backupPath), kExisting);
        QCOMPARE(modeOf(path), int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        QCOMPARE(modeOf(outcome.backupPath), modeOf(path));
        QVERIFY(outcome.message.contains(outcome.backupPath));
        QCOMPARE(config.inspect(u"posthog"_s, m_entry), ClaudeDesktopConfig::State::Same);
    }

    void sameEntryWritesNothing()
    {
        const QString path = freshPath(u"same"_s);
        ClaudeDesktopConfig config(path);
        QVERIFY(config.merge(u"posthog"_s, m_entry, false).written);
        const QByteArray written = readAll(path);
        const ClaudeDesktopConfig::Outcome again = config.merge(u"posthog"_s, m_entry, false);
        QVERIFY(!again.written);
        QVERIFY(again.backupPath.isEmpty());
        QCOMPARE(readAll(path), written);
        QVERIFY(backupsOf(path).isEmpty());
    }

    void missingFileAndFolderAreCreated()
    {
        const QString path = freshPath(u"missing/deeper"_s);
        QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));
        ClaudeDesktopConfig config(path);
        QCOMPARE(config.inspect(u"posthog"_s, m_entry), ClaudeDesktopConfig::State::Missing);
        const ClaudeDesktopConfig::Outcome outcome = config.merge(u"posthog"_s, m_entry, false);
        QVERIFY2(outcome.written, qPrintable(outcome.message));
        QVERIFY(outcome.backupPath.isEmpty());
        QCOMPARE(parse(readAll(path)), (QJsonObject{{u"mcpServers"_s, QJsonObject{{u"posthog"_s, m_entry}}}}));
        QCOMPARE(modeOf(path), int(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void emptyFileIsTreatedAsNoServers()
    {
        const QString path = freshPath(u"empty"_s);
        writeAll(path, "\n");
        ClaudeDesktopConfig config(path);
        QCOMPARE(config.inspect(u"posthog"_s, m_entry), ClaudeDesktopConfig::State::Absent);
        QVERIFY(config.merge(u"posthog"_s, m_entry, false).written);
        QCOMPARE(parse(readAll(path)).value("mcpServers"_L1).toObject().keys(), QStringList{u"posthog"_s});
    }

    void differentEntryIsReplacedOnlyWhenAsked()
    {
        const QString path = freshPath(u"different"_s);
        QByteArray text = kExisting;
        text.replace(R"("filesystem": {)", R"("posthog": {"command": "/old/posthog-companion", "args": ["--mcp-stdio"]}, "filesystem": {)");
        writeAll(path, text);
        ClaudeDesktopConfig config(path);
        QCOMPARE(config.inspect(u"posthog"_s, m_entry), ClaudeDesktopConfig::State::Different);
        QCOMPARE(config.existingEntry().value("command"_L1).toString(), u"/old/posthog-companion"_s);

        const ClaudeDesktopConfig::Outcome kept = config.merge(u"posthog"_s, m_entry, false);
        QVERIFY(!kept.written);
        QVERIFY(!kept.failed);
        QCOMPARE(readAll(path), text);
        QVERIFY(backupsOf(path).isEmpty());

        const ClaudeDesktopConfig::Outcome replaced = config.merge(u"posthog"_s, m_entry, true);
        QVERIFY2(replaced.written, qPrintable(replaced.message));
        const QJsonObject servers = parse(readAll(path)).value("mcpServers"_L1).toObject();
        QCOMPARE(servers.value("posthog"_L1).toObject(), m_entry);
        QCOMPARE(servers.keys(), (QStringList{u"filesystem"_s, u"github"_s, u"posthog"_s}));
        QCOMPARE(readAll(replaced.backupPath), text);
    }

    void malformedFilesAreRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("comment") << QByteArray("{\n  // my servers\n  \"mcpServers\": {}\n}\n") << u"line 2"_s;
        QTest::newRow("trailing comma") << QByteArray("{\"mcpServers\": {\"a\": {\"command\": \"x\"},}}") << u"not valid JSON"_s;
        QTest::newRow("truncated") << kExisting.left(120) << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"does not hold a JSON object"_s;
        QTest::newRow("servers not an object") << QByteArray(R"({"mcpServers": ["posthog"]})") << u"\"mcpServers\" is not an object"_s;
    }

    void malformedFilesAreRefusedAndLeftUntouched()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        const QString path = freshPath(u"malformed-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        writeAll(path, text);
        ClaudeDesktopConfig config(path);
        QCOMPARE(config.inspect(u"posthog"_s, m_entry), ClaudeDesktopConfig::State::Malformed);
        QVERIFY2(config.reason().contains(reason), qPrintable(config.reason()));
        const ClaudeDesktopConfig::Outcome outcome = config.merge(u"posthog"_s, m_entry, true);
        QVERIFY(!outcome.written);
        QVERIFY(outcome.failed);
        QVERIFY2(outcome.message.contains(reason) && outcome.message.contains(path), qPrintable(outcome.message));
        QCOMPARE(readAll(path), text);
        QVERIFY(backupsOf(path).isEmpty());
    }

    void backupsWithinOneSecondDoNotOverwriteEachOther()
    {
        const QString path = freshPath(u"backups"_s);
        writeAll(path, kExisting);
        ClaudeDesktopConfig config(path);
        QVERIFY(config.merge(u"posthog"_s, m_entry, false).written);
        QVERIFY(config.merge(u"posthog"_s, ClaudeDesktopConfig::stdioEntry(u"/usr/bin/posthog-companion"_s), true).written);
        QVERIFY(config.merge(u"posthog"_s, m_entry, true).written);
        QCOMPARE(backupsOf(path).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestClaudeDesktopConfig)
#include "tst_claudedesktopconfig.moc"
