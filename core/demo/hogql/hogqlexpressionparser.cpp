#include "hogqlexpressionparser.h"

#include "hogqlcolumnresolver.h"
#include "hogqlerror.h"
#include "hogqlfunctions.h"
#include "hogqlsql.h"
#include "hogqltypes.h"

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

QString numericType(const HogQLExpr &left, const HogQLExpr &right)
{
    return HogQLTypes::isInt(left.type) && HogQLTypes::isInt(right.type) ? u"Int64"_s : u"Float64"_s;
}

// '2026-11-01T10:00:00Z' compared with a timestamp: normalise to the stored format.
QString asDateTime(const HogQLExpr &other, const HogQLExpr &literal)
{
    if (literal.isStringLiteral && HogQLTypes::isDateTime(other.type))
        return HogQLSql::asTimestamp(literal.sql);
    return literal.sql;
}

QString notIf(bool negated)
{
    return negated ? u"NOT "_s : QString();
}

} // namespace

HogQLExpressionParser::HogQLExpressionParser(HogQLTokenStream &tokens, QString now)
    : m_tokens(tokens)
    , m_now(std::move(now))
{ }

HogQLExpr HogQLExpressionParser::parseExpr()
{
    m_tokens.enter(m_tokens.peek());
    HogQLExpr e = parseOr();
    m_tokens.leave();
    return e;
}

HogQLExpr HogQLExpressionParser::parseOr()
{
    HogQLExpr left = parseAnd();
    while (m_tokens.acceptKeyword("OR")) {
        const HogQLExpr right = parseAnd();
        left = {u"(%1 OR %2)"_s.arg(left.sql, right.sql), u"Bool"_s};
    }
    return left;
}

HogQLExpr HogQLExpressionParser::parseAnd()
{
    HogQLExpr left = parseNot();
    while (m_tokens.acceptKeyword("AND")) {
        const HogQLExpr right = parseNot();
        left = {u"(%1 AND %2)"_s.arg(left.sql, right.sql), u"Bool"_s};
    }
    return left;
}

HogQLExpr HogQLExpressionParser::parseNot()
{
    if (!isKeyword(m_tokens.peek(), "NOT"))
        return parseComparison();
    const HogQLToken &t = m_tokens.next();
    m_tokens.enter(t);
    const HogQLExpr inner = parseNot();
    m_tokens.leave();
    return {u"(NOT %1)"_s.arg(inner.sql), u"Bool"_s};
}

HogQLExpr HogQLExpressionParser::parseComparison()
{
    HogQLExpr left = parseAdditive();
    for (;;) {
        if (parseOperatorComparison(left))
            continue;
        const HogQLToken &after = m_tokens.peek(1);
        const bool negated = isKeyword(m_tokens.peek(), "NOT")
                             && (isKeyword(after, "LIKE") || isKeyword(after, "ILIKE") || isKeyword(after, "IN") || isKeyword(after, "BETWEEN"));
        if (negated)
            m_tokens.next();
        const HogQLToken &op = m_tokens.peek();
        if (isKeyword(op, "LIKE") || isKeyword(op, "ILIKE"))
            left = parseLike(left, negated);
        else if (isKeyword(op, "IN"))
            left = parseIn(left, negated);
        else if (isKeyword(op, "BETWEEN"))
            left = parseBetween(left, negated);
        else if (isKeyword(op, "IS"))
            left = parseIsNull(left);
        else
            return left;
    }
}

// = == != <> < <= > >=; false (nothing read) at anything else.
bool HogQLExpressionParser::parseOperatorComparison(HogQLExpr &left)
{
    static const QStringList ops = {u"="_s, u"=="_s, u"!="_s, u"<>"_s, u"<"_s, u"<="_s, u">"_s, u">="_s};
    const HogQLToken &t = m_tokens.peek();
    if (t.kind != HogQLTokenKind::Symbol || !ops.contains(t.text))
        return false;
    m_tokens.next();
    const HogQLExpr right = parseAdditive();
    const QString op = t.text == "=="_L1 ? u"="_s : t.text;
    left = {u"(%1 %2 %3)"_s.arg(asDateTime(right, left), op, asDateTime(left, right)), u"Bool"_s};
    return true;
}

