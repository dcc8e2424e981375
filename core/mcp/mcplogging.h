#pragma once

#include <QLoggingCategory>

// phc.mcp: each JSON-RPC method handled (method, id, duration, error code), each tools/call
// (tool, outcome) and the HTTP transport's rejections. Never tool arguments, a bearer token or
// an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcMcp)
