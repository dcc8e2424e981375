#include "autostartentry.h"

#include "settingslogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

AutostartEntry::AutostartEntry(QString executable)
    : m_executable(std::move(executable))
{ }

QString AutostartEntry::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/autostart/posthog-companion.desktop"_s;
}

QString AutostartEntry::quotedExec(const QString &program)
{
    // Desktop Entry Specification, "The Exec key": reserved characters need a quoted argument,
    // and inside quotes ", `, $ and \ are escaped with a backslash.
    QString escaped;
    for (const QChar c : program) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u"\""_s + escaped + u"\""_s;
}

QString AutostartEntry::contents() const
{
    return u"[Desktop Entry]\n"
           "Type=Application\n"
           "Name=PostHog Companion\n"
           "Comment=Your PostHog account on the desktop, and as a local MCP server for AI agents\n"
           "Exec=%1 --hidden\n"
           "Icon=posthog-companion\n"
           "Terminal=false\n"
           "X-GNOME-Autostart-enabled=true\n"_s.arg(quotedExec(m_executable));
}

bool AutostartEntry::isEnabled() const
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString text = QString::fromUtf8(file.readAll());
    return !text.contains("\nHidden=true"_L1) && !text.contains("\nX-GNOME-Autostart-enabled=false"_L1);
}

bool AutostartEntry::setEnabled(bool enabled, QString *error)
{
    const QString file = path();
    if (!enabled) {
        if (QFile::exists(file) && !QFile::remove(file)) {
            *error = QFile(file).errorString();
            return false;
        }
        qCInfo(lcSettings) << "start at login: removed" << file;
        return true;
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile entry(file);
    if (!entry.open(QIODevice::WriteOnly)) {
        *error = entry.errorString();
        return false;
    }
    entry.write(contents().toUtf8());
    if (!entry.commit()) {
        *error = entry.errorString();
        return false;
    }
    qCInfo(lcSettings) << "start at login: wrote" << file;
    return true;
}
