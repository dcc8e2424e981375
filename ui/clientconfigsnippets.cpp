#include "clientconfigsnippets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QString pretty(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed();
}
} // namespace

QList<ClientConfigSnippets::Snippet> ClientConfigSnippets::all(const QUrl &url, const QString &token, const QString &programPath)
{
    const QString endpoint = url.toString();
    const QString bearer = token.isEmpty() ? QString() : u"Bearer "_s + token;
    QJsonObject headers;
    if (!bearer.isEmpty())
        headers.insert(u"Authorization"_s, bearer);
    QList<Snippet> out;
    out.append({u"Claude Code"_s, tr("Run in a terminal"),
                u"claude mcp add --transport http posthog %1%2"_s.arg(
                    endpoint, bearer.isEmpty() ? QString() : u" --header \"Authorization: %1\""_s.arg(bearer))});
    out.append({u"Claude Desktop"_s, tr("claude_desktop_config.json (launches this app in stdio mode)"),
                pretty(QJsonObject{{u"mcpServers"_s, QJsonObject{{u"posthog"_s, QJsonObject{{u"command"_s, programPath},
                                                                                            {u"args"_s, QJsonArray{u"--mcp-stdio"_s}}}}}}})});
    out.append({u"Cursor"_s, tr("~/.cursor/mcp.json"),
                pretty(QJsonObject{{u"mcpServers"_s, QJsonObject{{u"posthog"_s, QJsonObject{{u"url"_s, endpoint}, {u"headers"_s, headers}}}}}})});
    out.append(
        {u"VS Code"_s, tr(".vscode/mcp.json in your workspace"),
         pretty(QJsonObject{
             {u"servers"_s, QJsonObject{{u"posthog"_s, QJsonObject{{u"type"_s, u"http"_s}, {u"url"_s, endpoint}, {u"headers"_s, headers}}}}}})});
    out.append({u"mcp-remote"_s, tr("For stdio-only clients: the command to launch"),
                u"npx mcp-remote %1 --transport http-only%2"_s.arg(endpoint,
                                                                   bearer.isEmpty() ? QString() : u" --header \"Authorization:%1\""_s.arg(bearer))});
    out.append({u"Dust"_s, tr("Add a remote MCP server (Dust must reach this machine: the server listens on 127.0.0.1 only)"),
                tr("URL: %1\nHeader: Authorization: %2").arg(endpoint, bearer.isEmpty() ? tr("(none: authentication is off)") : bearer)});
    return out;
}
