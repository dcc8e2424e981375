#include "clientconfigsnippets.h"

#include "settings/claudedesktopconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QString pretty(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed();
}

QJsonObject authHeaders(const QString &token)
{
    return token.isEmpty() ? QJsonObject() : QJsonObject{{u"Authorization"_s, u"Bearer "_s + token}};
}

// An HTTP server entry; without a token there are no headers at all.
QJsonObject httpEntry(const QUrl &url, const QString &token, QJsonObject entry = {})
{
    entry.insert(u"url"_s, url.toString());
    if (!token.isEmpty())
        entry.insert(u"headers"_s, authHeaders(token));
    return entry;
}
} // namespace

QUrl ClientConfigSnippets::cursorInstallLink(const QUrl &url, const QString &token)
{
    const QByteArray config = QJsonDocument(httpEntry(url, token)).toJson(QJsonDocument::Compact).toBase64();
    return QUrl::fromEncoded("cursor://anysphere.cursor-deeplink/mcp/install?name=posthog&config="
                                 + QUrl::toPercentEncoding(QString::fromLatin1(config)),
                             QUrl::StrictMode);
}

QUrl ClientConfigSnippets::vscodeInstallLink(const QUrl &url, const QString &token)
{
    const QJsonObject server = httpEntry(url, token, QJsonObject{{u"name"_s, u"posthog"_s}, {u"type"_s, u"http"_s}});
    return QUrl::fromEncoded("vscode:mcp/install?" + QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(server).toJson(QJsonDocument::Compact))),
                             QUrl::StrictMode);
}

QList<ClientConfigSnippets::Snippet> ClientConfigSnippets::all(const QUrl &url, const QString &token, const QString &programPath,
                                                               const QStringList &tunnelHosts)
{
    const QString endpoint = url.toString();
    const QString bearer = token.isEmpty() ? QString() : u"Bearer "_s + token;
    QList<Snippet> out;
    out.append({u"claude-code"_s, u"Claude Code"_s, tr("Run in a terminal"),
                u"claude mcp add --transport http posthog %1%2"_s.arg(
                    endpoint, bearer.isEmpty() ? QString() : u" --header \"Authorization: %1\""_s.arg(bearer))});
    out.append({u"claude-desktop"_s, u"Claude Desktop"_s,
                tr("%1 (launches this app in stdio mode); \"Add to Claude Desktop\" merges it for you").arg(ClaudeDesktopConfig::defaultPath()),
                pretty(QJsonObject{{u"mcpServers"_s, QJsonObject{{u"posthog"_s, ClaudeDesktopConfig::stdioEntry(programPath)}}}})});
    out.append({u"cursor"_s, u"Cursor"_s, tr("~/.cursor/mcp.json, or \"Add to Cursor\""),
                pretty(QJsonObject{{u"mcpServers"_s, QJsonObject{{u"posthog"_s, httpEntry(url, token)}}}})});
    out.append({u"vscode"_s, u"VS Code"_s, tr(".vscode/mcp.json in your workspace, or \"Add to VS Code\" for your user settings"),
                pretty(QJsonObject{{u"servers"_s, QJsonObject{{u"posthog"_s, httpEntry(url, token, QJsonObject{{u"type"_s, u"http"_s}})}}}})});
    out.append({u"mcp-remote"_s, u"mcp-remote"_s, tr("For stdio-only clients: the command to launch"),
                u"npx mcp-remote %1 --transport http-only%2"_s.arg(endpoint,
                                                                   bearer.isEmpty() ? QString() : u" --header \"Authorization:%1\""_s.arg(bearer))});
    const QString dustUrl = tunnelHosts.isEmpty() ? tr("https://<your tunnel's host name>/mcp") : u"https://%1/mcp"_s.arg(tunnelHosts.first());
    out.append({u"dust"_s, u"Dust"_s,
                tr("Add a remote MCP server in Dust. Dust's cloud reaches this machine only through a tunnel you run to %1 "
                   "(cloudflared, Tailscale Funnel, ngrok) and whose host name is in \"Tunnel host names\" above; see the README.")
                    .arg(endpoint),
                tr("URL: %1 (the tunnel forwards it to %2)\nBearer token (Dust's secret): %3")
                    .arg(dustUrl, endpoint, token.isEmpty() ? tr("(none: authentication is off, Dust cannot be used)") : token)});
    return out;
}
