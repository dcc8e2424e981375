#pragma once

#include <QLoggingCategory>

// phc.ui: what the window's pages load and how it went (row counts, durations, failures).
Q_DECLARE_LOGGING_CATEGORY(lcUi)
