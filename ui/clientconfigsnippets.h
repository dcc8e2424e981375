#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// Ready-to-paste configuration for each MCP client, from the endpoint, the token and the
// path of this program (for clients that launch the stdio mode themselves).
class ClientConfigSnippets
{
    Q_DECLARE_TR_FUNCTIONS(ClientConfigSnippets)

public:
    struct Snippet
    {
        QString client; // "Claude Code"
        QString where; // where to paste it
        QString text;
    };

    static QList<Snippet> all(const QUrl &url, const QString &token, const QString &programPath);
};
