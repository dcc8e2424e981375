#include "chartaxis.h"

#include <QtMath>

#include <cmath>

using namespace Qt::StringLiterals;

double ChartAxis::niceStep(double roughStep)
{
    if (!(roughStep > 0) || !std::isfinite(roughStep))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(roughStep)));
    const double fraction = roughStep / magnitude;
    // A tiny tolerance: 0.2 / 0.1 is 2.0000000000000004 and must stay a 2.
    for (const double nice : {1.0, 2.0, 5.0})
        if (fraction <= nice * (1 + 1e-9))
            return nice * magnitude;
    return 10 * magnitude;
}

ChartAxis::Ticks ChartAxis::niceTicks(double low, double high, int maxTicks)
{
    Ticks ticks;
    if (!std::isfinite(low) || !std::isfinite(high))
        low = high = 0;
    if (low > high)
        std::swap(low, high);
    if (low >= 0)
        low = 0;
    if (high <= 0 && low < 0)
        high = 0;
    if (qFuzzyCompare(low + 1, high + 1))
        high = low + 1;
    const int intervals = qMax(1, maxTicks - 1);
    double step = niceStep((high - low) / intervals);
    // Rounding the ends outward can need one more interval than allowed: take the next step.
    while (std::ceil(high / step - 1e-9) - std::floor(low / step + 1e-9) > intervals)
        step = niceStep(step * 1.0001);
    ticks.step = step;
    ticks.minimum = std::floor(low / step + 1e-9) * step;
    ticks.maximum = std::ceil(high / step - 1e-9) * step;
    const int count = int(std::llround((ticks.maximum - ticks.minimum) / step));
    for (int i = 0; i <= count; ++i) {
        const double value = ticks.minimum + i * step;
        ticks.values.append(std::abs(value) < step * 1e-9 ? 0.0 : value);
    }
    return ticks;
}

QString ChartAxis::formatSi(double value, const QLocale &locale)
{
    static const struct
    {
        double factor;
        const char *suffix;
    } units[] = {{1e12, "T"}, {1e9, "G"}, {1e6, "M"}, {1e3, "k"}};
    for (const auto &unit : units) {
        if (std::abs(value) >= unit.factor) {
            const double scaled = value / unit.factor;
            const int decimals = std::abs(scaled) < 10 && !qFuzzyCompare(scaled, std::round(scaled)) ? 1 : 0;
            return locale.toString(scaled, 'f', decimals) + QLatin1String(unit.suffix);
        }
    }
    return formatExact(value, locale);
}

QString ChartAxis::formatTick(double value, double step, const QLocale &locale)
{
    if (std::abs(value) >= 10000 || std::abs(step) >= 1000)
        return formatSi(value, locale);
    const int decimals = step >= 1 ? 0 : qMin(6, int(std::ceil(-std::log10(step) - 1e-9)));
    return locale.toString(value, 'f', decimals);
}

QString ChartAxis::formatExact(double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return u"–"_s;
    if (qFuzzyCompare(value + 1, std::round(value) + 1) && std::abs(value) < 1e15)
        return locale.toString(qint64(std::llround(value)));
    // Up to four significant decimals after the integer part, trailing zeros dropped.
    const int decimals = std::abs(value) >= 1 ? 2 : qMin(8, 3 - int(std::floor(std::log10(std::abs(value)))));
    QString text = locale.toString(value, 'f', decimals);
    if (text.contains(locale.decimalPoint())) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

QString ChartAxis::timeFormat(qint64 spanSeconds)
{
    if (spanSeconds <= 2 * 86400)
        return u"d MMM HH:mm"_s;
    if (spanSeconds <= 200LL * 86400)
        return u"d MMM"_s;
    return u"MMM yyyy"_s;
}

QList<int> ChartAxis::timeLabelIndexes(const QList<QDateTime> &times, int maxLabels)
{
    QList<int> indexes;
    const int n = int(times.size());
    if (n == 0 || maxLabels <= 0)
        return indexes;
    if (n <= maxLabels) {
        for (int i = 0; i < n; ++i)
            indexes.append(i);
        return indexes;
    }
    const int every = int(std::ceil(double(n - 1) / qMax(1, maxLabels - 1)));
    for (int i = 0; i < n; i += every)
        indexes.append(i);
    return indexes;
}
