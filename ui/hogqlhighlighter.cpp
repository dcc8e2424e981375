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
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    auto format = [](const QColor &colour, bool bold = false) {
        QTextCharFormat f;
        f.setForeground(colour);
        if (bold)
            f.setFontWeight(QFont::Bold);
        return f;
    };
    m_rules.append({QRegularExpression(u"\\b(%1)\\b"_s.arg(keywords().join(QLatin1Char('|'))), QRegularExpression::CaseInsensitiveOption),
                    format(dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1d, 0x4a, 0xd8), true)});
    m_rules.append({QRegularExpression(u"\\b(%1)(?=\\s*\\()"_s.arg(functions().join(QLatin1Char('|'))), QRegularExpression::CaseInsensitiveOption),
                    format(dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x7c, 0x3a, 0xed))});
    m_rules.append(
        {QRegularExpression(u"\\b(person\\.)?properties\\.[\\w$]+"_s), format(dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0xb4, 0x53, 0x09))});
    m_rules.append({QRegularExpression(u"\\b\\d+(\\.\\d+)?\\b"_s), format(dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0x0e, 0x74, 0x90))});
    m_rules.append({QRegularExpression(u"'([^'\\\\]|\\\\.)*'"_s), format(dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x15, 0x80, 0x3d))});
    m_rules.append({QRegularExpression(u"--[^\\n]*"_s), format(QColor(0x8b, 0x94, 0x9e))});
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
