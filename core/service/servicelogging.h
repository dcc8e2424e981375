#pragma once

#include <QLoggingCategory>

// phc.service: connecting (where to, with which key source, the outcome), key probes, the
// project rule chosen for the window, the demo workspace and the MCP endpoint. Never a key or token.
Q_DECLARE_LOGGING_CATEGORY(lcService)
