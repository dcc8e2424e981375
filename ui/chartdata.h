#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

// What a chart shows, independent of how it is painted: points along an x axis (categories,
// or times sorted oldest first whatever order the rows came in) and one or more named series.
// Built from a query result's columns, or from a saved insight's result (trends, funnels,
// retention), by the static builders.
class ChartData
{
public:
    enum class Style { Line, Bar, Stacked, Number, Grid };
    struct Series
    {
        QString name;
        QList<double> values; // one per x position; NaN where the series has no value
    };

    Style style = Style::Line;
    QString title;
    QString valueName; // what the numbers count ("views", "cost (USD)")
    QStringList categories; // an x label per position (when the axis is not a time axis)
    QList<QDateTime> times; // an x time per position (a time axis), UTC
    QList<Series> series;
    QString numberCaption; // Number: what the single number is
    // Grid (retention): series are cohorts (rows), categories the periods (columns).

    bool isEmpty() const { return series.isEmpty() || pointCount() == 0; }
    bool isTimeAxis() const { return !times.isEmpty(); }
    int pointCount() const;
    // The x label at a position: the category, or the time in the chart's (UTC) format.
    QString xLabel(int index) const;
    double minimum() const;
    double maximum() const; // for Stacked: the largest column total
    // One or two sentences a screen reader can say: style, series, range, extremes.
    QString describe() const;

    // From a query result: the x column (a date column makes a time axis), the value columns
    // as series, or with `breakdownColumn` >= 0 one series per distinct value of that column.
    static ChartData fromRows(const QStringList &columns, const QStringList &types, const QJsonArray &rows, int xColumn,
                              const QList<int> &valueColumns, int breakdownColumn = -1);
    // Picks a sensible x and value columns for a result, or returns false.
    static bool guessColumns(const QStringList &types, const QJsonArray &rows, int *xColumn, QList<int> *valueColumns, int *breakdownColumn);
    // A TrendsQuery result: [{label, data[], days[], ...}] as lines over their real days.
    static ChartData fromTrends(const QJsonArray &result);
    // A FunnelsQuery result: [{name, count, order}] as step bars (a breakdown: an array of those).
    static ChartData fromFunnel(const QJsonArray &result);
    // A RetentionQuery result: [{label, date, values: [{count}]}] as a cohort grid.
    static ChartData fromRetention(const QJsonArray &result);
    static ChartData number(double value, const QString &caption);

    static bool isTimeType(const QString &type);
    static QDateTime parseTime(const QJsonValue &value);
};
