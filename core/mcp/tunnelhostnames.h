#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Public host names a tunnel the user runs (cloudflared, Tailscale Funnel, ngrok) forwards to
// 127.0.0.1: what --allow-host and the MCP page accept, checked once here so the transport
// compares plain lower-case names.
class TunnelHostNames
{
    Q_DECLARE_TR_FUNCTIONS(TunnelHostNames)

public:
    // " MCP.Example.com " → "mcp.example.com"; empty, and *error says why, for anything that is
    // not a plain DNS name (a URL, a port, a path, a wildcard).
    static QString normalize(const QString &input, QString *error);
    // Names separated by commas, spaces or new lines; std::nullopt at the first bad one.
    static std::optional<QStringList> parseList(const QString &text, QString *error);
};
