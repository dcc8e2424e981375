#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One tool call as the activity log shows it. Arguments have secrets redacted.
struct ToolCallRecord
{
    QString callId;
    QDateTime startedAt;
    QString clientId;
    QString clientName;
    QString tool;
    QJsonObject arguments;
    qint64 durationMs = -1; // -1 while running
    QString outcome; // running, ok, error, invalid, denied, cancelled
    QString summary; // first line of the result or of the error
};
