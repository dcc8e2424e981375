#pragma once

#include <QPlainTextEdit>

class LineNumberArea;
class QCompleter;
class QStringListModel;

// A HogQL editor: line numbers, highlighting, an error marker at a line and column, and
// completion of keywords, functions, table columns, event names, event and person property
// names (Ctrl+Space, or after two letters). Ctrl+Enter emits runRequested(), Esc (with no
// completion open) cancelRequested().
class HogQLEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit HogQLEditor(QWidget *parent = nullptr);
    // Names from the schema (columns, events, `properties.x`, `person.properties.y`) join the keywords.
    void setSchemaWords(const QStringList &words);
    QStringList completionWords() const;
    // Underlines from (line, column) (1-based) to the end of the word there, and marks the line
    // in the gutter; a line of 0 clears the mark.
    void markError(int line, int column);
    int markedLine() const { return m_markedLine; }
    // Where an error message points: "line 3, column 7", else the first quoted name in it that
    // occurs in the text. False when neither is found.
    bool locateError(const QString &message, int *line, int *column) const;
    void insertName(const QString &text);

    int lineNumberWidth() const;
    void paintLineNumbers(QWidget *area, const QRect &rect);

Q_SIGNALS:
    void runRequested();
    void cancelRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString wordUnderCursor() const;
    void insertCompletion(const QString &completion);
    void updateGutter(const QRect &rect, int dy);

    QCompleter *m_completer;
    QStringListModel *m_words;
    LineNumberArea *m_lineNumbers;
    int m_markedLine = 0;
};
