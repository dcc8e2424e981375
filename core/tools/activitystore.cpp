#include "activitystore.h"

#include "toolslogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
QSqlDatabase database(const QString &connection)
{
    return QSqlDatabase::database(connection, false);
}

bool exec(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    qCWarning(lcTools) << "activity store:" << query.lastError().text();
    return false;
}
} // namespace

ActivityStore::ActivityStore()
    : m_connection(u"phc-activity-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

ActivityStore::~ActivityStore()
{
    {
        QSqlDatabase db = database(m_connection);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

QString ActivityStore::defaultFileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/activity.sqlite"_s;
}

void ActivityStore::setLimits(int maxAgeDays, int maxRows)
{
    m_maxAgeDays = qMax(1, maxAgeDays);
    m_maxRows = qMax(1, maxRows);
}

bool ActivityStore::open(const QString &fileName, QString *error, const QDateTime &now)
{
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? database(m_connection) : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(fileName);
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate("ActivityStore", "Cannot open the activity log %1: %2").arg(fileName, db.lastError().text());
        return false;
    }
    m_fileName = fileName;
    QSqlQuery query(db);
    exec(query, u"PRAGMA journal_mode=WAL"_s);
    exec(query, u"PRAGMA synchronous=NORMAL"_s);
    const bool created = exec(query, u"CREATE TABLE IF NOT EXISTS calls (call_id TEXT PRIMARY KEY, started_at INTEGER NOT NULL, "
                                     "client_id TEXT, client_name TEXT, tool TEXT, arguments TEXT, duration_ms INTEGER, "
                                     "outcome TEXT, summary TEXT)"_s)
                         && exec(query, u"CREATE INDEX IF NOT EXISTS calls_started ON calls(started_at)"_s);
    if (!created) {
        if (error)
            *error = QCoreApplication::translate("ActivityStore", "Cannot create the activity log in %1: %2").arg(fileName, query.lastError().text());
        db.close();
        return false;
    }
    prune(now);
    return true;
}

bool ActivityStore::isOpen() const
{
    return database(m_connection).isOpen();
}

bool ActivityStore::save(const ToolCallRecord &record)
{
    QSqlDatabase db = database(m_connection);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    query.prepare(u"INSERT OR REPLACE INTO calls (call_id, started_at, client_id, client_name, tool, arguments, duration_ms, outcome, summary) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(record.callId);
    query.addBindValue(record.startedAt.toMSecsSinceEpoch());
    query.addBindValue(record.clientId);
    query.addBindValue(record.clientName);
    query.addBindValue(record.tool);
    query.addBindValue(QString::fromUtf8(QJsonDocument(record.arguments).toJson(QJsonDocument::Compact)));
    query.addBindValue(record.durationMs);
    query.addBindValue(record.outcome);
    query.addBindValue(record.summary);
    if (!query.exec()) {
        qCWarning(lcTools) << "activity store: a call was not saved:" << query.lastError().text();
        return false;
    }
    // A window left open for months stays bounded too, at the cost of one DELETE per 500 calls.
    if (++m_savesSincePrune >= 500) {
        m_savesSincePrune = 0;
        prune();
    }
    return true;
}

QList<ToolCallRecord> ActivityStore::recent(int limit) const
{
    QList<ToolCallRecord> records;
    QSqlQuery query(database(m_connection));
    query.prepare(u"SELECT call_id, started_at, client_id, client_name, tool, arguments, duration_ms, outcome, summary FROM calls "
                  "ORDER BY started_at DESC, rowid DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec())
        return records;
    while (query.next()) {
        ToolCallRecord r;
        r.callId = query.value(0).toString();
        r.startedAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        r.clientId = query.value(2).toString();
        r.clientName = query.value(3).toString();
        r.tool = query.value(4).toString();
        r.arguments = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        r.durationMs = query.value(6).toLongLong();
        r.outcome = query.value(7).toString();
        r.summary = query.value(8).toString();
        records.prepend(r);
    }
    return records;
}

int ActivityStore::count() const
{
    QSqlQuery query(database(m_connection));
    if (!query.exec(u"SELECT COUNT(*) FROM calls"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

int ActivityStore::prune(const QDateTime &now)
{
    QSqlQuery query(database(m_connection));
    query.prepare(u"DELETE FROM calls WHERE started_at < ?"_s);
    query.addBindValue(now.addDays(-m_maxAgeDays).toMSecsSinceEpoch());
    int removed = query.exec() ? query.numRowsAffected() : 0;
    query.prepare(u"DELETE FROM calls WHERE rowid IN (SELECT rowid FROM calls ORDER BY started_at DESC, rowid DESC LIMIT -1 OFFSET ?)"_s);
    query.addBindValue(m_maxRows);
    removed += query.exec() ? query.numRowsAffected() : 0;
    if (removed > 0)
        qCInfo(lcTools) << "activity store: pruned" << removed << "old call(s)";
    return removed;
}

void ActivityStore::clear()
{
    QSqlQuery query(database(m_connection));
    exec(query, u"DELETE FROM calls"_s);
}
