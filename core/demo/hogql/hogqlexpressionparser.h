#pragma once

#include "hogqlexpr.h"
#include "hogqlscope.h"
#include "hogqltokenstream.h"

// Parses one HogQL expression at the stream's cursor into SQLite, lowest precedence first:
// OR, AND, NOT, comparisons (= < LIKE IN BETWEEN IS NULL), + - ||, * / %, unary, primaries
// (literals, (…), CASE, INTERVAL, function calls, columns). Columns resolve against the scope
// the select parser sets. Throws HogQLError.
class HogQLExpressionParser
{
public:
    HogQLExpressionParser(HogQLTokenStream &tokens, QString now);

    HogQLExpr parseExpr();
    void setScope(const HogQLScope *scope) { m_scope = scope; }
    const HogQLScope *scope() const { return m_scope; }

private:
    HogQLExpr parseOr();
    HogQLExpr parseAnd();
    HogQLExpr parseNot();
    HogQLExpr parseComparison();
    bool parseOperatorComparison(HogQLExpr &left);
    HogQLExpr parseLike(const HogQLExpr &left, bool negated);
    HogQLExpr parseIn(const HogQLExpr &left, bool negated);
    HogQLExpr parseBetween(const HogQLExpr &left, bool negated);
    HogQLExpr parseIsNull(const HogQLExpr &left);
    HogQLExpr parseAdditive();
    HogQLExpr applyInterval(const HogQLExpr &base, const HogQLExpr &interval, bool subtract, const HogQLToken &at);
    HogQLExpr parseMultiplicative();
    HogQLExpr parseUnary();
    HogQLExpr parsePrimary();
    HogQLExpr parseNumber();
    HogQLExpr parseParenthesized();
    HogQLExpr parseKeywordOrName();
    HogQLExpr parseCase();
    HogQLExpr parseIntervalKeyword();
    HogQLExpr parseFunction();
    QList<HogQLExpr> parseArguments(bool *distinct, bool *star);
    HogQLExpr parseColumn();

    HogQLTokenStream &m_tokens;
    const QString m_now;
    const HogQLScope *m_scope = nullptr;
};
