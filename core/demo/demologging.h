#pragma once

#include <QLoggingCategory>

// phc.demo: the demo backend's lifecycle (data generated or taken from the cache, with timing),
// one line per request (method, path, status, duration, which demo key) and its failures.
// Never a key, the Authorization header or a query string.
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
