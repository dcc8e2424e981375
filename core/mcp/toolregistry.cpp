#include "toolregistry.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

ToolRegistry::ToolRegistry(QObject *parent)
    : QObject(parent)
{ }

bool ToolRegistry::isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return pattern.match(name).hasMatch();
}

bool ToolRegistry::add(const ToolDefinition &tool)
{
    if (!isValidName(tool.name) || find(tool.name) || !tool.handler)
        return false;
    m_tools.append(tool);
    Q_EMIT changed();
    Q_EMIT listChanged();
    return true;
}

bool ToolRegistry::remove(const QString &name)
{
    for (qsizetype i = 0; i < m_tools.size(); ++i) {
        if (m_tools.at(i).name == name) {
            m_tools.removeAt(i);
            Q_EMIT changed();
            Q_EMIT listChanged();
            return true;
        }
    }
    return false;
}

const ToolDefinition *ToolRegistry::find(const QString &name) const
{
    for (const ToolDefinition &tool : m_tools) {
        if (tool.name == name)
            return &tool;
    }
    return nullptr;
}

QList<ToolDefinition> ToolRegistry::enabledTools() const
{
    QList<ToolDefinition> out;
    for (const ToolDefinition &tool : m_tools) {
        if (!m_disabled.contains(tool.name) && !m_disabledGroups.contains(tool.group) && !m_hidden.contains(tool.name))
            out.append(tool);
    }
    return out;
}

void ToolRegistry::setEnabled(const QString &name, bool enabled)
{
    const bool changedState = enabled ? m_disabled.remove(name) : (!m_disabled.contains(name) && (m_disabled.insert(name), true));
    if (changedState) {
        Q_EMIT changed();
        Q_EMIT listChanged();
    }
}

void ToolRegistry::setHidden(const QString &name, const QString &reason)
{
    if (m_hidden.value(name) == reason)
        return;
    const bool visibilityChanged = reason.isEmpty() || !m_hidden.contains(name);
    if (reason.isEmpty())
        m_hidden.remove(name);
    else
        m_hidden.insert(name, reason);
    Q_EMIT changed();
    if (visibilityChanged && isEnabled(name))
        Q_EMIT listChanged();
}

bool ToolRegistry::isEnabled(const QString &name) const
{
    const ToolDefinition *tool = find(name);
    return tool && !m_disabled.contains(name) && !m_disabledGroups.contains(tool->group);
}

void ToolRegistry::setGroupEnabled(const QString &group, bool enabled)
{
    if (group.isEmpty() || isGroupEnabled(group) == enabled)
        return;
    if (enabled)
        m_disabledGroups.remove(group);
    else
        m_disabledGroups.insert(group);
    Q_EMIT changed();
    const bool anyListed = std::any_of(m_tools.cbegin(), m_tools.cend(), [this, &group](const ToolDefinition &tool) {
        return tool.group == group && !m_disabled.contains(tool.name) && !m_hidden.contains(tool.name);
    });
    if (anyListed)
        Q_EMIT listChanged();
}
