#include "hogqltranslator.h"

#include <QHash>
#include <QSet>

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

const QString dateTimeType = QStringLiteral("DateTime64(6, 'UTC')");

bool isIdentStart(QChar c) { return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$'); }
bool isIdentPart(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$'); }

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
                throw TranslationError{QStringLiteral("Unterminated quoted text"), t.start, n};
            t.kind = quote == QLatin1Char('\'') ? TokenKind::String : TokenKind::Identifier;
            t.text = value;
        } else {
            static const QStringList twoChar = {QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("!="),
                                                QStringLiteral("<>"), QStringLiteral("=="), QStringLiteral("||")};
            const QString two = src.mid(i, 2);
            if (twoChar.contains(two)) {
                t.text = two;
                i += 2;
            } else if (QStringLiteral("(),.*+-/%=<>[];").contains(c)) {
                t.text = c;
                ++i;
            } else {
                throw TranslationError{QStringLiteral("Unexpected character '%1'").arg(c), i, i + 1};
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
    Expr(QString s, QString t) : sql(std::move(s)), type(std::move(t)) {}
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
        throw TranslationError{QStringLiteral("Text values must not contain NUL characters"), start, end};
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString quoteIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString jsonPath(const QStringList &keys, int start, int end)
{
    QString path = QStringLiteral("$");
    for (const QString &key : keys) {
        if (key.contains(QLatin1Char('"')) || key.contains(QLatin1Char('\'')) || key.contains(QLatin1Char('\\')))
            throw TranslationError{QStringLiteral("Property names with quotes or backslashes are not supported"), start, end};
        path += QStringLiteral(".\"%1\"").arg(key);
    }
    return path;
}

bool isIntType(const QString &t) { return t.contains(QLatin1String("Int")) || t == QLatin1String("Bool"); }
bool isDateTimeType(const QString &t) { return t.startsWith(QLatin1String("DateTime")); }
bool isDateType(const QString &t) { return t == QLatin1String("Date"); }

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
    QString table;     // events, persons, sessions, or empty for a subquery
    QString qualifier; // what columns are qualified with
    QString alias;
    QHash<QString, QString> subqueryColumns; // name → type
    QHash<QString, QString> aliases;         // select aliases → type
    bool hasFrom = false;
};

class Parser
{
public:
    Parser(const QString &src, const HogQLTranslator::Options &options)
        : m_src(src), m_tokens(tokenize(src)), m_options(options)
    {
        const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
        m_now = now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    }

    SelectResult parseQuery()
    {
        const Token &first = peek();
        if (first.kind == TokenKind::End)
            throw TranslationError{QStringLiteral("The query is empty: write a SELECT, e.g. SELECT event, count() FROM events GROUP BY event"), 0, 0};
        if (!isKeyword(first, "SELECT")) {
            const QString word = first.text.toUpper();
            if (word == QLatin1String("WITH"))
                fail(first, QStringLiteral("Unsupported construct 'WITH' (common table expressions): use a subquery in FROM"));
            fail(first, QStringLiteral("Only SELECT queries can run: '%1' is not allowed").arg(first.text));
        }
        SelectResult result = parseSelect(true);
        if (isSymbol(peek(), ";"))
            next();
        const Token &rest = peek();
        if (rest.kind != TokenKind::End) {
            if (isKeyword(rest, "UNION"))
                fail(rest, QStringLiteral("Unsupported construct 'UNION'"));
            if (isKeyword(rest, "SELECT"))
                fail(rest, QStringLiteral("Only one statement can run at a time"));
            fail(rest, QStringLiteral("Unexpected '%1' after the end of the query").arg(rest.text));
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
    static bool isSymbol(const Token &t, const char *symbol)
    {
        return t.kind == TokenKind::Symbol && t.text == QLatin1String(symbol);
    }
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
    [[noreturn]] void fail(const Token &t, const QString &message) const
    {
        throw TranslationError{message, t.start, qMax(t.end, t.start + 1)};
    }
    QString describe(const Token &t) const
    {
        return t.kind == TokenKind::End ? QStringLiteral("the end of the query") : QStringLiteral("'%1'").arg(t.text);
    }
    void expectSymbol(const char *symbol)
    {
        if (!acceptSymbol(symbol))
            fail(peek(), QStringLiteral("Syntax error: expected '%1' but found %2").arg(QLatin1String(symbol), describe(peek())));
    }
    void expectKeyword(const char *word)
    {
        if (!acceptKeyword(word))
            fail(peek(), QStringLiteral("Syntax error: expected %1 but found %2").arg(QLatin1String(word), describe(peek())));
    }
    void enter(const Token &t)
    {
        if (++m_depth > maxDepth)
            fail(t, QStringLiteral("The query is nested too deeply (more than %1 levels)").arg(maxDepth));
    }
    void leave() { --m_depth; }

    static bool isClauseKeyword(const Token &t)
    {
        static const char *words[] = {"FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "UNION",
                                      "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "CROSS", "ON", "ASC", "DESC",
                                      "AND", "OR", "NOT", "AS", "SETTINGS", "SAMPLE", "PREWHERE", "ARRAY"};
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
                fail(peek(), QStringLiteral("Syntax error: expected ',' or FROM but found %1").arg(describe(peek())));
            m_pos = afterFrom;
        }
        if (isKeyword(peek(), "JOIN") || isKeyword(peek(), "LEFT") || isKeyword(peek(), "INNER") || isKeyword(peek(), "RIGHT")
            || isKeyword(peek(), "CROSS") || isKeyword(peek(), "FULL") || isSymbol(peek(), ","))
            fail(peek(), QStringLiteral("Unsupported construct 'JOIN': the demo workspace reads one table per SELECT; "
                                        "use person.properties.* on events, or a subquery in FROM"));
        if (isKeyword(peek(), "ARRAY"))
            fail(peek(), QStringLiteral("Unsupported construct 'ARRAY JOIN'"));

        QString sql = QStringLiteral("SELECT ") + (distinct ? QStringLiteral("DISTINCT ") : QString()) + items.join(QStringLiteral(", "));
        QStringList conditions;
        if (!scope.table.isEmpty() && scope.table != QLatin1String("sessions"))
            conditions.append(QStringLiteral("%1.team_id = %2").arg(scope.qualifier).arg(m_options.teamId));
        if (acceptKeyword("PREWHERE"))
            fail(m_tokens.at(m_pos - 1), QStringLiteral("Unsupported construct 'PREWHERE': use WHERE"));
        if (acceptKeyword("WHERE"))
            conditions.append(QLatin1Char('(') + parseExpr().sql + QLatin1Char(')'));
        if (!fromSql.isEmpty())
            sql += QStringLiteral(" FROM ") + fromSql;
        if (!conditions.isEmpty())
            sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        if (acceptKeyword("GROUP")) {
            expectKeyword("BY");
            QStringList groups;
            do {
                groups.append(parseExpr().sql);
            } while (acceptSymbol(","));
            sql += QStringLiteral(" GROUP BY ") + groups.join(QStringLiteral(", "));
        }
        if (acceptKeyword("HAVING"))
            sql += QStringLiteral(" HAVING ") + parseExpr().sql;
        if (acceptKeyword("ORDER")) {
            expectKeyword("BY");
            QStringList orders;
            do {
                QString item = parseExpr().sql;
                if (acceptKeyword("DESC"))
                    item += QStringLiteral(" DESC");
                else if (acceptKeyword("ASC"))
                    item += QStringLiteral(" ASC");
                if (acceptKeyword("NULLS")) {
                    if (acceptKeyword("FIRST"))
                        item += QStringLiteral(" NULLS FIRST");
                    else {
                        expectKeyword("LAST");
                        item += QStringLiteral(" NULLS LAST");
                    }
                }
                orders.append(item);
            } while (acceptSymbol(","));
            sql += QStringLiteral(" ORDER BY ") + orders.join(QStringLiteral(", "));
        }
        parseLimit(result);
        if (isKeyword(peek(), "SETTINGS"))
            fail(peek(), QStringLiteral("Unsupported construct 'SETTINGS'"));

        int limit = result.limit;
        if (topLevel) {
            if (limit < 0)
                limit = m_options.defaultLimit;
            limit = qMin(limit, m_options.maxLimit);
            result.limit = limit;
            sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit + 1).arg(result.offset);
        } else if (limit >= 0) {
            sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(result.offset);
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
            fail(peek(), QStringLiteral("Unsupported construct 'LIMIT … BY'"));
    }

    int parseNonNegativeInt()
    {
        const Token &t = next();
        bool ok = false;
        const qint64 value = t.text.toLongLong(&ok);
        if (t.kind != TokenKind::Number || !ok || value < 0 || value > 1000000000)
            fail(t, QStringLiteral("Syntax error: expected a whole number but found %1").arg(describe(t)));
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
                fail(alias, QStringLiteral("Syntax error: expected an alias name after AS but found %1").arg(describe(alias)));
            name = alias.text;
        } else if (peek().kind == TokenKind::Identifier && !isClauseKeyword(peek())) {
            name = next().text;
        }
        if (e.isInterval)
            fail(startToken, QStringLiteral("An interval cannot be selected on its own: add it to or subtract it from a date"));
        items.append(e.sql + QStringLiteral(" AS ") + quoteIdentifier(name));
        result.columns.append(name);
        result.types.append(e.type);
        scope.aliases.insert(name, e.type);
    }

    void expandStar(const Scope &scope, const Token &at, QStringList &items, SelectResult &result)
    {
        QList<QPair<QString, QString>> columns;
        if (scope.table == QLatin1String("events"))
            columns = {{QStringLiteral("uuid"), QStringLiteral("UUID")}, {QStringLiteral("event"), QStringLiteral("String")},
                       {QStringLiteral("properties"), QStringLiteral("String")}, {QStringLiteral("timestamp"), dateTimeType},
                       {QStringLiteral("distinct_id"), QStringLiteral("String")}, {QStringLiteral("person_id"), QStringLiteral("UUID")}};
        else if (scope.table == QLatin1String("persons"))
            columns = {{QStringLiteral("id"), QStringLiteral("UUID")}, {QStringLiteral("created_at"), dateTimeType},
                       {QStringLiteral("properties"), QStringLiteral("String")}, {QStringLiteral("is_identified"), QStringLiteral("Bool")}};
        else if (!scope.hasFrom)
            fail(at, QStringLiteral("SELECT * needs a FROM clause"));
        else {
            for (auto it = scope.subqueryColumns.begin(); it != scope.subqueryColumns.end(); ++it)
                columns.append({it.key(), it.value()});
        }
        for (const auto &[name, type] : columns) {
            const Expr e = resolveColumn({name}, at);
            items.append(e.sql + QStringLiteral(" AS ") + quoteIdentifier(name));
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
                fail(peek(), QStringLiteral("Syntax error: expected SELECT in the subquery but found %1").arg(describe(peek())));
            Scope *outer = m_scope;
            const SelectResult sub = parseSelect(false);
            m_scope = outer;
            expectSymbol(")");
            for (int i = 0; i < sub.columns.size(); ++i)
                scope.subqueryColumns.insert(sub.columns.at(i), sub.types.at(i));
            scope.qualifier = QStringLiteral("__sub%1").arg(++m_subqueryCount);
            sql = QLatin1Char('(') + sub.sql + QLatin1Char(')');
        } else if (t.kind == TokenKind::Identifier) {
            next();
            const QString table = t.text.toLower();
            if (table == QLatin1String("events") || table == QLatin1String("persons")) {
                scope.table = table;
                scope.qualifier = table;
                sql = table;
            } else if (table == QLatin1String("sessions")) {
                scope.table = table;
                scope.qualifier = QStringLiteral("sessions");
                sql = QStringLiteral(
                          "(SELECT session_id, min(timestamp) AS \"$start_timestamp\", max(timestamp) AS \"$end_timestamp\", "
                          "CAST(round((julianday(max(timestamp)) - julianday(min(timestamp))) * 86400) AS INTEGER) AS \"$session_duration\", "
                          "sum(event = '$pageview') AS \"$pageview_count\", min(distinct_id) AS distinct_id, count(*) AS \"$event_count\" "
                          "FROM events WHERE team_id = %1 AND session_id IS NOT NULL GROUP BY session_id)")
                          .arg(m_options.teamId);
            } else {
                fail(t, QStringLiteral("Unknown table '%1': the demo workspace has events, persons and sessions").arg(t.text));
            }
        } else {
            fail(t, QStringLiteral("Syntax error: expected a table name or a subquery after FROM but found %1").arg(describe(t)));
        }
        if (acceptKeyword("AS") || (peek().kind == TokenKind::Identifier && !isClauseKeyword(peek()))) {
            const Token &alias = next();
            if (alias.kind != TokenKind::Identifier)
                fail(alias, QStringLiteral("Syntax error: expected a table alias but found %1").arg(describe(alias)));
            scope.qualifier = alias.text;
            scope.alias = alias.text;
        }
        if (isKeyword(peek(), "FINAL") || isKeyword(peek(), "SAMPLE"))
            fail(peek(), QStringLiteral("Unsupported construct '%1'").arg(peek().text.toUpper()));
        return sql + QStringLiteral(" AS ") + quoteIdentifier(scope.qualifier);
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
            left = {QStringLiteral("(%1 OR %2)").arg(left.sql, right.sql), QStringLiteral("Bool")};
        }
        return left;
    }

    Expr parseAnd()
    {
        Expr left = parseNot();
        while (acceptKeyword("AND")) {
            const Expr right = parseNot();
            left = {QStringLiteral("(%1 AND %2)").arg(left.sql, right.sql), QStringLiteral("Bool")};
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
            return {QStringLiteral("(NOT %1)").arg(inner.sql), QStringLiteral("Bool")};
        }
        return parseComparison();
    }

    static QString asDateTime(const Expr &other, const Expr &literal)
    {
        // '2026-11-01T10:00:00Z' compared with a timestamp: normalise to the stored format.
        if (literal.isStringLiteral && isDateTimeType(other.type))
            return QStringLiteral("strftime('%Y-%m-%d %H:%M:%f', %1)").arg(literal.sql);
        return literal.sql;
    }

    Expr parseComparison()
    {
        Expr left = parseAdditive();
        for (;;) {
            const Token &t = peek();
            static const QStringList ops = {QStringLiteral("="), QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<>"),
                                            QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=")};
            if (t.kind == TokenKind::Symbol && ops.contains(t.text)) {
                next();
                const Expr right = parseAdditive();
                QString op = t.text == QLatin1String("==") ? QStringLiteral("=") : t.text;
                left = {QStringLiteral("(%1 %2 %3)").arg(asDateTime(right, left), op, asDateTime(left, right)), QStringLiteral("Bool")};
                continue;
            }
            bool negated = false;
            if (isKeyword(t, "NOT") && (isKeyword(peek(1), "LIKE") || isKeyword(peek(1), "ILIKE") || isKeyword(peek(1), "IN")
                                        || isKeyword(peek(1), "BETWEEN"))) {
                next();
                negated = true;
            }
            const Token &op = peek();
            if (isKeyword(op, "LIKE") || isKeyword(op, "ILIKE")) {
                next();
                const Expr right = parseAdditive();
                const bool insensitive = isKeyword(op, "ILIKE");
                QString sql = insensitive ? QStringLiteral("(lower(%1) LIKE lower(%2))").arg(left.sql, right.sql)
                                          : QStringLiteral("(%1 LIKE %2)").arg(left.sql, right.sql);
                left = {negated ? QStringLiteral("(NOT %1)").arg(sql) : sql, QStringLiteral("Bool")};
                continue;
            }
            if (isKeyword(op, "IN")) {
                next();
                expectSymbol("(");
                if (isKeyword(peek(), "SELECT"))
                    fail(peek(), QStringLiteral("Unsupported construct 'IN (SELECT …)': list the values instead"));
                QStringList values;
                if (!isSymbol(peek(), ")")) {
                    do {
                        values.append(asDateTime(left, parseExpr()));
                    } while (acceptSymbol(","));
                }
                expectSymbol(")");
                left = {QStringLiteral("(%1 %2IN (%3))").arg(left.sql, negated ? QStringLiteral("NOT ") : QString(), values.join(QStringLiteral(", "))),
                        QStringLiteral("Bool")};
                continue;
            }
            if (isKeyword(op, "BETWEEN")) {
                next();
                const Expr low = parseAdditive();
                expectKeyword("AND");
                const Expr high = parseAdditive();
                left = {QStringLiteral("(%1 %2BETWEEN %3 AND %4)").arg(left.sql, negated ? QStringLiteral("NOT ") : QString(),
                                                                       asDateTime(left, low), asDateTime(left, high)),
                        QStringLiteral("Bool")};
                continue;
            }
            if (isKeyword(op, "IS")) {
                next();
                const bool isNot = acceptKeyword("NOT");
                expectKeyword("NULL");
                left = {QStringLiteral("(%1 IS %2NULL)").arg(left.sql, isNot ? QStringLiteral("NOT ") : QString()), QStringLiteral("Bool")};
                continue;
            }
            return left;
        }
    }

    Expr applyInterval(const Expr &base, const Expr &interval, bool subtract, const Token &at)
    {
        if (!isDateTimeType(base.type) && !isDateType(base.type) && !base.isStringLiteral)
            fail(at, QStringLiteral("An interval can only be added to or subtracted from a date or time"));
        const QString modifier = subtract ? interval.intervalNegModifier : interval.intervalModifier;
        if (isDateType(base.type))
            return {QStringLiteral("date(%1, %2)").arg(base.sql, modifier), QStringLiteral("Date")};
        return {QStringLiteral("strftime('%Y-%m-%d %H:%M:%f', %1, %2)").arg(base.sql, modifier), dateTimeType};
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
            if (t.text == QLatin1String("||")) {
                left = {QStringLiteral("(%1 || %2)").arg(left.sql, right.sql), QStringLiteral("String")};
                continue;
            }
            if (right.isInterval) {
                left = applyInterval(left, right, t.text == QLatin1String("-"), t);
                continue;
            }
            if (left.isInterval && t.text == QLatin1String("+")) {
                left = applyInterval(right, left, false, t);
                continue;
            }
            if (left.isInterval || right.isInterval)
                fail(t, QStringLiteral("An interval can only be added to or subtracted from a date or time"));
            const bool integer = isIntType(left.type) && isIntType(right.type);
            left = {QStringLiteral("(%1 %2 %3)").arg(left.sql, t.text, right.sql), integer ? QStringLiteral("Int64") : QStringLiteral("Float64")};
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
                fail(t, QStringLiteral("Intervals cannot be multiplied or divided"));
            if (t.text == QLatin1String("/"))
                left = {QStringLiteral("(CAST(%1 AS REAL) / %2)").arg(left.sql, right.sql), QStringLiteral("Float64")};
            else
                left = {QStringLiteral("(%1 %2 %3)").arg(left.sql, t.text, right.sql),
                        isIntType(left.type) && isIntType(right.type) ? QStringLiteral("Int64") : QStringLiteral("Float64")};
        }
    }

    Expr parseUnary()
    {
        if (isSymbol(peek(), "-")) {
            const Token &t = next();
            enter(t);
            const Expr inner = parseUnary();
            leave();
            return {QStringLiteral("(-%1)").arg(inner.sql), isIntType(inner.type) ? QStringLiteral("Int64") : QStringLiteral("Float64")};
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
                fail(t, QStringLiteral("The number %1 is too large").arg(t.text));
            return {t.text, integer ? QStringLiteral("Int64") : QStringLiteral("Float64")};
        }
        case TokenKind::String: {
            next();
            Expr e{quoteString(t.text, t.start, t.end), QStringLiteral("String")};
            e.isStringLiteral = true;
            return e;
        }
        case TokenKind::Symbol:
            if (isSymbol(t, "(")) {
                next();
                enter(t);
                if (isKeyword(peek(), "SELECT"))
                    fail(peek(), QStringLiteral("Unsupported construct: scalar subqueries; use a subquery in FROM"));
                Expr inner = parseExpr();
                if (isSymbol(peek(), ","))
                    fail(peek(), QStringLiteral("Unsupported construct: tuples"));
                expectSymbol(")");
                leave();
                if (!inner.isInterval)
                    inner.sql = QLatin1Char('(') + inner.sql + QLatin1Char(')');
                return inner;
            }
            if (isSymbol(t, "["))
                fail(t, QStringLiteral("Unsupported construct: array literals"));
            fail(t, QStringLiteral("Syntax error: unexpected %1").arg(describe(t)));
        case TokenKind::End:
            fail(t, QStringLiteral("Syntax error: the query ends too early; an expression was expected"));
        case TokenKind::Identifier:
            break;
        }
        if (isKeyword(t, "NULL")) {
            next();
            return {QStringLiteral("NULL"), QStringLiteral("Nullable(Nothing)")};
        }
        if (isKeyword(t, "TRUE") || isKeyword(t, "FALSE")) {
            next();
            return {isKeyword(t, "TRUE") ? QStringLiteral("1") : QStringLiteral("0"), QStringLiteral("Bool")};
        }
        if (isKeyword(t, "INTERVAL"))
            return parseIntervalKeyword();
        if (isKeyword(t, "CASE"))
            return parseCase();
        if (isSymbol(peek(1), "("))
            return parseFunction();
        if (isClauseKeyword(t) && !isSymbol(peek(1), "."))
            fail(t, QStringLiteral("Syntax error: unexpected keyword %1; an expression was expected").arg(t.text.toUpper()));
        return parseColumn();
    }

    Expr parseCase()
    {
        const Token &start = next();
        enter(start);
        QString sql = QStringLiteral("CASE");
        QString type;
        if (!isKeyword(peek(), "WHEN"))
            sql += QLatin1Char(' ') + parseExpr().sql;
        while (acceptKeyword("WHEN")) {
            const Expr cond = parseExpr();
            expectKeyword("THEN");
            const Expr value = parseExpr();
            if (type.isEmpty())
                type = value.type;
            sql += QStringLiteral(" WHEN %1 THEN %2").arg(cond.sql, value.sql);
        }
        if (acceptKeyword("ELSE"))
            sql += QStringLiteral(" ELSE ") + parseExpr().sql;
        expectKeyword("END");
        leave();
        return {sql + QStringLiteral(" END"), type.isEmpty() ? QStringLiteral("Nullable(String)") : type};
    }

    static bool intervalUnit(const QString &word, QString *sqliteUnit, int *multiplier)
    {
        const QString u = word.toLower();
        *multiplier = 1;
        if (u == QLatin1String("second") || u == QLatin1String("seconds")) *sqliteUnit = QStringLiteral("seconds");
        else if (u == QLatin1String("minute") || u == QLatin1String("minutes")) *sqliteUnit = QStringLiteral("minutes");
        else if (u == QLatin1String("hour") || u == QLatin1String("hours")) *sqliteUnit = QStringLiteral("hours");
        else if (u == QLatin1String("day") || u == QLatin1String("days")) *sqliteUnit = QStringLiteral("days");
        else if (u == QLatin1String("week") || u == QLatin1String("weeks")) { *sqliteUnit = QStringLiteral("days"); *multiplier = 7; }
        else if (u == QLatin1String("month") || u == QLatin1String("months")) *sqliteUnit = QStringLiteral("months");
        else if (u == QLatin1String("year") || u == QLatin1String("years")) *sqliteUnit = QStringLiteral("years");
        else return false;
        return true;
    }

    Expr makeInterval(const QString &amountSql, const QString &unit, int multiplier)
    {
        Expr e;
        e.isInterval = true;
        e.type = QStringLiteral("Interval");
        const QString amount = multiplier == 1 ? amountSql : QStringLiteral("(%1) * %2").arg(amountSql).arg(multiplier);
        e.intervalModifier = QStringLiteral("('+' || (%1) || ' %2')").arg(amount, unit);
        e.intervalNegModifier = QStringLiteral("('-' || (%1) || ' %2')").arg(amount, unit);
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
                fail(amount, QStringLiteral("Syntax error: expected an interval like INTERVAL 7 DAY"));
            return makeInterval(QString::number(n), unit, multiplier);
        }
        amountSql = parseUnary().sql;
        const Token &unitToken = next();
        QString unit;
        int multiplier = 1;
        if (unitToken.kind != TokenKind::Identifier || !intervalUnit(unitToken.text, &unit, &multiplier))
            fail(unitToken, QStringLiteral("Syntax error: expected an interval unit (SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR) but found %1")
                                .arg(describe(unitToken)));
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
            const QString expected = min == max ? QString::number(min) : QStringLiteral("%1 to %2").arg(min).arg(max);
            fail(name, QStringLiteral("Function '%1' takes %2 argument(s), %3 given").arg(name.text, expected).arg(args.size()));
        }
    }

    static QString supportedFunctionsHint()
    {
        return QStringLiteral("the demo workspace supports count, uniq, sum, avg, min, max, round, toDate, toDateTime, "
                              "toStartOfDay/Hour/Week/Month, toYear, toMonth, toString, toFloat, toInt, now, today, toIntervalDay…, "
                              "dateDiff, if, coalesce, ifNull, lower, upper, trim, length, concat, abs, like, ilike");
    }

    static bool isSupportedFunction(const QString &fn)
    {
        static const QSet<QString> names = {
            QStringLiteral("count"), QStringLiteral("uniq"), QStringLiteral("uniqexact"), QStringLiteral("countdistinct"),
            QStringLiteral("sum"), QStringLiteral("avg"), QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("round"),
            QStringLiteral("todate"), QStringLiteral("todatetime"), QStringLiteral("tostartofday"), QStringLiteral("tostartofhour"),
            QStringLiteral("tostartofweek"), QStringLiteral("tostartofmonth"), QStringLiteral("toyear"), QStringLiteral("tomonth"),
            QStringLiteral("tohour"), QStringLiteral("todayofweek"), QStringLiteral("tostring"), QStringLiteral("tofloat"),
            QStringLiteral("tofloat64"), QStringLiteral("tofloatornull"), QStringLiteral("toint"), QStringLiteral("toint64"),
            QStringLiteral("tointornull"), QStringLiteral("now"), QStringLiteral("today"), QStringLiteral("datediff"), QStringLiteral("if"),
            QStringLiteral("coalesce"), QStringLiteral("ifnull"), QStringLiteral("lower"), QStringLiteral("upper"), QStringLiteral("trim"),
            QStringLiteral("length"), QStringLiteral("concat"), QStringLiteral("abs"), QStringLiteral("like"), QStringLiteral("ilike"),
            QStringLiteral("tointervalsecond"), QStringLiteral("tointervalminute"), QStringLiteral("tointervalhour"),
            QStringLiteral("tointervalday"), QStringLiteral("tointervalweek"), QStringLiteral("tointervalmonth"), QStringLiteral("tointervalyear")};
        return names.contains(fn);
    }

    Expr parseFunction()
    {
        const Token &name = next();
        if (!isSupportedFunction(name.text.toLower()))
            throw TranslationError{QStringLiteral("Unsupported function '%1'").arg(name.text), name.start, name.end, supportedFunctionsHint()};
        enter(name);
        bool distinct = false;
        bool star = false;
        const QList<Expr> args = parseArguments(&distinct, &star);
        leave();
        const QString fn = name.text.toLower();
        auto a = [&](int i) { return args.at(i).sql; };
        auto timeArg = [&](int i) {
            return args.at(i).isStringLiteral ? QStringLiteral("strftime('%Y-%m-%d %H:%M:%f', %1)").arg(a(i)) : a(i);
        };

        if (distinct && fn != QLatin1String("count"))
            fail(name, QStringLiteral("DISTINCT is only supported inside count()"));
        if (fn == QLatin1String("count")) {
            if (star || args.isEmpty())
                return {QStringLiteral("count(*)"), QStringLiteral("UInt64")};
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("count(%1%2)").arg(distinct ? QStringLiteral("DISTINCT ") : QString(), a(0)), QStringLiteral("UInt64")};
        }
        if (star)
            fail(name, QStringLiteral("'*' is only allowed in count(*)"));
        if (fn == QLatin1String("uniq") || fn == QLatin1String("uniqexact") || fn == QLatin1String("countdistinct")) {
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("count(DISTINCT %1)").arg(a(0)), QStringLiteral("UInt64")};
        }
        if (fn == QLatin1String("sum")) {
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("total(%1)").arg(a(0)), isIntType(args.at(0).type) ? QStringLiteral("Int64") : QStringLiteral("Float64")};
        }
        if (fn == QLatin1String("avg")) {
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("avg(%1)").arg(a(0)), QStringLiteral("Float64")};
        }
        if (fn == QLatin1String("min") || fn == QLatin1String("max")) {
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("%1(%2)").arg(fn, a(0)), args.at(0).type};
        }
        if (fn == QLatin1String("round")) {
            expectArgs(name, args, 1, 2);
            return {QStringLiteral("round(%1, %2)").arg(a(0), args.size() > 1 ? a(1) : QStringLiteral("0")), QStringLiteral("Float64")};
        }
        if (fn == QLatin1String("todate")) {
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("date(%1)").arg(a(0)), QStringLiteral("Date")};
        }
        if (fn == QLatin1String("todatetime")) {
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("strftime('%Y-%m-%d %H:%M:%f', %1)").arg(a(0)), dateTimeType};
        }
        if (fn == QLatin1String("tostartofday")) {
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("strftime('%Y-%m-%d 00:00:00.000', %1)").arg(timeArg(0)), dateTimeType};
        }
        if (fn == QLatin1String("tostartofhour")) {
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("strftime('%Y-%m-%d %H:00:00.000', %1)").arg(timeArg(0)), dateTimeType};
        }
        if (fn == QLatin1String("tostartofweek")) { // ClickHouse mode 0: weeks start on Sunday
            expectArgs(name, args, 1, 2);
            return {QStringLiteral("date(%1, '-6 days', 'weekday 0')").arg(timeArg(0)), QStringLiteral("Date")};
        }
        if (fn == QLatin1String("tostartofmonth")) {
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("date(%1, 'start of month')").arg(timeArg(0)), QStringLiteral("Date")};
        }
        if (fn == QLatin1String("toyear") || fn == QLatin1String("tomonth") || fn == QLatin1String("tohour")
            || fn == QLatin1String("todayofweek")) {
            expectArgs(name, args, 1, 1);
            const char *format = fn == QLatin1String("toyear") ? "%Y" : fn == QLatin1String("tomonth") ? "%m" : fn == QLatin1String("tohour") ? "%H" : "%w";
            return {QStringLiteral("CAST(strftime('%1', %2) AS INTEGER)").arg(QLatin1String(format), timeArg(0)), QStringLiteral("Int64")};
        }
        if (fn == QLatin1String("tostring")) {
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("CAST(%1 AS TEXT)").arg(a(0)), QStringLiteral("String")};
        }
        if (fn == QLatin1String("tofloat") || fn == QLatin1String("tofloat64") || fn == QLatin1String("tofloatornull")) {
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("CAST(%1 AS REAL)").arg(a(0)), QStringLiteral("Float64")};
        }
        if (fn == QLatin1String("toint") || fn == QLatin1String("toint64") || fn == QLatin1String("tointornull")) {
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("CAST(%1 AS INTEGER)").arg(a(0)), QStringLiteral("Int64")};
        }
        if (fn == QLatin1String("now")) {
            expectArgs(name, args, 0, 0);
            return {QLatin1Char('\'') + m_now + QLatin1Char('\''), dateTimeType};
        }
        if (fn == QLatin1String("today")) {
            expectArgs(name, args, 0, 0);
            return {QLatin1Char('\'') + m_now.left(10) + QLatin1Char('\''), QStringLiteral("Date")};
        }
        if (fn.startsWith(QLatin1String("tointerval"))) {
            expectArgs(name, args, 1, 1);
            QString unit;
            int multiplier = 1;
            if (!intervalUnit(fn.mid(10), &unit, &multiplier))
                fail(name, QStringLiteral("Unsupported function '%1'").arg(name.text));
            return makeInterval(a(0), unit, multiplier);
        }
        if (fn == QLatin1String("datediff")) {
            expectArgs(name, args, 3, 3);
            if (!args.at(0).isStringLiteral)
                fail(name, QStringLiteral("dateDiff needs the unit as a quoted text, e.g. dateDiff('day', a, b)"));
            const QString unit = args.at(0).sql.mid(1, args.at(0).sql.size() - 2).toLower();
            const QString from = timeArg(1), to = timeArg(2);
            if (unit == QLatin1String("day"))
                return {QStringLiteral("CAST(julianday(date(%2)) - julianday(date(%1)) AS INTEGER)").arg(from, to), QStringLiteral("Int64")};
            if (unit == QLatin1String("week"))
                return {QStringLiteral("CAST((julianday(date(%2, '-6 days', 'weekday 0')) - julianday(date(%1, '-6 days', 'weekday 0'))) / 7 AS INTEGER)").arg(from, to),
                        QStringLiteral("Int64")};
            if (unit == QLatin1String("month"))
                return {QStringLiteral("((CAST(strftime('%Y', %2) AS INTEGER) * 12 + CAST(strftime('%m', %2) AS INTEGER)) - "
                                       "(CAST(strftime('%Y', %1) AS INTEGER) * 12 + CAST(strftime('%m', %1) AS INTEGER)))").arg(from, to),
                        QStringLiteral("Int64")};
            if (unit == QLatin1String("year"))
                return {QStringLiteral("(CAST(strftime('%Y', %2) AS INTEGER) - CAST(strftime('%Y', %1) AS INTEGER))").arg(from, to), QStringLiteral("Int64")};
            const QHash<QString, QString> truncations{{QStringLiteral("hour"), QStringLiteral("%Y-%m-%d %H:00:00")},
                                                      {QStringLiteral("minute"), QStringLiteral("%Y-%m-%d %H:%M:00")},
                                                      {QStringLiteral("second"), QStringLiteral("%Y-%m-%d %H:%M:%S")}};
            const QHash<QString, int> seconds{{QStringLiteral("hour"), 3600}, {QStringLiteral("minute"), 60}, {QStringLiteral("second"), 1}};
            if (!truncations.contains(unit))
                fail(name, QStringLiteral("Unsupported dateDiff unit '%1': use second, minute, hour, day, week, month or year").arg(unit));
            return {QStringLiteral("((strftime('%s', strftime('%1', %3)) - strftime('%s', strftime('%1', %2))) / %4)")
                        .arg(truncations.value(unit), from, to).arg(seconds.value(unit)),
                    QStringLiteral("Int64")};
        }
        if (fn == QLatin1String("if")) {
            expectArgs(name, args, 3, 3);
            return {QStringLiteral("(CASE WHEN %1 THEN %2 ELSE %3 END)").arg(a(0), a(1), a(2)), args.at(1).type};
        }
        if (fn == QLatin1String("coalesce") || fn == QLatin1String("ifnull")) {
            expectArgs(name, args, fn == QLatin1String("ifnull") ? 2 : 1, fn == QLatin1String("ifnull") ? 2 : 64);
            QStringList parts;
            for (const Expr &e : args)
                parts.append(e.sql);
            return {args.size() == 1 ? parts.first() : QStringLiteral("coalesce(%1)").arg(parts.join(QStringLiteral(", "))), args.at(0).type};
        }
        if (fn == QLatin1String("lower") || fn == QLatin1String("upper") || fn == QLatin1String("trim")) {
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("%1(%2)").arg(fn, a(0)), QStringLiteral("String")};
        }
        if (fn == QLatin1String("length")) {
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("length(%1)").arg(a(0)), QStringLiteral("UInt64")};
        }
        if (fn == QLatin1String("concat")) {
            expectArgs(name, args, 1, 64);
            QStringList parts;
            for (const Expr &e : args)
                parts.append(QStringLiteral("coalesce(%1, '')").arg(e.sql));
            return {QLatin1Char('(') + parts.join(QStringLiteral(" || ")) + QLatin1Char(')'), QStringLiteral("String")};
        }
        if (fn == QLatin1String("abs")) {
            expectArgs(name, args, 1, 1);
            return {QStringLiteral("abs(%1)").arg(a(0)), args.at(0).type};
        }
        if (fn == QLatin1String("like") || fn == QLatin1String("ilike")) {
            expectArgs(name, args, 2, 2);
            return {fn == QLatin1String("ilike") ? QStringLiteral("(lower(%1) LIKE lower(%2))").arg(a(0), a(1))
                                                  : QStringLiteral("(%1 LIKE %2)").arg(a(0), a(1)),
                    QStringLiteral("Bool")};
        }
        throw TranslationError{QStringLiteral("Unsupported function '%1'").arg(name.text), name.start, name.end, supportedFunctionsHint()};
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
        if (parts.size() > 1 && (parts.first() == scope.qualifier || parts.first() == scope.alias
                                 || (!scope.table.isEmpty() && parts.first() == scope.table)))
            parts.removeFirst();
        const QString q = quoteIdentifier(scope.qualifier) + QLatin1Char('.');
        const QString head = parts.first();

        if (scope.table == QLatin1String("events") || scope.table == QLatin1String("persons")) {
            if (head == QLatin1String("properties") && parts.size() > 1)
                return {QStringLiteral("json_extract(%1properties, '%2')").arg(q, jsonPath(parts.mid(1), at.start, at.end)),
                        QStringLiteral("Nullable(String)")};
        }
        if (scope.table == QLatin1String("events")) {
            static const QHash<QString, QPair<QString, QString>> columns{
                {QStringLiteral("uuid"), {QStringLiteral("uuid"), QStringLiteral("UUID")}},
                {QStringLiteral("event"), {QStringLiteral("event"), QStringLiteral("String")}},
                {QStringLiteral("timestamp"), {QStringLiteral("timestamp"), dateTimeType}},
                {QStringLiteral("distinct_id"), {QStringLiteral("distinct_id"), QStringLiteral("String")}},
                {QStringLiteral("person_id"), {QStringLiteral("person_id"), QStringLiteral("UUID")}},
                {QStringLiteral("$session_id"), {QStringLiteral("session_id"), QStringLiteral("Nullable(String)")}},
                {QStringLiteral("session_id"), {QStringLiteral("session_id"), QStringLiteral("Nullable(String)")}},
                {QStringLiteral("properties"), {QStringLiteral("properties"), QStringLiteral("String")}},
            };
            if (parts.size() == 1 && columns.contains(head))
                return {q + columns.value(head).first, columns.value(head).second};
            // PostHog's events table exposes issue_id (the fingerprint's issue, after overrides);
            // the demo has no overrides, so it is the issue cymbal stamped on the event.
            if (parts.size() == 1 && head == QLatin1String("issue_id"))
                return {QStringLiteral("json_extract(%1properties, '$.\"$exception_issue_id\"')").arg(q), QStringLiteral("Nullable(UUID)")};
            if (head == QLatin1String("person") && parts.size() == 2 && parts.at(1) == QLatin1String("id"))
                return {q + QStringLiteral("person_id"), QStringLiteral("UUID")};
            if (head == QLatin1String("person") && parts.size() > 2 && parts.at(1) == QLatin1String("properties"))
                return {QStringLiteral("(SELECT json_extract(__p.properties, '%1') FROM persons AS __p WHERE __p.id = %2person_id)")
                            .arg(jsonPath(parts.mid(2), at.start, at.end), q),
                        QStringLiteral("Nullable(String)")};
            if (head == QLatin1String("person") && parts.size() == 2 && parts.at(1) == QLatin1String("created_at"))
                return {QStringLiteral("(SELECT __p.created_at FROM persons AS __p WHERE __p.id = %1person_id)").arg(q), dateTimeType};
        } else if (scope.table == QLatin1String("persons")) {
            static const QHash<QString, QPair<QString, QString>> columns{
                {QStringLiteral("id"), {QStringLiteral("id"), QStringLiteral("UUID")}},
                {QStringLiteral("created_at"), {QStringLiteral("created_at"), dateTimeType}},
                {QStringLiteral("is_identified"), {QStringLiteral("is_identified"), QStringLiteral("Bool")}},
                {QStringLiteral("properties"), {QStringLiteral("properties"), QStringLiteral("String")}},
            };
            if (parts.size() == 1 && columns.contains(head))
                return {q + columns.value(head).first, columns.value(head).second};
        } else if (scope.table == QLatin1String("sessions")) {
            static const QHash<QString, QString> columns{
                {QStringLiteral("session_id"), QStringLiteral("String")}, {QStringLiteral("$start_timestamp"), dateTimeType},
                {QStringLiteral("$end_timestamp"), dateTimeType}, {QStringLiteral("$session_duration"), QStringLiteral("Int64")},
                {QStringLiteral("$pageview_count"), QStringLiteral("UInt64")}, {QStringLiteral("distinct_id"), QStringLiteral("String")},
                {QStringLiteral("$event_count"), QStringLiteral("UInt64")}};
            if (parts.size() == 1 && columns.contains(head))
                return {q + quoteIdentifier(head), columns.value(head)};
        } else if (scope.hasFrom && parts.size() == 1 && scope.subqueryColumns.contains(head)) {
            return {q + quoteIdentifier(head), scope.subqueryColumns.value(head)};
        }
        if (parts.size() == 1 && scope.aliases.contains(head))
            return {quoteIdentifier(head), scope.aliases.value(head)};
        const QString name = parts.join(QLatin1Char('.'));
        if (!scope.hasFrom)
            fail(at, QStringLiteral("Unknown column '%1': this SELECT has no FROM clause").arg(name));
        fail(at, QStringLiteral("Unknown column '%1' in %2").arg(name, scope.table.isEmpty() ? QStringLiteral("the subquery") : scope.table));
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
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

HogQLTranslation HogQLTranslator::translate(const QString &hogql, const Options &options) const
{
    HogQLTranslation out;
    if (hogql.size() > maxQueryLength) {
        out.error = QStringLiteral("The query is too long (%1 characters; at most %2)").arg(hogql.size()).arg(maxQueryLength);
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
            text += QStringLiteral("\nLIMIT %1").arg(result.limit);
        out.hogql = text;
    } catch (const TranslationError &error) {
        out.ok = false;
        out.error = QStringLiteral("%1 at %2").arg(error.message, position(hogql, error.start));
        if (!error.hint.isEmpty())
            out.error += QStringLiteral(": ") + error.hint;
        out.errorStart = error.start;
        out.errorEnd = error.end;
    }
    return out;
}
