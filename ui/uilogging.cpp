#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "phc.ui", QtWarningMsg)
