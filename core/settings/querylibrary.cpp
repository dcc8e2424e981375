#include "querylibrary.h"

#include "settings.h"
#include "settingslogging.h"

using namespace Qt::StringLiterals;

QueryLibrary::QueryLibrary(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

QStringList QueryLibrary::history() const
{
    return m_settings->queryHistory();
}

void QueryLibrary::addToHistory(const QString &sql)
{
    if (sql.trimmed().isEmpty())
        return;
    QStringList entries = history();
    entries.removeAll(sql);
    entries.prepend(sql);
    while (entries.size() > maxHistory)
        entries.removeLast();
    m_settings->setQueryHistory(entries);
    Q_EMIT historyChanged();
}

void QueryLibrary::clearHistory()
{
    m_settings->setQueryHistory({});
    Q_EMIT historyChanged();
}

QStringList QueryLibrary::snippetNames() const
{
    return m_settings->querySnippets().keys();
}

bool QueryLibrary::hasSnippet(const QString &name) const
{
    return m_settings->querySnippets().contains(name);
}

QString QueryLibrary::snippet(const QString &name) const
{
    return m_settings->querySnippets().value(name);
}

bool QueryLibrary::saveSnippet(const QString &name, const QString &sql)
{
    const QString key = name.trimmed();
    if (key.isEmpty())
        return false;
    QMap<QString, QString> snippets = m_settings->querySnippets();
    snippets.insert(key, sql);
    m_settings->setQuerySnippets(snippets);
    qCDebug(lcSettings) << "saved the query snippet" << key;
    Q_EMIT snippetsChanged();
    return true;
}

bool QueryLibrary::removeSnippet(const QString &name)
{
    QMap<QString, QString> snippets = m_settings->querySnippets();
    if (snippets.remove(name) == 0)
        return false;
    m_settings->setQuerySnippets(snippets);
    Q_EMIT snippetsChanged();
    return true;
}
