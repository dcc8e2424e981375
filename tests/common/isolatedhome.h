#pragma once

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

// Included by every test executable that builds Settings, a CredentialStore or the service.
// Before main() runs, HOME and the XDG directories point into a fresh directory of this process
// and QStandardPaths is in test mode, so nothing a test writes reaches the developer's own
// settings, key file or caches, and tests running in parallel never share a file.
namespace IsolatedHome {

inline QString path()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/phc-test-home-XXXXXX"));
    return dir.path();
}

inline void enter()
{
    const QByteArray home = path().toUtf8();
    qputenv("HOME", home);
    qputenv("XDG_CONFIG_HOME", home + "/.config");
    qputenv("XDG_DATA_HOME", home + "/.local/share");
    qputenv("XDG_CACHE_HOME", home + "/.cache");
    QStandardPaths::setTestModeEnabled(true);
}

// XDG_RUNTIME_DIR (the instance lock and socket) in the isolated home, private as the real one
// is, and no session bus, so the binaries a test starts never reach a real keychain. False when
// the directory cannot be made.
inline bool enterRuntimeDir()
{
    const QString runtime = path() + QStringLiteral("/run");
    if (!QDir().mkpath(runtime) || !QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return false;
    qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    return true;
}

// True when `file` lies inside this process's isolated home.
inline bool contains(const QString &file)
{
    return QDir::cleanPath(file).startsWith(QDir::cleanPath(path()) + QLatin1Char('/'));
}

} // namespace IsolatedHome

inline void enterIsolatedHome()
{
    IsolatedHome::enter();
}
Q_CONSTRUCTOR_FUNCTION(enterIsolatedHome)
