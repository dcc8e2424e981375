#include "hogqltranslator.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

enum class TokenKind { End, Identifier, Number, String, Symbol };

struct Token
{
    TokenKind kind = TokenKind::End;
    QString text;
    int start = 0;
    int end = 0;
};

struct TranslationError
{
    QString message;
    int start;
    int end;
    QString hint = {}; // said after the position
};

constexpr int maxDepth = 200;
constexpr int maxQueryLength = 100000;

const QString dateTimeType = u"DateTime64(6, 'UTC')"_s;

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$');
}
bool isIdentPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

QList<Token> tokenize(const QString &src)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(src.size());
    while (i < n) {
        const QChar c = src.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < n && src.at(i + 1) == QLatin1Char('-')) { // -- comment
            while (i < n && src.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        Token t;
        t.start = i;
        if (isIdentStart(c)) {
            while (i < n && isIdentPart(src.at(i)))
                ++i;
            t.kind = TokenKind::Identifier;
            t.text = src.mid(t.start, i - t.start);
        } else if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && src.at(i + 1).isDigit())) {
            while (i < n && (src.at(i).isDigit() || src.at(i) == QLatin1Char('.')))
                ++i;
            if (i < n && (src.at(i) == QLatin1Char('e') || src.at(i) == QLatin1Char('E'))) {
                ++i;
                if (i < n && (src.at(i) == QLatin1Char('+') || src.at(i) == QLatin1Char('-')))
                    ++i;
                while (i < n && src.at(i).isDigit())
                    ++i;
            }
            t.kind = TokenKind::Number;
            t.text = src.mid(t.start, i - t.start);
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            const QChar quote = c;
            ++i;
            QString value;
            bool closed = false;
            while (i < n) {
                const QChar d = src.at(i);
                if (d == QLatin1Char('\\') && i + 1 < n) {
                    const QChar e = src.at(i + 1);
                    value += e == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : e == QLatin1Char('t') ? QChar(QLatin1Char('\t')) : e;
                    i += 2;
                    continue;
                }
                if (d == quote) {
                    if (i + 1 < n && src.at(i + 1) == quote) { // doubled quote
                        value += quote;
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                value += d;
                ++i;
            }
            if (!closed)
                throw TranslationError{u"Unterminated quoted text"_s, t.start, n};
            t.kind = quote == QLatin1Char('\'') ? TokenKind::String : TokenKind::Identifier;
            t.text = value;
        } else {
            static const QStringList twoChar = {u"<="_s, u">="_s, u"!="_s, u"<>"_s, u"=="_s, u"||"_s};
            const QString two = src.mid(i, 2);
            if (twoChar.contains(two)) {
                t.text = two;
                i += 2;
            } else if (u"(),.*+-/%=<>[];"_s.contains(c)) {
                t.text = c;
                ++i;
            } else {
                throw TranslationError{u"Unexpected character '%1'"_s.arg(c), i, i + 1};
            }
            t.kind = TokenKind::Symbol;
        }
        t.end = i;
        tokens.append(t);
    }
    Token end;
    end.start = end.end = n;
    tokens.append(end);
    return tokens;
}

struct Expr
{
    Expr() = default;
    Expr(QString s, QString t)
        : sql(std::move(s))
        , type(std::move(t))
    { }
    QString sql;
    QString type;
    bool isInterval = false;
    QString intervalModifier; // SQLite date modifier SQL, e.g. '7 days' as an SQL expression for +
    QString intervalNegModifier;
    bool isStringLiteral = false;
};

QString quoteString(const QString &value, int start, int end)
{
    if (value.contains(QChar(0)))
        throw TranslationError{u"Text values must not contain NUL characters"_s, start, end};
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), "''"_L1);
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString quoteIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), "\"\""_L1);
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString jsonPath(const QStringList &keys, int start, int end)
{
    QString path = u"$"_s;
    for (const QString &key : keys) {
        if (key.contains(QLatin1Char('"')) || key.contains(QLatin1Char('\'')) || key.contains(QLatin1Char('\\')))
            throw TranslationError{u"Property names with quotes or backslashes are not supported"_s, start, end};
        path += u".\"%1\""_s.arg(key);
    }
    return path;
}

bool isIntType(const QString &t)
{
    return t.contains("Int"_L1) || t == "Bool"_L1;
}
bool isDateTimeType(const QString &t)
{
    return t.startsWith("DateTime"_L1);
}
bool isDateType(const QString &t)
{
    return t == "Date"_L1;
}

struct SelectResult
{
    QString sql;
    QStringList columns;
    QStringList types;
    int limit = -1;
    int offset = 0;
    int limitTokenStart = -1;
};

struct Scope
{
    QString table; // events, persons, sessions, or empty for a subquery
    QString qualifier; // what columns are qualified with
    QString alias;
    QHash<QString, QString> subqueryColumns; // name → type
    QHash<QString, QString> aliases; // select aliases → type
    bool hasFrom = false;
};

class Parser
{
public:
    Parser(const QString &src, const HogQLTranslator::Options &options)
        : m_src(src)
        , m_tokens(tokenize(src))
        , m_options(options)
    {
        const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
        m_now = now.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    }

    SelectResult parseQuery()
    {
        const Token &first = peek();
        if (first.kind == TokenKind::End)
            throw TranslationError{u"The query is empty: write a SELECT, e.g. SELECT event, count() FROM events GROUP BY event"_s, 0, 0};
        if (!isKeyword(first, "SELECT")) {
            const QString word = first.text.toUpper();
            if (word == "WITH"_L1)
                fail(first, u"Unsupported construct 'WITH' (common table expressions): use a subquery in FROM"_s);
            fail(first, u"Only SELECT queries can run: '%1' is not allowed"_s.arg(first.text));
        }
        SelectResult result = parseSelect(true);
        if (isSymbol(peek(), ";"))
            next();
        const Token &rest = peek();
        if (rest.kind != TokenKind::End) {
            if (isKeyword(rest, "UNION"))
                fail(rest, u"Unsupported construct 'UNION'"_s);
            if (isKeyword(rest, "SELECT"))
                fail(rest, u"Only one statement can run at a time"_s);
            fail(rest, u"Unexpected '%1' after the end of the query"_s.arg(rest.text));
        }
        return result;
    }

