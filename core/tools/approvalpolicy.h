#pragma once

#include "approvalrequest.h"
#include "stake.h"

#include "mcp/mcpserver.h"

#include <QHash>
#include <QObject>
#include <QSet>

class Settings;

// Decides whether a tool call may run (DESIGN.md "Stakes and approval"): never_ask runs at once;
// low asks the first time and "Always allow" remembers the tool; medium asks and "Always allow"
// remembers the tool with those same arguments; high asks every time. With a person at the
// desktop (interactive), a question goes out as approvalRequested(); headless, the configured
// policy decides, and by default it denies what would need asking.
class ApprovalPolicy : public QObject
{
    Q_OBJECT

public:
    explicit ApprovalPolicy(Settings *settings, QObject *parent = nullptr);

    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // --mcp-stdio serving in-process: ask through the client whenever it declares elicitation,
    // whatever the headless policy says (its user is the person to ask).
    void setElicitWhenDeclared(bool on) { m_elicitWhenDeclared = on; }
    int timeoutMs() const { return m_timeoutMs; }

    Stake stakeFor(const ToolDefinition &tool) const;
    void setStakeOverride(const QString &tool, Stake stake);
    void clearStakeOverride(const QString &tool);
    void clearRemembered();
    QStringList rememberedAnswers() const;
    // One remembered "Always allow", as a person reads it: a tool (low stake: any arguments) or
    // a tool with the arguments it was given (medium stake).
    struct Remembered
    {
        QString entry; // what rememberedAnswers() holds
        QString tool;
        QString arguments; // compact JSON; empty: any arguments
    };
    QList<Remembered> remembered() const;
    void forget(const QString &entry);
    // The questions waiting for a person, oldest first.
    QList<ApprovalRequest *> pendingRequests() const { return m_requests; }
    int pendingCount() const { return int(m_requests.size()); }

    // The McpServer call gate.
    void decide(const ToolDefinition &tool, const ToolCall &call, McpServer::Decide decide);

Q_SIGNALS:
    // The receiver shows the question and calls request->answer(); the policy owns the request.
    void approvalRequested(ApprovalRequest *request);
    // The number of questions waiting for a person (for badges: the Activity page, the tray).
    void pendingCountChanged(int pending);
    void rememberedChanged();

private:
    static QString argumentsDigest(const QString &tool, const QJsonObject &arguments);
    // never_ask, or an "Always allow" remembered for this tool (low) or these arguments (medium).
    bool alreadyAllowed(const ToolDefinition &tool, const ToolCall &call, Stake stake) const;
    void decideHeadless(const ToolDefinition &tool, const ToolCall &call, Stake stake, McpServer::Decide decide);
    void askPerson(const ToolDefinition &tool, const ToolCall &call, Stake stake, McpServer::Decide decide);
    // The tool result an agent gets for a denied or unanswered prompt (plain English).
    QString denial(ApprovalRequest::Answer answer, const QString &tool) const;
    void askThroughClient(const ToolDefinition &tool, const ToolCall &call, Stake stake, McpServer::Decide decide);
    void askThroughInputRound(const ToolDefinition &tool, const ToolCall &call, Stake stake, McpServer::Decide decide);
    void remember(const QString &entry, const QJsonObject &arguments);

    Settings *m_settings;
    bool m_interactive = false;
    bool m_elicitWhenDeclared = false;
    int m_timeoutMs = 5 * 60 * 1000;
    QList<ApprovalRequest *> m_requests;
};
