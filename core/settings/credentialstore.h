#pragma once

#include <QObject>
#include <QString>

#include <functional>

class Settings;

// Where the PostHog personal API key lives: the OS keychain (Secret Service / KWallet through
// QtKeychain), or for headless runs the POSTHOG_API_KEY environment variable, or memory for
// this run only. Every keychain job has a watchdog: a keychain that never answers counts as
// unavailable. The key is never written to QSettings or logged.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Source { None, Environment, Keychain, File, Memory };
    using Loaded = std::function<void(const QString &key, Source source, const QString &explanation)>;
    using Saved = std::function<void(bool persisted, const QString &explanation)>;

    explicit CredentialStore(Settings *settings, QObject *parent = nullptr);

    // Tests and CI turn the keychain off; the environment and memory still work.
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }
    void setWatchdogMs(int ms) { m_watchdogMs = ms; }
    // Only on the person's explicit choice (Settings::allowKeyFile): where no keychain works, the
    // key goes to a file only this user can read (0600) instead of memory for this run.
    QString keyFilePath() const;

    // Precedence: POSTHOG_API_KEY, then the keychain, then a key kept in memory this run.
    void load(QObject *context, Loaded done);
    void save(const QString &key, QObject *context, Saved done);
    void forget(QObject *context, Saved done);

    static QString sourceName(Source source);

    // The MCP bearer token (32 random bytes, hex), made on first use: in the keychain, or where
    // none answers in mcpTokenFilePath() (0600, in a directory only this user can write). A token
    // earlier versions kept in the settings file moves out of it. `where` tells people where it is.
    using TokenLoaded = std::function<void(const QString &token, const QString &where)>;
    void loadMcpToken(QObject *context, TokenLoaded done);
    // Replaces the stored token; clients configured with the old one must be updated.
    void regenerateMcpToken(QObject *context, TokenLoaded done);
    QString mcpTokenFilePath() const;
    QString mcpTokenKeyName() const;
    static QString newToken();
    // Writes `bytes` to `path` with mode 0600 from its first byte, its directory made 0700.
    static bool writeSecretFile(const QString &path, const QByteArray &bytes, QString *error);

private:
    void loadMcpTokenFromStores(QObject *context, TokenLoaded done);
    void storeMcpToken(const QString &token, QObject *context, TokenLoaded done);
    void storeMcpTokenInFile(const QString &token, const QString &why, TokenLoaded done);
    QString readMcpTokenFile() const;
    QString keychainDescription() const;
    void loadFromKeychain(QObject *context, Loaded done);
    QString keyName() const;
    bool writeKeyFile(const QString &key, QString *error) const;
    QString readKeyFile() const;

    Settings *m_settings;
    QString m_memoryKey;
    bool m_keychainEnabled = true;
    int m_watchdogMs = 8000;
};
