#include "demodatabase.h"

#include "demodatagenerator.h"
#include "demologging.h"

#include "demo/hogql/demoschema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

DemoDatabase::DemoDatabase()
    : m_connectionName(u"demo-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128)))
{ }

DemoDatabase::~DemoDatabase()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_sessionPath.isEmpty())
        QFile::remove(m_sessionPath);
}

QSqlDatabase DemoDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery DemoDatabase::query() const
{
    return QSqlQuery(connection());
}

bool DemoDatabase::exec(QSqlQuery &query, const QVariantList &binds) const
{
    for (const QVariant &b : binds)
        query.addBindValue(b);
    if (query.exec())
        return true;
    qCWarning(lcDemo) << "statement failed:" << query.lastError().text();
    return false;
}

bool DemoDatabase::open(const DemoBackend::Options &options, QString *error)
{
    const bool useCache = options.databasePath.isEmpty();
    QString path = useCache ? cachePath(options) : options.databasePath;
    if (QFile::exists(path))
        qCInfo(lcDemo) << "demo data taken from" << path;
    else if (!generate(options, path, error))
        return false;
    if (useCache) {
        if (!copyForSession(path, error))
            return false;
        path = m_sessionPath;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return DemoSchema::configure(db, error);
}

QString DemoDatabase::cachePath(const DemoBackend::Options &options)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    return u"%1/demo-v%2-seed%3-events%4-%5.sqlite"_s.arg(dir)
        .arg(DemoSchema::version)
        .arg(options.seed)
        .arg(options.events)
        .arg(DemoDataGenerator::anchorNow().toString(u"yyyyMMddHH"_s));
}

bool DemoDatabase::generate(const DemoBackend::Options &options, const QString &path, QString *error) const
{
    QElapsedTimer clock;
    clock.start();
    // Unique per process: two instances (say the window and a stdio client) may generate at once.
    const QString partial = path + u".%1.partial"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString generatorConnection = m_connectionName + u"-gen"_s;
    QFile::remove(partial);
    bool ok = false;
    {
        QSqlDatabase gen = QSqlDatabase::addDatabase(u"QSQLITE"_s, generatorConnection);
        gen.setDatabaseName(partial);
        if (!gen.open()) {
            *error = gen.lastError().text();
        } else {
            DemoDataGenerator generator(options.seed, options.events, DemoDataGenerator::anchorNow());
            ok = generator.generate(gen, error);
            gen.close();
        }
    }
    QSqlDatabase::removeDatabase(generatorConnection);
    if (!ok)
        return false;
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        if (!QFile::exists(path)) { // another instance finishing first is fine: same seed, same data
            *error = u"could not write %1"_s.arg(path);
            return false;
        }
    }
    qCInfo(lcDemo).nospace() << "demo data generated: " << options.events << " events in " << clock.elapsed() << " ms, " << path;
    return true;
}

// Writes (insights, dashboards, flags) last for this session only.
bool DemoDatabase::copyForSession(const QString &cached, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    m_sessionPath = u"%1/posthog-companion-demo-%2.sqlite"_s.arg(QDir::tempPath(), QUuid::createUuid().toString(QUuid::Id128));
    if (!QFile::copy(cached, m_sessionPath)) {
        *error = u"could not copy the demo data to %1"_s.arg(m_sessionPath);
        return false;
    }
    QFile::setPermissions(m_sessionPath, QFile::ReadOwner | QFile::WriteOwner);
    qCInfo(lcDemo).nospace() << "demo data copied for this session in " << clock.elapsed() << " ms: " << m_sessionPath;
    return true;
}
