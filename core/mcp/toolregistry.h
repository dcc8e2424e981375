#pragma once

#include "tooldefinition.h"

#include <QList>
#include <QObject>
#include <QSet>

// The tools an McpServer offers, in registration order (tools/list is stable). A person can
// disable tools in the app: they vanish from tools/list and calls to them are refused.
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
    QList<ToolDefinition> enabledTools() const;

    void setEnabled(const QString &name, bool enabled);
    bool isEnabled(const QString &name) const;
    QSet<QString> disabledTools() const { return m_disabled; }

    static bool isValidName(const QString &name);

Q_SIGNALS:
    void changed();

private:
    QList<ToolDefinition> m_tools;
    QSet<QString> m_disabled;
};
