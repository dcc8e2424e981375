#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours HogQL: keywords, functions, strings, numbers, comments, properties.$x.
class HogQLHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit HogQLHighlighter(QTextDocument *document);
    static QStringList keywords();
    static QStringList functions();

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;
};
