#include "mcplogging.h"

Q_LOGGING_CATEGORY(lcMcp, "phc.mcp", QtWarningMsg)
