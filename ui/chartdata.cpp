#include "chartdata.h"

#include "chartaxis.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
// lupdate reads tr(text, nullptr, n) as a plural message, as it does for QObject::tr.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ChartData", text, disambiguation, n);
}

constexpr double missing = std::numeric_limits<double>::quiet_NaN();

double toNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        return ok ? d : missing;
    }
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return missing;
}

QString text(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QCoreApplication::translate("ChartData", "(none)");
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(v.toVariant().toString());
        return parts.join(u", "_s);
    }
    return value.toVariant().toString();
}
} // namespace

int ChartData::pointCount() const
{
    if (style == Style::Number)
        return series.isEmpty() ? 0 : 1;
    return isTimeAxis() ? int(times.size()) : int(categories.size());
}

QString ChartData::xLabel(int index) const
{
    if (!isTimeAxis())
        return categories.value(index);
    if (index < 0 || index >= times.size())
        return {};
    // Days show no time of day; hours within a day or two show it.
    const bool hasTime = std::any_of(times.cbegin(), times.cend(), [](const QDateTime &t) { return t.time() != QTime(0, 0); });
    QString format = ChartAxis::timeFormat(times.first().secsTo(times.last()));
    if (!hasTime)
        format.remove(u" HH:mm"_s);
    else if (format == "d MMM"_L1) // hours over weeks; over months the month is enough
        format += u" HH:mm"_s;
    return QLocale().toString(times.at(index).toUTC(), format);
}

double ChartData::minimum() const
{
    double low = std::numeric_limits<double>::infinity();
    for (const Series &s : series)
        for (double v : s.values)
            if (!std::isnan(v))
                low = qMin(low, v);
    return std::isinf(low) ? 0 : low;
}

double ChartData::maximum() const
{
    double high = 0;
    if (style == Style::Stacked) {
        for (int i = 0; i < pointCount(); ++i) {
            double total = 0;
            for (const Series &s : series)
                total += std::isnan(s.values.value(i, missing)) ? 0 : s.values.value(i);
            high = qMax(high, total);
        }
        return high;
    }
    for (const Series &s : series)
        for (double v : s.values)
            if (!std::isnan(v))
                high = qMax(high, v);
    return high;
}

QString ChartData::describe() const
{
    if (isEmpty())
        return tr("No data to chart.");
    if (style == Style::Number)
        return tr("%1: %2").arg(numberCaption, ChartAxis::formatExact(series.first().values.value(0)));
    static const QHash<Style, const char *> styles = {{Style::Line, QT_TRANSLATE_NOOP("ChartData", "Line chart")},
                                                      {Style::Bar, QT_TRANSLATE_NOOP("ChartData", "Bar chart")},
                                                      {Style::Stacked, QT_TRANSLATE_NOOP("ChartData", "Stacked bar chart")},
                                                      {Style::Grid, QT_TRANSLATE_NOOP("ChartData", "Cohort grid")}};
    QStringList names;
    for (const Series &s : series)
        names.append(s.name);
    QString sentence = tr("%1 of %2 over %n point(s), from %3 to %4", nullptr, int(pointCount()))
                           .arg(tr(styles.value(style)), names.mid(0, 5).join(u", "_s), xLabel(0), xLabel(pointCount() - 1));
    if (names.size() > 5)
        sentence += tr(" and %n more series", nullptr, int(names.size() - 5));
    sentence += u". "_s + tr("Values range from %1 to %2.").arg(ChartAxis::formatExact(minimum()), ChartAxis::formatExact(maximum()));
    return sentence;
}

bool ChartData::isTimeType(const QString &type)
{
    return type == "Date"_L1 || type.startsWith("DateTime"_L1) || type.startsWith("Nullable(Date"_L1);
}

