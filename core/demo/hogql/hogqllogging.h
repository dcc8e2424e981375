#pragma once

#include <QLoggingCategory>

// phc.hogql: one debug line per translation (query length, ok or error, duration). Never the
// query's text: an agent's query may carry what a person typed.
Q_DECLARE_LOGGING_CATEGORY(lcHogQL)