HogQLExpr HogQLExpressionParser::parseLike(const HogQLExpr &left, bool negated)
{
    const HogQLToken &op = m_tokens.next();
    const HogQLExpr right = parseAdditive();
    const QString sql
        = isKeyword(op, "ILIKE") ? u"(lower(%1) LIKE lower(%2))"_s.arg(left.sql, right.sql) : u"(%1 LIKE %2)"_s.arg(left.sql, right.sql);
    return {negated ? u"(NOT %1)"_s.arg(sql) : sql, u"Bool"_s};
}

HogQLExpr HogQLExpressionParser::parseIn(const HogQLExpr &left, bool negated)
{
    m_tokens.next(); // IN
    m_tokens.expectSymbol("(");
    if (isKeyword(m_tokens.peek(), "SELECT"))
        m_tokens.fail(m_tokens.peek(), u"Unsupported construct 'IN (SELECT …)': list the values instead"_s);
    QStringList values;
    if (!isSymbol(m_tokens.peek(), ")")) {
        do {
            values.append(asDateTime(left, parseExpr()));
        } while (m_tokens.acceptSymbol(","));
    }
    m_tokens.expectSymbol(")");
    return {u"(%1 %2IN (%3))"_s.arg(left.sql, notIf(negated), values.join(u", "_s)), u"Bool"_s};
}

HogQLExpr HogQLExpressionParser::parseBetween(const HogQLExpr &left, bool negated)
{
    m_tokens.next(); // BETWEEN
    const HogQLExpr low = parseAdditive();
    m_tokens.expectKeyword("AND");
    const HogQLExpr high = parseAdditive();
    return {u"(%1 %2BETWEEN %3 AND %4)"_s.arg(left.sql, notIf(negated), asDateTime(left, low), asDateTime(left, high)), u"Bool"_s};
}

HogQLExpr HogQLExpressionParser::parseIsNull(const HogQLExpr &left)
{
    m_tokens.next(); // IS
    const bool isNot = m_tokens.acceptKeyword("NOT");
    m_tokens.expectKeyword("NULL");
    return {u"(%1 IS %2NULL)"_s.arg(left.sql, notIf(isNot)), u"Bool"_s};
}

HogQLExpr HogQLExpressionParser::applyInterval(const HogQLExpr &base, const HogQLExpr &interval, bool subtract, const HogQLToken &at)
{
    if (!HogQLTypes::isDateTime(base.type) && !HogQLTypes::isDate(base.type) && !base.isStringLiteral)
        m_tokens.fail(at, u"An interval can only be added to or subtracted from a date or time"_s);
    const QString modifier = subtract ? interval.intervalNegModifier : interval.intervalModifier;
    if (HogQLTypes::isDate(base.type))
        return {u"date(%1, %2)"_s.arg(base.sql, modifier), u"Date"_s};
    return {u"strftime('%Y-%m-%d %H:%M:%f', %1, %2)"_s.arg(base.sql, modifier), HogQLTypes::dateTime()};
}

HogQLExpr HogQLExpressionParser::parseAdditive()
{
    HogQLExpr left = parseMultiplicative();
    for (;;) {
        const HogQLToken &t = m_tokens.peek();
        if (!isSymbol(t, "+") && !isSymbol(t, "-") && !isSymbol(t, "||"))
            return left;
        m_tokens.next();
        const HogQLExpr right = parseMultiplicative();
        if (t.text == "||"_L1)
            left = {u"(%1 || %2)"_s.arg(left.sql, right.sql), u"String"_s};
        else if (right.isInterval)
            left = applyInterval(left, right, t.text == "-"_L1, t);
        else if (left.isInterval && t.text == "+"_L1)
            left = applyInterval(right, left, false, t);
        else if (left.isInterval)
            m_tokens.fail(t, u"An interval can only be added to or subtracted from a date or time"_s);
        else
            left = {u"(%1 %2 %3)"_s.arg(left.sql, t.text, right.sql), numericType(left, right)};
    }
}

HogQLExpr HogQLExpressionParser::parseMultiplicative()
{
    HogQLExpr left = parseUnary();
    for (;;) {
        const HogQLToken &t = m_tokens.peek();
        if (!isSymbol(t, "*") && !isSymbol(t, "/") && !isSymbol(t, "%"))
            return left;
        m_tokens.next();
        const HogQLExpr right = parseUnary();
        if (left.isInterval || right.isInterval)
            m_tokens.fail(t, u"Intervals cannot be multiplied or divided"_s);
        if (t.text == "/"_L1)
            left = {u"(CAST(%1 AS REAL) / %2)"_s.arg(left.sql, right.sql), u"Float64"_s};
        else
            left = {u"(%1 %2 %3)"_s.arg(left.sql, t.text, right.sql), numericType(left, right)};
    }
}

