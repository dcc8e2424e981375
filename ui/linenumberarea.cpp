#include "linenumberarea.h"

#include "hogqleditor.h"

#include <QPaintEvent>

LineNumberArea::LineNumberArea(HogQLEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("lineNumbers"));
}

QSize LineNumberArea::sizeHint() const
{
    return {m_editor->lineNumberWidth(), 0};
}

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    m_editor->paintLineNumbers(this, event->rect());
}
