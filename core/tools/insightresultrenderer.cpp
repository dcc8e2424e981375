#include "insightresultrenderer.h"

#include "markdownrenderer.h"

#include <QHash>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString number(double v)
{
    return MarkdownRenderer::cell(QJsonValue(v));
}

QString percent(double part, double whole)
{
    return whole > 0 ? u"%1%"_s.arg(QString::number(100.0 * part / whole, 'f', 1)) : u"-"_s;
}

// "2026-05-03" → "05-03"; "2026-05-03 14:00:00" → "05-03 14h".
QString shortDay(const QString &day)
{
    return day.size() > 10 ? u"%1 %2h"_s.arg(day.mid(5, 5), day.mid(11, 2)) : day.mid(5);
}

QString seriesName(const QJsonObject &o)
{
    const QString label = o.value("label"_L1).toString();
    const QString custom = o.value("action"_L1).toObject().value("custom_name"_L1).toString();
    const QString math = o.value("action"_L1).toObject().value("math"_L1).toString();
    const QString name = custom.isEmpty() || custom == label ? label : u"%1 (%2)"_s.arg(custom, label);
    return MarkdownRenderer::escape(math.isEmpty() || math == "total"_L1 ? name : u"%1 [%2]"_s.arg(name, math));
}

// Time series show their newest rows: the oldest go first when the budget is short.
QString tailTable(const QStringList &headers, QList<QStringList> rows, int budget, const QString &what)
{
    qsizetype used = 0, keep = 0;
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        used += rows.at(i).join(u" | "_s).size() + 6;
        if (used + 200 > budget && keep > 0)
            break;
        ++keep;
    }
    const qsizetype dropped = rows.size() - keep;
    rows = rows.mid(dropped);
    QString out = MarkdownRenderer::table(headers, rows, budget);
    if (dropped > 0)
        out += u"_The first %1 %2 are not shown to stay within the output budget; narrow date_from or use a longer interval._\n"_s.arg(dropped).arg(
            what);
    return out;
}

// The newest points of a series that fit `room` characters, oldest first.
QString points(const QJsonObject &o, int room)
{
    const QJsonArray data = o.value("data"_L1).toArray();
    const QJsonArray days = o.value("days"_L1).toArray();
    QStringList shown;
    int used = 0;
    for (qsizetype i = data.size() - 1; i >= 0; --i) {
        const QString p = u"%1: %2"_s.arg(shortDay(days.at(i).toString()), number(data.at(i).toDouble()));
        if (used + p.size() + 2 > room && !shown.isEmpty()) {
            shown.prepend(u"… (%1 earlier)"_s.arg(i + 1));
            break;
        }
        shown.prepend(p);
        used += int(p.size()) + 2;
    }
    return shown.join(u", "_s);
}

QString compareSummary(const QJsonArray &results, int budget)
{
    QList<QStringList> rows;
    for (const QJsonValue &v : results) {
        const QJsonObject current = v.toObject();
        if (current.value("compare_label"_L1).toString() != "current"_L1)
            continue;
        double previous = 0;
        for (const QJsonValue &w : results) {
            const QJsonObject p = w.toObject();
            if (p.value("compare_label"_L1).toString() == "previous"_L1 && p.value("order"_L1) == current.value("order"_L1)
                && p.value("breakdown_value"_L1) == current.value("breakdown_value"_L1))
                previous = p.value("count"_L1).toDouble();
        }
        const double now = current.value("count"_L1).toDouble();
        rows.append({seriesName(current), number(now), number(previous),
                     previous > 0 ? u"%1%2%"_s.arg(now >= previous ? u"+"_s : QString(), QString::number(100.0 * (now - previous) / previous, 'f', 1))
                                  : u"-"_s});
    }
    return u"Current vs previous period (totals):\n"_s
           + MarkdownRenderer::table({u"series"_s, u"current"_s, u"previous"_s, u"change"_s}, rows, budget) + QLatin1Char('\n');
}

} // namespace

