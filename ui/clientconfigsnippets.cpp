#include "clientconfigsnippets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString pretty(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed();
}
} // namespace

QList<ClientConfigSnippets::Snippet> ClientConfigSnippets::all(const QUrl &url, const QString &token, const QString &programPath)
{
    const QString endpoint = url.toString();
    const QString bearer = token.isEmpty() ? QString() : QStringLiteral("Bearer ") + token;
    QJsonObject headers;
    if (!bearer.isEmpty())
        headers.insert(QStringLiteral("Authorization"), bearer);
    QList<Snippet> out;
    out.append({QStringLiteral("Claude Code"), tr("Run in a terminal"),
                QStringLiteral("claude mcp add --transport http posthog %1%2").arg(endpoint, bearer.isEmpty() ? QString() : QStringLiteral(" --header \"Authorization: %1\"").arg(bearer))});
    out.append({QStringLiteral("Claude Desktop"), tr("claude_desktop_config.json (launches this app in stdio mode)"),
                pretty(QJsonObject{{QStringLiteral("mcpServers"), QJsonObject{{QStringLiteral("posthog"),
                    QJsonObject{{QStringLiteral("command"), programPath}, {QStringLiteral("args"), QJsonArray{QStringLiteral("--mcp-stdio")}}}}}}})});
    out.append({QStringLiteral("Cursor"), tr("~/.cursor/mcp.json"),
                pretty(QJsonObject{{QStringLiteral("mcpServers"), QJsonObject{{QStringLiteral("posthog"),
                    QJsonObject{{QStringLiteral("url"), endpoint}, {QStringLiteral("headers"), headers}}}}}})});
    out.append({QStringLiteral("VS Code"), tr(".vscode/mcp.json in your workspace"),
                pretty(QJsonObject{{QStringLiteral("servers"), QJsonObject{{QStringLiteral("posthog"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("http")}, {QStringLiteral("url"), endpoint}, {QStringLiteral("headers"), headers}}}}}})});
    out.append({QStringLiteral("mcp-remote"), tr("For stdio-only clients: the command to launch"),
                QStringLiteral("npx mcp-remote %1 --transport http-only%2").arg(endpoint, bearer.isEmpty() ? QString() : QStringLiteral(" --header \"Authorization:%1\"").arg(bearer))});
    out.append({QStringLiteral("Dust"), tr("Add a remote MCP server (Dust must reach this machine: the server listens on 127.0.0.1 only)"),
                tr("URL: %1\nHeader: Authorization: %2").arg(endpoint, bearer.isEmpty() ? tr("(none: authentication is off)") : bearer)});
    return out;
}
