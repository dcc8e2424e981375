#pragma once

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>
#include <QWidget>

// scripts/screenshots runs the window's tests twice: PHC_SCREENSHOT_THEME=dark gives Fusion with
// a dark palette (as a dark desktop theme would), anything else Fusion with its light palette.
// Pictures go to SCREENSHOT_DIR as <name>.png, or <name>-dark.png in the dark run.
namespace ScreenshotTheme {

inline bool isDark()
{
    return qEnvironmentVariable("PHC_SCREENSHOT_THEME") == QLatin1String("dark");
}

// The app's English plural forms ("8 saved insights", not "8 saved insight(s)"), as the real app
// loads them: PHC_TRANSLATIONS_DIR names the build's .qm files (scripts/screenshots sets it).
inline void loadEnglishPlurals()
{
    static QTranslator translator;
    const QString dir = qEnvironmentVariable("PHC_TRANSLATIONS_DIR");
    if (!dir.isEmpty() && translator.load(QStringLiteral("posthog-companion_en"), dir))
        QCoreApplication::installTranslator(&translator);
}

inline void apply()
{
    if (qEnvironmentVariableIsEmpty("SCREENSHOT_DIR"))
        return;
    loadEnglishPlurals();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (!isDark()) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    const QColor window = QColor::fromHslF(0.6, 0.08, 0.16);
    const QColor base = QColor::fromHslF(0.6, 0.08, 0.11);
    const QColor text = QColor::fromHslF(0.6, 0.05, 0.90);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window.lighter(115));
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::PlaceholderText, text.darker(160));
    dark.setColor(QPalette::Button, window.lighter(120));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Highlight, QColor::fromHslF(0.6, 0.7, 0.45));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor::fromHslF(0.6, 0.8, 0.72));
    dark.setColor(QPalette::Mid, window.lighter(140));
    dark.setColor(QPalette::Light, window.lighter(170));
    dark.setColor(QPalette::Dark, window.darker(130));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Disabled, QPalette::Text, text.darker(180));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, text.darker(180));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, text.darker(180));
    QApplication::setPalette(dark);
}

inline void save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + (isDark() ? QStringLiteral("-dark") : QString()) + QStringLiteral(".png"));
}

} // namespace ScreenshotTheme
