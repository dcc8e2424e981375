// A test-only MCP server on core/mcp with the official conformance fixtures
// (@modelcontextprotocol/conformance): the suite cannot send our bearer token and needs
// fixed-name tools, resources and prompts. Auth off, Host/Origin checks on.
//   conformance_server [--port N] [--stdio]
#include "mcp/mcpserver.h"
#include "mcp/stdiotransport.h"
#include "mcp/streamablehttptransport.h"
#include "mcp/toolregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

namespace {

// A 1×1 red PNG and a tiny WAV, as the fixtures ask for "minimal" media.
const QString pngBase64 = QStringLiteral("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
const QString wavBase64 = QStringLiteral("UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA=");

QJsonObject text(const QString &value) { return {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), value}}; }
QJsonObject image() { return {{QStringLiteral("type"), QStringLiteral("image")}, {QStringLiteral("data"), pngBase64}, {QStringLiteral("mimeType"), QStringLiteral("image/png")}}; }
QJsonObject noArguments() { return {{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), QJsonObject()}}; }
QJsonObject stringArgument(const QString &name, const QString &description)
{
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"), QJsonObject{{name, QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("description"), description}}}}},
            {QStringLiteral("required"), QJsonArray{name}}};
}
QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

void addTool(ToolRegistry &registry, const QString &name, const QString &description, const QJsonObject &schema, std::function<void(ToolCall)> handler)
{
    ToolDefinition tool;
    tool.name = name;
    tool.description = description;
    tool.inputSchema = schema;
    tool.handler = std::move(handler);
    registry.add(tool);
}

void elicit(const ToolCall &call, const QString &message, const QJsonObject &schema, const QString &prefix)
{
    call.requestClient(QStringLiteral("elicitation/create"), {{QStringLiteral("message"), message}, {QStringLiteral("requestedSchema"), schema}},
                       [call, prefix](const QJsonObject &result, const QJsonObject &error) {
        if (!error.isEmpty())
            return call.finish(ToolResult::error(QStringLiteral("Elicitation failed: ") + error.value(QLatin1String("message")).toString()));
        call.finish(ToolResult::text(QStringLiteral("%1action=%2, content=%3").arg(prefix, result.value(QLatin1String("action")).toString(),
                                                                                  compact(result.value(QLatin1String("content")).toObject()))));
    });
}

