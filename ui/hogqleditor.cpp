#include "hogqleditor.h"

#include "hogqlhighlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

HogQLEditor::HogQLEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
    , m_words(new QStringListModel(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    new HogQLHighlighter(document());
    setSchemaWords({});
    m_completer->setModel(m_words);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &HogQLEditor::insertCompletion);
}

void HogQLEditor::setSchemaWords(const QStringList &words)
{
    QStringList all = HogQLHighlighter::keywords() + HogQLHighlighter::functions() + words;
    all.removeDuplicates();
    all.sort(Qt::CaseInsensitive);
    m_words->setStringList(all);
}

QStringList HogQLEditor::completionWords() const
{
    return m_words->stringList();
}

QString HogQLEditor::wordUnderCursor() const
{
    const QString line = textCursor().block().text().left(textCursor().positionInBlock());
    int start = int(line.size());
    while (start > 0
           && (line.at(start - 1).isLetterOrNumber() || line.at(start - 1) == QLatin1Char('_') || line.at(start - 1) == QLatin1Char('$')
               || line.at(start - 1) == QLatin1Char('.')))
        --start;
    return line.mid(start);
}

void HogQLEditor::insertCompletion(const QString &completion)
{
    QTextCursor cursor = textCursor();
    const QString prefix = wordUnderCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(prefix.size()));
    cursor.insertText(completion);
    setTextCursor(cursor);
}

void HogQLEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab: event->ignore(); return; // the completer handles these
        default: break;
        }
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && (event->modifiers() & Qt::ControlModifier)) {
        Q_EMIT runRequested();
        return;
    }
    const bool forced = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (!forced)
        QPlainTextEdit::keyPressEvent(event);
    const QString prefix = wordUnderCursor();
    if (!forced && (prefix.size() < 2 || event->text().isEmpty())) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}
