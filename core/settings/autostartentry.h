#pragma once

#include <QString>

// Start at login: the XDG autostart entry $XDG_CONFIG_HOME/autostart/posthog-companion.desktop,
// whose Exec starts this binary with --hidden (into the tray), written and removed from the app.
class AutostartEntry
{
public:
    explicit AutostartEntry(QString executable);

    static QString path();
    // The entry exists and is not switched off (Hidden=true, X-GNOME-Autostart-enabled=false).
    bool isEnabled() const;
    // Writes or removes the entry; false with `error` when the file cannot be written or removed.
    bool setEnabled(bool enabled, QString *error);
    QString contents() const;

private:
    // The binary as a desktop entry's Exec wants it: quoted, with ", `, $ and \ escaped.
    static QString quotedExec(const QString &program);

    QString m_executable;
};
