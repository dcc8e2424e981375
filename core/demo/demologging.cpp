#include "demologging.h"

Q_LOGGING_CATEGORY(lcDemo, "phc.demo", QtWarningMsg)
