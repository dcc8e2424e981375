#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Concise Markdown for a language model: tables that respect a character budget, dates with
// relative hints, links, and paging notes that say exactly how to get more.
class MarkdownRenderer
{
public:
    // Rows beyond what fits in `budgetChars` are left out and counted in *shownRows.
    static QString table(const QStringList &headers, const QList<QStringList> &rows, int budgetChars, int *shownRows = nullptr);
    static QString cell(const QJsonValue &value, int maxChars = 120);
    // A query answer (rows of JSON arrays) as a table within the budget.
    static QString queryTable(const QStringList &columns, const QJsonArray &rows, int budgetChars, int *shownRows = nullptr);
    static QString escape(QString text);
    static QString when(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString link(const QString &text, const QString &url);
    // "Showing 1–20 of 57. 37 more: call again with offset=20."
    static QString pageNote(int offset, int shown, qint64 total, bool hasMore);
    // Cuts `text` to the budget with a note saying so.
    static QString fit(const QString &text, int budgetChars);
};
