#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

struct ToolCallState;

// What the engine knows about the client behind a message: one per stdio process, one per HTTP
// request (the HTTP transport is stateless), filled from headers and `_meta`.
struct McpSession
{
    QString clientId; // stable identity for per-client state
    QString clientName;
    QJsonObject clientCapabilities;
    QString logLevel; // empty: send no log notifications
    bool isHttp = false;
    bool acceptsStream = false; // the transport can carry notifications before the response
    bool initialized = false; // answered initialize: server notifications may go out (stdio)
    // HTTP headers of this request (modern-era checks); empty on stdio.
    QString protocolVersionHeader;
    QString methodHeader;
    QString nameHeader;
    bool hasMethodHeader = false;
    bool hasNameHeader = false;
    // Mcp-Param-{Name} headers (SEP-2243 x-mcp-header), by lower-case Name, values as sent.
    QHash<QString, QByteArray> paramHeaders;
    // The tools/call requests running for this client, for McpServer::cancelCalls().
    QList<std::weak_ptr<ToolCallState>> calls;
};
