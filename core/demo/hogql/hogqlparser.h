#pragma once

#include "hogqlexpressionparser.h"
#include "hogqlscope.h"
#include "hogqltokenstream.h"
#include "hogqltranslator.h"

// Parses one HogQL SELECT statement (with subqueries in FROM) into a SQLite SELECT.
// Expressions go to HogQLExpressionParser. Throws HogQLError.
class HogQLParser
{
public:
    struct Select
    {
        QString sql;
        QStringList columns;
        QStringList types;
        int limit = -1;
        int offset = 0;
        int limitTokenStart = -1;
    };

    HogQLParser(const QString &src, const HogQLTranslator::Options &options);
    Select parseQuery();

private:
    void rejectNonSelect(const HogQLToken &first) const;
    void rejectTrailing(const HogQLToken &rest) const;
    Select parseSelect(bool topLevel);
    int findFromIndex() const;
    QString parseFromFirst(HogQLScope &scope, int *fromIndex, int *afterFrom);
    QStringList parseSelectList(HogQLScope &scope, Select &result, int fromIndex, int afterFrom);
    void rejectJoins() const;
    QString parseClauses(const HogQLScope &scope, const QString &fromSql);
    QStringList parseWhere(const HogQLScope &scope);
    QString parseGroupBy();
    QString parseOrderBy();
    QString parseOrderItem();
    void parseLimit(Select &result);
    QString applyLimit(Select &result, bool topLevel) const;
    int parseNonNegativeInt();
    void parseSelectItem(HogQLScope &scope, QStringList &items, Select &result);
    void expandStar(const HogQLScope &scope, const HogQLToken &at, QStringList &items, Select &result) const;
    QString parseFrom(HogQLScope &scope);
    QString parseSubquery(HogQLScope &scope);
    QString parseTable(HogQLScope &scope, const HogQLToken &t) const;
    void parseTableAlias(HogQLScope &scope);

    const QString &m_src;
    HogQLTranslator::Options m_options;
    HogQLTokenStream m_tokens;
    HogQLExpressionParser m_expressions;
    int m_subqueryCount = 0;
};
