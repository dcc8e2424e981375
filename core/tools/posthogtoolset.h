#pragma once

#include "activeprojectstore.h"
#include "stake.h"
#include "toolspec.h"

#include "mcp/toolresult.h"
#include "posthog/posthogclient.h"
#include "posthog/posthogerror.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <optional>
#include <span>

class PostHogClient;
class Settings;
class ToolRegistry;

// The PostHog tools for agents: registers every area's tool table on a ToolRegistry and gives the
// handlers what they share (client, active project, error wording, links, the output budget).
// Each area file (insighttools.cpp, …) holds one handler per tool and one table of ToolSpec rows.
class PostHogToolset : public QObject
{
    Q_OBJECT

public:
    PostHogToolset(PostHogClient *client, Settings *settings, QObject *parent = nullptr);

    void registerAll(ToolRegistry *registry);
    static QString instructions();

    // The families of tools a person can switch off together (MCP page, --tools). The account,
    // schema and search tools belong to none: every other tool needs them.
    struct Group
    {
        QString id; // as --tools takes it
        QString title; // for the MCP page; translated there
    };
    static QList<Group> groups();
    static QStringList groupIds();

    // The scopes a tool needs (posthog-api.md; each endpoint's scope_object in PostHog's API).
    static QStringList requiredScopes(const QString &toolName);
    // What the key lacks for the tool, e.g. {"insight:write"}; empty when it may run (or the
    // scopes are unknown).
    QStringList missingScopes(const QString &toolName) const;
    // Hides the tools the key cannot run (unknown scopes: all listed); the registry then emits
    // listChanged() if the listed set changed. Also tells the active-project store.
    void applyKeyScopes(const std::optional<KeyScopes> &scopes);

    PostHogClient *client() const { return m_client; }
    ActiveProjectStore *projects() const { return m_projects; }
    void setBudgetChars(int chars) { m_budgetChars = chars; }
    int budgetChars() const { return m_budgetChars; }

    // Registers an area's tool table, in its order.
    void add(std::span<const ToolSpec> table);
    QString webUrl(qint64 projectId, const QString &path) const;

    static int intArgument(const QJsonObject &args, const char *name, int fallback);
    static QString stringArgument(const QJsonObject &args, const char *name, const QString &fallback = {});

private:
    PostHogClient *m_client;
    Settings *m_settings;
    ActiveProjectStore *m_projects;
    ToolRegistry *m_registry = nullptr;
    QString m_group; // of the area registerAll is adding
    std::optional<KeyScopes> m_keyScopes;
    int m_budgetChars = 32000; // ≈ 8 000 tokens
};
