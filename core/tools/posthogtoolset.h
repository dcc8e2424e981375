#pragma once

#include "activeprojectstore.h"
#include "stake.h"

#include "mcp/toolcall.h"
#include "mcp/toolresult.h"
#include "posthog/posthogclient.h"
#include "posthog/posthogerror.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class PostHogClient;
class Settings;
class ToolRegistry;

// The PostHog tools for agents: registers every category on a ToolRegistry and gives the
// category files what they share (active project, error wording, links, the output budget).
class PostHogToolset : public QObject
{
    Q_OBJECT

public:
    struct Spec
    {
        QString name;
        QString title;
        QString description;
        Stake stake = Stake::NeverAsk;
        bool idempotent = true;
        QJsonObject inputSchema;
        QJsonObject outputSchema;
        std::function<void(const ToolCall &call)> handler;
    };

    PostHogToolset(PostHogClient *client, Settings *settings, QObject *parent = nullptr);

    void registerAll(ToolRegistry *registry);
    static QString instructions();

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

    // Helpers for the category files.
    void add(const Spec &spec);
    // Runs `then` with the client's active project, or finishes the call with the error.
    void withProject(const ToolCall &call, std::function<void(const ActiveProjectStore::Active &)> then);
    // An isError result with the client's message and what to do next.
    static ToolResult apiError(const PostHogError &error, const QString &listTool = {});
    QString webUrl(qint64 projectId, const QString &path) const;
    static QString projectLine(const ActiveProjectStore::Active &active);
    // Finishes with Markdown cut to the budget.
    void finishText(const ToolCall &call, const QString &markdown, const QJsonObject &structured = {}) const;

    static int intArgument(const QJsonObject &args, const char *name, int fallback);
    // search/limit/offset of the list tools.
    static ListOptions listOptions(const QJsonObject &args, int defaultLimit);
    static QString stringArgument(const QJsonObject &args, const char *name, const QString &fallback = {});

private:
    PostHogClient *m_client;
    Settings *m_settings;
    ActiveProjectStore *m_projects;
    ToolRegistry *m_registry = nullptr;
    std::optional<KeyScopes> m_keyScopes;
    int m_budgetChars = 32000; // ≈ 8 000 tokens
};
