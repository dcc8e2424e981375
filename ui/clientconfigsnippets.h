#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Ready-to-paste configuration for each MCP client, from the endpoint, the token and the
// path of this program (for clients that launch the stdio mode themselves), and the one-click
// install links of the clients that have one.
class ClientConfigSnippets
{
    Q_DECLARE_TR_FUNCTIONS(ClientConfigSnippets)

public:
    struct Snippet
    {
        QString id; // "claude-code", "claude-desktop", "cursor", "vscode", "mcp-remote", "dust"
        QString client; // "Claude Code"
        QString where; // where to paste it
        QString text;
    };

    // tunnelHosts: the public names allowed for a tunnel (the Dust entry uses the first).
    static QList<Snippet> all(const QUrl &url, const QString &token, const QString &programPath, const QStringList &tunnelHosts = {});
    // Cursor's MCP install deeplink (cursor.com/docs/mcp/install-links): name, and the server's
    // mcp.json entry as base64 JSON.
    static QUrl cursorInstallLink(const QUrl &url, const QString &token);
    // VS Code's MCP URL handler (code.visualstudio.com/docs/copilot/guides/mcp-developer-guide,
    // "MCP URL handler"): the --add-mcp object, URL-encoded JSON.
    static QUrl vscodeInstallLink(const QUrl &url, const QString &token);
};
