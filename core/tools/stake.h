#pragma once

#include <QJsonObject>
#include <QString>

// How much a tool call can change: decides annotations and whether a person is asked first.
enum class Stake { NeverAsk, Low, Medium, High };

namespace Stakes {
QString name(Stake stake); // "never_ask", "low", "medium", "high"
Stake fromName(const QString &name, Stake fallback);
// never_ask → readOnlyHint; medium/high → destructiveHint; always openWorldHint.
QJsonObject annotations(Stake stake, bool idempotent, const QString &title);
} // namespace Stakes
