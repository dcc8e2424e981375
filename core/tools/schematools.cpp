#include "schematools.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"

#include "posthog/posthogclient.h"

using namespace Qt::StringLiterals;

using Active = ActiveProjectStore::Active;

void SchemaTools::registerTools(PostHogToolset &toolset)
{
    PostHogToolset *ts = &toolset;
    const QJsonObject limit = Schema::integer(u"Page size (default 50)."_s, 1, 500);
    const QJsonObject offset = Schema::integer(u"Skip this many (paging)."_s, 0, 1000000);

    toolset.add(
        {u"get_event_definitions"_s,
         u"List events"_s,
         u"Event names in the active project with when each was last seen (most recently seen first) and descriptions. "
         "For volumes, run HogQL: SELECT event, count() FROM events WHERE timestamp > now() - INTERVAL 30 DAY GROUP BY event. "
         "Call before writing HogQL."_s,
         Stake::NeverAsk,
         true,
         Schema::object({{u"search"_s, Schema::string(u"Substring of the event name."_s, 0, 200)}, {u"limit"_s, limit}, {u"offset"_s, offset}}),
         {},
         [ts](const ToolCall &call) {
             ts->withProject(call, [ts, call](const Active &active) {
                 const ListOptions options = PostHogToolset::listOptions(call.arguments(), 50);
                 ts->client()->eventDefinitions(
                     active.projectId, options, ts, [ts, call, active, options](const PostHogResult<Page<EventDefinition>> &page) {
                         if (!page.ok())
                             return call.finish(PostHogToolset::apiError(page.error()));
                         QList<QStringList> rows;
                         for (const EventDefinition &e : page.value().results)
                             rows.append({u"`%1`"_s.arg(MarkdownRenderer::escape(e.name)), MarkdownRenderer::when(e.lastSeenAt),
                                          MarkdownRenderer::escape(e.description.left(80))});
                         ts->finishText(call,
                                        PostHogToolset::projectLine(active) + QLatin1Char('\n')
                                            + MarkdownRenderer::table({u"event"_s, u"last seen"_s, u"description"_s}, rows, ts->budgetChars() - 300)
                                            + QLatin1Char('\n')
                                            + MarkdownRenderer::pageNote(options.offset, int(page.value().results.size()), page.value().count,
                                                                         page.value().hasMore));
                     });
             });
         }});

    toolset.add({u"get_property_definitions"_s,
                 u"List properties"_s,
                 u"Event or person property names with types. Use in HogQL as properties.<name> or person.properties.<name>; "
                 "pass event_names to see only properties of those events."_s,
                 Stake::NeverAsk,
                 true,
                 Schema::object({{u"type"_s, Schema::enumeration(u"event (default) or person properties."_s, {u"event"_s, u"person"_s})},
                                 {u"event_names"_s, Schema::stringArray(u"Only properties seen on these events."_s, 20)},
                                 {u"search"_s, Schema::string(u"Substring of the property name."_s, 0, 200)},
                                 {u"limit"_s, limit},
                                 {u"offset"_s, offset}}),
                 {},
                 [ts](const ToolCall &call) {
                     ts->withProject(call, [ts, call](const Active &active) {
                         PropertyListOptions options;
                         options.type = PostHogToolset::stringArgument(call.arguments(), "type", u"event"_s);
                         for (const QJsonValue &v : call.arguments().value("event_names"_L1).toArray())
                             options.eventNames.append(v.toString());
                         options.search = PostHogToolset::stringArgument(call.arguments(), "search");
                         options.limit = PostHogToolset::intArgument(call.arguments(), "limit", 50);
                         options.offset = PostHogToolset::intArgument(call.arguments(), "offset", 0);
                         ts->client()->propertyDefinitions(
                             active.projectId, options, ts, [ts, call, active, options](const PostHogResult<Page<PropertyDefinition>> &page) {
                                 if (!page.ok())
                                     return call.finish(PostHogToolset::apiError(page.error()));
                                 const QString prefix = options.type == "person"_L1 ? u"person.properties."_s : u"properties."_s;
                                 QList<QStringList> rows;
                                 for (const PropertyDefinition &p : page.value().results)
                                     rows.append({u"`%1%2`"_s.arg(prefix, MarkdownRenderer::escape(p.name)),
                                                  p.propertyType.isEmpty() ? u"?"_s : p.propertyType});
                                 ts->finishText(call, PostHogToolset::projectLine(active) + QLatin1Char('\n')
                                                          + MarkdownRenderer::table({u"HogQL"_s, u"type"_s}, rows, ts->budgetChars() - 300)
                                                          + QLatin1Char('\n')
                                                          + MarkdownRenderer::pageNote(options.offset, int(page.value().results.size()),
                                                                                       page.value().count, page.value().hasMore));
                             });
                     });
                 }});
}