HogQLExpr HogQLExpressionParser::parseUnary()
{
    if (isSymbol(m_tokens.peek(), "-")) {
        const HogQLToken &t = m_tokens.next();
        m_tokens.enter(t);
        const HogQLExpr inner = parseUnary();
        m_tokens.leave();
        return {u"(-%1)"_s.arg(inner.sql), HogQLTypes::isInt(inner.type) ? u"Int64"_s : u"Float64"_s};
    }
    if (isSymbol(m_tokens.peek(), "+")) {
        m_tokens.next();
        return parseUnary();
    }
    return parsePrimary();
}

HogQLExpr HogQLExpressionParser::parsePrimary()
{
    const HogQLToken &t = m_tokens.peek();
    switch (t.kind) {
    case HogQLTokenKind::Number: return parseNumber();
    case HogQLTokenKind::String: {
        m_tokens.next();
        HogQLExpr e{HogQLSql::quoteString(t.text, t.start, t.end), u"String"_s};
        e.isStringLiteral = true;
        return e;
    }
    case HogQLTokenKind::Symbol:
        if (isSymbol(t, "("))
            return parseParenthesized();
        if (isSymbol(t, "["))
            m_tokens.fail(t, u"Unsupported construct: array literals"_s);
        m_tokens.fail(t, u"Syntax error: unexpected %1"_s.arg(HogQLTokenStream::describe(t)));
    case HogQLTokenKind::End: m_tokens.fail(t, u"Syntax error: the query ends too early; an expression was expected"_s);
    case HogQLTokenKind::Identifier: break;
    }
    return parseKeywordOrName();
}

HogQLExpr HogQLExpressionParser::parseNumber()
{
    const HogQLToken &t = m_tokens.next();
    const bool integer = !t.text.contains(QLatin1Char('.')) && !t.text.contains(QLatin1Char('e'), Qt::CaseInsensitive);
    if (integer && t.text.size() > 18)
        m_tokens.fail(t, u"The number %1 is too large"_s.arg(t.text));
    return {t.text, integer ? u"Int64"_s : u"Float64"_s};
}

HogQLExpr HogQLExpressionParser::parseParenthesized()
{
    const HogQLToken &t = m_tokens.next();
    m_tokens.enter(t);
    if (isKeyword(m_tokens.peek(), "SELECT"))
        m_tokens.fail(m_tokens.peek(), u"Unsupported construct: scalar subqueries; use a subquery in FROM"_s);
    HogQLExpr inner = parseExpr();
    if (isSymbol(m_tokens.peek(), ","))
        m_tokens.fail(m_tokens.peek(), u"Unsupported construct: tuples"_s);
    m_tokens.expectSymbol(")");
    m_tokens.leave();
    if (!inner.isInterval)
        inner.sql = QLatin1Char('(') + inner.sql + QLatin1Char(')');
    return inner;
}

HogQLExpr HogQLExpressionParser::parseKeywordOrName()
{
    const HogQLToken &t = m_tokens.peek();
    if (isKeyword(t, "NULL")) {
        m_tokens.next();
        return {u"NULL"_s, u"Nullable(Nothing)"_s};
    }
    if (isKeyword(t, "TRUE") || isKeyword(t, "FALSE")) {
        m_tokens.next();
        return {isKeyword(t, "TRUE") ? u"1"_s : u"0"_s, u"Bool"_s};
    }
    if (isKeyword(t, "INTERVAL"))
        return parseIntervalKeyword();
    if (isKeyword(t, "CASE"))
        return parseCase();
    if (isSymbol(m_tokens.peek(1), "("))
        return parseFunction();
    if (HogQLTokenStream::isClauseKeyword(t) && !isSymbol(m_tokens.peek(1), "."))
        m_tokens.fail(t, u"Syntax error: unexpected keyword %1; an expression was expected"_s.arg(t.text.toUpper()));
    return parseColumn();
}

