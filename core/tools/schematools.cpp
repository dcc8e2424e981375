#include "schematools.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"

#include "posthog/posthogclient.h"

using Active = ActiveProjectStore::Active;

void SchemaTools::registerTools(PostHogToolset &toolset)
{
    PostHogToolset *ts = &toolset;
    const QJsonObject limit = Schema::integer(QStringLiteral("Page size (default 50)."), 1, 500);
    const QJsonObject offset = Schema::integer(QStringLiteral("Skip this many (paging)."), 0, 1000000);

    toolset.add({QStringLiteral("get_event_definitions"), QStringLiteral("List events"),
                 QStringLiteral("Event names in the active project with when each was last seen (most recently seen first) and descriptions. "
                                "For volumes, run HogQL: SELECT event, count() FROM events WHERE timestamp > now() - INTERVAL 30 DAY GROUP BY event. "
                                "Call before writing HogQL."),
                 Stake::NeverAsk, true,
                 Schema::object({{QStringLiteral("search"), Schema::string(QStringLiteral("Substring of the event name."), 0, 200)},
                                 {QStringLiteral("limit"), limit}, {QStringLiteral("offset"), offset}}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            const ListOptions options = PostHogToolset::listOptions(call.arguments(), 50);
            ts->client()->eventDefinitions(active.projectId, options, ts, [ts, call, active, options](const PostHogResult<Page<EventDefinition>> &page) {
                if (!page.ok())
                    return call.finish(PostHogToolset::apiError(page.error()));
                QList<QStringList> rows;
                for (const EventDefinition &e : page.value().results)
                    rows.append({QStringLiteral("`%1`").arg(MarkdownRenderer::escape(e.name)),
                                 MarkdownRenderer::when(e.lastSeenAt),
                                 MarkdownRenderer::escape(e.description.left(80))});
                ts->finishText(call, PostHogToolset::projectLine(active) + QLatin1Char('\n')
                                         + MarkdownRenderer::table({QStringLiteral("event"), QStringLiteral("last seen"),
                                                                    QStringLiteral("description")}, rows, ts->budgetChars() - 300)
                                         + QLatin1Char('\n') + MarkdownRenderer::pageNote(options.offset, int(page.value().results.size()), page.value().count, page.value().hasMore));
            });
        });
    }});

    toolset.add({QStringLiteral("get_property_definitions"), QStringLiteral("List properties"),
                 QStringLiteral("Event or person property names with types. Use in HogQL as properties.<name> or person.properties.<name>; "
                                "pass event_names to see only properties of those events."),
                 Stake::NeverAsk, true,
                 Schema::object({{QStringLiteral("type"), Schema::enumeration(QStringLiteral("event (default) or person properties."),
                                                                              {QStringLiteral("event"), QStringLiteral("person")})},
                                 {QStringLiteral("event_names"), Schema::stringArray(QStringLiteral("Only properties seen on these events."), 20)},
                                 {QStringLiteral("search"), Schema::string(QStringLiteral("Substring of the property name."), 0, 200)},
                                 {QStringLiteral("limit"), limit}, {QStringLiteral("offset"), offset}}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            PropertyListOptions options;
            options.type = PostHogToolset::stringArgument(call.arguments(), "type", QStringLiteral("event"));
            for (const QJsonValue &v : call.arguments().value(QLatin1String("event_names")).toArray())
                options.eventNames.append(v.toString());
            options.search = PostHogToolset::stringArgument(call.arguments(), "search");
            options.limit = PostHogToolset::intArgument(call.arguments(), "limit", 50);
            options.offset = PostHogToolset::intArgument(call.arguments(), "offset", 0);
            ts->client()->propertyDefinitions(active.projectId, options, ts, [ts, call, active, options](const PostHogResult<Page<PropertyDefinition>> &page) {
                if (!page.ok())
                    return call.finish(PostHogToolset::apiError(page.error()));
                const QString prefix = options.type == QLatin1String("person") ? QStringLiteral("person.properties.") : QStringLiteral("properties.");
                QList<QStringList> rows;
                for (const PropertyDefinition &p : page.value().results)
                    rows.append({QStringLiteral("`%1%2`").arg(prefix, MarkdownRenderer::escape(p.name)), p.propertyType.isEmpty() ? QStringLiteral("?") : p.propertyType});
                ts->finishText(call, PostHogToolset::projectLine(active) + QLatin1Char('\n')
                                         + MarkdownRenderer::table({QStringLiteral("HogQL"), QStringLiteral("type")}, rows, ts->budgetChars() - 300)
                                         + QLatin1Char('\n') + MarkdownRenderer::pageNote(options.offset, int(page.value().results.size()), page.value().count, page.value().hasMore));
            });
        });
    }});
}
