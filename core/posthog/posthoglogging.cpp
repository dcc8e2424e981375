#include "posthoglogging.h"

Q_LOGGING_CATEGORY(lcPostHog, "phc.posthog", QtWarningMsg)