HogQLExpr HogQLExpressionParser::parseCase()
{
    const HogQLToken &start = m_tokens.next();
    m_tokens.enter(start);
    QString sql = u"CASE"_s;
    QString type;
    if (!isKeyword(m_tokens.peek(), "WHEN"))
        sql += QLatin1Char(' ') + parseExpr().sql;
    while (m_tokens.acceptKeyword("WHEN")) {
        const HogQLExpr cond = parseExpr();
        m_tokens.expectKeyword("THEN");
        const HogQLExpr value = parseExpr();
        if (type.isEmpty())
            type = value.type;
        sql += u" WHEN %1 THEN %2"_s.arg(cond.sql, value.sql);
    }
    if (m_tokens.acceptKeyword("ELSE"))
        sql += u" ELSE "_s + parseExpr().sql;
    m_tokens.expectKeyword("END");
    m_tokens.leave();
    return {sql + u" END"_s, type.isEmpty() ? u"Nullable(String)"_s : type};
}

// INTERVAL 7 DAY, INTERVAL n * 2 HOUR, INTERVAL '7 day'
HogQLExpr HogQLExpressionParser::parseIntervalKeyword()
{
    m_tokens.next(); // INTERVAL
    QString unit;
    int multiplier = 1;
    const HogQLToken &amount = m_tokens.peek();
    if (amount.kind == HogQLTokenKind::String) {
        m_tokens.next();
        const QStringList parts = amount.text.simplified().split(QLatin1Char(' '));
        bool ok = false;
        const int n = parts.value(0).toInt(&ok);
        if (parts.size() != 2 || !ok || !HogQLExpr::intervalUnit(parts.at(1), &unit, &multiplier))
            m_tokens.fail(amount, u"Syntax error: expected an interval like INTERVAL 7 DAY"_s);
        return HogQLExpr::interval(QString::number(n), unit, multiplier);
    }
    const QString amountSql = parseUnary().sql;
    const HogQLToken &unitToken = m_tokens.next();
    if (unitToken.kind != HogQLTokenKind::Identifier || !HogQLExpr::intervalUnit(unitToken.text, &unit, &multiplier))
        m_tokens.fail(unitToken, u"Syntax error: expected an interval unit (SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR) but found %1"_s.arg(
                                     HogQLTokenStream::describe(unitToken)));
    return HogQLExpr::interval(amountSql, unit, multiplier);
}

HogQLExpr HogQLExpressionParser::parseFunction()
{
    const HogQLToken &name = m_tokens.next();
    const HogQLFunction *function = HogQLFunctions::find(name.text);
    if (!function)
        throw HogQLError{u"Unsupported function '%1'"_s.arg(name.text), name.start, name.end, HogQLFunctions::unsupportedHint()};
    m_tokens.enter(name);
    bool distinct = false;
    bool star = false;
    const QList<HogQLExpr> args = parseArguments(&distinct, &star);
    m_tokens.leave();
    const HogQLFunction::Call call{name, args, distinct, m_now};
    return HogQLFunctions::translate(*function, call, star);
}

QList<HogQLExpr> HogQLExpressionParser::parseArguments(bool *distinct, bool *star)
{
    m_tokens.expectSymbol("(");
    QList<HogQLExpr> args;
    *distinct = m_tokens.acceptKeyword("DISTINCT");
    *star = false;
    if (isSymbol(m_tokens.peek(), "*") && isSymbol(m_tokens.peek(1), ")")) {
        m_tokens.next();
        *star = true;
    } else if (!isSymbol(m_tokens.peek(), ")")) {
        do {
            args.append(parseExpr());
        } while (m_tokens.acceptSymbol(","));
    }
    m_tokens.expectSymbol(")");
    return args;
}

// name, a.b.c, properties['x'], person.properties.$y: the parts go to the column resolver.
HogQLExpr HogQLExpressionParser::parseColumn()
{
    const HogQLToken &first = m_tokens.next();
    QStringList parts{first.text};
    int end = first.end;
    for (;;) {
        const HogQLToken &after = m_tokens.peek(1);
        if (isSymbol(m_tokens.peek(), ".") && (after.kind == HogQLTokenKind::Identifier || after.kind == HogQLTokenKind::Number)) {
            m_tokens.next();
            const HogQLToken &part = m_tokens.next();
            parts.append(part.text);
            end = part.end;
        } else if (isSymbol(m_tokens.peek(), "[") && after.kind == HogQLTokenKind::String && isSymbol(m_tokens.peek(2), "]")) {
            m_tokens.next();
            parts.append(m_tokens.next().text);
            end = m_tokens.next().end;
        } else {
            break;
        }
    }
    HogQLToken span = first;
    span.end = end;
    return HogQLColumnResolver::resolve(*m_scope, parts, span);
}
