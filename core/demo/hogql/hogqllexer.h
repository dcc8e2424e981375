#pragma once

#include "hogqltoken.h"

#include <QList>

// Splits HogQL text into tokens: identifiers (bare, "double" or `back` quoted), numbers,
// 'text' literals, and symbols; skips white space and -- comments. The list ends with an End
// token at the input's length. Throws HogQLError for unterminated quotes or a stray character.
class HogQLLexer
{
public:
    static QList<HogQLToken> tokenize(const QString &src);

private:
    explicit HogQLLexer(const QString &src);
    QList<HogQLToken> run();
    bool skipSpaceOrComment();
    HogQLToken readToken();
    void readIdentifier(HogQLToken &t);
    void readNumber(HogQLToken &t);
    void readQuoted(HogQLToken &t);
    void readSymbol(HogQLToken &t);
    bool startsNumber() const;
    bool at(int offset, char c) const;
    bool digitAt(int offset) const;

    const QString &m_src;
    const int m_size;
    int m_pos = 0;
};
