#include "settingslogging.h"

Q_LOGGING_CATEGORY(lcSettings, "phc.settings", QtWarningMsg)
