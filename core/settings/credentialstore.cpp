#include "credentialstore.h"

#include "settings.h"
#include "settingslogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString service = u"posthog-companion"_s;

// Runs a keychain job with a watchdog; `done` runs exactly once.
void runJob(QKeychain::Job *job, int watchdogMs, QObject *context,
            std::function<void(QKeychain::Error error, const QString &text, const QString &errorString)> done)
{
    auto finished = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [finished, done, guard, watchdogMs] {
        if (*finished || !guard)
            return;
        *finished = true;
        qCWarning(lcSettings) << "the keychain did not answer within" << watchdogMs << "ms: treated as unavailable";
        done(QKeychain::OtherError, QString(), CredentialStore::tr("the keychain did not answer in time"));
    });
    QObject::connect(job, &QKeychain::Job::finished, context, [finished, done, guard](QKeychain::Job *j) {
        if (*finished || !guard)
            return;
        *finished = true;
        auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j);
        done(j->error(), read ? read->textData() : QString(), j->errorString());
    });
    // The job deletes itself when it finishes; a job that never does is left to the executor.
    timer->start(watchdogMs);
    job->start();
}

} // namespace

CredentialStore::CredentialStore(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

QString CredentialStore::keyName() const
{
    QString where = PostHogConnection::regionKey(m_settings->region());
    if (m_settings->region() == PostHogConnection::Region::SelfHosted)
        where += QLatin1Char('/') + QUrl(m_settings->customBaseUrl()).host();
    return u"posthog/%1/personal_api_key"_s.arg(where);
}

QString CredentialStore::sourceName(Source source)
{
    switch (source) {
    case Source::Environment: return tr("the POSTHOG_API_KEY environment variable");
    case Source::Keychain: return tr("the system keychain");
    case Source::File: return tr("a file only you can read");
    case Source::Memory: return tr("memory, for this run only");
    case Source::None: break;
    }
    return tr("nowhere");
}

QString CredentialStore::keyFilePath() const
{
    QString name = keyName();
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QLatin1Char('/') + name;
}

bool CredentialStore::writeKeyFile(const QString &key, QString *error) const
{
    return writeSecretFile(keyFilePath(), key.toUtf8(), error);
}

bool CredentialStore::writeSecretFile(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString directory = QFileInfo(path).absolutePath();
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Our own directory: nobody else may add, swap or remove files in it.
    if (!QDir().mkpath(directory) || !QFile::setPermissions(directory, ownerOnly | QFileDevice::ExeOwner)) {
        *error = tr("cannot create %1").arg(directory);
        return false;
    }
    QSaveFile file(path);
    // Permissions are set before any byte of the secret is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return QFile::setPermissions(path, ownerOnly);
}

QString CredentialStore::readKeyFile() const
{
    QFile file(keyFilePath());
    if (!m_settings->allowKeyFile() || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

void CredentialStore::load(QObject *context, Loaded done)
{
    const QString fromEnvironment = qEnvironmentVariable("POSTHOG_API_KEY").trimmed();
    if (!fromEnvironment.isEmpty()) {
        qCInfo(lcSettings) << "API key: from the environment (POSTHOG_API_KEY)";
        QTimer::singleShot(0, context, [done, fromEnvironment] {
            done(fromEnvironment, Source::Environment, tr("Using the API key from the POSTHOG_API_KEY environment variable."));
        });
        return;
    }
    const QString fromFile = readKeyFile();
    if (!fromFile.isEmpty()) {
        qCInfo(lcSettings) << "API key: from the key file" << keyFilePath();
        QTimer::singleShot(0, context, [done, fromFile] {
            done(fromFile, Source::File, tr("Using the API key from a file only you can read (you chose this where no keychain works)."));
        });
        return;
    }
    if (!m_memoryKey.isEmpty() || !m_keychainEnabled) {
        const QString key = m_memoryKey;
        qCInfo(lcSettings) << (key.isEmpty() ? "API key: none (keychain off, nothing in memory)" : "API key: from memory, for this run");
        QTimer::singleShot(0, context, [done, key] {
            if (key.isEmpty())
                done(QString(), Source::None, tr("No API key is configured: enter one on the Connection page, or set POSTHOG_API_KEY."));
            else
                done(key, Source::Memory, tr("Using the API key kept in memory for this run (no keychain is available)."));
        });
        return;
    }
    loadFromKeychain(context, std::move(done));
}

void CredentialStore::loadFromKeychain(QObject *context, Loaded done)
{
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(keyName());
    const bool wasSaved = m_settings->apiKeySaved();
    runJob(job, m_watchdogMs, context, [done, wasSaved](QKeychain::Error error, const QString &text, const QString &errorString) {
        if (error == QKeychain::NoError && !text.isEmpty()) {
            qCInfo(lcSettings) << "API key: from the keychain";
            done(text, Source::Keychain, tr("Using the API key from the system keychain."));
        } else if (wasSaved) {
            // EntryNotFound alone does not mean "no key": a locked keyring answers the same way.
            qCWarning(lcSettings) << "API key: saved earlier, but the keychain did not give it back:" << error << errorString;
            done(QString(), Source::None,
                 tr("The API key saved earlier could not be read from the system keychain (%1): unlock the keychain, "
                    "or enter the key again.")
                     .arg(error == QKeychain::EntryNotFound ? tr("locked or unavailable") : errorString));
        } else {
            qCInfo(lcSettings) << "API key: none in the keychain";
            done(QString(), Source::None, tr("No API key is configured: enter one on the Connection page, or set POSTHOG_API_KEY."));
        }
    });
}

void CredentialStore::save(const QString &key, QObject *context, Saved done)
{
    m_memoryKey = key.trimmed();
    auto fallback = [this](const QString &why) {
        if (!m_settings->allowKeyFile()) {
            qCInfo(lcSettings) << "API key: kept in memory for this run";
            return why + QLatin1Char(' ') + tr("The key is kept in memory for this run only.");
        }
        QString error;
        if (writeKeyFile(m_memoryKey, &error)) {
            qCInfo(lcSettings) << "API key: saved in the key file" << keyFilePath();
            return why + QLatin1Char(' ') + tr("As you chose, the key is saved in %1, readable by you only.").arg(keyFilePath());
        }
        qCWarning(lcSettings) << "API key: the key file" << keyFilePath() << "could not be written:" << error << "- kept in memory";
        return why + QLatin1Char(' ')
               + tr("The file %1 could not be written (%2); the key is kept in memory for this run only.").arg(keyFilePath(), error);
    };
    if (!m_keychainEnabled) {
        const QString explanation = fallback(tr("No keychain is in use."));
        const bool persisted = m_settings->allowKeyFile() && !readKeyFile().isEmpty();
        QTimer::singleShot(0, context, [done, explanation, persisted] { done(persisted, explanation); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(keyName());
    job->setTextData(m_memoryKey);
    QPointer<Settings> settings(m_settings);
    runJob(job, m_watchdogMs, context, [this, done, settings, fallback](QKeychain::Error error, const QString &, const QString &errorString) {
        const bool ok = error == QKeychain::NoError;
        if (settings)
            settings->setApiKeySaved(ok);
        if (ok) {
            qCInfo(lcSettings) << "API key: saved in the keychain";
            return done(true, tr("The key is saved in the system keychain."));
        }
        qCWarning(lcSettings) << "API key: the keychain could not store it:" << errorString;
        const QString explanation = fallback(tr("The system keychain could not store the key (%1).").arg(errorString));
        done(m_settings->allowKeyFile() && !readKeyFile().isEmpty(), explanation);
    });
}

void CredentialStore::forget(QObject *context, Saved done)
{
    m_memoryKey.clear();
    m_settings->setApiKeySaved(false);
    QFile::remove(keyFilePath());
    if (!m_keychainEnabled) {
        QTimer::singleShot(0, context, [done] { done(true, tr("The key was forgotten.")); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(keyName());
    runJob(job, m_watchdogMs, context, [done](QKeychain::Error error, const QString &, const QString &errorString) {
        const bool ok = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
        if (ok)
            qCInfo(lcSettings) << "API key: removed from the keychain";
        else
            qCWarning(lcSettings) << "API key: the keychain could not remove it:" << errorString;
        done(ok, ok ? tr("The key was removed from the system keychain.") : tr("The keychain could not remove the key: %1").arg(errorString));
    });
}

QString CredentialStore::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

QString CredentialStore::mcpTokenFilePath() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/mcp_bearer_token"_s;
}

QString CredentialStore::mcpTokenKeyName() const
{
    // One token per configuration, as there is one instance per configuration.
    return u"mcp/bearer_token (%1)"_s.arg(QFileInfo(m_settings->fileName()).absolutePath());
}

QString CredentialStore::readMcpTokenFile() const
{
    QFile file(mcpTokenFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString token = QString::fromLatin1(file.readAll()).trimmed();
    return token.size() >= 32 ? token : QString();
}

void CredentialStore::loadMcpToken(QObject *context, TokenLoaded done)
{
    const QString legacy = m_settings->legacyMcpAuthToken();
    if (legacy.size() < 32) {
        loadMcpTokenFromStores(context, std::move(done));
        return;
    }
    // Clients keep working with the token they have; it only changes address.
    qCInfo(lcSettings) << "MCP token: moving it out of the settings file";
    storeMcpToken(legacy, context, [this, done](const QString &token, const QString &where) {
        if (m_settings->mcpTokenInKeychain() || !readMcpTokenFile().isEmpty())
            m_settings->removeLegacyMcpAuthToken(); // only once it is stored elsewhere
        done(token, where);
    });
}

void CredentialStore::loadMcpTokenFromStores(QObject *context, TokenLoaded done)
{
    auto fromFileOrNew = [this, context, done](const QString &why) {
        const QString fromFile = readMcpTokenFile();
        if (!fromFile.isEmpty()) {
            qCInfo(lcSettings) << "MCP token: from the file" << mcpTokenFilePath();
            done(fromFile, tr("the file %1 (mode 0600, readable by you only)").arg(mcpTokenFilePath()));
            return;
        }
        if (m_settings->mcpTokenInKeychain())
            qCWarning(lcSettings) << "MCP token: stored in the keychain earlier but not readable now (" << why << "): making a new one";
        else
            qCInfo(lcSettings) << "MCP token: none yet, making one";
        storeMcpToken(newToken(), context, done);
    };
    if (!m_keychainEnabled) {
        QTimer::singleShot(0, context, [fromFileOrNew] { fromFileOrNew(u"keychain off"_s); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(mcpTokenKeyName());
    runJob(job, m_watchdogMs, context, [this, done, fromFileOrNew](QKeychain::Error error, const QString &text, const QString &errorString) {
        if (error == QKeychain::NoError && text.size() >= 32) {
            qCInfo(lcSettings) << "MCP token: from the keychain";
            done(text, keychainDescription());
            return;
        }
        fromFileOrNew(errorString);
    });
}

QString CredentialStore::keychainDescription() const
{
    return tr("the system keychain (`secret-tool lookup server %1 user '%2'` prints it)").arg(service, mcpTokenKeyName());
}

void CredentialStore::regenerateMcpToken(QObject *context, TokenLoaded done)
{
    storeMcpToken(newToken(), context, std::move(done));
}

void CredentialStore::storeMcpToken(const QString &token, QObject *context, TokenLoaded done)
{
    if (!m_keychainEnabled) {
        QTimer::singleShot(0, context, [this, token, done] { storeMcpTokenInFile(token, u"keychain off"_s, done); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(mcpTokenKeyName());
    job->setTextData(token);
    runJob(job, m_watchdogMs, context, [this, token, done](QKeychain::Error error, const QString &, const QString &errorString) {
        if (error != QKeychain::NoError) {
            storeMcpTokenInFile(token, errorString, done);
            return;
        }
        qCInfo(lcSettings) << "MCP token: stored in the keychain";
        m_settings->setMcpTokenInKeychain(true);
        QFile::remove(mcpTokenFilePath()); // one place only: an older copy must not linger
        done(token, keychainDescription());
    });
}

void CredentialStore::storeMcpTokenInFile(const QString &token, const QString &why, TokenLoaded done)
{
    m_settings->setMcpTokenInKeychain(false);
    QString error;
    if (writeSecretFile(mcpTokenFilePath(), token.toLatin1(), &error)) {
        qCInfo(lcSettings) << "MCP token: no keychain (" << why << "), stored in the file" << mcpTokenFilePath();
        done(token, tr("the file %1 (mode 0600, readable by you only)").arg(mcpTokenFilePath()));
        return;
    }
    qCWarning(lcSettings) << "MCP token: the file" << mcpTokenFilePath() << "could not be written:" << error << "- kept in memory for this run";
    done(token, tr("memory only, for this run (no keychain, and %1 could not be written: %2)").arg(mcpTokenFilePath(), error));
}
