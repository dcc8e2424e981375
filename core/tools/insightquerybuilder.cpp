#include "insightquerybuilder.h"

#include "schemabuilder.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// schema-general.ts BaseMathType and PropertyMathType (the ones PostHog and the demo compute).
const QStringList baseMath{u"total"_s, u"dau"_s, u"weekly_active"_s, u"monthly_active"_s, u"unique_session"_s};
const QStringList propertyMath{u"sum"_s, u"avg"_s, u"min"_s, u"max"_s, u"median"_s, u"p90"_s};

// Which kinds each optional argument applies to, so a misplaced one is an error, not ignored.
const QHash<QString, QStringList> &argumentKinds()
{
    static const QHash<QString, QStringList> kinds{
        {u"breakdown"_s, {u"trends"_s, u"funnel"_s}},
        {u"breakdown_type"_s, {u"trends"_s, u"funnel"_s}},
        {u"compare"_s, {u"trends"_s, u"stickiness"_s}},
        {u"funnel_window_days"_s, {u"funnel"_s}},
        {u"intervals"_s, {u"retention"_s}},
    };
    return kinds;
}

// Names that say it all cost no description.
QJsonObject plainString()
{
    return {{u"type"_s, u"string"_s}, {u"minLength"_s, 1}};
}

QJsonObject eventSchema()
{
    return Schema::object({{u"event"_s, plainString()},
                           {u"math"_s, Schema::enumeration(u"trends. dau: unique persons; sum…p90: of math_property."_s, baseMath + propertyMath)},
                           {u"math_property"_s, Schema::string(u"Numeric property."_s)},
                           {u"name"_s, plainString()}},
                          {u"event"_s});
}

// EventsNode (schema-general.ts): event, name, custom_name, math, math_property.
QJsonObject eventsNode(const QJsonObject &e, bool withMath)
{
    QJsonObject node{{u"kind"_s, u"EventsNode"_s}, {u"event"_s, e.value("event"_L1)}, {u"name"_s, e.value("event"_L1)}};
    if (e.contains("name"_L1))
        node.insert(u"custom_name"_s, e.value("name"_L1));
    if (withMath) {
        node.insert(u"math"_s, e.value("math"_L1).toString(u"total"_s));
        if (e.contains("math_property"_L1))
            node.insert(u"math_property"_s, e.value("math_property"_L1));
    }
    return node;
}

QString checkEvents(const QString &kind, const QJsonArray &events)
{
    if (kind == "retention"_L1)
        return events.size() > 2 ? u"Retention takes at most 2 events: the cohort event, then the return event."_s : QString();
    if (events.isEmpty())
        return u"'events' is required for %1."_s.arg(kind);
    if (kind == "funnel"_L1 && events.size() < 2)
        return u"A funnel needs at least 2 events (its steps, in order)."_s;
    if (kind == "lifecycle"_L1 && events.size() != 1)
        return u"Lifecycle takes exactly 1 event."_s;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        const QString math = e.value("math"_L1).toString(u"total"_s);
        if (kind != "trends"_L1 && e.contains("math"_L1) && math != "total"_L1)
            return u"math applies to trends only."_s;
        if (propertyMath.contains(math) && e.value("math_property"_L1).toString().isEmpty())
            return u"math '%1' needs math_property (a numeric event property; see get_property_definitions)."_s.arg(math);
    }
    return {};
}

QJsonObject breakdownFilter(const QJsonObject &args)
{
    return {{u"breakdown"_s, args.value("breakdown"_L1)}, {u"breakdown_type"_s, args.value("breakdown_type"_L1).toString(u"event"_s)}};
}

QJsonObject retentionEntity(const QString &event)
{
    return {{u"id"_s, event}, {u"name"_s, event}, {u"type"_s, u"events"_s}};
}

// RetentionQuery.retentionFilter: period Day/Week/Month(/Hour), totalIntervals, both entities;
// recurring, so period 0 is everyone who did the target event in the cohort's period.
QJsonObject retentionFilter(const QJsonObject &args)
{
    QString period = args.value("interval"_L1).toString(u"day"_s);
    period[0] = period.at(0).toUpper();
    const QJsonArray events = args.value("events"_L1).toArray();
    const QString target = events.at(0).toObject().value("event"_L1).toString(u"$pageview"_s);
    return {{u"period"_s, period},
            {u"totalIntervals"_s, args.value("intervals"_L1).toInt(8)},
            {u"retentionType"_s, u"retention_recurring"_s},
            {u"targetEntity"_s, retentionEntity(target)},
            {u"returningEntity"_s, retentionEntity(events.at(1).toObject().value("event"_L1).toString(target))}};
}

