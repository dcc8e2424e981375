#pragma once

#include "mcp/toolcallrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The activity log on disk: one SQLite file in the app data directory, so a person can see
// tomorrow what an agent did today (DESIGN.md "Activity lasts"). Bounded by age (rows older than
// maxAgeDays go when the store opens) and by count (the oldest rows beyond maxRows go too).
// Writes are single-row upserts in WAL mode: well under a millisecond, so they run in the
// caller's thread without a worker.
class ActivityStore
{
public:
    static constexpr int defaultMaxAgeDays = 90;
    static constexpr int defaultMaxRows = 100000;

    ActivityStore();
    ~ActivityStore();
    ActivityStore(const ActivityStore &) = delete;
    ActivityStore &operator=(const ActivityStore &) = delete;

    // Opens (creating) the file and prunes it; false with `error` set when it cannot.
    bool open(const QString &fileName, QString *error = nullptr, const QDateTime &now = QDateTime::currentDateTimeUtc());
    bool isOpen() const;
    QString fileName() const { return m_fileName; }
    void setLimits(int maxAgeDays, int maxRows);

    // Inserts the record, or replaces the one with the same callId (a call that finished).
    bool save(const ToolCallRecord &record);
    // The newest `limit` records, oldest first (the order the log shows them).
    QList<ToolCallRecord> recent(int limit) const;
    int count() const;
    // Removes rows older than the age limit and beyond the row limit; returns how many went.
    int prune(const QDateTime &now = QDateTime::currentDateTimeUtc());
    void clear();
    // The default file: <app data>/activity.sqlite.
    static QString defaultFileName();

private:
    QString m_connection;
    QString m_fileName;
    int m_maxAgeDays = defaultMaxAgeDays;
    int m_maxRows = defaultMaxRows;
    int m_savesSincePrune = 0;
};
