#include "common/isolatedhome.h"
#include "settings/credentialstore.h"
#include "settings/settings.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("POSTHOG_API_KEY");
        QVERIFY2(IsolatedHome::contains(Settings().fileName()), qPrintable(Settings().fileName()));
    }

    void roundTrip()
    {
        {
            Settings settings;
            settings.setRegion(PostHogConnection::Region::SelfHosted);
            settings.setCustomBaseUrl(u"https://posthog.example.com/"_s);
            settings.setDefaultProjectId(42);
            settings.setMcpPort(9999);
            settings.setDisabledTools({u"delete_insight"_s});
        }
        Settings reread;
        QCOMPARE(reread.region(), PostHogConnection::Region::SelfHosted);
        QString error;
        QCOMPARE(reread.connection(&error).apiBase().toString(), u"https://posthog.example.com"_s);
        QCOMPARE(reread.defaultProjectId(), 42);
        QCOMPARE(reread.mcpPort(), quint16(9999));
        QCOMPARE(reread.disabledTools(), QStringList{u"delete_insight"_s});
        QVERIFY(IsolatedHome::contains(reread.fileName()));
    }

    void approvalChoicesRoundTrip()
    {
        {
            Settings settings;
            settings.setStakeOverride(u"delete_insight"_s, u"never_ask"_s);
            settings.setStakeOverride(u"create_insight"_s, u"high"_s);
            settings.setRememberedApprovals({u"create_dashboard"_s, u"update_insight#0123"_s});
        }
        Settings reread;
        QCOMPARE(reread.stakeOverride(u"delete_insight"_s), u"never_ask"_s);
        QCOMPARE(reread.stakeOverride(u"create_insight"_s), u"high"_s);
        QVERIFY(reread.stakeOverride(u"get_all_insights"_s).isEmpty());
        QCOMPARE(reread.rememberedApprovals(), (QStringList{u"create_dashboard"_s, u"update_insight#0123"_s}));
        reread.clearStakeOverride(u"delete_insight"_s);
        reread.clearRememberedApprovals();
        Settings cleared;
        QVERIFY(cleared.stakeOverride(u"delete_insight"_s).isEmpty());
        QCOMPARE(cleared.stakeOverride(u"create_insight"_s), u"high"_s); // only the one cleared
        QVERIFY(cleared.rememberedApprovals().isEmpty());
    }

    void windowStateRoundTrips()
    {
        {
            Settings settings;
            QCOMPARE(settings.lastPage(2), 2); // nothing stored yet: the caller's default
            settings.setWindowGeometry(QByteArray("\x01\x02geometry"));
            settings.setLastPage(5);
        }
        Settings reread;
        QCOMPARE(reread.windowGeometry(), QByteArray("\x01\x02geometry"));
        QCOMPARE(reread.lastPage(2), 5);
    }

    // The mode bits of `path` as stat(2) reports them (QFile::permissions merges owner and user).
    static mode_t modeOf(const QString &path)
    {
        struct stat info = {};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 07777) : mode_t(07777);
    }

    static QString loadToken(CredentialStore &store, QString *where = nullptr)
    {
        QString token;
        bool called = false;
        store.loadMcpToken(&store, [&](const QString &t, const QString &w) {
            token = t;
            if (where)
                *where = w;
            called = true;
        });
        if (!QTest::qWaitFor([&] { return called; }, 10000))
            QTest::qFail("the MCP token did not load within 10 s", __FILE__, __LINE__);
        return token;
    }

    void tokenIsRandomStableAndRegenerableInA0600File()
    {
        Settings settings;
        CredentialStore store(&settings);
        store.setKeychainEnabled(false); // no keychain answers: the 0600 file
        QString where;
        const QString token = loadToken(store, &where);
        QCOMPARE(token.size(), 64);
        QVERIFY2(where.contains(store.mcpTokenFilePath()), qPrintable(where));
        QVERIFY(IsolatedHome::contains(store.mcpTokenFilePath()));
        QCOMPARE(modeOf(store.mcpTokenFilePath()), mode_t(0600));
        QCOMPARE(modeOf(QFileInfo(store.mcpTokenFilePath()).absolutePath()), mode_t(0700));
        CredentialStore nextRun(&settings);
        nextRun.setKeychainEnabled(false);
        QCOMPARE(loadToken(nextRun), token);

        QString fresh;
        bool called = false;
        nextRun.regenerateMcpToken(this, [&](const QString &t, const QString &) {
            fresh = t;
            called = true;
        });
        QTRY_VERIFY(called);
        QVERIFY(fresh != token);
        QCOMPARE(fresh.size(), 64);
        CredentialStore third(&settings);
        third.setKeychainEnabled(false);
        QCOMPARE(loadToken(third), fresh);
        QCOMPARE(modeOf(store.mcpTokenFilePath()), mode_t(0600));
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(fresh.toLatin1()));
    }

    void legacyTokenMovesOutOfTheSettingsFile()
    {
        const QString legacy = u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;
        QString fileName;
        {
            Settings settings;
            fileName = settings.fileName();
            QFile::remove(CredentialStore(&settings).mcpTokenFilePath());
        }
        {
            // What an earlier version wrote: the token in the (then world-readable) settings file.
            QSettings old(u"PostHog"_s, u"PostHog Companion"_s);
            old.setValue(u"mcp/authToken"_s, legacy);
            old.sync();
            QFile::setPermissions(old.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        }
        QCOMPARE(modeOf(fileName), mode_t(0644));
        Settings settings;
        QCOMPARE(modeOf(fileName), mode_t(0600)); // what is left in it is still only this user's business
        CredentialStore store(&settings);
        store.setKeychainEnabled(false);
        QCOMPARE(loadToken(store), legacy); // clients configured with it keep working
        QVERIFY(settings.legacyMcpAuthToken().isEmpty());
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(!text.contains(legacy.toLatin1()) && !text.contains("authToken"), text.constData());
        QCOMPARE(modeOf(store.mcpTokenFilePath()), mode_t(0600));
        CredentialStore nextRun(&settings);
        nextRun.setKeychainEnabled(false);
        QCOMPARE(loadToken(nextRun), legacy);
    }

    void environmentKeyWins()
    {
        qputenv("POSTHOG_API_KEY", "phx_from_environment");
        Settings settings;
        CredentialStore store(&settings);
        store.setKeychainEnabled(false);
        QString key;
        CredentialStore::Source source = CredentialStore::Source::None;
        store.load(this, [&](const QString &k, CredentialStore::Source s, const QString &) {
            key = k;
            source = s;
        });
        QTRY_COMPARE(source, CredentialStore::Source::Environment);
        QCOMPARE(key, u"phx_from_environment"_s);
        qunsetenv("POSTHOG_API_KEY");
    }

    void memoryFallbackSaysSoAndNeverTouchesSettings()
    {
        Settings settings;
        CredentialStore store(&settings);
        store.setKeychainEnabled(false);
        QString explanation;
        bool saved = true;
        bool called = false;
        store.save(u"phx_memory_only_secret"_s, this, [&](bool persisted, const QString &text) {
            saved = persisted;
            explanation = text;
            called = true;
        });
        QTRY_VERIFY(called);
        QVERIFY(!saved);
        QVERIFY(explanation.contains("memory"_L1));
        QString key;
        CredentialStore::Source source = CredentialStore::Source::None;
        store.load(this, [&](const QString &k, CredentialStore::Source s, const QString &) {
            key = k;
            source = s;
        });
        QTRY_COMPARE(source, CredentialStore::Source::Memory);
        QCOMPARE(key, u"phx_memory_only_secret"_s);
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("phx_memory_only_secret"));
    }

    void keyFileOnlyWhenChosenAndOwnerOnly()
    {
        Settings settings;
        CredentialStore store(&settings);
        store.setKeychainEnabled(false);
        bool persisted = false;
        bool called = false;
        store.save(u"phx_file_secret"_s, this, [&](bool ok, const QString &) {
            persisted = ok;
            called = true;
        });
        QTRY_VERIFY(called);
        QVERIFY(!persisted);
        QVERIFY(!QFile::exists(store.keyFilePath())); // not chosen: no file

        settings.setAllowKeyFile(true);
        called = false;
        QString explanation;
        store.save(u"phx_file_secret"_s, this, [&](bool ok, const QString &text) {
            persisted = ok;
            explanation = text;
            called = true;
        });
        QTRY_VERIFY(called);
        QVERIFY2(persisted, qPrintable(explanation));
        QVERIFY(explanation.contains(store.keyFilePath()));
        const QFileDevice::Permissions permissions = QFile::permissions(store.keyFilePath());
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QCOMPARE(permissions
                     & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
                        | QFileDevice::ExeOther),
                 QFileDevice::Permissions());

        CredentialStore nextRun(&settings);
        nextRun.setKeychainEnabled(false);
        QString key;
        CredentialStore::Source source = CredentialStore::Source::None;
        nextRun.load(this, [&](const QString &k, CredentialStore::Source s, const QString &) {
            key = k;
            source = s;
        });
        QTRY_COMPARE(source, CredentialStore::Source::File);
        QCOMPARE(key, u"phx_file_secret"_s);

        bool forgotten = false;
        nextRun.forget(this, [&](bool ok, const QString &) { forgotten = ok; });
        QTRY_VERIFY(forgotten);
        QVERIFY(!QFile::exists(store.keyFilePath()));
        settings.setAllowKeyFile(false);
    }

    void noKeyAnywhereIsExplained()
    {
        Settings settings;
        CredentialStore store(&settings);
        store.setKeychainEnabled(false);
        QString explanation;
        bool called = false;
        store.load(this, [&](const QString &k, CredentialStore::Source s, const QString &text) {
            QVERIFY(k.isEmpty());
            QCOMPARE(s, CredentialStore::Source::None);
            explanation = text;
            called = true;
        });
        QTRY_VERIFY(called);
        QVERIFY(explanation.contains("POSTHOG_API_KEY"_L1));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
