#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// Status colours derived from the widget's palette, so they keep their contrast in light and
// dark themes alike: a fixed hue (red for errors, green for success…) at a lightness chosen
// against the palette's base colour. No colour literal anywhere else in ui/.
class ThemeColors
{
public:
    enum class Role { Error, Success, Info, Warning, Muted };

    static QColor color(Role role, const QPalette &palette);
    // `text` (HTML-escaped here) in the role's colour, for rich-text labels.
    static QString span(Role role, const QString &text, const QPalette &palette);
    // The same for a fragment that is already HTML.
    static QString spanHtml(Role role, const QString &html, const QPalette &palette);
    // A background for banners: the role's hue, faint against the window colour.
    static QColor background(Role role, const QPalette &palette);
    static bool isDark(const QPalette &palette);
};
