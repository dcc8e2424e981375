#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Claude Desktop's claude_desktop_config.json: adds or replaces one entry under "mcpServers"
// and leaves every other server and every other top-level key as it found them. A file that is
// not a JSON object (comments, a syntax error, mcpServers not an object) is refused with the
// reason and never written; an existing file is copied to a timestamped backup first and keeps
// its mode.
class ClaudeDesktopConfig
{
    Q_DECLARE_TR_FUNCTIONS(ClaudeDesktopConfig)

public:
    enum class State {
        Missing, // no file: merging creates it, and its folder
        Absent, // a valid file without this entry
        Same, // the entry is there already, exactly
        Different, // another entry under the same name: replace only after asking
        Malformed, // refused; reason() says why
    };

    struct Outcome
    {
        bool written = false;
        bool failed = false; // refused (malformed file) or could not write: message says why
        QString message; // for people: what happened, or why nothing did
        QString backupPath; // empty when there was nothing to back up
    };

    explicit ClaudeDesktopConfig(QString path = defaultPath());

    // Where Claude Desktop reads it on this system (Linux: $XDG_CONFIG_HOME/Claude, or ~/.config/Claude).
    static QString defaultPath();
    // The entry that launches this program in stdio mode.
    static QJsonObject stdioEntry(const QString &programPath);

    QString path() const { return m_path; }
    State inspect(const QString &name, const QJsonObject &entry);
    QString reason() const { return m_reason; }
    QJsonObject existingEntry() const { return m_existing; }
    // Writes mcpServers[name] = entry. A Different entry is replaced only with replaceDifferent.
    Outcome merge(const QString &name, const QJsonObject &entry, bool replaceDifferent);

private:
    bool read(QJsonObject *root);
    QString writeBackup();
    bool write(const QJsonObject &root, bool existed, QString *error) const;

    QString m_path;
    QString m_reason;
    QJsonObject m_existing;
};
