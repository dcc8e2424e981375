#pragma once

#include <QWidget>

class QCheckBox;
class Settings;

// The Desktop tab of Preferences: keep running in the tray when the window closes, and start at
// login (hidden in the tray, through an XDG autostart entry). Shows the current state; apply()
// stores the choices, so Cancel in the dialog changes nothing.
class DesktopOptions : public QWidget
{
    Q_OBJECT

public:
    explicit DesktopOptions(Settings *settings, QWidget *parent = nullptr);

    // Stores both choices; false with `error` set when the autostart entry could not be changed
    // (the checkbox then shows what is really on disk again).
    bool apply(QString *error);

private:
    Settings *m_settings;
    QCheckBox *m_closeToTray;
    QCheckBox *m_startAtLogin;
};
