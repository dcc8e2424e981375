#include "settings/credentialstore.h"
#include "settings/settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qunsetenv("POSTHOG_API_KEY");
    }

    void roundTrip()
    {
        {
            Settings settings;
            settings.setRegion(PostHogConnection::Region::SelfHosted);
            settings.setCustomBaseUrl(QStringLiteral("https://posthog.example.com/"));
            settings.setDefaultProjectId(42);
            settings.setMcpPort(9999);
            settings.setDisabledTools({QStringLiteral("delete_insight")});
        }
        Settings reread;
        QCOMPARE(reread.region(), PostHogConnection::Region::SelfHosted);
        QString error;
        QCOMPARE(reread.connection(&error).apiBase().toString(), QStringLiteral("https://posthog.example.com"));
        QCOMPARE(reread.defaultProjectId(), 42);
        QCOMPARE(reread.mcpPort(), quint16(9999));
        QCOMPARE(reread.disabledTools(), QStringList{QStringLiteral("delete_insight")});
        QVERIFY(reread.fileName().startsWith(m_config.path()));
    }

    void tokenIsRandomStableAndRegenerable()
    {
        Settings settings;
        const QString token = settings.mcpAuthToken();
        QCOMPARE(token.size(), 64);
        QCOMPARE(Settings().mcpAuthToken(), token);
        const QString fresh = settings.regenerateMcpAuthToken();
        QVERIFY(fresh != token);
        QCOMPARE(Settings().mcpAuthToken(), fresh);
    }

    void environmentKeyWins()
    {
        qputenv("POSTHOG_API_KEY", "phx_from_environment");
        Settings settings;
        CredentialStore store(&settings);
        store.setKeychainEnabled(false);
        QString key;
        CredentialStore::Source source = CredentialStore::Source::None;
        store.load(this, [&](const QString &k, CredentialStore::Source s, const QString &) { key = k; source = s; });
        QTRY_COMPARE(source, CredentialStore::Source::Environment);
        QCOMPARE(key, QStringLiteral("phx_from_environment"));
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
        store.save(QStringLiteral("phx_memory_only_secret"), this, [&](bool persisted, const QString &text) { saved = persisted; explanation = text; called = true; });
        QTRY_VERIFY(called);
        QVERIFY(!saved);
        QVERIFY(explanation.contains(QLatin1String("memory")));
        QString key;
        CredentialStore::Source source = CredentialStore::Source::None;
        store.load(this, [&](const QString &k, CredentialStore::Source s, const QString &) { key = k; source = s; });
        QTRY_COMPARE(source, CredentialStore::Source::Memory);
        QCOMPARE(key, QStringLiteral("phx_memory_only_secret"));
        settings.raw().sync();
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
        store.save(QStringLiteral("phx_file_secret"), this, [&](bool ok, const QString &) { persisted = ok; called = true; });
        QTRY_VERIFY(called);
        QVERIFY(!persisted);
        QVERIFY(!QFile::exists(store.keyFilePath())); // not chosen: no file

        settings.setAllowKeyFile(true);
        called = false;
        QString explanation;
        store.save(QStringLiteral("phx_file_secret"), this, [&](bool ok, const QString &text) { persisted = ok; explanation = text; called = true; });
        QTRY_VERIFY(called);
        QVERIFY2(persisted, qPrintable(explanation));
        QVERIFY(explanation.contains(store.keyFilePath()));
        const QFileDevice::Permissions permissions = QFile::permissions(store.keyFilePath());
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QCOMPARE(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                | QFileDevice::WriteOther | QFileDevice::ExeOther), QFileDevice::Permissions());

        CredentialStore nextRun(&settings);
        nextRun.setKeychainEnabled(false);
        QString key;
        CredentialStore::Source source = CredentialStore::Source::None;
        nextRun.load(this, [&](const QString &k, CredentialStore::Source s, const QString &) { key = k; source = s; });
        QTRY_COMPARE(source, CredentialStore::Source::File);
        QCOMPARE(key, QStringLiteral("phx_file_secret"));

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
        QVERIFY(explanation.contains(QLatin1String("POSTHOG_API_KEY")));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
