#pragma once

#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;

// A HogQL editor: highlighting, and completion of keywords, functions, event names and
// property names (Ctrl+Space, or after two letters). Ctrl+Enter emits runRequested().
class HogQLEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit HogQLEditor(QWidget *parent = nullptr);
    // Event and property names from the definitions endpoints join the keywords.
    void setSchemaWords(const QStringList &words);
    QStringList completionWords() const;

Q_SIGNALS:
    void runRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString wordUnderCursor() const;
    void insertCompletion(const QString &completion);

    QCompleter *m_completer;
    QStringListModel *m_words;
};
