#include "hogqltokenstream.h"

#include "hogqlerror.h"

using namespace Qt::StringLiterals;

HogQLTokenStream::HogQLTokenStream(QList<HogQLToken> tokens)
    : m_tokens(std::move(tokens))
{ }

const HogQLToken &HogQLTokenStream::peek(int ahead) const
{
    return m_tokens.at(qMin<qsizetype>(m_pos + ahead, m_tokens.size() - 1));
}

const HogQLToken &HogQLTokenStream::next()
{
    const HogQLToken &t = m_tokens.at(m_pos);
    if (m_pos < m_tokens.size() - 1)
        ++m_pos;
    m_lastTokenEnd = t.end;
    return t;
}

bool HogQLTokenStream::isKeyword(const HogQLToken &t, const char *word)
{
    return t.kind == HogQLTokenKind::Identifier && t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

bool HogQLTokenStream::isSymbol(const HogQLToken &t, const char *symbol)
{
    return t.kind == HogQLTokenKind::Symbol && t.text == QLatin1String(symbol);
}

bool HogQLTokenStream::isClauseKeyword(const HogQLToken &t)
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

QString HogQLTokenStream::describe(const HogQLToken &t)
{
    return t.kind == HogQLTokenKind::End ? u"the end of the query"_s : u"'%1'"_s.arg(t.text);
}

bool HogQLTokenStream::acceptKeyword(const char *word)
{
    if (!isKeyword(peek(), word))
        return false;
    next();
    return true;
}

bool HogQLTokenStream::acceptSymbol(const char *symbol)
{
    if (!isSymbol(peek(), symbol))
        return false;
    next();
    return true;
}

void HogQLTokenStream::expectKeyword(const char *word)
{
    if (!acceptKeyword(word))
        fail(peek(), u"Syntax error: expected %1 but found %2"_s.arg(QLatin1String(word), describe(peek())));
}

void HogQLTokenStream::expectSymbol(const char *symbol)
{
    if (!acceptSymbol(symbol))
        fail(peek(), u"Syntax error: expected '%1' but found %2"_s.arg(QLatin1String(symbol), describe(peek())));
}

void HogQLTokenStream::fail(const HogQLToken &t, const QString &message) const
{
    throw HogQLError::at(t, message);
}

void HogQLTokenStream::enter(const HogQLToken &t)
{
    if (++m_depth > maxDepth)
        fail(t, u"The query is nested too deeply (more than %1 levels)"_s.arg(maxDepth));
}