QString InsightResultRenderer::render(const QString &kind, const QJsonArray &results, int budgetChars, const QDateTime &now)
{
    if (results.isEmpty())
        return u"No results."_s;
    if (kind == "FunnelsQuery"_L1)
        return funnel(results, budgetChars);
    if (kind == "RetentionQuery"_L1)
        return retention(results, budgetChars, now);
    if (kind == "LifecycleQuery"_L1)
        return lifecycle(results, budgetChars);
    if (kind == "StickinessQuery"_L1)
        return stickiness(results, budgetChars);
    return trends(results, budgetChars);
}

// trends_query_runner.py: one result per series (and breakdown value, and period with compare):
// label, count (the sum of data), data, days, compare_label.
QString InsightResultRenderer::trends(const QJsonArray &results, int budgetChars)
{
    const bool compare = results.first().toObject().contains("compare_label"_L1);
    QString out = compare ? compareSummary(results, budgetChars / 3) : QString();
    QList<QStringList> rows;
    const int room = qMax(80, (budgetChars - int(out.size()) - 300) / int(results.size()) - 60);
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        const QJsonArray data = o.value("data"_L1).toArray();
        QStringList row{seriesName(o)};
        if (compare)
            row.append(o.value("compare_label"_L1).toString());
        row << number(o.value("count"_L1).toDouble()) << (data.isEmpty() ? u"-"_s : number(data.last().toDouble())) << points(o, room);
        rows.append(row);
    }
    QStringList headers{u"series"_s};
    if (compare)
        headers.append(u"period"_s);
    headers << u"total"_s << u"last point"_s << u"points"_s;
    return out + u"Series (total = sum of the points):\n"_s + MarkdownRenderer::table(headers, rows, budgetChars - int(out.size()));
}

// funnels/base.py _format_single_funnel: steps with count and median_conversion_time (seconds);
// with a breakdown, one list of steps per value.
QString InsightResultRenderer::funnel(const QJsonArray &results, int budgetChars)
{
    const bool split = results.first().isArray();
    QList<QStringList> rows;
    auto duration = [](const QJsonValue &seconds) {
        if (!seconds.isDouble())
            return u"-"_s;
        const qint64 s = qint64(seconds.toDouble());
        return s >= 86400  ? u"%1d %2h"_s.arg(s / 86400).arg(s % 86400 / 3600)
               : s >= 3600 ? u"%1h %2m"_s.arg(s / 3600).arg(s % 3600 / 60)
                           : u"%1m %2s"_s.arg(s / 60).arg(s % 60);
    };
    for (const QJsonValue &f : split ? results : QJsonArray{results}) {
        const QJsonArray steps = f.toArray();
        const double first = steps.first().toObject().value("count"_L1).toDouble();
        double previous = first;
        for (const QJsonValue &s : steps) {
            const QJsonObject o = s.toObject();
            const double count = o.value("count"_L1).toDouble();
            QStringList row;
            if (split)
                row.append(MarkdownRenderer::cell(o.value("breakdown_value"_L1)));
            row << QString::number(o.value("order"_L1).toInt() + 1)
                << MarkdownRenderer::escape(o.value("custom_name"_L1).toString(o.value("name"_L1).toString())) << number(count)
                << percent(count, first) << percent(count, previous) << number(previous - count) << duration(o.value("median_conversion_time"_L1));
            rows.append(row);
            previous = count;
        }
    }
    QStringList headers{u"step"_s, u"event"_s, u"persons"_s, u"from first"_s, u"from previous"_s, u"dropped"_s, u"median time"_s};
    if (split)
        headers.prepend(u"breakdown"_s);
    return u"Funnel (persons reaching each step in order within the window; median time from the previous step):\n"_s
           + MarkdownRenderer::table(headers, rows, budgetChars);
}

