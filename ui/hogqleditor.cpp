#include "hogqleditor.h"

#include "hogqlhighlighter.h"
#include "linenumberarea.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

using namespace Qt::StringLiterals;

HogQLEditor::HogQLEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
    , m_words(new QStringListModel(this))
    , m_lineNumbers(new LineNumberArea(this))
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
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(lineNumberWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &HogQLEditor::updateGutter);
    // An edit makes the old error's position stale.
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_markedLine > 0)
            markError(0, 0);
    });
    setViewportMargins(lineNumberWidth(), 0, 0, 0);
}

int HogQLEditor::lineNumberWidth() const
{
    int digits = 2;
    for (int lines = blockCount(); lines >= 100; lines /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void HogQLEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void HogQLEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(QRect(area.left(), area.top(), lineNumberWidth(), area.height()));
}

void HogQLEditor::paintLineNumbers(QWidget *area, const QRect &rect)
{
    QPainter p(area);
    p.fillRect(rect, palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= rect.bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        const int line = block.blockNumber() + 1;
        if (block.isVisible() && top + height >= rect.top()) {
            if (line == m_markedLine)
                p.fillRect(QRect(0, top, area->width(), height), palette().color(QPalette::Highlight));
            p.setPen(palette().color(line == m_markedLine ? QPalette::HighlightedText : QPalette::PlaceholderText));
            p.drawText(QRect(0, top, area->width() - 6, fontMetrics().height()), Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
        }
        top += height;
        block = block.next();
    }
}

void HogQLEditor::markError(int line, int column)
{
    m_markedLine = line;
    QList<QTextEdit::ExtraSelection> marks;
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (line > 0 && block.isValid()) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qBound(0, column - 1, block.length() - 1));
        mark.cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        if (!mark.cursor.hasSelection())
            mark.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(palette().color(QPalette::Highlight));
        mark.format.setFontUnderline(true);
        marks.append(mark);
    }
    setExtraSelections(marks);
    m_lineNumbers->update();
}

bool HogQLEditor::locateError(const QString &message, int *line, int *column) const
{
    static const QRegularExpression position(u"line (\\d+),? column (\\d+)"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch at = position.match(message);
    if (at.hasMatch()) {
        *line = at.captured(1).toInt();
        *column = at.captured(2).toInt();
        return *line >= 1 && *line <= blockCount();
    }
    static const QRegularExpression quoted(u"['\"`]([^'\"`]{1,80})['\"`]"_s);
    auto names = quoted.globalMatch(message);
    while (names.hasNext()) {
        const QString name = names.next().captured(1);
        const QTextCursor found = document()->find(name);
        if (!found.isNull()) {
            const QTextCursor start(document()->findBlock(found.selectionStart()));
            *line = found.block().blockNumber() + 1;
            *column = found.selectionStart() - start.position() + 1;
            return true;
        }
    }
    return false;
}

void HogQLEditor::insertName(const QString &text)
{
    insertPlainText(text);
    setFocus();
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
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT cancelRequested();
        return;
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
