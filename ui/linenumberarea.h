#pragma once

#include <QWidget>

class HogQLEditor;

// The gutter of line numbers at the left of the HogQL editor; the editor paints it (only it
// knows where its visible blocks are) and reserves its width with setViewportMargins.
class LineNumberArea : public QWidget
{
    Q_OBJECT

public:
    explicit LineNumberArea(HogQLEditor *editor);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    HogQLEditor *m_editor;
};