// retention_query_runner.py: one cohort per period start (`date`), values[k].count persons
// active k periods later; values[0] is the cohort.
QString InsightResultRenderer::retention(const QJsonArray &results, int budgetChars, const QDateTime &now)
{
    const QString unit
        = results.first().toObject().value("values"_L1).toArray().first().toObject().value("label"_L1).toString().section(QLatin1Char(' '), 0, 0);
    auto later = [&](const QDateTime &d, int k) {
        return unit == "Hour"_L1    ? d.addSecs(3600LL * k)
               : unit == "Week"_L1  ? d.addDays(7LL * k)
               : unit == "Month"_L1 ? d.addMonths(k)
                                    : d.addDays(k);
    };
    QList<QStringList> rows;
    int periods = 0;
    for (const QJsonValue &c : results) {
        const QJsonObject o = c.toObject();
        const QJsonArray values = o.value("values"_L1).toArray();
        const QDateTime date = QDateTime::fromString(o.value("date"_L1).toString(), Qt::ISODate);
        const double size = values.isEmpty() ? 0 : values.first().toObject().value("count"_L1).toDouble();
        periods = qMax(periods, int(values.size()));
        QStringList row{date.isValid() ? date.toString(unit == "Hour"_L1 ? u"yyyy-MM-dd HH:mm"_s : u"yyyy-MM-dd"_s) : o.value("label"_L1).toString(),
                        number(size)};
        for (qsizetype k = 0; k < values.size(); ++k)
            row.append(date.isValid() && later(date, int(k)) > now ? u"–"_s : percent(values.at(k).toObject().value("count"_L1).toDouble(), size));
        rows.append(row);
    }
    QStringList headers{u"cohort"_s, u"size"_s};
    for (int p = 0; p < periods; ++p)
        headers.append(u"%1 %2"_s.arg(unit.isEmpty() ? u"period"_s : unit).arg(p));
    for (QStringList &row : rows)
        while (row.size() < headers.size())
            row.append(QString());
    return u"Retention (share of each cohort active again k periods later; – = not reached yet):\n"_s
           + tailTable(headers, rows, budgetChars, u"cohorts"_s);
}

// lifecycle_query_runner.py: four series (new, returning, resurrecting, dormant < 0) over days.
QString InsightResultRenderer::lifecycle(const QJsonArray &results, int budgetChars)
{
    const QStringList statuses{u"new"_s, u"returning"_s, u"resurrecting"_s, u"dormant"_s};
    QHash<QString, QJsonArray> data;
    QJsonArray days;
    for (const QJsonValue &v : results) {
        data.insert(v.toObject().value("status"_L1).toString(), v.toObject().value("data"_L1).toArray());
        days = v.toObject().value("days"_L1).toArray();
    }
    QList<QStringList> rows;
    for (qsizetype i = 0; i < days.size(); ++i) {
        QStringList row{days.at(i).toString()};
        double active = 0;
        for (const QString &s : statuses) {
            const double n = data.value(s).at(i).toDouble();
            row.append(number(n));
            active += s == "dormant"_L1 ? 0 : n;
        }
        row.append(number(active));
        rows.append(row);
    }
    return u"Lifecycle (persons per interval; dormant = active the interval before but not in this one, shown negative):\n"_s
           + tailTable({u"interval"_s, u"new"_s, u"returning"_s, u"resurrecting"_s, u"dormant"_s, u"active"_s}, rows, budgetChars, u"intervals"_s);
}

// stickiness_query_runner.py: per series, data[k-1] persons active in exactly k intervals.
QString InsightResultRenderer::stickiness(const QJsonArray &results, int budgetChars)
{
    QStringList headers{u"active in"_s};
    qsizetype length = 0;
    QJsonArray labels;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        const QString period = o.value("compare_label"_L1).toString();
        headers.append(period.isEmpty() ? seriesName(o) : u"%1 (%2)"_s.arg(seriesName(o), period));
        length = qMax(length, o.value("data"_L1).toArray().size());
        if (o.value("labels"_L1).toArray().size() >= length)
            labels = o.value("labels"_L1).toArray();
    }
    QList<QStringList> rows;
    for (qsizetype k = 0; k < length; ++k) {
        QStringList row{labels.at(k).toString(QString::number(k + 1))};
        for (const QJsonValue &v : results)
            row.append(number(v.toObject().value("data"_L1).toArray().at(k).toDouble()));
        rows.append(row);
    }
    QStringList totals{u"**persons**"_s};
    for (const QJsonValue &v : results)
        totals.append(number(v.toObject().value("count"_L1).toDouble()));
    rows.prepend(totals);
    return u"Stickiness (persons by the number of intervals they did the event in):\n"_s + MarkdownRenderer::table(headers, rows, budgetChars);
}
