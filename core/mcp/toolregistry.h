#pragma once

#include "tooldefinition.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

// The tools an McpServer offers, in registration order (tools/list is stable). A person can
// disable tools in the app: they vanish from tools/list and calls to them are refused. Tools the
// PostHog key lacks a scope for are hidden (left out of tools/list, with the reason kept for
// the app) but still callable: PostHog then answers with its own 403 naming the scope.
class ToolRegistry : public QObject
{
    Q_OBJECT

public:
    explicit ToolRegistry(QObject *parent = nullptr);

    // Returns false (and adds nothing) for an invalid or duplicate name.
    bool add(const ToolDefinition &tool);
    bool remove(const QString &name);
    const ToolDefinition *find(const QString &name) const;
    QList<ToolDefinition> tools() const { return m_tools; }
    // What tools/list shows: enabled and not hidden.
    QList<ToolDefinition> enabledTools() const;

    void setEnabled(const QString &name, bool enabled);
    // Callable and listed as far as the person's choices go: the tool and its group are on.
    bool isEnabled(const QString &name) const;
    QSet<QString> disabledTools() const { return m_disabled; }

    // A group switched off takes all its tools out of tools/list; their own switches are kept.
    void setGroupEnabled(const QString &group, bool enabled);
    bool isGroupEnabled(const QString &group) const { return !m_disabledGroups.contains(group); }
    QSet<QString> disabledGroups() const { return m_disabledGroups; }

    // `reason` empty: listed again. Otherwise why it is hidden ("needs insight:write").
    void setHidden(const QString &name, const QString &reason);
    QString hiddenReason(const QString &name) const { return m_hidden.value(name); }

    static bool isValidName(const QString &name);

Q_SIGNALS:
    void changed();
    // The set of tools tools/list shows changed: transports send notifications/tools/list_changed.
    void listChanged();

private:
    QList<ToolDefinition> m_tools;
    QSet<QString> m_disabled;
    QSet<QString> m_disabledGroups;
    QHash<QString, QString> m_hidden;
};
