#include "markdownrenderer.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QString MarkdownRenderer::escape(QString text)
{
    text.replace(QLatin1Char('\\'), "\\\\"_L1);
    text.replace(QLatin1Char('|'), "\\|"_L1);
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

QString MarkdownRenderer::cell(const QJsonValue &value, int maxChars)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: text = u"∅"_s; break;
    case QJsonValue::Bool: text = value.toBool() ? u"true"_s : u"false"_s; break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        text = (d == qint64(d) && qAbs(d) < 1e15) ? QString::number(qint64(d)) : QString::number(d, 'g', 10);
        break;
    }
    case QJsonValue::String: text = value.toString(); break;
    case QJsonValue::Array: text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)); break;
    case QJsonValue::Object: text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)); break;
    }
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + u"…"_s;
    return escape(text);
}

QString MarkdownRenderer::table(const QStringList &headers, const QList<QStringList> &rows, int budgetChars, int *shownRows)
{
    QString out = u"| "_s + QStringList(headers).replaceInStrings(u"|"_s, u"\\|"_s).join(u" | "_s) + u" |\n|"_s
                  + u"---|"_s.repeated(int(headers.size())) + QLatin1Char('\n');
    int shown = 0;
    for (const QStringList &row : rows) {
        const QString line = u"| "_s + row.join(u" | "_s) + u" |\n"_s;
        // Room is kept for the "N more rows" note, so the table with its note fits the budget.
        if (out.size() + line.size() + 100 > budgetChars && shown > 0)
            break;
        out += line;
        ++shown;
    }
    if (shownRows)
        *shownRows = shown;
    if (shown < rows.size())
        out += u"\n_%1 more row(s) not shown to stay within the output budget._\n"_s.arg(rows.size() - shown);
    return out;
}

QString MarkdownRenderer::when(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return u"unknown"_s;
    const QDateTime utc = time.toUTC();
    const qint64 seconds = utc.secsTo(now);
    QString relative;
    const qint64 magnitude = qAbs(seconds);
    if (magnitude < 90)
        relative = u"just now"_s;
    else if (magnitude < 5400)
        relative = u"%1 min"_s.arg(magnitude / 60);
    else if (magnitude < 129600)
        relative = u"%1 h"_s.arg(magnitude / 3600);
    else
        relative = u"%1 days"_s.arg(magnitude / 86400);
    if (magnitude >= 90)
        relative = seconds >= 0 ? relative + u" ago"_s : u"in "_s + relative;
    return u"%1 UTC (%2)"_s.arg(utc.toString(u"yyyy-MM-dd HH:mm"_s), relative);
}

QString MarkdownRenderer::link(const QString &text, const QString &url)
{
    QString safe = text;
    safe.replace(QLatin1Char('['), QLatin1Char('(')).replace(QLatin1Char(']'), QLatin1Char(')'));
    return u"[%1](%2)"_s.arg(safe, url);
}

QString MarkdownRenderer::pageNote(int offset, int shown, qint64 total, bool hasMore)
{
    if (shown == 0)
        return offset > 0 ? u"No more results at offset=%1."_s.arg(offset) : u"No results."_s;
    QString note = total >= 0 ? u"Showing %1–%2 of %3."_s.arg(offset + 1).arg(offset + shown).arg(total)
                              : u"Showing %1–%2."_s.arg(offset + 1).arg(offset + shown);
    if (hasMore) {
        const qint64 remaining = total >= 0 ? total - offset - shown : -1;
        note += remaining > 0 ? u" %1 more: call again with offset=%2."_s.arg(remaining).arg(offset + shown)
                              : u" More available: call again with offset=%1."_s.arg(offset + shown);
    }
    return note;
}

QString MarkdownRenderer::fit(const QString &text, int budgetChars)
{
    if (text.size() <= budgetChars)
        return text;
    const QString note = u"\n\n_Output cut at %1 characters to stay within the budget: ask for less (a smaller limit, "
                         "fewer columns, or an aggregate)._"_s.arg(budgetChars);
    return text.left(qMax(0, budgetChars - int(note.size()))) + note;
}

QString MarkdownRenderer::queryTable(const QStringList &columns, const QJsonArray &rows, int budgetChars, int *shownRows)
{
    QList<QStringList> cells;
    cells.reserve(rows.size());
    int estimated = 0;
    for (const QJsonValue &row : rows) {
        QStringList line;
        for (const QJsonValue &value : row.toArray())
            line.append(cell(value));
        estimated += int(line.join(u" | "_s).size()) + 4;
        cells.append(line);
        if (estimated > budgetChars)
            break; // the rest cannot fit anyway
    }
    QStringList headers;
    for (const QString &c : columns)
        headers.append(escape(c));
    int shown = 0;
    QString out = table(headers, cells, budgetChars, &shown);
    if (cells.size() < rows.size() && shown == cells.size())
        out += u"\n_%1 more row(s) not shown to stay within the output budget._\n"_s.arg(rows.size() - shown);
    else if (cells.size() < rows.size())
        out.replace(u"_%1 more row(s)"_s.arg(cells.size() - shown), u"_%1 more row(s)"_s.arg(rows.size() - shown));
    if (shownRows)
        *shownRows = shown;
    return out;
}
