#include "hogqlhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

QStringList HogQLHighlighter::keywords()
{
    return {u"SELECT"_s,   u"FROM"_s, u"WHERE"_s, u"GROUP"_s,    u"BY"_s,      u"ORDER"_s,  u"HAVING"_s,  u"LIMIT"_s,   u"OFFSET"_s,
            u"AS"_s,       u"AND"_s,  u"OR"_s,    u"NOT"_s,      u"IN"_s,      u"LIKE"_s,   u"ILIKE"_s,   u"IS"_s,      u"NULL"_s,
            u"DISTINCT"_s, u"ASC"_s,  u"DESC"_s,  u"INTERVAL"_s, u"DAY"_s,     u"HOUR"_s,   u"WEEK"_s,    u"MONTH"_s,   u"CASE"_s,
            u"WHEN"_s,     u"THEN"_s, u"ELSE"_s,  u"END"_s,      u"BETWEEN"_s, u"events"_s, u"persons"_s, u"sessions"_s};
}

QStringList HogQLHighlighter::functions()
{
    return {u"count"_s,         u"uniq"_s,           u"sum"_s,      u"avg"_s,     u"min"_s,   u"max"_s, u"round"_s, u"toDate"_s,   u"toStartOfDay"_s,
            u"toStartOfWeek"_s, u"toStartOfMonth"_s, u"toString"_s, u"toFloat"_s, u"toInt"_s, u"now"_s, u"today"_s, u"dateDiff"_s, u"if"_s,
            u"coalesce"_s,      u"lower"_s,          u"upper"_s,    u"length"_s,  u"concat"_s};
}

HogQLHighlighter::HogQLHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    // Hues per token kind; the lightness follows the palette so both themes keep their contrast.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    auto format = [dark](int hue, bool bold = false) {
        QTextCharFormat f;
        f.setForeground(hue < 0 ? QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text)
                                : QColor::fromHslF(hue / 360.0, 0.7, dark ? 0.72 : 0.36));
        if (bold)
            f.setFontWeight(QFont::Bold);
        return f;
    };
    m_rules.append(
        {QRegularExpression(u"\\b(%1)\\b"_s.arg(keywords().join(QLatin1Char('|'))), QRegularExpression::CaseInsensitiveOption), format(225, true)});
    m_rules.append({QRegularExpression(u"\\b(%1)(?=\\s*\\()"_s.arg(functions().join(QLatin1Char('|'))), QRegularExpression::CaseInsensitiveOption),
                    format(270)});
    m_rules.append({QRegularExpression(u"\\b(person\\.)?properties\\.[\\w$]+"_s), format(28)});
    m_rules.append({QRegularExpression(u"\\b\\d+(\\.\\d+)?\\b"_s), format(190)});
    m_rules.append({QRegularExpression(u"'([^'\\\\]|\\\\.)*'"_s), format(130)});
    m_rules.append({QRegularExpression(u"--[^\\n]*"_s), format(-1)});
}

void HogQLHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : m_rules) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), rule.format);
        }
    }
}
