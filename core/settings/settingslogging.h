#pragma once

#include <QLoggingCategory>

// phc.settings: where the settings file and the API key come from (never the key itself).
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