QDateTime ChartData::parseTime(const QJsonValue &value)
{
    const QString s = value.toString();
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime::fromString(s, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // PostHog's times without an offset are in the project's zone; we state UTC
    return t.toUTC();
}

bool ChartData::guessColumns(const QStringList &types, const QJsonArray &rows, int *xColumn, QList<int> *valueColumns, int *breakdownColumn)
{
    *xColumn = -1;
    *breakdownColumn = -1;
    valueColumns->clear();
    if (rows.isEmpty() || types.size() < 2)
        return false;
    const QJsonArray first = rows.first().toArray();
    QList<int> numbers, labels;
    for (int c = 0; c < types.size(); ++c) {
        if (isTimeType(types.at(c)))
            *xColumn = *xColumn < 0 ? c : *xColumn;
        else if (first.at(c).isDouble())
            numbers.append(c);
        else
            labels.append(c);
    }
    if (numbers.isEmpty())
        return false;
    if (*xColumn < 0) {
        if (labels.isEmpty())
            return false;
        *xColumn = labels.takeFirst();
    } else if (!labels.isEmpty()) {
        *breakdownColumn = labels.first(); // (day, country, count): a series per country
        numbers = numbers.mid(0, 1);
    }
    *valueColumns = numbers;
    return true;
}

ChartData ChartData::fromRows(const QStringList &columns, const QStringList &types, const QJsonArray &rows, int xColumn,
                              const QList<int> &valueColumns, int breakdownColumn)
{
    ChartData data;
    if (xColumn < 0 || xColumn >= columns.size() || valueColumns.isEmpty())
        return data;
    const bool timeAxis = isTimeType(types.value(xColumn));
    data.style = timeAxis ? Style::Line : Style::Bar;
    data.valueName = valueColumns.size() == 1 ? columns.value(valueColumns.first()) : QString();
    // x positions: times sorted oldest first (whatever the rows' order), categories as they come.
    QMap<QDateTime, int> timeIndex;
    if (timeAxis) {
        for (const QJsonValue &v : rows)
            timeIndex.insert(parseTime(v.toArray().at(xColumn)), 0);
        timeIndex.remove(QDateTime());
        int i = 0;
        for (auto it = timeIndex.begin(); it != timeIndex.end(); ++it)
            it.value() = i++;
        data.times = timeIndex.keys();
    }
    QHash<QString, int> categoryIndex;
    QHash<QString, int> seriesIndex;
    QList<std::tuple<int, int, double>> points; // (x, series, value)
    for (const QJsonValue &v : rows) {
        const QJsonArray row = v.toArray();
        int x = -1;
        if (timeAxis) {
            x = timeIndex.value(parseTime(row.at(xColumn)), -1);
        } else {
            const QString category = text(row.at(xColumn)).left(40);
            x = categoryIndex.value(category, int(data.categories.size()));
            if (x == data.categories.size()) {
                categoryIndex.insert(category, x);
                data.categories.append(category);
            }
        }
        if (x < 0)
            continue;
        for (int vc : valueColumns) {
            const QString name = breakdownColumn >= 0 ? text(row.at(breakdownColumn)).left(40) : columns.value(vc);
            const int s = seriesIndex.value(name, int(data.series.size()));
            if (s == data.series.size()) {
                seriesIndex.insert(name, s);
                data.series.append({name, {}});
            }
            points.append({x, s, toNumber(row.at(vc))});
        }
    }
    for (Series &s : data.series)
        s.values = QList<double>(data.pointCount(), breakdownColumn >= 0 ? 0.0 : missing);
    for (const auto &[x, s, value] : points) {
        double &slot = data.series[s].values[x];
        // A breakdown sums repeated (x, value) rows; a plain series keeps the row's value.
        slot = breakdownColumn >= 0 && !std::isnan(value) ? slot + value : value;
    }
    return data;
}

ChartData ChartData::fromTrends(const QJsonArray &result)
{
    ChartData data;
    data.style = Style::Line;
    QMap<QDateTime, int> timeIndex;
    for (const QJsonValue &v : result)
        for (const QJsonValue &day : v.toObject().value("days"_L1).toArray())
            timeIndex.insert(parseTime(day), 0);
    timeIndex.remove(QDateTime());
    int i = 0;
    for (auto it = timeIndex.begin(); it != timeIndex.end(); ++it)
        it.value() = i++;
    data.times = timeIndex.keys();
    for (const QJsonValue &v : result) {
        const QJsonObject s = v.toObject();
        Series series;
        series.name = s.value("label"_L1).toString();
        const QJsonValue breakdown = s.value("breakdown_value"_L1);
        if (!breakdown.isUndefined() && !breakdown.isNull() && !series.name.contains(text(breakdown)))
            series.name += u" – "_s + text(breakdown);
        series.values = QList<double>(data.times.size(), missing);
        const QJsonArray days = s.value("days"_L1).toArray();
        const QJsonArray values = s.value("data"_L1).toArray();
        for (qsizetype d = 0; d < days.size() && d < values.size(); ++d) {
            const int x = timeIndex.value(parseTime(days.at(d)), -1);
            if (x >= 0)
                series.values[x] = toNumber(values.at(d));
        }
        if (days.isEmpty() && s.contains("aggregated_value"_L1))
            return number(toNumber(s.value("aggregated_value"_L1)), series.name);
        data.series.append(series);
    }
    return data;
}

ChartData ChartData::fromFunnel(const QJsonArray &result)
{
    ChartData data;
    data.style = Style::Bar;
    // A breakdown funnel is an array of step arrays, one per breakdown value.
    QList<QJsonArray> funnels;
    if (!result.isEmpty() && result.first().isArray()) {
        for (const QJsonValue &v : result)
            funnels.append(v.toArray());
    } else {
        funnels.append(result);
    }
    for (const QJsonArray &steps : funnels) {
        Series series;
        for (const QJsonValue &v : steps) {
            const QJsonObject step = v.toObject();
            const int order = step.value("order"_L1).toInt(int(series.values.size()));
            if (data.categories.size() <= order) {
                const QString name = step.value("custom_name"_L1).toString();
                data.categories.append(tr("%1. %2").arg(order + 1).arg(name.isEmpty() ? step.value("name"_L1).toString() : name));
            }
            series.values.append(toNumber(step.value("count"_L1)));
            if (series.name.isEmpty())
                series.name = funnels.size() > 1 ? text(step.value("breakdown_value"_L1)) : tr("Persons");
        }
        data.series.append(series);
    }
    return data;
}

ChartData ChartData::fromRetention(const QJsonArray &result)
{
    ChartData data;
    data.style = Style::Grid;
    for (const QJsonValue &v : result) {
        const QJsonObject cohort = v.toObject();
        Series series;
        const QDateTime date = parseTime(cohort.value("date"_L1));
        series.name = date.isValid() ? QLocale().toString(date.date(), QLocale::ShortFormat) : cohort.value("label"_L1).toString();
        for (const QJsonValue &value : cohort.value("values"_L1).toArray())
            series.values.append(toNumber(value.toObject().value("count"_L1)));
        while (data.categories.size() < series.values.size())
            data.categories.append(tr("Period %1").arg(data.categories.size()));
        data.series.append(series);
    }
    return data;
}

ChartData ChartData::number(double value, const QString &caption)
{
    ChartData data;
    data.style = Style::Number;
    data.numberCaption = caption;
    data.series.append({caption, {value}});
    return data;
}
