#include "relativetime.h"

#include <QLocale>

QString RelativeTime::since(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    if (seconds < 45)
        return tr("just now");
    const int minutes = int((seconds + 30) / 60);
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, minutes);
    const int hours = int((seconds + 1800) / 3600);
    if (hours < 24)
        return tr("%n hour(s) ago", nullptr, hours);
    const int days = int(when.toLocalTime().date().daysTo(now.toLocalTime().date()));
    if (days <= 1)
        return tr("yesterday");
    return tr("%n day(s) ago", nullptr, days);
}

QString RelativeTime::duration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', ms < 10000 ? 1 : 0));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString RelativeTime::remaining(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, (ms + 999) / 1000);
    return tr("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
