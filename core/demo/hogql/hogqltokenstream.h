#pragma once

#include "hogqltoken.h"

#include <QList>

// The parser's cursor over the tokens: look ahead, accept or expect keywords and symbols, fail
// at a token, and guard the nesting depth (the parser recurses).
class HogQLTokenStream
{
public:
    explicit HogQLTokenStream(QList<HogQLToken> tokens);

    const HogQLToken &peek(int ahead = 0) const;
    const HogQLToken &next();
    const HogQLToken &previous() const { return m_tokens.at(m_pos - 1); }
    const HogQLToken &at(int index) const { return m_tokens.at(index); }
    int size() const { return int(m_tokens.size()); }
    int position() const { return m_pos; }
    void seek(int position) { m_pos = position; }
    int lastTokenEnd() const { return m_lastTokenEnd; }

    static bool isKeyword(const HogQLToken &t, const char *word);
    static bool isSymbol(const HogQLToken &t, const char *symbol);
    // Words that end an expression or a select item (so they are not read as an alias).
    static bool isClauseKeyword(const HogQLToken &t);
    static QString describe(const HogQLToken &t);

    bool acceptKeyword(const char *word);
    bool acceptSymbol(const char *symbol);
    void expectKeyword(const char *word);
    void expectSymbol(const char *symbol);
    [[noreturn]] void fail(const HogQLToken &t, const QString &message) const;

    void enter(const HogQLToken &t);
    void leave() { --m_depth; }

    static constexpr int maxDepth = 200;

private:
    QList<HogQLToken> m_tokens;
    int m_pos = 0;
    int m_depth = 0;
    int m_lastTokenEnd = 0;
};
