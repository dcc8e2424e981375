#include "common/isolatedhome.h"
#include "settings/credentialstore.h"
#include "settings/settings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs under run-with-keyring.sh: a private D-Bus session with an unlocked gnome-keyring.
class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("POSTHOG_API_KEY");
        if (qEnvironmentVariableIsSet("PHC_NO_KEYRING") || QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty())
            QSKIP("gnome-keyring-daemon or dbus-run-session is not installed");
    }

    void mcpTokenLivesInTheKeychainNotInAFile()
    {
        Settings settings;
        CredentialStore store(&settings);
        QString token, where;
        bool loaded = false;
        store.loadMcpToken(this, [&](const QString &t, const QString &w) {
            token = t;
            where = w;
            loaded = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 15000);
        QCOMPARE(token.size(), 64);
        QVERIFY2(where.contains("keychain"_L1), qPrintable(where));
        QVERIFY(settings.mcpTokenInKeychain());
        QVERIFY(!QFile::exists(store.mcpTokenFilePath())); // one place only

        CredentialStore nextRun(&settings);
        QString again;
        loaded = false;
        nextRun.loadMcpToken(this, [&](const QString &t, const QString &) {
            again = t;
            loaded = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 15000);
        QCOMPARE(again, token);
    }

    void saveReadForget()
    {
        Settings settings;
        settings.setRegion(PostHogConnection::Region::EuCloud);
        CredentialStore store(&settings);
        bool persisted = false;
        bool saved = false;
        store.save(u"phx_keychain_round_trip"_s, this, [&](bool ok, const QString &) {
            persisted = ok;
            saved = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 15000);
        QVERIFY2(persisted, "the unlocked test keyring refused the key");
        QVERIFY(settings.apiKeySaved());

        CredentialStore fresh(&settings); // a new run: nothing in memory
        QString key;
        CredentialStore::Source source = CredentialStore::Source::None;
        bool loaded = false;
        fresh.load(this, [&](const QString &k, CredentialStore::Source s, const QString &) {
            key = k;
            source = s;
            loaded = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 15000);
        QCOMPARE(source, CredentialStore::Source::Keychain);
        QCOMPARE(key, u"phx_keychain_round_trip"_s);

        bool forgotten = false;
        fresh.forget(this, [&](bool ok, const QString &) { forgotten = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(forgotten, 15000);
        loaded = false;
        CredentialStore again(&settings);
        again.load(this, [&](const QString &k, CredentialStore::Source s, const QString &) {
            key = k;
            source = s;
            loaded = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 15000);
        QVERIFY(key.isEmpty());
        QCOMPARE(source, CredentialStore::Source::None);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
