#include "hogqllogging.h"

Q_LOGGING_CATEGORY(lcHogQL, "phc.hogql", QtWarningMsg)
