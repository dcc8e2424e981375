#pragma once

#include <QLoggingCategory>

// phc.posthog: the REST client's requests, retries and failures. Never the API key, the
// Authorization header, a query string or a request body.
Q_DECLARE_LOGGING_CATEGORY(lcPostHog)