void registerTools(ToolRegistry &registry)
{
    addTool(registry, QStringLiteral("test_simple_text"), QStringLiteral("Returns simple text."), noArguments(),
            [](ToolCall call) { call.finish(ToolResult::text(QStringLiteral("This is a simple text response for testing."))); });
    addTool(registry, QStringLiteral("test_image_content"), QStringLiteral("Returns an image."), noArguments(), [](ToolCall call) {
        ToolResult r;
        r.addContent(image());
        call.finish(r);
    });
    addTool(registry, QStringLiteral("test_audio_content"), QStringLiteral("Returns audio."), noArguments(), [](ToolCall call) {
        ToolResult r;
        r.addContent({{QStringLiteral("type"), QStringLiteral("audio")}, {QStringLiteral("data"), wavBase64}, {QStringLiteral("mimeType"), QStringLiteral("audio/wav")}});
        call.finish(r);
    });
    const QJsonObject embedded{{QStringLiteral("type"), QStringLiteral("resource")},
                               {QStringLiteral("resource"), QJsonObject{{QStringLiteral("uri"), QStringLiteral("test://embedded-resource")},
                                                                        {QStringLiteral("mimeType"), QStringLiteral("text/plain")},
                                                                        {QStringLiteral("text"), QStringLiteral("This is an embedded resource content.")}}}};
    addTool(registry, QStringLiteral("test_embedded_resource"), QStringLiteral("Returns an embedded resource."), noArguments(), [embedded](ToolCall call) {
        ToolResult r;
        r.addContent(embedded);
        call.finish(r);
    });
    addTool(registry, QStringLiteral("test_multiple_content_types"), QStringLiteral("Returns text, image and resource."), noArguments(), [](ToolCall call) {
        ToolResult r;
        r.addContent(text(QStringLiteral("Multiple content types test:")));
        r.addContent(image());
        r.addContent({{QStringLiteral("type"), QStringLiteral("resource")},
                      {QStringLiteral("resource"), QJsonObject{{QStringLiteral("uri"), QStringLiteral("test://mixed-content-resource")},
                                                               {QStringLiteral("mimeType"), QStringLiteral("application/json")},
                                                               {QStringLiteral("text"), QStringLiteral("{\"test\":\"data\",\"value\":123}")}}}});
        call.finish(r);
    });
    addTool(registry, QStringLiteral("test_tool_with_logging"), QStringLiteral("Logs three messages."), noArguments(), [](ToolCall call) {
        call.log(QStringLiteral("info"), QStringLiteral("conformance"), QStringLiteral("Tool execution started"));
        QTimer::singleShot(50, [call] {
            call.log(QStringLiteral("info"), QStringLiteral("conformance"), QStringLiteral("Tool processing data"));
            QTimer::singleShot(50, [call] {
                call.log(QStringLiteral("info"), QStringLiteral("conformance"), QStringLiteral("Tool execution completed"));
                call.finish(ToolResult::text(QStringLiteral("Tool with logging executed successfully")));
            });
        });
    });
    addTool(registry, QStringLiteral("test_tool_with_progress"), QStringLiteral("Reports progress."), noArguments(), [](ToolCall call) {
        call.reportProgress(0, 100);
        QTimer::singleShot(50, [call] {
            call.reportProgress(50, 100);
            QTimer::singleShot(50, [call] {
                call.reportProgress(100, 100);
                call.finish(ToolResult::text(QStringLiteral("Tool with progress executed successfully")));
            });
        });
    });
    addTool(registry, QStringLiteral("test_error_handling"), QStringLiteral("Always fails."), noArguments(),
            [](ToolCall call) { call.finish(ToolResult::error(QStringLiteral("This tool intentionally returns an error for testing"))); });
    addTool(registry, QStringLiteral("test_sampling"), QStringLiteral("Asks the client's LLM."), stringArgument(QStringLiteral("prompt"), QStringLiteral("The prompt")),
            [](ToolCall call) {
        const QJsonObject params{{QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                                      {QStringLiteral("content"), text(call.arguments().value(QLatin1String("prompt")).toString())}}}},
                                 {QStringLiteral("maxTokens"), 100}};
        call.requestClient(QStringLiteral("sampling/createMessage"), params, [call](const QJsonObject &result, const QJsonObject &error) {
            if (!error.isEmpty())
                return call.finish(ToolResult::error(QStringLiteral("Sampling failed: ") + error.value(QLatin1String("message")).toString()));
            call.finish(ToolResult::text(QStringLiteral("LLM response: ") + result.value(QLatin1String("content")).toObject().value(QLatin1String("text")).toString()));
        });
    });
    addTool(registry, QStringLiteral("test_elicitation"), QStringLiteral("Asks the user."), stringArgument(QStringLiteral("message"), QStringLiteral("The message")),
            [](ToolCall call) {
        const QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                                 {QStringLiteral("properties"), QJsonObject{{QStringLiteral("username"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("description"), QStringLiteral("User's response")}}},
                                                                            {QStringLiteral("email"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("description"), QStringLiteral("User's email address")}}}}},
                                 {QStringLiteral("required"), QJsonArray{QStringLiteral("username"), QStringLiteral("email")}}};
        elicit(call, call.arguments().value(QLatin1String("message")).toString(), schema, QStringLiteral("User response: "));
    });
    addTool(registry, QStringLiteral("test_elicitation_sep1034_defaults"), QStringLiteral("Elicitation with defaults."), noArguments(), [](ToolCall call) {
        const QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                                 {QStringLiteral("properties"), QJsonObject{
                                      {QStringLiteral("name"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("default"), QStringLiteral("John Doe")}}},
                                      {QStringLiteral("age"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("default"), 30}}},
                                      {QStringLiteral("score"), QJsonObject{{QStringLiteral("type"), QStringLiteral("number")}, {QStringLiteral("default"), 95.5}}},
                                      {QStringLiteral("status"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                                             {QStringLiteral("enum"), QJsonArray{QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("pending")}},
                                                                             {QStringLiteral("default"), QStringLiteral("active")}}},
                                      {QStringLiteral("verified"), QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}, {QStringLiteral("default"), true}}}}}};
        elicit(call, QStringLiteral("Please review and update the form fields with defaults"), schema, QStringLiteral("Elicitation completed: "));
    });
    addTool(registry, QStringLiteral("test_elicitation_sep1330_enums"), QStringLiteral("Elicitation with enums."), noArguments(), [](ToolCall call) {
        auto titled = [](const char *a, const char *b, const char *c, const char *ta, const char *tb, const char *tc) {
            return QJsonArray{QJsonObject{{QStringLiteral("const"), QLatin1String(a)}, {QStringLiteral("title"), QLatin1String(ta)}},
                              QJsonObject{{QStringLiteral("const"), QLatin1String(b)}, {QStringLiteral("title"), QLatin1String(tb)}},
                              QJsonObject{{QStringLiteral("const"), QLatin1String(c)}, {QStringLiteral("title"), QLatin1String(tc)}}};
        };
        const QJsonArray options{QStringLiteral("option1"), QStringLiteral("option2"), QStringLiteral("option3")};
        const QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                                 {QStringLiteral("properties"), QJsonObject{
                                      {QStringLiteral("untitledSingle"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("enum"), options}}},
                                      {QStringLiteral("titledSingle"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                                                   {QStringLiteral("oneOf"), titled("value1", "value2", "value3", "First Option", "Second Option", "Third Option")}}},
                                      {QStringLiteral("legacyEnum"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                                                 {QStringLiteral("enum"), QJsonArray{QStringLiteral("opt1"), QStringLiteral("opt2"), QStringLiteral("opt3")}},
                                                                                 {QStringLiteral("enumNames"), QJsonArray{QStringLiteral("Option One"), QStringLiteral("Option Two"), QStringLiteral("Option Three")}}}},
                                      {QStringLiteral("untitledMulti"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                                                    {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("enum"), options}}}}},
                                      {QStringLiteral("titledMulti"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                                                  {QStringLiteral("items"), QJsonObject{{QStringLiteral("anyOf"), titled("value1", "value2", "value3", "First Choice", "Second Choice", "Third Choice")}}}}}}}};
        elicit(call, QStringLiteral("Please select options from the enum fields"), schema, QStringLiteral("Elicitation completed: "));
    });
    const QJsonObject schema2020{{QStringLiteral("$schema"), QStringLiteral("https://json-schema.org/draft/2020-12/schema")},
                                 {QStringLiteral("type"), QStringLiteral("object")},
                                 {QStringLiteral("$defs"), QJsonObject{{QStringLiteral("address"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                                                                             {QStringLiteral("properties"), QJsonObject{{QStringLiteral("street"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                                                                                                                                                        {QStringLiteral("city"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}}}}},
                                 {QStringLiteral("properties"), QJsonObject{{QStringLiteral("name"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                                                                            {QStringLiteral("address"), QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/$defs/address")}}}}},
                                 {QStringLiteral("additionalProperties"), false}};
    addTool(registry, QStringLiteral("json_schema_2020_12_tool"), QStringLiteral("Tool with JSON Schema 2020-12 features"), schema2020,
            [](ToolCall call) { call.finish(ToolResult::text(QStringLiteral("JSON Schema 2020-12 tool executed"))); });
    addTool(registry, QStringLiteral("test_reconnection"), QStringLiteral("Answers after a short wait."), noArguments(), [](ToolCall call) {
        QTimer::singleShot(100, [call] { call.finish(ToolResult::text(QStringLiteral("Reconnection test completed"))); });
    });
}

void registerResources(McpServer &server)
{
    // subscribe is not advertised: the handlers accept it, but no update notifications are sent
    // (a stateless server has no stream to send them on; subscriptions/listen is not implemented).
    const QJsonObject resourcesCapability{{QStringLiteral("listChanged"), false}};
    server.addMethod(QStringLiteral("resources/list"), QStringLiteral("resources"), resourcesCapability, true,
                     [](const QJsonObject &, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
        auto resource = [](const char *uri, const char *name, const char *description, const char *mime) {
            return QJsonObject{{QStringLiteral("uri"), QLatin1String(uri)}, {QStringLiteral("name"), QLatin1String(name)},
                               {QStringLiteral("description"), QLatin1String(description)}, {QStringLiteral("mimeType"), QLatin1String(mime)}};
        };
        reply.result({{QStringLiteral("resources"), QJsonArray{resource("test://static-text", "Static Text Resource", "A static text resource for testing", "text/plain"),
                                                               resource("test://static-binary", "Static Binary Resource", "A static binary resource (image) for testing", "image/png"),
                                                               resource("test://watched-resource", "Watched Resource", "A resource that can be subscribed to", "text/plain")}}});
    });
    server.addMethod(QStringLiteral("resources/templates/list"), QString(), {}, true,
                     [](const QJsonObject &, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
        reply.result({{QStringLiteral("resourceTemplates"), QJsonArray{QJsonObject{{QStringLiteral("uriTemplate"), QStringLiteral("test://template/{id}/data")},
                                                                                   {QStringLiteral("name"), QStringLiteral("Template Resource")},
                                                                                   {QStringLiteral("description"), QStringLiteral("A resource template with parameter substitution")},
                                                                                   {QStringLiteral("mimeType"), QStringLiteral("application/json")}}}}});
    });
    server.addMethod(QStringLiteral("resources/read"), QString(), {}, true,
                     [](const QJsonObject &params, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
        const QString uri = params.value(QLatin1String("uri")).toString();
        static const QRegularExpression templated(QStringLiteral("^test://template/([^/]+)/data$"));
        const auto match = templated.match(uri);
        QJsonObject content{{QStringLiteral("uri"), uri}};
        if (uri == QLatin1String("test://static-text")) {
            content.insert(QStringLiteral("mimeType"), QStringLiteral("text/plain"));
            content.insert(QStringLiteral("text"), QStringLiteral("This is the content of the static text resource."));
        } else if (uri == QLatin1String("test://static-binary")) {
            content.insert(QStringLiteral("mimeType"), QStringLiteral("image/png"));
            content.insert(QStringLiteral("blob"), pngBase64);
        } else if (uri == QLatin1String("test://watched-resource")) {
            content.insert(QStringLiteral("mimeType"), QStringLiteral("text/plain"));
            content.insert(QStringLiteral("text"), QStringLiteral("Watched resource content"));
        } else if (match.hasMatch()) {
            content.insert(QStringLiteral("mimeType"), QStringLiteral("application/json"));
            content.insert(QStringLiteral("text"), compact({{QStringLiteral("id"), match.captured(1)}, {QStringLiteral("templateTest"), true},
                                                            {QStringLiteral("data"), QStringLiteral("Data for ID: ") + match.captured(1)}}));
        } else {
            // SEP-2164: -32602 with the URI (2026-07-28 and later; earlier revisions used -32002).
            reply.error(McpServer::InvalidParams, QStringLiteral("Resource not found: %1").arg(uri), QJsonObject{{QStringLiteral("uri"), uri}});
            return;
        }
        reply.result({{QStringLiteral("contents"), QJsonArray{content}}});
    });
    for (const char *method : {"resources/subscribe", "resources/unsubscribe"}) {
        server.addMethod(QLatin1String(method), QString(), {}, false,
                         [](const QJsonObject &, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) { reply.result({}); });
    }
}

void registerPrompts(McpServer &server)
{
    auto argument = [](const char *name, const char *description) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("description"), QLatin1String(description)}, {QStringLiteral("required"), true}};
    };
    const QJsonArray prompts{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("test_simple_prompt")}, {QStringLiteral("description"), QStringLiteral("A simple prompt without arguments")}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("test_prompt_with_arguments")}, {QStringLiteral("description"), QStringLiteral("A prompt with required arguments")},
                    {QStringLiteral("arguments"), QJsonArray{argument("arg1", "First test argument"), argument("arg2", "Second test argument")}}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("test_prompt_with_embedded_resource")}, {QStringLiteral("description"), QStringLiteral("A prompt that includes an embedded resource")},
                    {QStringLiteral("arguments"), QJsonArray{argument("resourceUri", "URI of the resource to embed")}}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("test_prompt_with_image")}, {QStringLiteral("description"), QStringLiteral("A prompt that includes image content")}}};
    server.addMethod(QStringLiteral("prompts/list"), QStringLiteral("prompts"), QJsonObject{{QStringLiteral("listChanged"), false}}, true,
                     [prompts](const QJsonObject &, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) { reply.result({{QStringLiteral("prompts"), prompts}}); });
    server.addMethod(QStringLiteral("prompts/get"), QString(), {}, false,
                     [](const QJsonObject &params, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
        const QString name = params.value(QLatin1String("name")).toString();
        const QJsonObject args = params.value(QLatin1String("arguments")).toObject();
        auto message = [](const QJsonObject &content) { return QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), content}}; };
        QJsonArray messages;
        if (name == QLatin1String("test_simple_prompt")) {
            messages.append(message(text(QStringLiteral("This is a simple prompt for testing."))));
        } else if (name == QLatin1String("test_prompt_with_arguments")) {
            messages.append(message(text(QStringLiteral("Prompt with arguments: arg1='%1', arg2='%2'")
                                             .arg(args.value(QLatin1String("arg1")).toString(), args.value(QLatin1String("arg2")).toString()))));
        } else if (name == QLatin1String("test_prompt_with_embedded_resource")) {
            messages.append(message({{QStringLiteral("type"), QStringLiteral("resource")},
                                     {QStringLiteral("resource"), QJsonObject{{QStringLiteral("uri"), args.value(QLatin1String("resourceUri")).toString()},
                                                                              {QStringLiteral("mimeType"), QStringLiteral("text/plain")},
                                                                              {QStringLiteral("text"), QStringLiteral("Embedded resource content for testing.")}}}}));
            messages.append(message(text(QStringLiteral("Please process the embedded resource above."))));
        } else if (name == QLatin1String("test_prompt_with_image")) {
            messages.append(message(image()));
            messages.append(message(text(QStringLiteral("Please analyze the image above."))));
        } else {
            reply.error(McpServer::InvalidParams, QStringLiteral("Unknown prompt '%1'.").arg(name), QJsonValue::Undefined);
            return;
        }
        reply.result({{QStringLiteral("messages"), messages}});
    });
    server.addMethod(QStringLiteral("completion/complete"), QStringLiteral("completions"), QJsonObject(), false,
                     [](const QJsonObject &params, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
        const QString value = params.value(QLatin1String("argument")).toObject().value(QLatin1String("value")).toString();
        QJsonArray values;
        for (const QString &candidate : {QStringLiteral("test"), QStringLiteral("testing"), QStringLiteral("tested")}) {
            if (candidate.startsWith(value))
                values.append(candidate);
        }
        reply.result({{QStringLiteral("completion"), QJsonObject{{QStringLiteral("values"), values}, {QStringLiteral("total"), values.size()},
                                                                 {QStringLiteral("hasMore"), false}}}});
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    ToolRegistry registry;
    McpServer server(&registry);
    registerTools(registry);
    registerResources(server);
    registerPrompts(server);
    McpServer::ServerInfo info;
    info.name = QStringLiteral("posthog-companion-conformance-fixtures");
    server.setServerInfo(info);
    if (args.contains(QLatin1String("--stdio"))) {
        StdioTransport stdio(&server);
        QObject::connect(&stdio, &StdioTransport::finished, &app, &QCoreApplication::quit);
        stdio.start();
        return app.exec();
    }
    const int portIndex = int(args.indexOf(QLatin1String("--port")));
    const quint16 port = portIndex >= 0 ? quint16(args.value(portIndex + 1).toUInt()) : 0;
    StreamableHttpTransport http(&server);
    if (http.listen(port) == 0) {
        std::fprintf(stderr, "%s\n", qPrintable(http.errorString()));
        return 1;
    }
    std::fprintf(stderr, "Conformance fixtures at %s\n", qPrintable(http.url().toString()));
    std::fflush(stderr);
    return app.exec();
}
