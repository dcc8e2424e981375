#include "hogqlcolumnresolver.h"

#include "hogqlerror.h"
#include "hogqlsql.h"
#include "hogqltypes.h"

using namespace Qt::StringLiterals;
using HogQLSql::jsonPath;
using HogQLSql::propertyValue;
using HogQLSql::quoteIdentifier;

namespace {

using ColumnMap = QHash<QString, QPair<QString, QString>>; // HogQL name → (SQLite column, type)

bool lookUp(const ColumnMap &columns, const QStringList &parts, const QString &q, HogQLExpr *out)
{
    if (parts.size() != 1 || !columns.contains(parts.first()))
        return false;
    const auto &[column, type] = columns.value(parts.first());
    *out = {q + column, type};
    return true;
}

} // namespace

HogQLExpr HogQLColumnResolver::resolve(const HogQLScope &scope, QStringList parts, const HogQLToken &at)
{
    if (parts.size() > 1
        && (parts.first() == scope.qualifier || parts.first() == scope.alias || (!scope.table.isEmpty() && parts.first() == scope.table)))
        parts.removeFirst();
    const QString q = quoteIdentifier(scope.qualifier) + QLatin1Char('.');
    const QString head = parts.first();
    HogQLExpr e;
    if ((scope.table == "events"_L1 || scope.table == "persons"_L1) && head == "properties"_L1 && parts.size() > 1)
        return {propertyValue(q + u"properties"_s, jsonPath(parts.mid(1), at.start, at.end)), u"Nullable(String)"_s};
    if (scope.table == "events"_L1) {
        if (resolveEvents(parts, q, at, &e))
            return e;
    } else if (scope.table == "persons"_L1) {
        if (resolvePersons(parts, q, &e))
            return e;
    } else if (scope.table == "sessions"_L1) {
        if (resolveSessions(parts, q, &e))
            return e;
    } else if (scope.hasFrom && parts.size() == 1 && scope.subqueryColumns.contains(head)) {
        return {q + quoteIdentifier(head), scope.subqueryColumns.value(head)};
    }
    if (parts.size() == 1 && scope.aliases.contains(head))
        return {quoteIdentifier(head), scope.aliases.value(head)};
    unknown(scope, parts, at);
}

bool HogQLColumnResolver::resolveEvents(const QStringList &parts, const QString &q, const HogQLToken &at, HogQLExpr *out)
{
    static const ColumnMap columns{
        {u"uuid"_s, {u"uuid"_s, u"UUID"_s}},
        {u"event"_s, {u"event"_s, u"String"_s}},
        {u"timestamp"_s, {u"timestamp"_s, HogQLTypes::dateTime()}},
        {u"distinct_id"_s, {u"distinct_id"_s, u"String"_s}},
        {u"person_id"_s, {u"person_id"_s, u"UUID"_s}},
        {u"$session_id"_s, {u"session_id"_s, u"Nullable(String)"_s}},
        {u"session_id"_s, {u"session_id"_s, u"Nullable(String)"_s}},
        {u"properties"_s, {u"properties"_s, u"String"_s}},
    };
    if (lookUp(columns, parts, q, out))
        return true;
    // PostHog's events table exposes issue_id (the fingerprint's issue, after overrides);
    // the demo has no overrides, so it is the issue cymbal stamped on the event.
    if (parts.size() == 1 && parts.first() == "issue_id"_L1) {
        *out = {u"json_extract(%1properties, '$.\"$exception_issue_id\"')"_s.arg(q), u"Nullable(UUID)"_s};
        return true;
    }
    return resolveEventPerson(parts, q, at, out);
}

