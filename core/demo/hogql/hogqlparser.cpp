#include "hogqlparser.h"

#include "hogqlcolumnresolver.h"
#include "hogqlerror.h"
#include "hogqllexer.h"
#include "hogqlsql.h"

using namespace Qt::StringLiterals;

namespace {

bool isKeyword(const HogQLToken &t, const char *word)
{
    return HogQLTokenStream::isKeyword(t, word);
}

bool isSymbol(const HogQLToken &t, const char *symbol)
{
    return HogQLTokenStream::isSymbol(t, symbol);
}

QString nowText(const HogQLTranslator::Options &options)
{
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    return now.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

} // namespace

HogQLParser::HogQLParser(const QString &src, const HogQLTranslator::Options &options)
    : m_src(src)
    , m_options(options)
    , m_tokens(HogQLLexer::tokenize(src))
    , m_expressions(m_tokens, nowText(options))
{ }

HogQLParser::Select HogQLParser::parseQuery()
{
    const HogQLToken &first = m_tokens.peek();
    if (first.kind == HogQLTokenKind::End)
        throw HogQLError{u"The query is empty: write a SELECT, e.g. SELECT event, count() FROM events GROUP BY event"_s, 0, 0};
    if (!isKeyword(first, "SELECT"))
        rejectNonSelect(first);
    Select result = parseSelect(true);
    if (isSymbol(m_tokens.peek(), ";"))
        m_tokens.next();
    const HogQLToken &rest = m_tokens.peek();
    if (rest.kind != HogQLTokenKind::End)
        rejectTrailing(rest);
    return result;
}

void HogQLParser::rejectNonSelect(const HogQLToken &first) const
{
    if (first.text.toUpper() == "WITH"_L1)
        m_tokens.fail(first, u"Unsupported construct 'WITH' (common table expressions): use a subquery in FROM"_s);
    m_tokens.fail(first, u"Only SELECT queries can run: '%1' is not allowed"_s.arg(first.text));
}

void HogQLParser::rejectTrailing(const HogQLToken &rest) const
{
    if (isKeyword(rest, "UNION"))
        m_tokens.fail(rest, u"Unsupported construct 'UNION'"_s);
    if (isKeyword(rest, "SELECT"))
        m_tokens.fail(rest, u"Only one statement can run at a time"_s);
    m_tokens.fail(rest, u"Unexpected '%1' after the end of the query"_s.arg(rest.text));
}

HogQLParser::Select HogQLParser::parseSelect(bool topLevel)
{
    m_tokens.enter(m_tokens.peek());
    m_tokens.expectKeyword("SELECT");
    const bool distinct = m_tokens.acceptKeyword("DISTINCT");
    HogQLScope scope;
    int fromIndex = -1;
    int afterFrom = -1;
    const QString fromSql = parseFromFirst(scope, &fromIndex, &afterFrom);
    const HogQLScope *outer = m_expressions.scope();
    m_expressions.setScope(&scope);

    Select result;
    const QStringList items = parseSelectList(scope, result, fromIndex, afterFrom);
    rejectJoins();
    QString sql = u"SELECT "_s + (distinct ? u"DISTINCT "_s : QString()) + items.join(u", "_s);
    sql += parseClauses(scope, fromSql);
    parseLimit(result);
    if (isKeyword(m_tokens.peek(), "SETTINGS"))
        m_tokens.fail(m_tokens.peek(), u"Unsupported construct 'SETTINGS'"_s);
    sql += applyLimit(result, topLevel);
    result.sql = sql;
    m_expressions.setScope(outer);
    m_tokens.leave();
    return result;
}

// The index of this SELECT's FROM (not a nested one's), or -1.
int HogQLParser::findFromIndex() const
{
    int depth = 0;
    for (int i = m_tokens.position(); i < m_tokens.size(); ++i) {
        const HogQLToken &t = m_tokens.at(i);
        if (isSymbol(t, "("))
            ++depth;
        else if (isSymbol(t, ")")) {
            if (--depth < 0)
                return -1;
        } else if (depth == 0 && isKeyword(t, "FROM"))
            return i;
        else if (depth == 0 && (isSymbol(t, ";") || t.kind == HogQLTokenKind::End))
            return -1;
    }
    return -1;
}

// HogQL names the table after the select list; columns need to know it, so read FROM first
// and come back. Empty without a FROM.
QString HogQLParser::parseFromFirst(HogQLScope &scope, int *fromIndex, int *afterFrom)
{
    const int selectListStart = m_tokens.position();
    *fromIndex = findFromIndex();
    if (*fromIndex < 0)
        return {};
    m_tokens.seek(*fromIndex);
    m_tokens.next(); // FROM
    const QString sql = parseFrom(scope);
    *afterFrom = m_tokens.position();
    m_tokens.seek(selectListStart);
    return sql;
}

QStringList HogQLParser::parseSelectList(HogQLScope &scope, Select &result, int fromIndex, int afterFrom)
{
    QStringList items;
    do {
        parseSelectItem(scope, items, result);
    } while (m_tokens.acceptSymbol(","));
    if (fromIndex >= 0) {
        if (m_tokens.position() != fromIndex)
            m_tokens.fail(m_tokens.peek(), u"Syntax error: expected ',' or FROM but found %1"_s.arg(HogQLTokenStream::describe(m_tokens.peek())));
        m_tokens.seek(afterFrom);
    }
    return items;
}

void HogQLParser::rejectJoins() const
{
    const HogQLToken &t = m_tokens.peek();
    if (isKeyword(t, "JOIN") || isKeyword(t, "LEFT") || isKeyword(t, "INNER") || isKeyword(t, "RIGHT") || isKeyword(t, "CROSS")
        || isKeyword(t, "FULL") || isSymbol(t, ","))
        m_tokens.fail(t, u"Unsupported construct 'JOIN': the demo workspace reads one table per SELECT; "
                         "use person.properties.* on events, or a subquery in FROM"_s);
    if (isKeyword(t, "ARRAY"))
        m_tokens.fail(t, u"Unsupported construct 'ARRAY JOIN'"_s);
}

// FROM, WHERE (with the team filter), GROUP BY, HAVING and ORDER BY, as SQL.
QString HogQLParser::parseClauses(const HogQLScope &scope, const QString &fromSql)
{
    const QStringList conditions = parseWhere(scope);
    QString sql;
    if (!fromSql.isEmpty())
        sql += u" FROM "_s + fromSql;
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += parseGroupBy();
    if (m_tokens.acceptKeyword("HAVING"))
        sql += u" HAVING "_s + m_expressions.parseExpr().sql;
    sql += parseOrderBy();
    return sql;
}

QStringList HogQLParser::parseWhere(const HogQLScope &scope)
{
    QStringList conditions;
    // sessions filters by team inside its derived table; a subquery inside itself.
    if (!scope.table.isEmpty() && scope.table != "sessions"_L1)
        conditions.append(u"%1.team_id = %2"_s.arg(HogQLSql::qualifier(scope.qualifier), QString::number(m_options.teamId)));
    if (m_tokens.acceptKeyword("PREWHERE"))
        m_tokens.fail(m_tokens.previous(), u"Unsupported construct 'PREWHERE': use WHERE"_s);
    if (m_tokens.acceptKeyword("WHERE"))
        conditions.append(QLatin1Char('(') + m_expressions.parseExpr().sql + QLatin1Char(')'));
    return conditions;
}

QString HogQLParser::parseGroupBy()
{
    if (!m_tokens.acceptKeyword("GROUP"))
        return {};
    m_tokens.expectKeyword("BY");
    QStringList groups;
    do {
        groups.append(m_expressions.parseExpr().sql);
    } while (m_tokens.acceptSymbol(","));
    return u" GROUP BY "_s + groups.join(u", "_s);
}

QString HogQLParser::parseOrderBy()
{
    if (!m_tokens.acceptKeyword("ORDER"))
        return {};
    m_tokens.expectKeyword("BY");
    QStringList orders;
    do {
        orders.append(parseOrderItem());
    } while (m_tokens.acceptSymbol(","));
    return u" ORDER BY "_s + orders.join(u", "_s);
}

QString HogQLParser::parseOrderItem()
{
    QString item = m_expressions.parseExpr().sql;
    if (m_tokens.acceptKeyword("DESC"))
        item += u" DESC"_s;
    else if (m_tokens.acceptKeyword("ASC"))
        item += u" ASC"_s;
    if (m_tokens.acceptKeyword("NULLS")) {
        if (m_tokens.acceptKeyword("FIRST"))
            item += u" NULLS FIRST"_s;
        else {
            m_tokens.expectKeyword("LAST");
            item += u" NULLS LAST"_s;
        }
    }
    return item;
}

// LIMIT n [OFFSET m], LIMIT m, n, or OFFSET m alone.
void HogQLParser::parseLimit(Select &result)
{
    if (!m_tokens.acceptKeyword("LIMIT")) {
        if (m_tokens.acceptKeyword("OFFSET"))
            result.offset = parseNonNegativeInt();
        return;
    }
    result.limitTokenStart = m_tokens.previous().start;
    const int first = parseNonNegativeInt();
    if (m_tokens.acceptSymbol(",")) {
        result.offset = first;
        result.limit = parseNonNegativeInt();
    } else {
        result.limit = first;
        if (m_tokens.acceptKeyword("OFFSET"))
            result.offset = parseNonNegativeInt();
    }
    if (isKeyword(m_tokens.peek(), "BY"))
        m_tokens.fail(m_tokens.peek(), u"Unsupported construct 'LIMIT … BY'"_s);
}

// The top level always has a limit (the default, at most the maximum) and asks for one row
// more, so the caller can tell hasMore.
QString HogQLParser::applyLimit(Select &result, bool topLevel) const
{
    if (topLevel) {
        int limit = result.limit < 0 ? m_options.defaultLimit : result.limit;
        limit = qMin(limit, m_options.maxLimit);
        result.limit = limit;
        return u" LIMIT %1 OFFSET %2"_s.arg(limit + 1).arg(result.offset);
    }
    if (result.limit >= 0)
        return u" LIMIT %1 OFFSET %2"_s.arg(result.limit).arg(result.offset);
    return {};
}

int HogQLParser::parseNonNegativeInt()
{
    const HogQLToken &t = m_tokens.next();
    bool ok = false;
    const qint64 value = t.text.toLongLong(&ok);
    if (t.kind != HogQLTokenKind::Number || !ok || value < 0 || value > 1000000000)
        m_tokens.fail(t, u"Syntax error: expected a whole number but found %1"_s.arg(HogQLTokenStream::describe(t)));
    return int(value);
}

void HogQLParser::parseSelectItem(HogQLScope &scope, QStringList &items, Select &result)
{
    const HogQLToken &startToken = m_tokens.peek();
    if (isSymbol(startToken, "*")) {
        m_tokens.next();
        expandStar(scope, startToken, items, result);
        return;
    }
    const HogQLExpr e = m_expressions.parseExpr();
    QString name = m_src.mid(startToken.start, m_tokens.lastTokenEnd() - startToken.start).simplified();
    if (m_tokens.acceptKeyword("AS")) {
        const HogQLToken &alias = m_tokens.next();
        if (alias.kind != HogQLTokenKind::Identifier)
            m_tokens.fail(alias, u"Syntax error: expected an alias name after AS but found %1"_s.arg(HogQLTokenStream::describe(alias)));
        name = alias.text;
    } else if (m_tokens.peek().kind == HogQLTokenKind::Identifier && !HogQLTokenStream::isClauseKeyword(m_tokens.peek())) {
        name = m_tokens.next().text;
    }
    if (e.isInterval)
        m_tokens.fail(startToken, u"An interval cannot be selected on its own: add it to or subtract it from a date"_s);
    items.append(e.sql + u" AS "_s + HogQLSql::quoteIdentifier(name));
    result.columns.append(name);
    result.types.append(e.type);
    scope.aliases.insert(name, e.type);
}

void HogQLParser::expandStar(const HogQLScope &scope, const HogQLToken &at, QStringList &items, Select &result) const
{
    if (!scope.hasFrom)
        m_tokens.fail(at, u"SELECT * needs a FROM clause"_s);
    for (const auto &[name, type] : HogQLColumnResolver::starColumns(scope)) {
        const HogQLExpr e = HogQLColumnResolver::resolve(scope, {name}, at);
        items.append(e.sql + u" AS "_s + HogQLSql::quoteIdentifier(name));
        result.columns.append(name);
        result.types.append(type);
    }
}

QString HogQLParser::parseFrom(HogQLScope &scope)
{
    scope.hasFrom = true;
    const HogQLToken &t = m_tokens.peek();
    QString sql;
    if (isSymbol(t, "(")) {
        sql = parseSubquery(scope);
    } else if (t.kind == HogQLTokenKind::Identifier) {
        m_tokens.next();
        sql = parseTable(scope, t);
    } else {
        m_tokens.fail(t, u"Syntax error: expected a table name or a subquery after FROM but found %1"_s.arg(HogQLTokenStream::describe(t)));
    }
    parseTableAlias(scope);
    if (isKeyword(m_tokens.peek(), "FINAL") || isKeyword(m_tokens.peek(), "SAMPLE"))
        m_tokens.fail(m_tokens.peek(), u"Unsupported construct '%1'"_s.arg(m_tokens.peek().text.toUpper()));
    return sql + u" AS "_s + HogQLSql::quoteIdentifier(scope.qualifier);
}

QString HogQLParser::parseSubquery(HogQLScope &scope)
{
    m_tokens.next(); // (
    if (!isKeyword(m_tokens.peek(), "SELECT"))
        m_tokens.fail(m_tokens.peek(),
                      u"Syntax error: expected SELECT in the subquery but found %1"_s.arg(HogQLTokenStream::describe(m_tokens.peek())));
    const HogQLScope *outer = m_expressions.scope();
    const Select sub = parseSelect(false);
    m_expressions.setScope(outer);
    m_tokens.expectSymbol(")");
    for (int i = 0; i < sub.columns.size(); ++i) {
        if (!scope.subqueryColumns.contains(sub.columns.at(i)))
            scope.subqueryColumnOrder.append(sub.columns.at(i));
        scope.subqueryColumns.insert(sub.columns.at(i), sub.types.at(i));
    }
    scope.qualifier = u"__sub%1"_s.arg(++m_subqueryCount);
    return QLatin1Char('(') + sub.sql + QLatin1Char(')');
}

QString HogQLParser::parseTable(HogQLScope &scope, const HogQLToken &t) const
{
    const QString table = t.text.toLower();
    if (table == "events"_L1 || table == "persons"_L1) {
        scope.table = table;
        scope.qualifier = table;
        return table;
    }
    if (table != "sessions"_L1)
        m_tokens.fail(t, u"Unknown table '%1': the demo workspace has events, persons and sessions"_s.arg(t.text));
    scope.table = table;
    scope.qualifier = u"sessions"_s;
    return u"(SELECT session_id, min(timestamp) AS \"$start_timestamp\", max(timestamp) AS \"$end_timestamp\", "
           "CAST(round((julianday(max(timestamp)) - julianday(min(timestamp))) * 86400) AS INTEGER) AS \"$session_duration\", "
           "sum(event = '$pageview') AS \"$pageview_count\", min(distinct_id) AS distinct_id, count(*) AS \"$event_count\" "
           "FROM events WHERE team_id = %1 AND session_id IS NOT NULL GROUP BY session_id)"_s.arg(m_options.teamId);
}

void HogQLParser::parseTableAlias(HogQLScope &scope)
{
    if (!m_tokens.acceptKeyword("AS") && (m_tokens.peek().kind != HogQLTokenKind::Identifier || HogQLTokenStream::isClauseKeyword(m_tokens.peek())))
        return;
    const HogQLToken &alias = m_tokens.next();
    if (alias.kind != HogQLTokenKind::Identifier)
        m_tokens.fail(alias, u"Syntax error: expected a table alias but found %1"_s.arg(HogQLTokenStream::describe(alias)));
    scope.qualifier = alias.text;
    scope.alias = alias.text;
}
