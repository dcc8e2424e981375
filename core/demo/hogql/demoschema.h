#pragma once

#include <QSqlDatabase>
#include <QString>

// The demo workspace's SQLite tables for events and persons: the contract between the data
// generator, the backend and the HogQL translator. Timestamps are UTC text
// 'YYYY-MM-DD HH:MM:SS.SSS' so that SQLite's date functions and plain comparisons both work.
class DemoSchema
{
public:
    static bool create(QSqlDatabase &db, QString *error); // tables, indexes, settings
    // Separately, so a bulk load can add the indexes after the rows (much faster).
    static bool createTables(QSqlDatabase &db, QString *error);
    static bool createIndexes(QSqlDatabase &db, QString *error);
    // Per-connection settings the translator relies on (case-sensitive LIKE, as in ClickHouse).
    static bool configure(QSqlDatabase &db, QString *error);
    static constexpr int version = 6; // 3: error issues per project; 4: experiments; 5: surveys; 6: LLM traces
};
