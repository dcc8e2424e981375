#pragma once

#include "activeprojectstore.h"

#include "mcp/toolcall.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

class PostHogCall;
class PostHogClient;
class PostHogError;
class PostHogToolset;
class ToolResult;

// One run of a PostHog tool, as its handler sees it: the arguments, the toolset it runs with,
// the active project, PostHog requests that a cancelled call aborts, and one way to finish that
// renders the answer and logs the outcome (phc.tools). Copyable: the lambdas of a handler keep it.
class ToolInvocation
{
public:
    using Active = ActiveProjectStore::Active;

    ToolInvocation(PostHogToolset *toolset, const ToolCall &call);

    PostHogToolset *toolset() const { return m_toolset; }
    PostHogClient *client() const;
    // The context of PostHog callbacks: they do not run once the toolset is gone.
    QObject *context() const;
    const ToolCall &call() const { return m_call; }
    const QJsonObject &arguments() const { return m_call.arguments(); }
    bool has(const char *name) const;
    QString string(const char *name, const QString &fallback = {}) const;
    int integer(const char *name, int fallback = 0) const;
    int budgetChars() const;
    QString webUrl(qint64 projectId, const QString &path) const;

    // Runs `then` with the client's active project, or finishes with the error.
    void withProject(std::function<void(const Active &active)> then) const;
    // The active project even when it could not be resolved (`error` says why).
    void resolveProject(std::function<void(const Active &active, const PostHogError &error)> then) const;
    // Cancelling the call aborts `request`; returns it.
    PostHogCall *bind(PostHogCall *request) const;
    // The project the outcome line names, for tools that work outside the active one.
    void noteProject(qint64 projectId) const;

    // Markdown cut to the budget, with structured content when given.
    void finishText(const QString &markdown, const QJsonObject &structured = {}) const;
    // An isError result naming what the agent got wrong.
    void fail(const QString &message) const;
    // PostHog's error with what to do next; `listTool` lists valid ids.
    void fail(const PostHogError &error, const QString &listTool = {}) const;

private:
    struct Run;
    void finish(const ToolResult &result, const QString &outcome) const;

    PostHogToolset *m_toolset;
    ToolCall m_call;
    std::shared_ptr<Run> m_run;
};
