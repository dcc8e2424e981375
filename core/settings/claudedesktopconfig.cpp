#include "claudedesktopconfig.h"

#include "settingslogging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
const auto serversKey = "mcpServers"_L1;

// Line and column of a byte offset, as an editor shows them.
QString position(const QByteArray &text, int offset)
{
    const QByteArray before = text.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
    return ClaudeDesktopConfig::tr("line %1, column %2").arg(line).arg(column);
}
} // namespace

ClaudeDesktopConfig::ClaudeDesktopConfig(QString path)
    : m_path(std::move(path))
{ }

QString ClaudeDesktopConfig::defaultPath()
{
    // Claude Desktop's own locations (its documentation names the macOS and Windows ones; Linux
    // builds follow the XDG base directory rule).
#if defined(Q_OS_MACOS)
    const QString dir = QDir::homePath() + u"/Library/Application Support/Claude"_s;
#elif defined(Q_OS_WIN)
    const QString dir = qEnvironmentVariable("APPDATA", QDir::homePath() + u"/AppData/Roaming"_s) + u"/Claude"_s;
#else
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    const QString dir = (config.isEmpty() ? QDir::homePath() + u"/.config"_s : config) + u"/Claude"_s;
#endif
    return QDir::cleanPath(dir + u"/claude_desktop_config.json"_s);
}

QJsonObject ClaudeDesktopConfig::stdioEntry(const QString &programPath)
{
    return QJsonObject{{u"command"_s, QDir::toNativeSeparators(programPath)}, {u"args"_s, QJsonArray{u"--mcp-stdio"_s}}};
}

// False with m_reason set when the file exists but is not a config we may rewrite.
bool ClaudeDesktopConfig::read(QJsonObject *root)
{
    m_reason.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_reason = tr("%1 cannot be read: %2").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray text = file.readAll();
    if (text.trimmed().isEmpty())
        return true;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        m_reason = tr("%1 is not valid JSON (%2 at %3); it was left as it is. Fix or remove that part, then try again.")
                       .arg(m_path, error.errorString(), position(text, error.offset));
        return false;
    }
    if (!document.isObject()) {
        m_reason = tr("%1 does not hold a JSON object; it was left as it is.").arg(m_path);
        return false;
    }
    *root = document.object();
    if (root->contains(serversKey) && !root->value(serversKey).isObject()) {
        m_reason = tr("In %1, \"mcpServers\" is not an object; it was left as it is.").arg(m_path);
        return false;
    }
    return true;
}

ClaudeDesktopConfig::State ClaudeDesktopConfig::inspect(const QString &name, const QJsonObject &entry)
{
    QJsonObject root;
    m_existing = QJsonObject();
    if (!read(&root))
        return State::Malformed;
    if (!QFileInfo::exists(m_path))
        return State::Missing;
    const QJsonObject servers = root.value(serversKey).toObject();
    if (!servers.contains(name))
        return State::Absent;
    m_existing = servers.value(name).toObject();
    return servers.value(name) == QJsonValue(entry) ? State::Same : State::Different;
}

ClaudeDesktopConfig::Outcome ClaudeDesktopConfig::merge(const QString &name, const QJsonObject &entry, bool replaceDifferent)
{
    Outcome outcome;
    const State state = inspect(name, entry);
    if (state == State::Malformed) {
        outcome.failed = true;
        outcome.message = m_reason;
        return outcome;
    }
    if (state == State::Same) {
        outcome.message = tr("Claude Desktop already has this \"%1\" server in %2; nothing changed.").arg(name, m_path);
        return outcome;
    }
    if (state == State::Different && !replaceDifferent) {
        outcome.message = tr("%1 already has a different \"%2\" server; it was kept.").arg(m_path, name);
        return outcome;
    }
    QJsonObject root;
    read(&root);
    const bool existed = QFileInfo::exists(m_path);
    if (existed) {
        outcome.backupPath = writeBackup();
        if (outcome.backupPath.isEmpty()) {
            outcome.failed = true;
            outcome.message = m_reason;
            return outcome;
        }
    }
    QJsonObject servers = root.value(serversKey).toObject();
    servers.insert(name, entry);
    root.insert(serversKey, servers);
    QString error;
    if (!write(root, existed, &error)) {
        outcome.failed = true;
        outcome.message = error;
        return outcome;
    }
    outcome.written = true;
    outcome.message = existed ? tr("Added the \"%1\" server to %2 (the previous file is in %3). Restart Claude Desktop to use it.")
                                    .arg(name, m_path, outcome.backupPath)
                              : tr("Created %1 with the \"%2\" server. Restart Claude Desktop to use it.").arg(m_path, name);
    qCInfo(lcSettings) << "Claude Desktop config: wrote server" << name << "to" << m_path;
    return outcome;
}

// "<file>.backup-20261203-150405" (and "-2", "-3"… within the same second); empty on failure.
QString ClaudeDesktopConfig::writeBackup()
{
    const QString stem = m_path + u".backup-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString backup = stem;
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = stem + u"-%1"_s.arg(n);
    QFile source(m_path);
    if (!source.copy(backup)) {
        m_reason = tr("Could not back up %1 to %2 (%3); nothing was changed.").arg(m_path, backup, source.errorString());
        return QString();
    }
    QFile::setPermissions(backup, QFileInfo(m_path).permissions());
    return backup;
}

bool ClaudeDesktopConfig::write(const QJsonObject &root, bool existed, QString *error) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Could not create the folder %1; nothing was changed.").arg(info.absolutePath());
        return false;
    }
    // A new file may later hold other servers' secrets (env): only this user reads it.
    const QFileDevice::Permissions mode = existed ? info.permissions() : (QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2; nothing was changed.").arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(mode);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Could not write %1: %2; nothing was changed.").arg(m_path, file.errorString());
        return false;
    }
    return true;
}