    int lastStatementEnd() const { return m_lastTokenEnd; }

private:
    // --- token helpers ---
    const Token &peek(int ahead = 0) const { return m_tokens.at(qMin<qsizetype>(m_pos + ahead, m_tokens.size() - 1)); }
    const Token &next()
    {
        const Token &t = m_tokens.at(m_pos);
        if (m_pos < m_tokens.size() - 1)
            ++m_pos;
        m_lastTokenEnd = t.end;
        return t;
    }
    static bool isKeyword(const Token &t, const char *word)
    {
        return t.kind == TokenKind::Identifier && t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    static bool isSymbol(const Token &t, const char *symbol) { return t.kind == TokenKind::Symbol && t.text == QLatin1String(symbol); }
    bool acceptKeyword(const char *word)
    {
        if (!isKeyword(peek(), word))
            return false;
        next();
        return true;
    }
    bool acceptSymbol(const char *symbol)
    {
        if (!isSymbol(peek(), symbol))
            return false;
        next();
        return true;
    }
    [[noreturn]] void fail(const Token &t, const QString &message) const { throw TranslationError{message, t.start, qMax(t.end, t.start + 1)}; }
    QString describe(const Token &t) const { return t.kind == TokenKind::End ? u"the end of the query"_s : u"'%1'"_s.arg(t.text); }
    void expectSymbol(const char *symbol)
    {
        if (!acceptSymbol(symbol))
            fail(peek(), u"Syntax error: expected '%1' but found %2"_s.arg(QLatin1String(symbol), describe(peek())));
    }
    void expectKeyword(const char *word)
    {
        if (!acceptKeyword(word))
            fail(peek(), u"Syntax error: expected %1 but found %2"_s.arg(QLatin1String(word), describe(peek())));
    }
    void enter(const Token &t)
    {
        if (++m_depth > maxDepth)
            fail(t, u"The query is nested too deeply (more than %1 levels)"_s.arg(maxDepth));
    }
    void leave() { --m_depth; }

    static bool isClauseKeyword(const Token &t)
    {
        static const char *words[]
            = {"FROM",  "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "UNION", "JOIN",     "INNER",  "LEFT",     "RIGHT", "FULL",
               "CROSS", "ON",    "ASC",   "DESC",   "AND",   "OR",    "NOT",    "AS",    "SETTINGS", "SAMPLE", "PREWHERE", "ARRAY"};
        for (const char *w : words) {
            if (isKeyword(t, w))
                return true;
        }
        return false;
    }

    // --- SELECT ---
    int findFromIndex() const
    {
        int depth = 0;
        for (int i = m_pos; i < m_tokens.size(); ++i) {
            const Token &t = m_tokens.at(i);
            if (isSymbol(t, "("))
                ++depth;
            else if (isSymbol(t, ")")) {
                if (--depth < 0)
                    return -1;
            } else if (depth == 0 && isKeyword(t, "FROM"))
                return i;
            else if (depth == 0 && (isSymbol(t, ";") || t.kind == TokenKind::End))
                return -1;
        }
        return -1;
    }

    SelectResult parseSelect(bool topLevel)
    {
        enter(peek());
        expectKeyword("SELECT");
        const bool distinct = acceptKeyword("DISTINCT");

        // HogQL names the table after the select list; columns need to know it, so read FROM first.
        Scope scope;
        const int selectListStart = m_pos;
        const int fromIndex = findFromIndex();
        QString fromSql;
        int afterFrom = -1;
        if (fromIndex >= 0) {
            m_pos = fromIndex;
            next(); // FROM
            fromSql = parseFrom(scope);
            afterFrom = m_pos;
            m_pos = selectListStart;
        }
        Scope *saved = m_scope;
        m_scope = &scope;

        SelectResult result;
        QStringList items;
        do {
            parseSelectItem(scope, items, result);
        } while (acceptSymbol(","));
        if (fromIndex >= 0) {
            if (m_pos != fromIndex)
                fail(peek(), u"Syntax error: expected ',' or FROM but found %1"_s.arg(describe(peek())));
            m_pos = afterFrom;
        }
        if (isKeyword(peek(), "JOIN") || isKeyword(peek(), "LEFT") || isKeyword(peek(), "INNER") || isKeyword(peek(), "RIGHT")
            || isKeyword(peek(), "CROSS") || isKeyword(peek(), "FULL") || isSymbol(peek(), ","))
            fail(peek(), u"Unsupported construct 'JOIN': the demo workspace reads one table per SELECT; "
                         "use person.properties.* on events, or a subquery in FROM"_s);
        if (isKeyword(peek(), "ARRAY"))
            fail(peek(), u"Unsupported construct 'ARRAY JOIN'"_s);

        QString sql = u"SELECT "_s + (distinct ? u"DISTINCT "_s : QString()) + items.join(u", "_s);
        QStringList conditions;
        if (!scope.table.isEmpty() && scope.table != "sessions"_L1)
            conditions.append(u"%1.team_id = %2"_s.arg(scope.qualifier).arg(m_options.teamId));
        if (acceptKeyword("PREWHERE"))
            fail(m_tokens.at(m_pos - 1), u"Unsupported construct 'PREWHERE': use WHERE"_s);
        if (acceptKeyword("WHERE"))
            conditions.append(QLatin1Char('(') + parseExpr().sql + QLatin1Char(')'));
        if (!fromSql.isEmpty())
            sql += u" FROM "_s + fromSql;
        if (!conditions.isEmpty())
            sql += u" WHERE "_s + conditions.join(u" AND "_s);
        if (acceptKeyword("GROUP")) {
            expectKeyword("BY");
            QStringList groups;
            do {
                groups.append(parseExpr().sql);
            } while (acceptSymbol(","));
            sql += u" GROUP BY "_s + groups.join(u", "_s);
        }
        if (acceptKeyword("HAVING"))
            sql += u" HAVING "_s + parseExpr().sql;
        if (acceptKeyword("ORDER")) {
            expectKeyword("BY");
            QStringList orders;
            do {
                QString item = parseExpr().sql;
                if (acceptKeyword("DESC"))
                    item += u" DESC"_s;
                else if (acceptKeyword("ASC"))
                    item += u" ASC"_s;
                if (acceptKeyword("NULLS")) {
                    if (acceptKeyword("FIRST"))
                        item += u" NULLS FIRST"_s;
                    else {
                        expectKeyword("LAST");
                        item += u" NULLS LAST"_s;
                    }
                }
                orders.append(item);
            } while (acceptSymbol(","));
            sql += u" ORDER BY "_s + orders.join(u", "_s);
        }
        parseLimit(result);
        if (isKeyword(peek(), "SETTINGS"))
            fail(peek(), u"Unsupported construct 'SETTINGS'"_s);

        int limit = result.limit;
        if (topLevel) {
            if (limit < 0)
                limit = m_options.defaultLimit;
            limit = qMin(limit, m_options.maxLimit);
            result.limit = limit;
            sql += u" LIMIT %1 OFFSET %2"_s.arg(limit + 1).arg(result.offset);
        } else if (limit >= 0) {
            sql += u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(result.offset);
        }
        result.sql = sql;
        m_scope = saved;
        leave();
        return result;
    }

    void parseLimit(SelectResult &result)
    {
        if (!acceptKeyword("LIMIT")) {
            if (acceptKeyword("OFFSET"))
                result.offset = parseNonNegativeInt();
            return;
        }
        result.limitTokenStart = m_tokens.at(m_pos - 1).start;
        int first = parseNonNegativeInt();
        if (acceptSymbol(",")) { // LIMIT offset, count
            result.offset = first;
            result.limit = parseNonNegativeInt();
        } else {
            result.limit = first;
            if (acceptKeyword("OFFSET"))
                result.offset = parseNonNegativeInt();
        }
        if (isKeyword(peek(), "BY"))
            fail(peek(), u"Unsupported construct 'LIMIT … BY'"_s);
    }

    int parseNonNegativeInt()
    {
        const Token &t = next();
        bool ok = false;
        const qint64 value = t.text.toLongLong(&ok);
        if (t.kind != TokenKind::Number || !ok || value < 0 || value > 1000000000)
            fail(t, u"Syntax error: expected a whole number but found %1"_s.arg(describe(t)));
        return int(value);
    }

    void parseSelectItem(Scope &scope, QStringList &items, SelectResult &result)
    {
        const Token &startToken = peek();
        if (isSymbol(startToken, "*")) {
            next();
            expandStar(scope, startToken, items, result);
            return;
        }
        const Expr e = parseExpr();
        const QString text = m_src.mid(startToken.start, m_lastTokenEnd - startToken.start).simplified();
        QString name = text;
        if (acceptKeyword("AS")) {
            const Token &alias = next();
            if (alias.kind != TokenKind::Identifier)
                fail(alias, u"Syntax error: expected an alias name after AS but found %1"_s.arg(describe(alias)));
            name = alias.text;
        } else if (peek().kind == TokenKind::Identifier && !isClauseKeyword(peek())) {
            name = next().text;
        }
        if (e.isInterval)
            fail(startToken, u"An interval cannot be selected on its own: add it to or subtract it from a date"_s);
        items.append(e.sql + u" AS "_s + quoteIdentifier(name));
        result.columns.append(name);
        result.types.append(e.type);
        scope.aliases.insert(name, e.type);
    }

    void expandStar(const Scope &scope, const Token &at, QStringList &items, SelectResult &result)
    {
        QList<QPair<QString, QString>> columns;
        if (scope.table == "events"_L1)
            columns = {{u"uuid"_s, u"UUID"_s},         {u"event"_s, u"String"_s},       {u"properties"_s, u"String"_s},
                       {u"timestamp"_s, dateTimeType}, {u"distinct_id"_s, u"String"_s}, {u"person_id"_s, u"UUID"_s}};
        else if (scope.table == "persons"_L1)
            columns = {{u"id"_s, u"UUID"_s}, {u"created_at"_s, dateTimeType}, {u"properties"_s, u"String"_s}, {u"is_identified"_s, u"Bool"_s}};
        else if (!scope.hasFrom)
            fail(at, u"SELECT * needs a FROM clause"_s);
        else {
            for (auto it = scope.subqueryColumns.begin(); it != scope.subqueryColumns.end(); ++it)
                columns.append({it.key(), it.value()});
        }
        for (const auto &[name, type] : columns) {
            const Expr e = resolveColumn({name}, at);
            items.append(e.sql + u" AS "_s + quoteIdentifier(name));
            result.columns.append(name);
            result.types.append(type);
        }
    }

    QString parseFrom(Scope &scope)
    {
        scope.hasFrom = true;
        const Token &t = peek();
        QString sql;
        if (isSymbol(t, "(")) {
            next();
            if (!isKeyword(peek(), "SELECT"))
                fail(peek(), u"Syntax error: expected SELECT in the subquery but found %1"_s.arg(describe(peek())));
            Scope *outer = m_scope;
            const SelectResult sub = parseSelect(false);
            m_scope = outer;
            expectSymbol(")");
            for (int i = 0; i < sub.columns.size(); ++i)
                scope.subqueryColumns.insert(sub.columns.at(i), sub.types.at(i));
            scope.qualifier = u"__sub%1"_s.arg(++m_subqueryCount);
            sql = QLatin1Char('(') + sub.sql + QLatin1Char(')');
        } else if (t.kind == TokenKind::Identifier) {
            next();
            const QString table = t.text.toLower();
            if (table == "events"_L1 || table == "persons"_L1) {
                scope.table = table;
                scope.qualifier = table;
                sql = table;
            } else if (table == "sessions"_L1) {
                scope.table = table;
                scope.qualifier = u"sessions"_s;
                sql = u"(SELECT session_id, min(timestamp) AS \"$start_timestamp\", max(timestamp) AS \"$end_timestamp\", "
                      "CAST(round((julianday(max(timestamp)) - julianday(min(timestamp))) * 86400) AS INTEGER) AS \"$session_duration\", "
                      "sum(event = '$pageview') AS \"$pageview_count\", min(distinct_id) AS distinct_id, count(*) AS \"$event_count\" "
                      "FROM events WHERE team_id = %1 AND session_id IS NOT NULL GROUP BY session_id)"_s.arg(m_options.teamId);
            } else {
                fail(t, u"Unknown table '%1': the demo workspace has events, persons and sessions"_s.arg(t.text));
            }
        } else {
            fail(t, u"Syntax error: expected a table name or a subquery after FROM but found %1"_s.arg(describe(t)));
        }
        if (acceptKeyword("AS") || (peek().kind == TokenKind::Identifier && !isClauseKeyword(peek()))) {
            const Token &alias = next();
            if (alias.kind != TokenKind::Identifier)
                fail(alias, u"Syntax error: expected a table alias but found %1"_s.arg(describe(alias)));
            scope.qualifier = alias.text;
            scope.alias = alias.text;
        }
        if (isKeyword(peek(), "FINAL") || isKeyword(peek(), "SAMPLE"))
            fail(peek(), u"Unsupported construct '%1'"_s.arg(peek().text.toUpper()));
        return sql + u" AS "_s + quoteIdentifier(scope.qualifier);
    }

    // --- expressions, lowest precedence first ---
    Expr parseExpr()
    {
        enter(peek());
        Expr e = parseOr();
        leave();
        return e;
    }

    Expr parseOr()
    {
        Expr left = parseAnd();
        while (acceptKeyword("OR")) {
            const Expr right = parseAnd();
            left = {u"(%1 OR %2)"_s.arg(left.sql, right.sql), u"Bool"_s};
        }
        return left;
    }

    Expr parseAnd()
    {
        Expr left = parseNot();
        while (acceptKeyword("AND")) {
            const Expr right = parseNot();
            left = {u"(%1 AND %2)"_s.arg(left.sql, right.sql), u"Bool"_s};
        }
        return left;
    }

    Expr parseNot()
    {
        if (isKeyword(peek(), "NOT")) {
            const Token &t = next();
            enter(t);
            const Expr inner = parseNot();
            leave();
            return {u"(NOT %1)"_s.arg(inner.sql), u"Bool"_s};
        }
        return parseComparison();
    }

    static QString asDateTime(const Expr &other, const Expr &literal)
    {
        // '2026-11-01T10:00:00Z' compared with a timestamp: normalise to the stored format.
        if (literal.isStringLiteral && isDateTimeType(other.type))
            return u"strftime('%Y-%m-%d %H:%M:%f', %1)"_s.arg(literal.sql);
        return literal.sql;
    }

    Expr parseComparison()
    {
        Expr left = parseAdditive();
        for (;;) {
            const Token &t = peek();
            static const QStringList ops = {u"="_s, u"=="_s, u"!="_s, u"<>"_s, u"<"_s, u"<="_s, u">"_s, u">="_s};
            if (t.kind == TokenKind::Symbol && ops.contains(t.text)) {
                next();
                const Expr right = parseAdditive();
                QString op = t.text == "=="_L1 ? u"="_s : t.text;
                left = {u"(%1 %2 %3)"_s.arg(asDateTime(right, left), op, asDateTime(left, right)), u"Bool"_s};
                continue;
            }
            bool negated = false;
            if (isKeyword(t, "NOT")
                && (isKeyword(peek(1), "LIKE") || isKeyword(peek(1), "ILIKE") || isKeyword(peek(1), "IN") || isKeyword(peek(1), "BETWEEN"))) {
                next();
                negated = true;
            }
            const Token &op = peek();
            if (isKeyword(op, "LIKE") || isKeyword(op, "ILIKE")) {
                next();
                const Expr right = parseAdditive();
                const bool insensitive = isKeyword(op, "ILIKE");
                QString sql = insensitive ? u"(lower(%1) LIKE lower(%2))"_s.arg(left.sql, right.sql) : u"(%1 LIKE %2)"_s.arg(left.sql, right.sql);
                left = {negated ? u"(NOT %1)"_s.arg(sql) : sql, u"Bool"_s};
                continue;
            }
            if (isKeyword(op, "IN")) {
                next();
                expectSymbol("(");
                if (isKeyword(peek(), "SELECT"))
                    fail(peek(), u"Unsupported construct 'IN (SELECT …)': list the values instead"_s);
                QStringList values;
                if (!isSymbol(peek(), ")")) {
                    do {
                        values.append(asDateTime(left, parseExpr()));
                    } while (acceptSymbol(","));
                }
                expectSymbol(")");
                left = {u"(%1 %2IN (%3))"_s.arg(left.sql, negated ? u"NOT "_s : QString(), values.join(u", "_s)), u"Bool"_s};
                continue;
            }
            if (isKeyword(op, "BETWEEN")) {
                next();
                const Expr low = parseAdditive();
                expectKeyword("AND");
                const Expr high = parseAdditive();
                left = {u"(%1 %2BETWEEN %3 AND %4)"_s.arg(left.sql, negated ? u"NOT "_s : QString(), asDateTime(left, low), asDateTime(left, high)),
                        u"Bool"_s};
                continue;
            }
            if (isKeyword(op, "IS")) {
                next();
                const bool isNot = acceptKeyword("NOT");
                expectKeyword("NULL");
                left = {u"(%1 IS %2NULL)"_s.arg(left.sql, isNot ? u"NOT "_s : QString()), u"Bool"_s};
                continue;
            }
            return left;
        }
    }

    Expr applyInterval(const Expr &base, const Expr &interval, bool subtract, const Token &at)
    {
        if (!isDateTimeType(base.type) && !isDateType(base.type) && !base.isStringLiteral)
            fail(at, u"An interval can only be added to or subtracted from a date or time"_s);
        const QString modifier = subtract ? interval.intervalNegModifier : interval.intervalModifier;
        if (isDateType(base.type))
            return {u"date(%1, %2)"_s.arg(base.sql, modifier), u"Date"_s};
        return {u"strftime('%Y-%m-%d %H:%M:%f', %1, %2)"_s.arg(base.sql, modifier), dateTimeType};
    }

    Expr parseAdditive()
    {
        Expr left = parseMultiplicative();
        for (;;) {
            const Token &t = peek();
            if (!isSymbol(t, "+") && !isSymbol(t, "-") && !isSymbol(t, "||"))
                return left;
            next();
            const Expr right = parseMultiplicative();
            if (t.text == "||"_L1) {
                left = {u"(%1 || %2)"_s.arg(left.sql, right.sql), u"String"_s};
                continue;
            }
            if (right.isInterval) {
                left = applyInterval(left, right, t.text == "-"_L1, t);
                continue;
            }
            if (left.isInterval && t.text == "+"_L1) {
                left = applyInterval(right, left, false, t);
                continue;
            }
            if (left.isInterval || right.isInterval)
                fail(t, u"An interval can only be added to or subtracted from a date or time"_s);
            const bool integer = isIntType(left.type) && isIntType(right.type);
            left = {u"(%1 %2 %3)"_s.arg(left.sql, t.text, right.sql), integer ? u"Int64"_s : u"Float64"_s};
        }
    }

    Expr parseMultiplicative()
    {
        Expr left = parseUnary();
        for (;;) {
            const Token &t = peek();
            if (!isSymbol(t, "*") && !isSymbol(t, "/") && !isSymbol(t, "%"))
                return left;
            next();
            const Expr right = parseUnary();
            if (left.isInterval || right.isInterval)
                fail(t, u"Intervals cannot be multiplied or divided"_s);
            if (t.text == "/"_L1)
                left = {u"(CAST(%1 AS REAL) / %2)"_s.arg(left.sql, right.sql), u"Float64"_s};
            else
                left = {u"(%1 %2 %3)"_s.arg(left.sql, t.text, right.sql), isIntType(left.type) && isIntType(right.type) ? u"Int64"_s : u"Float64"_s};
        }
    }

    Expr parseUnary()
    {
        if (isSymbol(peek(), "-")) {
            const Token &t = next();
            enter(t);
            const Expr inner = parseUnary();
            leave();
            return {u"(-%1)"_s.arg(inner.sql), isIntType(inner.type) ? u"Int64"_s : u"Float64"_s};
        }
        if (isSymbol(peek(), "+")) {
            next();
            return parseUnary();
        }
        return parsePrimary();
    }

    Expr parsePrimary()
    {
        const Token &t = peek();
        switch (t.kind) {
        case TokenKind::Number: {
            next();
            const bool integer = !t.text.contains(QLatin1Char('.')) && !t.text.contains(QLatin1Char('e'), Qt::CaseInsensitive);
            if (integer && t.text.size() > 18)
                fail(t, u"The number %1 is too large"_s.arg(t.text));
            return {t.text, integer ? u"Int64"_s : u"Float64"_s};
        }
        case TokenKind::String: {
            next();
            Expr e{quoteString(t.text, t.start, t.end), u"String"_s};
            e.isStringLiteral = true;
            return e;
        }
        case TokenKind::Symbol:
            if (isSymbol(t, "(")) {
                next();
                enter(t);
                if (isKeyword(peek(), "SELECT"))
                    fail(peek(), u"Unsupported construct: scalar subqueries; use a subquery in FROM"_s);
                Expr inner = parseExpr();
                if (isSymbol(peek(), ","))
                    fail(peek(), u"Unsupported construct: tuples"_s);
                expectSymbol(")");
                leave();
                if (!inner.isInterval)
                    inner.sql = QLatin1Char('(') + inner.sql + QLatin1Char(')');
                return inner;
            }
            if (isSymbol(t, "["))
                fail(t, u"Unsupported construct: array literals"_s);
            fail(t, u"Syntax error: unexpected %1"_s.arg(describe(t)));
        case TokenKind::End: fail(t, u"Syntax error: the query ends too early; an expression was expected"_s);
        case TokenKind::Identifier: break;
        }
        if (isKeyword(t, "NULL")) {
            next();
            return {u"NULL"_s, u"Nullable(Nothing)"_s};
        }
        if (isKeyword(t, "TRUE") || isKeyword(t, "FALSE")) {
            next();
            return {isKeyword(t, "TRUE") ? u"1"_s : u"0"_s, u"Bool"_s};
        }
        if (isKeyword(t, "INTERVAL"))
            return parseIntervalKeyword();
        if (isKeyword(t, "CASE"))
            return parseCase();
        if (isSymbol(peek(1), "("))
            return parseFunction();
        if (isClauseKeyword(t) && !isSymbol(peek(1), "."))
            fail(t, u"Syntax error: unexpected keyword %1; an expression was expected"_s.arg(t.text.toUpper()));
        return parseColumn();
    }

    Expr parseCase()
    {
        const Token &start = next();
        enter(start);
        QString sql = u"CASE"_s;
        QString type;
        if (!isKeyword(peek(), "WHEN"))
            sql += QLatin1Char(' ') + parseExpr().sql;
        while (acceptKeyword("WHEN")) {
            const Expr cond = parseExpr();
            expectKeyword("THEN");
            const Expr value = parseExpr();
            if (type.isEmpty())
                type = value.type;
            sql += u" WHEN %1 THEN %2"_s.arg(cond.sql, value.sql);
        }
        if (acceptKeyword("ELSE"))
            sql += u" ELSE "_s + parseExpr().sql;
        expectKeyword("END");
        leave();
        return {sql + u" END"_s, type.isEmpty() ? u"Nullable(String)"_s : type};
    }

    static bool intervalUnit(const QString &word, QString *sqliteUnit, int *multiplier)
    {
        const QString u = word.toLower();
        *multiplier = 1;
        if (u == "second"_L1 || u == "seconds"_L1)
            *sqliteUnit = u"seconds"_s;
        else if (u == "minute"_L1 || u == "minutes"_L1)
            *sqliteUnit = u"minutes"_s;
        else if (u == "hour"_L1 || u == "hours"_L1)
            *sqliteUnit = u"hours"_s;
        else if (u == "day"_L1 || u == "days"_L1)
            *sqliteUnit = u"days"_s;
        else if (u == "week"_L1 || u == "weeks"_L1) {
            *sqliteUnit = u"days"_s;
            *multiplier = 7;
        } else if (u == "month"_L1 || u == "months"_L1)
            *sqliteUnit = u"months"_s;
        else if (u == "year"_L1 || u == "years"_L1)
            *sqliteUnit = u"years"_s;
        else
            return false;
        return true;
    }

    Expr makeInterval(const QString &amountSql, const QString &unit, int multiplier)
    {
        Expr e;
        e.isInterval = true;
        e.type = u"Interval"_s;
        const QString amount = multiplier == 1 ? amountSql : u"(%1) * %2"_s.arg(amountSql).arg(multiplier);
        e.intervalModifier = u"('+' || (%1) || ' %2')"_s.arg(amount, unit);
        e.intervalNegModifier = u"('-' || (%1) || ' %2')"_s.arg(amount, unit);
        e.sql = e.intervalModifier;
        return e;
    }

    Expr parseIntervalKeyword()
    {
        next(); // INTERVAL
        QString amountSql;
        const Token &amount = peek();
        if (amount.kind == TokenKind::String) { // INTERVAL '7 day'
            next();
            const QStringList parts = amount.text.simplified().split(QLatin1Char(' '));
            QString unit;
            int multiplier = 1;
            bool ok = false;
            const int n = parts.value(0).toInt(&ok);
            if (parts.size() != 2 || !ok || !intervalUnit(parts.at(1), &unit, &multiplier))
                fail(amount, u"Syntax error: expected an interval like INTERVAL 7 DAY"_s);
            return makeInterval(QString::number(n), unit, multiplier);
        }
        amountSql = parseUnary().sql;
        const Token &unitToken = next();
        QString unit;
        int multiplier = 1;
        if (unitToken.kind != TokenKind::Identifier || !intervalUnit(unitToken.text, &unit, &multiplier))
            fail(unitToken,
                 u"Syntax error: expected an interval unit (SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR) but found %1"_s.arg(describe(unitToken)));
        return makeInterval(amountSql, unit, multiplier);
    }

    QList<Expr> parseArguments(bool *distinct, bool *star)
    {
        expectSymbol("(");
        QList<Expr> args;
        *distinct = acceptKeyword("DISTINCT");
        *star = false;
        if (isSymbol(peek(), "*") && isSymbol(peek(1), ")")) {
            next();
            *star = true;
        } else if (!isSymbol(peek(), ")")) {
            do {
                args.append(parseExpr());
            } while (acceptSymbol(","));
        }
        expectSymbol(")");
        return args;
    }

    void expectArgs(const Token &name, const QList<Expr> &args, int min, int max)
    {
        if (args.size() < min || args.size() > max) {
            const QString expected = min == max ? QString::number(min) : u"%1 to %2"_s.arg(min).arg(max);
            fail(name, u"Function '%1' takes %2 argument(s), %3 given"_s.arg(name.text, expected).arg(args.size()));
        }
    }

    static QString supportedFunctionsHint()
    {
        return u"the demo workspace supports count, uniq, sum, avg, min, max, round, toDate, toDateTime, "
               "toStartOfDay/Hour/Week/Month, toYear, toMonth, toString, toFloat, toInt, now, today, toIntervalDay…, "
               "dateDiff, if, coalesce, ifNull, lower, upper, trim, length, concat, abs, like, ilike"_s;
    }

    static bool isSupportedFunction(const QString &fn)
    {
        static const QSet<QString> names = {u"count"_s,
                                            u"uniq"_s,
                                            u"uniqexact"_s,
                                            u"countdistinct"_s,
                                            u"sum"_s,
                                            u"avg"_s,
                                            u"min"_s,
                                            u"max"_s,
                                            u"round"_s,
                                            u"todate"_s,
                                            u"todatetime"_s,
                                            u"tostartofday"_s,
                                            u"tostartofhour"_s,
                                            u"tostartofweek"_s,
                                            u"tostartofmonth"_s,
                                            u"toyear"_s,
                                            u"tomonth"_s,
                                            u"tohour"_s,
                                            u"todayofweek"_s,
                                            u"tostring"_s,
                                            u"tofloat"_s,
                                            u"tofloat64"_s,
                                            u"tofloatornull"_s,
                                            u"toint"_s,
                                            u"toint64"_s,
                                            u"tointornull"_s,
                                            u"now"_s,
                                            u"today"_s,
                                            u"datediff"_s,
                                            u"if"_s,
                                            u"coalesce"_s,
                                            u"ifnull"_s,
                                            u"lower"_s,
                                            u"upper"_s,
                                            u"trim"_s,
                                            u"length"_s,
                                            u"concat"_s,
                                            u"abs"_s,
                                            u"like"_s,
                                            u"ilike"_s,
                                            u"tointervalsecond"_s,
                                            u"tointervalminute"_s,
                                            u"tointervalhour"_s,
                                            u"tointervalday"_s,
                                            u"tointervalweek"_s,
                                            u"tointervalmonth"_s,
                                            u"tointervalyear"_s};
        return names.contains(fn);
    }

    Expr parseFunction()
    {
        const Token &name = next();
        if (!isSupportedFunction(name.text.toLower()))
            throw TranslationError{u"Unsupported function '%1'"_s.arg(name.text), name.start, name.end, supportedFunctionsHint()};
        enter(name);
        bool distinct = false;
        bool star = false;
        const QList<Expr> args = parseArguments(&distinct, &star);
        leave();
        const QString fn = name.text.toLower();
        auto a = [&](int i) { return args.at(i).sql; };
        auto timeArg = [&](int i) { return args.at(i).isStringLiteral ? u"strftime('%Y-%m-%d %H:%M:%f', %1)"_s.arg(a(i)) : a(i); };

        if (distinct && fn != "count"_L1)
            fail(name, u"DISTINCT is only supported inside count()"_s);
        if (fn == "count"_L1) {
            if (star || args.isEmpty())
                return {u"count(*)"_s, u"UInt64"_s};
            expectArgs(name, args, 1, 1);
            return {u"count(%1%2)"_s.arg(distinct ? u"DISTINCT "_s : QString(), a(0)), u"UInt64"_s};
        }
        if (star)
            fail(name, u"'*' is only allowed in count(*)"_s);
        if (fn == "uniq"_L1 || fn == "uniqexact"_L1 || fn == "countdistinct"_L1) {
            expectArgs(name, args, 1, 1);
            return {u"count(DISTINCT %1)"_s.arg(a(0)), u"UInt64"_s};
        }
        if (fn == "sum"_L1) {
            expectArgs(name, args, 1, 1);
            return {u"total(%1)"_s.arg(a(0)), isIntType(args.at(0).type) ? u"Int64"_s : u"Float64"_s};
        }
        if (fn == "avg"_L1) {
            expectArgs(name, args, 1, 1);
            return {u"avg(%1)"_s.arg(a(0)), u"Float64"_s};
        }
        if (fn == "min"_L1 || fn == "max"_L1) {
            expectArgs(name, args, 1, 1);
            return {u"%1(%2)"_s.arg(fn, a(0)), args.at(0).type};
        }
        if (fn == "round"_L1) {
            expectArgs(name, args, 1, 2);
            return {u"round(%1, %2)"_s.arg(a(0), args.size() > 1 ? a(1) : u"0"_s), u"Float64"_s};
        }
        if (fn == "todate"_L1) {
            expectArgs(name, args, 1, 1);
            return {u"date(%1)"_s.arg(a(0)), u"Date"_s};
        }
        if (fn == "todatetime"_L1) {
            expectArgs(name, args, 1, 1);
            return {u"strftime('%Y-%m-%d %H:%M:%f', %1)"_s.arg(a(0)), dateTimeType};
        }
        if (fn == "tostartofday"_L1) {
            expectArgs(name, args, 1, 1);
            return {u"strftime('%Y-%m-%d 00:00:00.000', %1)"_s.arg(timeArg(0)), dateTimeType};
        }
        if (fn == "tostartofhour"_L1) {
            expectArgs(name, args, 1, 1);
            return {u"strftime('%Y-%m-%d %H:00:00.000', %1)"_s.arg(timeArg(0)), dateTimeType};
        }
        if (fn == "tostartofweek"_L1) { // ClickHouse mode 0: weeks start on Sunday
            expectArgs(name, args, 1, 2);
            return {u"date(%1, '-6 days', 'weekday 0')"_s.arg(timeArg(0)), u"Date"_s};
        }
        if (fn == "tostartofmonth"_L1) {
            expectArgs(name, args, 1, 1);
            return {u"date(%1, 'start of month')"_s.arg(timeArg(0)), u"Date"_s};
        }
        if (fn == "toyear"_L1 || fn == "tomonth"_L1 || fn == "tohour"_L1 || fn == "todayofweek"_L1) {
            expectArgs(name, args, 1, 1);
            const char *format = fn == "toyear"_L1 ? "%Y" : fn == "tomonth"_L1 ? "%m" : fn == "tohour"_L1 ? "%H" : "%w";
            return {u"CAST(strftime('%1', %2) AS INTEGER)"_s.arg(QLatin1String(format), timeArg(0)), u"Int64"_s};
        }
        if (fn == "tostring"_L1) {
            expectArgs(name, args, 1, 1);
            return {u"CAST(%1 AS TEXT)"_s.arg(a(0)), u"String"_s};
        }
        if (fn == "tofloat"_L1 || fn == "tofloat64"_L1 || fn == "tofloatornull"_L1) {
            expectArgs(name, args, 1, 1);
            return {u"CAST(%1 AS REAL)"_s.arg(a(0)), u"Float64"_s};
        }
        if (fn == "toint"_L1 || fn == "toint64"_L1 || fn == "tointornull"_L1) {
            expectArgs(name, args, 1, 1);
            return {u"CAST(%1 AS INTEGER)"_s.arg(a(0)), u"Int64"_s};
        }
        if (fn == "now"_L1) {
            expectArgs(name, args, 0, 0);
            return {QLatin1Char('\'') + m_now + QLatin1Char('\''), dateTimeType};
        }
        if (fn == "today"_L1) {
            expectArgs(name, args, 0, 0);
            return {QLatin1Char('\'') + m_now.left(10) + QLatin1Char('\''), u"Date"_s};
        }
        if (fn.startsWith("tointerval"_L1)) {
            expectArgs(name, args, 1, 1);
            QString unit;
            int multiplier = 1;
            if (!intervalUnit(fn.mid(10), &unit, &multiplier))
                fail(name, u"Unsupported function '%1'"_s.arg(name.text));
            return makeInterval(a(0), unit, multiplier);
        }
        if (fn == "datediff"_L1) {
            expectArgs(name, args, 3, 3);
            if (!args.at(0).isStringLiteral)
                fail(name, u"dateDiff needs the unit as a quoted text, e.g. dateDiff('day', a, b)"_s);
            const QString unit = args.at(0).sql.mid(1, args.at(0).sql.size() - 2).toLower();
            const QString from = timeArg(1), to = timeArg(2);
            if (unit == "day"_L1)
                return {u"CAST(julianday(date(%2)) - julianday(date(%1)) AS INTEGER)"_s.arg(from, to), u"Int64"_s};
            if (unit == "week"_L1)
                return {u"CAST((julianday(date(%2, '-6 days', 'weekday 0')) - julianday(date(%1, '-6 days', 'weekday 0'))) / 7 AS INTEGER)"_s.arg(
                            from, to),
                        u"Int64"_s};
            if (unit == "month"_L1)
                return {u"((CAST(strftime('%Y', %2) AS INTEGER) * 12 + CAST(strftime('%m', %2) AS INTEGER)) - "
                        "(CAST(strftime('%Y', %1) AS INTEGER) * 12 + CAST(strftime('%m', %1) AS INTEGER)))"_s.arg(from, to),
                        u"Int64"_s};
            if (unit == "year"_L1)
                return {u"(CAST(strftime('%Y', %2) AS INTEGER) - CAST(strftime('%Y', %1) AS INTEGER))"_s.arg(from, to), u"Int64"_s};
            const QHash<QString, QString> truncations{
                {u"hour"_s, u"%Y-%m-%d %H:00:00"_s}, {u"minute"_s, u"%Y-%m-%d %H:%M:00"_s}, {u"second"_s, u"%Y-%m-%d %H:%M:%S"_s}};
            const QHash<QString, int> seconds{{u"hour"_s, 3600}, {u"minute"_s, 60}, {u"second"_s, 1}};
            if (!truncations.contains(unit))
                fail(name, u"Unsupported dateDiff unit '%1': use second, minute, hour, day, week, month or year"_s.arg(unit));
            return {u"((strftime('%s', strftime('%1', %3)) - strftime('%s', strftime('%1', %2))) / %4)"_s.arg(truncations.value(unit), from, to)
                        .arg(seconds.value(unit)),
                    u"Int64"_s};
        }
        if (fn == "if"_L1) {
            expectArgs(name, args, 3, 3);
            return {u"(CASE WHEN %1 THEN %2 ELSE %3 END)"_s.arg(a(0), a(1), a(2)), args.at(1).type};
        }
        if (fn == "coalesce"_L1 || fn == "ifnull"_L1) {
            expectArgs(name, args, fn == "ifnull"_L1 ? 2 : 1, fn == "ifnull"_L1 ? 2 : 64);
            QStringList parts;
            for (const Expr &e : args)
                parts.append(e.sql);
            return {args.size() == 1 ? parts.first() : u"coalesce(%1)"_s.arg(parts.join(u", "_s)), args.at(0).type};
        }
        if (fn == "lower"_L1 || fn == "upper"_L1 || fn == "trim"_L1) {
            expectArgs(name, args, 1, 1);
            return {u"%1(%2)"_s.arg(fn, a(0)), u"String"_s};
        }
        if (fn == "length"_L1) {
            expectArgs(name, args, 1, 1);
            return {u"length(%1)"_s.arg(a(0)), u"UInt64"_s};
        }
        if (fn == "concat"_L1) {
            expectArgs(name, args, 1, 64);
            QStringList parts;
            for (const Expr &e : args)
                parts.append(u"coalesce(%1, '')"_s.arg(e.sql));
            return {QLatin1Char('(') + parts.join(u" || "_s) + QLatin1Char(')'), u"String"_s};
        }
        if (fn == "abs"_L1) {
            expectArgs(name, args, 1, 1);
            return {u"abs(%1)"_s.arg(a(0)), args.at(0).type};
        }
        if (fn == "like"_L1 || fn == "ilike"_L1) {
            expectArgs(name, args, 2, 2);
            return {fn == "ilike"_L1 ? u"(lower(%1) LIKE lower(%2))"_s.arg(a(0), a(1)) : u"(%1 LIKE %2)"_s.arg(a(0), a(1)), u"Bool"_s};
        }
        throw TranslationError{u"Unsupported function '%1'"_s.arg(name.text), name.start, name.end, supportedFunctionsHint()};
    }

    Expr parseColumn()
    {
        const Token &first = next();
        QStringList parts{first.text};
        int end = first.end;
        for (;;) {
            if (isSymbol(peek(), ".") && (peek(1).kind == TokenKind::Identifier || peek(1).kind == TokenKind::Number)) {
                next();
                const Token &part = next();
                parts.append(part.text);
                end = part.end;
            } else if (isSymbol(peek(), "[") && peek(1).kind == TokenKind::String && isSymbol(peek(2), "]")) {
                next();
                parts.append(next().text);
                end = next().end;
            } else {
                break;
            }
        }
        Token span = first;
        span.end = end;
        return resolveColumn(parts, span);
    }

    Expr resolveColumn(QStringList parts, const Token &at)
    {
        const Scope &scope = *m_scope;
        if (parts.size() > 1
            && (parts.first() == scope.qualifier || parts.first() == scope.alias || (!scope.table.isEmpty() && parts.first() == scope.table)))
            parts.removeFirst();
        const QString q = quoteIdentifier(scope.qualifier) + QLatin1Char('.');
        const QString head = parts.first();

        if (scope.table == "events"_L1 || scope.table == "persons"_L1) {
            if (head == "properties"_L1 && parts.size() > 1)
                return {u"json_extract(%1properties, '%2')"_s.arg(q, jsonPath(parts.mid(1), at.start, at.end)), u"Nullable(String)"_s};
        }
        if (scope.table == "events"_L1) {
            static const QHash<QString, QPair<QString, QString>> columns{
                {u"uuid"_s, {u"uuid"_s, u"UUID"_s}},
                {u"event"_s, {u"event"_s, u"String"_s}},
                {u"timestamp"_s, {u"timestamp"_s, dateTimeType}},
                {u"distinct_id"_s, {u"distinct_id"_s, u"String"_s}},
                {u"person_id"_s, {u"person_id"_s, u"UUID"_s}},
                {u"$session_id"_s, {u"session_id"_s, u"Nullable(String)"_s}},
                {u"session_id"_s, {u"session_id"_s, u"Nullable(String)"_s}},
                {u"properties"_s, {u"properties"_s, u"String"_s}},
            };
            if (parts.size() == 1 && columns.contains(head))
                return {q + columns.value(head).first, columns.value(head).second};
            // PostHog's events table exposes issue_id (the fingerprint's issue, after overrides);
            // the demo has no overrides, so it is the issue cymbal stamped on the event.
            if (parts.size() == 1 && head == "issue_id"_L1)
                return {u"json_extract(%1properties, '$.\"$exception_issue_id\"')"_s.arg(q), u"Nullable(UUID)"_s};
            if (head == "person"_L1 && parts.size() == 2 && parts.at(1) == "id"_L1)
                return {q + u"person_id"_s, u"UUID"_s};
            if (head == "person"_L1 && parts.size() > 2 && parts.at(1) == "properties"_L1)
                return {u"(SELECT json_extract(__p.properties, '%1') FROM persons AS __p WHERE __p.id = %2person_id)"_s.arg(
                            jsonPath(parts.mid(2), at.start, at.end), q),
                        u"Nullable(String)"_s};
            if (head == "person"_L1 && parts.size() == 2 && parts.at(1) == "created_at"_L1)
                return {u"(SELECT __p.created_at FROM persons AS __p WHERE __p.id = %1person_id)"_s.arg(q), dateTimeType};
        } else if (scope.table == "persons"_L1) {
            static const QHash<QString, QPair<QString, QString>> columns{
                {u"id"_s, {u"id"_s, u"UUID"_s}},
                {u"created_at"_s, {u"created_at"_s, dateTimeType}},
                {u"is_identified"_s, {u"is_identified"_s, u"Bool"_s}},
                {u"properties"_s, {u"properties"_s, u"String"_s}},
            };
            if (parts.size() == 1 && columns.contains(head))
                return {q + columns.value(head).first, columns.value(head).second};
        } else if (scope.table == "sessions"_L1) {
            static const QHash<QString, QString> columns{{u"session_id"_s, u"String"_s},      {u"$start_timestamp"_s, dateTimeType},
                                                         {u"$end_timestamp"_s, dateTimeType}, {u"$session_duration"_s, u"Int64"_s},
                                                         {u"$pageview_count"_s, u"UInt64"_s}, {u"distinct_id"_s, u"String"_s},
                                                         {u"$event_count"_s, u"UInt64"_s}};
            if (parts.size() == 1 && columns.contains(head))
                return {q + quoteIdentifier(head), columns.value(head)};
        } else if (scope.hasFrom && parts.size() == 1 && scope.subqueryColumns.contains(head)) {
            return {q + quoteIdentifier(head), scope.subqueryColumns.value(head)};
        }
        if (parts.size() == 1 && scope.aliases.contains(head))
            return {quoteIdentifier(head), scope.aliases.value(head)};
        const QString name = parts.join(QLatin1Char('.'));
        if (!scope.hasFrom)
            fail(at, u"Unknown column '%1': this SELECT has no FROM clause"_s.arg(name));
        fail(at, u"Unknown column '%1' in %2"_s.arg(name, scope.table.isEmpty() ? u"the subquery"_s : scope.table));
    }

    const QString &m_src;
    QList<Token> m_tokens;
    HogQLTranslator::Options m_options;
    QString m_now;
    Scope *m_scope = nullptr;
    int m_pos = 0;
    int m_depth = 0;
    int m_lastTokenEnd = 0;
    int m_subqueryCount = 0;
};

QString position(const QString &src, int offset)
{
    const QString before = src.left(offset);
    const int line = int(before.count(QLatin1Char('\n'))) + 1;
    const int column = int(offset - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
    return u"line %1, column %2"_s.arg(line).arg(column);
}

} // namespace

HogQLTranslation HogQLTranslator::translate(const QString &hogql, const Options &options) const
{
    HogQLTranslation out;
    if (hogql.size() > maxQueryLength) {
        out.error = u"The query is too long (%1 characters; at most %2)"_s.arg(hogql.size()).arg(maxQueryLength);
        out.errorStart = maxQueryLength;
        out.errorEnd = int(hogql.size());
        return out;
    }
    try {
        Parser parser(hogql, options);
        const SelectResult result = parser.parseQuery();
        out.ok = true;
        out.sql = result.sql;
        out.columns = result.columns;
        out.types = result.types;
        out.limit = result.limit;
        out.offset = result.offset;
        QString text = hogql.trimmed();
        while (text.endsWith(QLatin1Char(';')))
            text.chop(1);
        if (result.limitTokenStart < 0)
            text += u"\nLIMIT %1"_s.arg(result.limit);
        out.hogql = text;
    } catch (const TranslationError &error) {
        out.ok = false;
        out.error = u"%1 at %2"_s.arg(error.message, position(hogql, error.start));
        if (!error.hint.isEmpty())
            out.error += u": "_s + error.hint;
        out.errorStart = error.start;
        out.errorEnd = error.end;
    }
    return out;
}
