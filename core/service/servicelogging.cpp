#include "servicelogging.h"

Q_LOGGING_CATEGORY(lcService, "phc.service", QtWarningMsg)
