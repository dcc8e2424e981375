#include "hogqlhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

QStringList HogQLHighlighter::keywords()
{
    return {QStringLiteral("SELECT"), QStringLiteral("FROM"), QStringLiteral("WHERE"), QStringLiteral("GROUP"), QStringLiteral("BY"),
            QStringLiteral("ORDER"), QStringLiteral("HAVING"), QStringLiteral("LIMIT"), QStringLiteral("OFFSET"), QStringLiteral("AS"),
            QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"), QStringLiteral("IN"), QStringLiteral("LIKE"),
            QStringLiteral("ILIKE"), QStringLiteral("IS"), QStringLiteral("NULL"), QStringLiteral("DISTINCT"), QStringLiteral("ASC"),
            QStringLiteral("DESC"), QStringLiteral("INTERVAL"), QStringLiteral("DAY"), QStringLiteral("HOUR"), QStringLiteral("WEEK"),
            QStringLiteral("MONTH"), QStringLiteral("CASE"), QStringLiteral("WHEN"), QStringLiteral("THEN"), QStringLiteral("ELSE"),
            QStringLiteral("END"), QStringLiteral("BETWEEN"), QStringLiteral("events"), QStringLiteral("persons"), QStringLiteral("sessions")};
}

QStringList HogQLHighlighter::functions()
{
    return {QStringLiteral("count"), QStringLiteral("uniq"), QStringLiteral("sum"), QStringLiteral("avg"), QStringLiteral("min"),
            QStringLiteral("max"), QStringLiteral("round"), QStringLiteral("toDate"), QStringLiteral("toStartOfDay"), QStringLiteral("toStartOfWeek"),
            QStringLiteral("toStartOfMonth"), QStringLiteral("toString"), QStringLiteral("toFloat"), QStringLiteral("toInt"), QStringLiteral("now"),
            QStringLiteral("today"), QStringLiteral("dateDiff"), QStringLiteral("if"), QStringLiteral("coalesce"), QStringLiteral("lower"),
            QStringLiteral("upper"), QStringLiteral("length"), QStringLiteral("concat")};
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
    m_rules.append({QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(keywords().join(QLatin1Char('|'))), QRegularExpression::CaseInsensitiveOption),
                    format(dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1d, 0x4a, 0xd8), true)});
    m_rules.append({QRegularExpression(QStringLiteral("\\b(%1)(?=\\s*\\()").arg(functions().join(QLatin1Char('|'))), QRegularExpression::CaseInsensitiveOption),
                    format(dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x7c, 0x3a, 0xed))});
    m_rules.append({QRegularExpression(QStringLiteral("\\b(person\\.)?properties\\.[\\w$]+")), format(dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0xb4, 0x53, 0x09))});
    m_rules.append({QRegularExpression(QStringLiteral("\\b\\d+(\\.\\d+)?\\b")), format(dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0x0e, 0x74, 0x90))});
    m_rules.append({QRegularExpression(QStringLiteral("'([^'\\\\]|\\\\.)*'")), format(dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x15, 0x80, 0x3d))});
    m_rules.append({QRegularExpression(QStringLiteral("--[^\\n]*")), format(QColor(0x8b, 0x94, 0x9e))});
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
