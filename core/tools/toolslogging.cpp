#include "toolslogging.h"

Q_LOGGING_CATEGORY(lcTools, "phc.tools", QtWarningMsg)
