#pragma once

#include <QObject>
#include <QStringList>

class Settings;

// The Query page's memory across restarts: a bounded history of the queries that ran (most
// recent first, each query once) and named snippets. Kept in Settings.
class QueryLibrary : public QObject
{
    Q_OBJECT

public:
    explicit QueryLibrary(Settings *settings, QObject *parent = nullptr);

    static constexpr int maxHistory = 50;

    QStringList history() const;
    // Moves `sql` to the front (adding it if new) and drops the oldest beyond maxHistory.
    // Blank queries are not remembered.
    void addToHistory(const QString &sql);
    void clearHistory();

    QStringList snippetNames() const; // sorted by name
    bool hasSnippet(const QString &name) const;
    QString snippet(const QString &name) const; // empty if there is none
    // Saves (or replaces) the snippet `name`; a blank name is refused.
    bool saveSnippet(const QString &name, const QString &sql);
    bool removeSnippet(const QString &name);

Q_SIGNALS:
    void historyChanged();
    void snippetsChanged();

private:
    Settings *m_settings;
};
