#pragma once

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

// The numbers and labels along a chart's axes: "nice" tick values in 1-2-5 steps, numbers
// grouped by the locale ("12,345") or shortened with an SI suffix ("1.2M"), and time labels
// whose precision follows the span shown ("14:00", "3 Mar", "Mar 2026").
class ChartAxis
{
public:
    struct Ticks
    {
        double minimum = 0;
        double maximum = 1;
        double step = 1;
        QList<double> values;
    };
    // Ticks covering [low, high] with at most `maxTicks` values, 0 included when the data starts
    // at or above 0 (a bar chart's base).
    static Ticks niceTicks(double low, double high, int maxTicks = 6);
    // The step of the 1-2-5 sequence nearest above `roughStep`.
    static double niceStep(double roughStep);
    // For axis labels: SI-suffixed when large ("1.5k", "2M"), enough decimals for `step`.
    static QString formatTick(double value, double step, const QLocale &locale = QLocale());
    // For tooltips and tables: the exact value, grouped ("1,234,567", "0.0042").
    static QString formatExact(double value, const QLocale &locale = QLocale());
    static QString formatSi(double value, const QLocale &locale = QLocale());
    // The display format of times across `span` seconds, as QDateTime::toString understands it.
    static QString timeFormat(qint64 spanSeconds);
    // Up to `maxLabels` indexes of `times` (sorted) to label, evenly spaced.
    static QList<int> timeLabelIndexes(const QList<QDateTime> &times, int maxLabels);
};