QJsonObject kindNode(const QString &kind, const QJsonObject &args)
{
    static const QHash<QString, QString> nodeKinds{{u"trends"_s, u"TrendsQuery"_s},
                                                   {u"funnel"_s, u"FunnelsQuery"_s},
                                                   {u"retention"_s, u"RetentionQuery"_s},
                                                   {u"lifecycle"_s, u"LifecycleQuery"_s},
                                                   {u"stickiness"_s, u"StickinessQuery"_s}};
    QJsonObject range{{u"date_from"_s, args.value("date_from"_L1).toString(u"-7d"_s)}};
    if (args.contains("date_to"_L1))
        range.insert(u"date_to"_s, args.value("date_to"_L1));
    QJsonObject node{
        {u"kind"_s, nodeKinds.value(kind)}, {u"dateRange"_s, range}, {u"filterTestAccounts"_s, args.value("filter_test_accounts"_L1).toBool(true)}};
    if (kind != "retention"_L1 && kind != "funnel"_L1)
        node.insert(u"interval"_s, args.value("interval"_L1).toString(u"day"_s));
    QJsonArray series;
    for (const QJsonValue &e : args.value("events"_L1).toArray())
        series.append(eventsNode(e.toObject(), kind == "trends"_L1));
    if (kind != "retention"_L1)
        node.insert(u"series"_s, series);
    if (args.contains("breakdown"_L1))
        node.insert(u"breakdownFilter"_s, breakdownFilter(args));
    if (args.value("compare"_L1).toBool())
        node.insert(u"compareFilter"_s, QJsonObject{{u"compare"_s, true}});
    if (kind == "funnel"_L1)
        node.insert(u"funnelsFilter"_s, QJsonObject{{u"funnelWindowInterval"_s, args.value("funnel_window_days"_L1).toInt(14)},
                                                    {u"funnelWindowIntervalUnit"_s, u"day"_s},
                                                    {u"funnelOrderType"_s, u"ordered"_s},
                                                    {u"funnelVizType"_s, u"steps"_s}});
    if (kind == "retention"_L1)
        node.insert(u"retentionFilter"_s, retentionFilter(args));
    return node;
}

} // namespace

QJsonObject InsightQueryBuilder::inputSchema()
{
    QJsonObject events{{u"type"_s, u"array"_s},
                       {u"description"_s, u"Series; funnel: steps in order; lifecycle: 1; retention: cohort event, return event."_s},
                       {u"items"_s, eventSchema()},
                       {u"maxItems"_s, 10}};
    return Schema::object(
        {{u"kind"_s,
          QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, QJsonArray{u"trends"_s, u"funnel"_s, u"retention"_s, u"lifecycle"_s, u"stickiness"_s}}}},
         {u"events"_s, events},
         {u"breakdown"_s, Schema::string(u"Property (trends, funnel)."_s)},
         {u"breakdown_type"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, QJsonArray{u"event"_s, u"person"_s}}}},
         {u"interval"_s, Schema::enumeration(u"Or retention period."_s, {u"hour"_s, u"day"_s, u"week"_s, u"month"_s})},
         {u"date_from"_s, Schema::string(u"Default -7d; -24h, -3m, ISO date."_s)},
         {u"date_to"_s, plainString()},
         {u"compare"_s, Schema::boolean(u"Add previous period (trends, stickiness)."_s)},
         {u"funnel_window_days"_s, Schema::integer(u"Default 14."_s, 1, 365)},
         {u"intervals"_s, Schema::integer(u"Retention periods, default 8."_s, 1, 60)},
         {u"filter_test_accounts"_s, Schema::boolean(u"Default true."_s)}},
        {u"kind"_s});
}

QJsonObject InsightQueryBuilder::source(const QJsonObject &args, QString *error)
{
    const QString kind = args.value("kind"_L1).toString();
    static const QStringList kinds{u"trends"_s, u"funnel"_s, u"retention"_s, u"lifecycle"_s, u"stickiness"_s};
    if (!kinds.contains(kind)) {
        *error = u"'kind' must be one of %1."_s.arg(kinds.join(u", "_s));
        return {};
    }
    for (auto it = argumentKinds().cbegin(); it != argumentKinds().cend(); ++it) {
        if (args.contains(it.key()) && !it.value().contains(kind)) {
            *error = u"'%1' applies to %2 only, not %3."_s.arg(it.key(), it.value().join(u", "_s), kind);
            return {};
        }
    }
    *error = checkEvents(kind, args.value("events"_L1).toArray());
    if (error->isEmpty() && args.contains("breakdown_type"_L1) && !args.contains("breakdown"_L1))
        *error = u"breakdown_type needs breakdown (the property name)."_s;
    if (!error->isEmpty())
        return {};
    return kindNode(kind, args);
}

QJsonObject InsightQueryBuilder::vizNode(const QJsonObject &source)
{
    return {{u"kind"_s, u"InsightVizNode"_s}, {u"source"_s, source}};
}
