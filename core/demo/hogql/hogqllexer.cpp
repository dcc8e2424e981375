#include "hogqllexer.h"

#include "hogqlerror.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

bool isIdentPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

bool isQuote(QChar c)
{
    return c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`');
}

} // namespace

QList<HogQLToken> HogQLLexer::tokenize(const QString &src)
{
    return HogQLLexer(src).run();
}

HogQLLexer::HogQLLexer(const QString &src)
    : m_src(src)
    , m_size(int(src.size()))
{ }

QList<HogQLToken> HogQLLexer::run()
{
    QList<HogQLToken> tokens;
    while (m_pos < m_size) {
        if (!skipSpaceOrComment())
            tokens.append(readToken());
    }
    HogQLToken end;
    end.start = end.end = m_size;
    tokens.append(end);
    return tokens;
}

bool HogQLLexer::at(int offset, char c) const
{
    return m_pos + offset < m_size && m_src.at(m_pos + offset) == QLatin1Char(c);
}

bool HogQLLexer::digitAt(int offset) const
{
    return m_pos + offset < m_size && m_src.at(m_pos + offset).isDigit();
}

bool HogQLLexer::skipSpaceOrComment()
{
    if (m_src.at(m_pos).isSpace()) {
        ++m_pos;
        return true;
    }
    if (at(0, '-') && at(1, '-')) {
        while (m_pos < m_size && m_src.at(m_pos) != QLatin1Char('\n'))
            ++m_pos;
        return true;
    }
    return false;
}

bool HogQLLexer::startsNumber() const
{
    return digitAt(0) || (at(0, '.') && digitAt(1));
}

HogQLToken HogQLLexer::readToken()
{
    HogQLToken t;
    t.start = m_pos;
    const QChar c = m_src.at(m_pos);
    if (isIdentStart(c))
        readIdentifier(t);
    else if (startsNumber())
        readNumber(t);
    else if (isQuote(c))
        readQuoted(t);
    else
        readSymbol(t);
    t.end = m_pos;
    return t;
}

void HogQLLexer::readIdentifier(HogQLToken &t)
{
    while (m_pos < m_size && isIdentPart(m_src.at(m_pos)))
        ++m_pos;
    t.kind = HogQLTokenKind::Identifier;
    t.text = m_src.mid(t.start, m_pos - t.start);
}

void HogQLLexer::readNumber(HogQLToken &t)
{
    while (digitAt(0) || at(0, '.'))
        ++m_pos;
    if (at(0, 'e') || at(0, 'E')) {
        ++m_pos;
        if (at(0, '+') || at(0, '-'))
            ++m_pos;
        while (digitAt(0))
            ++m_pos;
    }
    t.kind = HogQLTokenKind::Number;
    t.text = m_src.mid(t.start, m_pos - t.start);
}

// '…' is text, "…" and `…` are identifiers. A doubled quote or a backslash escapes.
void HogQLLexer::readQuoted(HogQLToken &t)
{
    const QChar quote = m_src.at(m_pos++);
    QString value;
    for (;;) {
        if (m_pos >= m_size)
            throw HogQLError{u"Unterminated quoted text"_s, t.start, m_size};
        const QChar d = m_src.at(m_pos);
        if (d == QLatin1Char('\\') && m_pos + 1 < m_size) {
            const QChar e = m_src.at(m_pos + 1);
            value += e == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : e == QLatin1Char('t') ? QChar(QLatin1Char('\t')) : e;
            m_pos += 2;
        } else if (d == quote && m_pos + 1 < m_size && m_src.at(m_pos + 1) == quote) {
            value += quote;
            m_pos += 2;
        } else if (d == quote) {
            ++m_pos;
            break;
        } else {
            value += d;
            ++m_pos;
        }
    }
    t.kind = quote == QLatin1Char('\'') ? HogQLTokenKind::String : HogQLTokenKind::Identifier;
    t.text = value;
}

void HogQLLexer::readSymbol(HogQLToken &t)
{
    static const QStringList twoChar = {u"<="_s, u">="_s, u"!="_s, u"<>"_s, u"=="_s, u"||"_s};
    const QString two = m_src.mid(m_pos, 2);
    const QChar c = m_src.at(m_pos);
    if (twoChar.contains(two)) {
        t.text = two;
        m_pos += 2;
    } else if (u"(),.*+-/%=<>[];"_s.contains(c)) {
        t.text = c;
        ++m_pos;
    } else {
        throw HogQLError{u"Unexpected character '%1'"_s.arg(c), m_pos, m_pos + 1};
    }
    t.kind = HogQLTokenKind::Symbol;
}
