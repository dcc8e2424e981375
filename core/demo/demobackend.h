#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

class DemoServer;

// The offline demo workspace: a PostHog-compatible REST server on 127.0.0.1 backed by SQLite
// sample data. Generation and every request run on a worker thread, so the GUI never waits.
class DemoBackend : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        quint32 seed = 42;
        int events = 200000;
        // Empty: a cached dataset under the cache directory (keyed by seed, size and day) is
        // copied for this session, so writes last for the session and a restart starts clean.
        QString databasePath;
    };

    explicit DemoBackend(QObject *parent = nullptr);
    ~DemoBackend() override;

    void start(const Options &options, quint16 port = 0);
    bool isReady() const { return m_ready; }
    QUrl baseUrl() const { return m_baseUrl; }

    static QString apiKey(); // the demo's personal API key: scopes ["*"], every project
    // A key limited to one project (scoped_teams [scopedProjectId()]), all scopes within it.
    static QString scopedProjectApiKey();
    static qint64 scopedProjectId();
    // A key with every :read scope the app uses but no :write scope and no feature_flag:read.
    static QString readOnlyApiKey();
    static QString organizationId(); // the user's current organization
    static QString secondOrganizationId(); // another organization the user belongs to
    static QList<qint64> projectIds(); // the current organization's projects
    static QList<qint64> secondOrganizationProjectIds();

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    QThread m_thread;
    DemoServer *m_server = nullptr; // lives on m_thread, deleted when it finishes
    QUrl m_baseUrl;
    bool m_ready = false;
};
