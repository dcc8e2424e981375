#include "localinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

#include <unistd.h>

using namespace Qt::StringLiterals;

QString LocalInstance::baseName()
{
    // From the environment rather than QStandardPaths: a test in QStandardPaths test mode and the
    // real binary it starts must find the same instance.
    QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (configHome.isEmpty() || QDir::isRelativePath(configHome))
        configHome = QDir::homePath() + u"/.config"_s;
    const QByteArray digest = QCryptographicHash::hash(QDir::cleanPath(configHome).toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    return u"%1/posthog-companion-%2-%3"_s.arg(runtime).arg(::getuid()).arg(QString::fromLatin1(digest));
}

QString LocalInstance::socketPath()
{
    return baseName() + u".sock"_s;
}

QString LocalInstance::lockPath()
{
    return baseName() + u".lock"_s;
}
