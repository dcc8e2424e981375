#include "credentialstore.h"

#include "settings.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace {

const QString service = QStringLiteral("posthog-companion");

// Runs a keychain job with a watchdog; `done` runs exactly once.
void runJob(QKeychain::Job *job, int watchdogMs, QObject *context,
            std::function<void(QKeychain::Error error, const QString &text, const QString &errorString)> done)
{
    auto finished = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [finished, done, guard] {
        if (*finished || !guard)
            return;
        *finished = true;
        done(QKeychain::OtherError, QString(), QObject::tr("the keychain did not answer in time"));
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
{
}

QString CredentialStore::keyName() const
{
    QString where = PostHogConnection::regionKey(m_settings->region());
    if (m_settings->region() == PostHogConnection::Region::SelfHosted)
        where += QLatin1Char('/') + QUrl(m_settings->customBaseUrl()).host();
    return QStringLiteral("posthog/%1/personal_api_key").arg(where);
}

QString CredentialStore::sourceName(Source source)
{
    switch (source) {
    case Source::Environment: return tr("the POSTHOG_API_KEY environment variable");
    case Source::Keychain: return tr("the system keychain");
    case Source::Memory: return tr("memory, for this run only");
    case Source::None: break;
    }
    return tr("nowhere");
}

void CredentialStore::load(QObject *context, Loaded done)
{
    const QString fromEnvironment = qEnvironmentVariable("POSTHOG_API_KEY").trimmed();
    if (!fromEnvironment.isEmpty()) {
        QTimer::singleShot(0, context, [done, fromEnvironment] {
            done(fromEnvironment, Source::Environment, tr("Using the API key from the POSTHOG_API_KEY environment variable."));
        });
        return;
    }
    if (!m_memoryKey.isEmpty() || !m_keychainEnabled) {
        const QString key = m_memoryKey;
        QTimer::singleShot(0, context, [done, key] {
            if (key.isEmpty())
                done(QString(), Source::None, tr("No API key is configured: enter one on the Connection page, or set POSTHOG_API_KEY."));
            else
                done(key, Source::Memory, tr("Using the API key kept in memory for this run (no keychain is available)."));
        });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(keyName());
    const bool wasSaved = m_settings->apiKeySaved();
    runJob(job, m_watchdogMs, context, [done, wasSaved](QKeychain::Error error, const QString &text, const QString &errorString) {
        if (error == QKeychain::NoError && !text.isEmpty()) {
            done(text, Source::Keychain, tr("Using the API key from the system keychain."));
        } else if (wasSaved) {
            // EntryNotFound alone does not mean "no key": a locked keyring answers the same way.
            done(QString(), Source::None,
                 tr("The API key saved earlier could not be read from the system keychain (%1): unlock the keychain, "
                    "or enter the key again.").arg(error == QKeychain::EntryNotFound ? tr("locked or unavailable") : errorString));
        } else {
            done(QString(), Source::None, tr("No API key is configured: enter one on the Connection page, or set POSTHOG_API_KEY."));
        }
    });
}

void CredentialStore::save(const QString &key, QObject *context, Saved done)
{
    m_memoryKey = key.trimmed();
    if (!m_keychainEnabled) {
        QTimer::singleShot(0, context, [done] {
            done(false, tr("The key is kept in memory for this run only: no keychain is in use."));
        });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(keyName());
    job->setTextData(m_memoryKey);
    QPointer<Settings> settings(m_settings);
    runJob(job, m_watchdogMs, context, [done, settings](QKeychain::Error error, const QString &, const QString &errorString) {
        const bool ok = error == QKeychain::NoError;
        if (settings)
            settings->setApiKeySaved(ok);
        done(ok, ok ? tr("The key is saved in the system keychain.")
                    : tr("The system keychain could not store the key (%1); it is kept in memory for this run only.").arg(errorString));
    });
}

void CredentialStore::forget(QObject *context, Saved done)
{
    m_memoryKey.clear();
    m_settings->setApiKeySaved(false);
    if (!m_keychainEnabled) {
        QTimer::singleShot(0, context, [done] { done(true, tr("The key was forgotten.")); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(keyName());
    runJob(job, m_watchdogMs, context, [done](QKeychain::Error error, const QString &, const QString &errorString) {
        const bool ok = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
        done(ok, ok ? tr("The key was removed from the system keychain.") : tr("The keychain could not remove the key: %1").arg(errorString));
    });
}
