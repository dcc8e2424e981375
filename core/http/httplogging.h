#pragma once

#include <QLoggingCategory>

// phc.http: the HTTP server seam's lifecycle and each request (method, path, status, duration).
// Never a header value, a query string or a body: they may carry a token.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
