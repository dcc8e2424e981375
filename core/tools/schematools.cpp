#include "schematools.h"

#include "listtoolhelper.h"
#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"

using namespace Qt::StringLiterals;

using Active = ActiveProjectStore::Active;

namespace {

void getEventDefinitions(const ToolInvocation &tool)
{
    const ListLayout layout({u"event"_s, u"last seen"_s, u"description"_s});
    ListToolHelper::run<EventDefinition>(tool, ListToolHelper::options(tool.arguments(), 50), &PostHogClient::eventDefinitions, layout,
                                         [](const Active &, const EventDefinition &e) {
                                             return QStringList{u"`%1`"_s.arg(MarkdownRenderer::escape(e.name)), MarkdownRenderer::when(e.lastSeenAt),
                                                                MarkdownRenderer::escape(e.description.left(80))};
                                         });
}

PropertyListOptions propertyListOptions(const ToolInvocation &tool)
{
    PropertyListOptions options;
    options.type = tool.string("type", u"event"_s);
    for (const QJsonValue &v : tool.arguments().value("event_names"_L1).toArray())
        options.eventNames.append(v.toString());
    options.search = tool.string("search");
    options.limit = tool.integer("limit", 50);
    options.offset = tool.integer("offset", 0);
    return options;
}

void getPropertyDefinitions(const ToolInvocation &tool)
{
    const PropertyListOptions options = propertyListOptions(tool);
    const QString prefix = options.type == "person"_L1 ? u"person.properties."_s : u"properties."_s;
    ListToolHelper::run<PropertyDefinition>(
        tool, options, &PostHogClient::propertyDefinitions, ListLayout({u"HogQL"_s, u"type"_s}),
        [prefix](const Active &, const PropertyDefinition &p) {
            return QStringList{u"`%1%2`"_s.arg(prefix, MarkdownRenderer::escape(p.name)), p.propertyType.isEmpty() ? u"?"_s : p.propertyType};
        });
}

const QJsonObject limit = Schema::pageSize(50, 500);
const QJsonObject offset = Schema::pageOffset();

const ToolSpec tools[] = {
    {u"get_event_definitions"_s,
     u"List events"_s,
     u"Event names of the active project, most recently seen first, with descriptions. Call before writing HogQL; "
     "volumes: SELECT event, count() FROM events ... GROUP BY event."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"search"_s, Schema::string(u"Substring of the event name."_s, 0, 200)}, {u"limit"_s, limit}, {u"offset"_s, offset}}),
     {},
     getEventDefinitions},
    {u"get_property_definitions"_s,
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
     getPropertyDefinitions},
};

} // namespace

void SchemaTools::registerTools(PostHogToolset &toolset)
{
    toolset.add(tools);
}