// person.id, person.properties.x and person.created_at on events: the demo keeps persons apart.
bool HogQLColumnResolver::resolveEventPerson(const QStringList &parts, const QString &q, const HogQLToken &at, HogQLExpr *out)
{
    if (parts.first() != "person"_L1 || parts.size() < 2)
        return false;
    if (parts.size() == 2 && parts.at(1) == "id"_L1)
        *out = {q + u"person_id"_s, u"UUID"_s};
    else if (parts.size() > 2 && parts.at(1) == "properties"_L1)
        *out = {u"(SELECT %1 FROM persons AS __p WHERE __p.id = %2person_id)"_s.arg(
                    propertyValue(u"__p.properties"_s, jsonPath(parts.mid(2), at.start, at.end)), q),
                u"Nullable(String)"_s};
    else if (parts.size() == 2 && parts.at(1) == "created_at"_L1)
        *out = {u"(SELECT __p.created_at FROM persons AS __p WHERE __p.id = %1person_id)"_s.arg(q), HogQLTypes::dateTime()};
    else
        return false;
    return true;
}

bool HogQLColumnResolver::resolvePersons(const QStringList &parts, const QString &q, HogQLExpr *out)
{
    static const ColumnMap columns{
        {u"id"_s, {u"id"_s, u"UUID"_s}},
        {u"created_at"_s, {u"created_at"_s, HogQLTypes::dateTime()}},
        {u"is_identified"_s, {u"is_identified"_s, u"Bool"_s}},
        {u"properties"_s, {u"properties"_s, u"String"_s}},
    };
    return lookUp(columns, parts, q, out);
}

bool HogQLColumnResolver::resolveSessions(const QStringList &parts, const QString &q, HogQLExpr *out)
{
    static const QHash<QString, QString> columns{{u"session_id"_s, u"String"_s},
                                                 {u"$start_timestamp"_s, HogQLTypes::dateTime()},
                                                 {u"$end_timestamp"_s, HogQLTypes::dateTime()},
                                                 {u"$session_duration"_s, u"Int64"_s},
                                                 {u"$pageview_count"_s, u"UInt64"_s},
                                                 {u"distinct_id"_s, u"String"_s},
                                                 {u"$event_count"_s, u"UInt64"_s}};
    if (parts.size() != 1 || !columns.contains(parts.first()))
        return false;
    *out = {q + quoteIdentifier(parts.first()), columns.value(parts.first())};
    return true;
}

void HogQLColumnResolver::unknown(const HogQLScope &scope, const QStringList &parts, const HogQLToken &at)
{
    const QString name = parts.join(QLatin1Char('.'));
    if (!scope.hasFrom)
        throw HogQLError::at(at, u"Unknown column '%1': this SELECT has no FROM clause"_s.arg(name));
    throw HogQLError::at(at, u"Unknown column '%1' in %2"_s.arg(name, scope.table.isEmpty() ? u"the subquery"_s : scope.table));
}

QList<QPair<QString, QString>> HogQLColumnResolver::starColumns(const HogQLScope &scope)
{
    if (scope.table == "events"_L1)
        return {{u"uuid"_s, u"UUID"_s},          {u"event"_s, u"String"_s},  {u"properties"_s, u"String"_s}, {u"timestamp"_s, HogQLTypes::dateTime()},
                {u"distinct_id"_s, u"String"_s}, {u"person_id"_s, u"UUID"_s}};
    if (scope.table == "persons"_L1)
        return {{u"id"_s, u"UUID"_s}, {u"created_at"_s, HogQLTypes::dateTime()}, {u"properties"_s, u"String"_s}, {u"is_identified"_s, u"Bool"_s}};
    if (scope.table == "sessions"_L1) // the list was empty, and so was the SELECT
        return {{u"session_id"_s, u"String"_s},
                {u"$start_timestamp"_s, HogQLTypes::dateTime()},
                {u"$end_timestamp"_s, HogQLTypes::dateTime()},
                {u"$session_duration"_s, u"Int64"_s},
                {u"$pageview_count"_s, u"UInt64"_s},
                {u"$event_count"_s, u"UInt64"_s},
                {u"distinct_id"_s, u"String"_s}};
    QList<QPair<QString, QString>> columns;
    for (const QString &name : scope.subqueryColumnOrder)
        columns.append({name, scope.subqueryColumns.value(name)});
    return columns;
}
