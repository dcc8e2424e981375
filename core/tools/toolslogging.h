#pragma once

#include <QLoggingCategory>

// phc.tools: one line per tool call outcome (tool name, project id, duration, ok or the error's
// category). Never the arguments (a query or a flag filter may hold anything) nor the key.
Q_DECLARE_LOGGING_CATEGORY(lcTools)
