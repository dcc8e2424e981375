#pragma once

#include "stake.h"

#include <QJsonObject>
#include <QString>

class ToolInvocation;

// One row of an area's tool table: what tools/list shows of the tool, and its handler.
struct ToolSpec
{
    using Handler = void (*)(const ToolInvocation &tool);

    QString name;
    QString title;
    QString description;
    Stake stake = Stake::NeverAsk;
    bool idempotent = true;
    QJsonObject inputSchema;
    QJsonObject outputSchema;
    Handler handler = nullptr;
};
