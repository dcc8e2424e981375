#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// "just now", "5 minutes ago", "yesterday", translated with plural forms.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    static QString since(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // A duration a person reads at a glance: "320 ms", "4.2 s", "3 min 5 s", "1 h 12 min".
    static QString duration(qint64 ms);
    // "in 4:35" style countdown text: minutes and seconds left.
    static QString remaining(qint64 ms);
};
