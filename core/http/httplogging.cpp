#include "httplogging.h"

Q_LOGGING_CATEGORY(lcHttp, "phc.http", QtWarningMsg)
