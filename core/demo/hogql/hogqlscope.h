#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// What one SELECT reads from: the names its columns resolve against.
struct HogQLScope
{
    QString table; // events, persons, sessions, or empty for a subquery
    QString qualifier; // what columns are qualified with
    QString alias;
    QHash<QString, QString> subqueryColumns; // name → type
    QStringList subqueryColumnOrder; // as the subquery selects them, for SELECT *
    QHash<QString, QString> aliases; // select aliases → type
    bool hasFrom = false;
};
