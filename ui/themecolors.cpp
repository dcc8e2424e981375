#include "themecolors.h"

using namespace Qt::StringLiterals;

namespace {
int hue(ThemeColors::Role role)
{
    switch (role) {
    case ThemeColors::Role::Error: return 2;
    case ThemeColors::Role::Success: return 125;
    case ThemeColors::Role::Info: return 212;
    case ThemeColors::Role::Warning: return 36;
    case ThemeColors::Role::Muted: return -1;
    }
    return -1;
}
} // namespace

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor ThemeColors::color(Role role, const QPalette &palette)
{
    if (role == Role::Muted) {
        // Two thirds of the way from the base to the text: quieter than text, still readable.
        const QColor text = palette.color(QPalette::Text);
        const QColor base = palette.color(QPalette::Base);
        return QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * 0.66, base.greenF() + (text.greenF() - base.greenF()) * 0.66,
                                base.blueF() + (text.blueF() - base.blueF()) * 0.66);
    }
    // Lightness 0.32 on light bases and 0.70 on dark ones gives at least 4.5:1 (WCAG AA) for
    // these hues against white-ish and black-ish bases respectively.
    return QColor::fromHslF(hue(role) / 360.0, 0.75, isDark(palette) ? 0.70 : 0.32);
}

QColor ThemeColors::background(Role role, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor tint = role == Role::Muted ? palette.color(QPalette::Mid) : QColor::fromHslF(hue(role) / 360.0, 0.8, 0.5);
    const qreal mix = isDark(palette) ? 0.28 : 0.16;
    return QColor::fromRgbF(window.redF() * (1 - mix) + tint.redF() * mix, window.greenF() * (1 - mix) + tint.greenF() * mix,
                            window.blueF() * (1 - mix) + tint.blueF() * mix);
}

QString ThemeColors::span(Role role, const QString &text, const QPalette &palette)
{
    return spanHtml(role, text.toHtmlEscaped(), palette);
}

QString ThemeColors::spanHtml(Role role, const QString &html, const QPalette &palette)
{
    return u"<span style='color:%1'>%2</span>"_s.arg(color(role, palette).name(), html);
}
