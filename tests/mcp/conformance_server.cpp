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

using namespace Qt::StringLiterals;

namespace {

// A 1×1 red PNG and a tiny WAV, as the fixtures ask for "minimal" media.
const QString pngBase64 = u"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="_s;
const QString wavBase64 = u"UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA="_s;

QJsonObject text(const QString &value)
{
    return {{u"type"_s, u"text"_s}, {u"text"_s, value}};
}
QJsonObject image()
{
    return {{u"type"_s, u"image"_s}, {u"data"_s, pngBase64}, {u"mimeType"_s, u"image/png"_s}};
}
QJsonObject noArguments()
{
    return {{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject()}};
}
QJsonObject stringArgument(const QString &name, const QString &description)
{
    return {{u"type"_s, u"object"_s},
            {u"properties"_s, QJsonObject{{name, QJsonObject{{u"type"_s, u"string"_s}, {u"description"_s, description}}}}},
            {u"required"_s, QJsonArray{name}}};
}
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void addTool(ToolRegistry &registry, const QString &name, const QString &description, const QJsonObject &schema,
             std::function<void(ToolCall)> handler)
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
    call.requestClient(u"elicitation/create"_s, {{u"message"_s, message}, {u"requestedSchema"_s, schema}},
                       [call, prefix](const QJsonObject &result, const QJsonObject &error) {
                           if (!error.isEmpty())
                               return call.finish(ToolResult::error(u"Elicitation failed: "_s + error.value("message"_L1).toString()));
                           call.finish(ToolResult::text(u"%1action=%2, content=%3"_s.arg(prefix, result.value("action"_L1).toString(),
                                                                                         compact(result.value("content"_L1).toObject()))));
                       });
}

QJsonObject elicitation(const QString &message, const QString &field, const QString &type)
{
    return {{u"method"_s, u"elicitation/create"_s},
            {u"params"_s, QJsonObject{{u"message"_s, message},
                                      {u"requestedSchema"_s, QJsonObject{{u"type"_s, u"object"_s},
                                                                         {u"properties"_s, QJsonObject{{field, QJsonObject{{u"type"_s, type}}}}},
                                                                         {u"required"_s, QJsonArray{field}}}}}}};
}
QJsonObject sampling(const QString &prompt, int maxTokens)
{
    return {{u"method"_s, u"sampling/createMessage"_s},
            {u"params"_s, QJsonObject{{u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, text(prompt)}}}},
                                      {u"maxTokens"_s, maxTokens}}}};
}
QJsonObject rootsList()
{
    return {{u"method"_s, u"roots/list"_s}, {u"params"_s, QJsonObject()}};
}
QString answered(const ToolCall &call, const QString &key, const QString &field)
{
    return call.inputResponses().value(key).toObject().value("content"_L1).toObject().value(field).toVariant().toString();
}
bool hasAll(const QJsonObject &responses, const QJsonObject &requests)
{
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        if (!responses.value(it.key()).isObject())
            return false;
    }
    return true;
}

// SEP-2322 fixtures: ask with `requests` (and `state`) until every key is answered (and, when a
// state is named, the engine opened that state), then finish with `complete`.
void addInputTool(ToolRegistry &registry, const QString &name, const QJsonObject &requests, const QString &state,
                  std::function<ToolResult(const ToolCall &)> complete)
{
    addTool(registry, name, u"Asks the client for input (multi-round-trip)."_s, noArguments(), [requests, state, complete](ToolCall call) {
        const bool stateOk = state.isEmpty() || call.requestState() == state;
        if (stateOk && hasAll(call.inputResponses(), requests))
            return call.finish(complete(call));
        call.finish(ToolResult::inputRequired(requests, state));
    });
}

void registerInputTools(ToolRegistry &registry)
{
    const QJsonObject name{{u"user_name"_s, elicitation(u"What is your name?"_s, u"name"_s, u"string"_s)}};
    addInputTool(registry, u"test_input_required_result_elicitation"_s, name, {},
                 [](const ToolCall &call) { return ToolResult::text(u"Hello, %1!"_s.arg(answered(call, u"user_name"_s, u"name"_s))); });
    addInputTool(registry, u"test_input_required_result_sampling"_s, {{u"capital_question"_s, sampling(u"What is the capital of France?"_s, 100)}},
                 {}, [](const ToolCall &call) {
                     const QJsonObject answer = call.inputResponses().value("capital_question"_L1).toObject();
                     return ToolResult::text(u"LLM response: "_s + answer.value("content"_L1).toObject().value("text"_L1).toString());
                 });
    addInputTool(registry, u"test_input_required_result_list_roots"_s, {{u"client_roots"_s, rootsList()}}, {}, [](const ToolCall &call) {
        const QJsonArray roots = call.inputResponses().value("client_roots"_L1).toObject().value("roots"_L1).toArray();
        QStringList uris;
        for (const QJsonValue &root : roots)
            uris.append(root.toObject().value("uri"_L1).toString());
        return ToolResult::text(u"Client roots: "_s + uris.join(u", "_s));
    });
    addInputTool(registry, u"test_input_required_result_request_state"_s, {{u"confirm"_s, elicitation(u"Please confirm"_s, u"ok"_s, u"boolean"_s)}},
                 u"awaiting-confirm"_s, [](const ToolCall &) { return ToolResult::text(u"state-ok: the requestState came back intact"_s); });
    addInputTool(registry, u"test_input_required_result_tampered_state"_s, {{u"confirm"_s, elicitation(u"Please confirm"_s, u"ok"_s, u"boolean"_s)}},
                 u"tamper-check"_s, [](const ToolCall &) { return ToolResult::text(u"state-ok"_s); });
    const QJsonObject three{{u"user_name"_s, elicitation(u"What is your name?"_s, u"name"_s, u"string"_s)},
                            {u"greeting"_s, sampling(u"Generate a greeting"_s, 50)},
                            {u"client_roots"_s, rootsList()}};
    addInputTool(registry, u"test_input_required_result_multiple_inputs"_s, three, u"multi"_s, [](const ToolCall &call) {
        return ToolResult::text(u"All inputs received for %1"_s.arg(answered(call, u"user_name"_s, u"name"_s)));
    });
    addTool(registry, u"test_input_required_result_multi_round"_s, u"Asks twice."_s, noArguments(), [](ToolCall call) {
        if (call.requestState().startsWith("round-2:"_L1) && call.inputResponses().contains("step2"_L1))
            return call.finish(ToolResult::text(u"%1 likes %2"_s.arg(call.requestState().mid(8), answered(call, u"step2"_s, u"color"_s))));
        if (call.requestState() == "round-1"_L1 && call.inputResponses().contains("step1"_L1)) {
            return call.finish(
                ToolResult::inputRequired({{u"step2"_s, elicitation(u"Step 2: What is your favorite color?"_s, u"color"_s, u"string"_s)}},
                                          u"round-2:"_s + answered(call, u"step1"_s, u"name"_s)));
        }
        call.finish(ToolResult::inputRequired({{u"step1"_s, elicitation(u"Step 1: What is your name?"_s, u"name"_s, u"string"_s)}}, u"round-1"_s));
    });
    // Only what the client declared: a client with sampling alone gets the sampling request.
    addTool(registry, u"test_input_required_result_capabilities"_s, u"Asks what the client can answer."_s, noArguments(), [](ToolCall call) {
        if (!call.inputResponses().isEmpty())
            return call.finish(ToolResult::text(u"Received %1 answer(s)"_s.arg(call.inputResponses().size())));
        QJsonObject requests;
        if (call.clientSupports(u"elicitation/create"_s))
            requests.insert(u"user_name"_s, elicitation(u"What is your name?"_s, u"name"_s, u"string"_s));
        if (call.clientSupports(u"sampling/createMessage"_s))
            requests.insert(u"greeting"_s, sampling(u"Generate a greeting"_s, 50));
        if (call.clientSupports(u"roots/list"_s))
            requests.insert(u"client_roots"_s, rootsList());
        if (requests.isEmpty())
            return call.finish(ToolResult::text(u"The client declared nothing it could be asked."_s));
        call.finish(ToolResult::inputRequired(requests));
    });
}

// server-stateless diagnostics (SEP-2575): a tool that needs sampling whatever the client
// declared (the engine answers -32021), one that asks for input (the stream must carry only the
// input_required result) and one that logs (nothing unless the request set a logLevel).
void registerStatelessDiagnostics(ToolRegistry &registry)
{
    addTool(registry, u"test_missing_capability"_s, u"Needs the client's sampling capability."_s, noArguments(), [](ToolCall call) {
        call.finish(ToolResult::inputRequired({{u"completion"_s, sampling(u"Say hello"_s, 10)}}));
    });
    addTool(registry, u"test_streaming_elicitation"_s, u"Asks the user through an input_required result."_s, noArguments(), [](ToolCall call) {
        call.log(u"info"_s, u"conformance"_s, u"asking for a name"_s);
        if (!call.inputResponses().isEmpty())
            return call.finish(ToolResult::text(u"Thanks"_s));
        call.finish(ToolResult::inputRequired({{u"user_name"_s, elicitation(u"What is your name?"_s, u"name"_s, u"string"_s)}}));
    });
    addTool(registry, u"test_logging_tool"_s, u"Logs at every level."_s, noArguments(), [](ToolCall call) {
        for (const QString &level : {u"debug"_s, u"info"_s, u"warning"_s, u"error"_s})
            call.log(level, u"conformance"_s, u"a %1 message"_s.arg(level));
        call.finish(ToolResult::text(u"Logged four messages"_s));
    });
}

void addTaskTool(ToolRegistry &registry, const QString &name, const QString &description, const QJsonObject &schema,
                 ToolDefinition::TaskSupport support, int taskAfterMs, std::function<void(ToolCall)> handler)
{
    ToolDefinition tool;
    tool.name = name;
    tool.description = description;
    tool.inputSchema = schema;
    tool.taskSupport = support;
    tool.taskAfterMs = taskAfterMs;
    tool.handler = std::move(handler);
    registry.add(tool);
}

// Finishes `call` after `ms` unless it is cancelled first (then it ends as cancelled).
void finishLater(const ToolCall &call, int ms, std::function<ToolResult()> result)
{
    auto *timer = new QTimer(QCoreApplication::instance());
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, call, result] {
        timer->deleteLater();
        call.finish(result());
    });
    call.onCancelled(timer, [timer, call] {
        timer->deleteLater();
        call.finish(ToolResult::error(u"cancelled"_s));
    });
    timer->start(ms);
}

// Tasks extension fixtures (SEP-2663, the suite's tasks-* scenarios).
void registerTaskTools(ToolRegistry &registry)
{
    using Support = ToolDefinition::TaskSupport;
    addTool(registry, u"greet"_s, u"Greets synchronously."_s, stringArgument(u"name"_s, u"Who to greet"_s),
            [](ToolCall call) { call.finish(ToolResult::text(u"Hello, %1!"_s.arg(call.arguments().value("name"_L1).toString()))); });
    const QJsonObject compute{
        {u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"seconds"_s, QJsonObject{{u"type"_s, u"number"_s}}}, {u"label"_s, QJsonObject{{u"type"_s, u"string"_s}}}}}};
    // A task once it runs for 100 ms: seconds 0 answers in the call.
    addTaskTool(registry, u"slow_compute"_s, u"Sleeps `seconds`, then answers."_s, compute, Support::Optional, 100, [](ToolCall call) {
        const QString label = call.arguments().value("label"_L1).toString();
        finishLater(call, int(call.arguments().value("seconds"_L1).toDouble() * 1000),
                    [label] { return ToolResult::text(u"Computed %1"_s.arg(label)); });
    });
    addTaskTool(registry, u"failing_job"_s, u"Fails as a tool after a second."_s, noArguments(), Support::Required, 0,
                [](ToolCall call) { finishLater(call, 1000, [] { return ToolResult::error(u"The job failed (as it always does)."_s); }); });
    addTaskTool(registry, u"protocol_error_job"_s, u"Fails as a server."_s, noArguments(), Support::Optional, 0,
                [](ToolCall call) { finishLater(call, 100, [] { return ToolResult::failure(u"Internal error: the job crashed."_s); }); });
    const QJsonObject file = stringArgument(u"filename"_s, u"The file"_s);
    addTaskTool(registry, u"confirm_delete"_s, u"Asks before deleting."_s, file, Support::Optional, 0, [](ToolCall call) {
        if (!call.inputResponses().contains("confirm"_L1))
            return call.finish(ToolResult::inputRequired({{u"confirm"_s, elicitation(u"Delete the file?"_s, u"confirm"_s, u"boolean"_s)}}));
        call.finish(ToolResult::text(u"Deleted %1"_s.arg(call.arguments().value("filename"_L1).toString())));
    });
    addTaskTool(registry, u"multi_input"_s, u"Asks two questions at once."_s, noArguments(), Support::Optional, 0, [](ToolCall call) {
        const QJsonObject both{{u"first"_s, elicitation(u"First name?"_s, u"name"_s, u"string"_s)},
                               {u"second"_s, elicitation(u"Confirm?"_s, u"confirm"_s, u"boolean"_s)}};
        if (!hasAll(call.inputResponses(), both))
            return call.finish(ToolResult::inputRequired(both));
        call.finish(ToolResult::text(u"Both answered"_s));
    });
    // Round 1 asks (multi-round-trip, no task); round 2 becomes a task that greets.
    addTaskTool(registry, u"test_tool_with_task"_s, u"Asks a name, then works as a task."_s, noArguments(), Support::Required, -1, [](ToolCall call) {
        if (!call.inputResponses().contains("user_name"_L1))
            return call.finish(ToolResult::inputRequired({{u"user_name"_s, elicitation(u"What is your name?"_s, u"name"_s, u"string"_s)}}));
        call.runAsTask();
        const QString name = answered(call, u"user_name"_s, u"name"_s);
        finishLater(call, 200, [name] { return ToolResult::text(u"Hello, %1, from a task"_s.arg(name)); });
    });
}

void registerTools(ToolRegistry &registry)
{
    addTool(registry, u"test_simple_text"_s, u"Returns simple text."_s, noArguments(),
            [](ToolCall call) { call.finish(ToolResult::text(u"This is a simple text response for testing."_s)); });
    addTool(registry, u"test_image_content"_s, u"Returns an image."_s, noArguments(), [](ToolCall call) {
        ToolResult r;
        r.addContent(image());
        call.finish(r);
    });
    addTool(registry, u"test_audio_content"_s, u"Returns audio."_s, noArguments(), [](ToolCall call) {
        ToolResult r;
        r.addContent({{u"type"_s, u"audio"_s}, {u"data"_s, wavBase64}, {u"mimeType"_s, u"audio/wav"_s}});
        call.finish(r);
    });
    const QJsonObject embedded{{u"type"_s, u"resource"_s},
                               {u"resource"_s, QJsonObject{{u"uri"_s, u"test://embedded-resource"_s},
                                                           {u"mimeType"_s, u"text/plain"_s},
                                                           {u"text"_s, u"This is an embedded resource content."_s}}}};
    addTool(registry, u"test_embedded_resource"_s, u"Returns an embedded resource."_s, noArguments(), [embedded](ToolCall call) {
        ToolResult r;
        r.addContent(embedded);
        call.finish(r);
    });
    addTool(registry, u"test_multiple_content_types"_s, u"Returns text, image and resource."_s, noArguments(), [](ToolCall call) {
        ToolResult r;
        r.addContent(text(u"Multiple content types test:"_s));
        r.addContent(image());
        r.addContent({{u"type"_s, u"resource"_s},
                      {u"resource"_s, QJsonObject{{u"uri"_s, u"test://mixed-content-resource"_s},
                                                  {u"mimeType"_s, u"application/json"_s},
                                                  {u"text"_s, u"{\"test\":\"data\",\"value\":123}"_s}}}});
        call.finish(r);
    });
    addTool(registry, u"test_tool_with_logging"_s, u"Logs three messages."_s, noArguments(), [](ToolCall call) {
        call.log(u"info"_s, u"conformance"_s, u"Tool execution started"_s);
        QTimer::singleShot(50, [call] {
            call.log(u"info"_s, u"conformance"_s, u"Tool processing data"_s);
            QTimer::singleShot(50, [call] {
                call.log(u"info"_s, u"conformance"_s, u"Tool execution completed"_s);
                call.finish(ToolResult::text(u"Tool with logging executed successfully"_s));
            });
        });
    });
    addTool(registry, u"test_tool_with_progress"_s, u"Reports progress."_s, noArguments(), [](ToolCall call) {
        call.reportProgress(0, 100);
        QTimer::singleShot(50, [call] {
            call.reportProgress(50, 100);
            QTimer::singleShot(50, [call] {
                call.reportProgress(100, 100);
                call.finish(ToolResult::text(u"Tool with progress executed successfully"_s));
            });
        });
    });
    addTool(registry, u"test_error_handling"_s, u"Always fails."_s, noArguments(),
            [](ToolCall call) { call.finish(ToolResult::error(u"This tool intentionally returns an error for testing"_s)); });
    addTool(registry, u"test_sampling"_s, u"Asks the client's LLM."_s, stringArgument(u"prompt"_s, u"The prompt"_s), [](ToolCall call) {
        const QJsonObject params{
            {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, text(call.arguments().value("prompt"_L1).toString())}}}},
            {u"maxTokens"_s, 100}};
        call.requestClient(u"sampling/createMessage"_s, params, [call](const QJsonObject &result, const QJsonObject &error) {
            if (!error.isEmpty())
                return call.finish(ToolResult::error(u"Sampling failed: "_s + error.value("message"_L1).toString()));
            call.finish(ToolResult::text(u"LLM response: "_s + result.value("content"_L1).toObject().value("text"_L1).toString()));
        });
    });
    addTool(registry, u"test_elicitation"_s, u"Asks the user."_s, stringArgument(u"message"_s, u"The message"_s), [](ToolCall call) {
        const QJsonObject schema{
            {u"type"_s, u"object"_s},
            {u"properties"_s, QJsonObject{{u"username"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"description"_s, u"User's response"_s}}},
                                          {u"email"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"description"_s, u"User's email address"_s}}}}},
            {u"required"_s, QJsonArray{u"username"_s, u"email"_s}}};
        elicit(call, call.arguments().value("message"_L1).toString(), schema, u"User response: "_s);
    });
    addTool(registry, u"test_elicitation_sep1034_defaults"_s, u"Elicitation with defaults."_s, noArguments(), [](ToolCall call) {
        const QJsonObject schema{
            {u"type"_s, u"object"_s},
            {u"properties"_s, QJsonObject{{u"name"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"default"_s, u"John Doe"_s}}},
                                          {u"age"_s, QJsonObject{{u"type"_s, u"integer"_s}, {u"default"_s, 30}}},
                                          {u"score"_s, QJsonObject{{u"type"_s, u"number"_s}, {u"default"_s, 95.5}}},
                                          {u"status"_s, QJsonObject{{u"type"_s, u"string"_s},
                                                                    {u"enum"_s, QJsonArray{u"active"_s, u"inactive"_s, u"pending"_s}},
                                                                    {u"default"_s, u"active"_s}}},
                                          {u"verified"_s, QJsonObject{{u"type"_s, u"boolean"_s}, {u"default"_s, true}}}}}};
        elicit(call, u"Please review and update the form fields with defaults"_s, schema, u"Elicitation completed: "_s);
    });
    addTool(registry, u"test_elicitation_sep1330_enums"_s, u"Elicitation with enums."_s, noArguments(), [](ToolCall call) {
        auto titled = [](const char *a, const char *b, const char *c, const char *ta, const char *tb, const char *tc) {
            return QJsonArray{QJsonObject{{u"const"_s, QLatin1String(a)}, {u"title"_s, QLatin1String(ta)}},
                              QJsonObject{{u"const"_s, QLatin1String(b)}, {u"title"_s, QLatin1String(tb)}},
                              QJsonObject{{u"const"_s, QLatin1String(c)}, {u"title"_s, QLatin1String(tc)}}};
        };
        const QJsonArray options{u"option1"_s, u"option2"_s, u"option3"_s};
        const QJsonObject schema{
            {u"type"_s, u"object"_s},
            {u"properties"_s,
             QJsonObject{{u"untitledSingle"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, options}}},
                         {u"titledSingle"_s,
                          QJsonObject{{u"type"_s, u"string"_s},
                                      {u"oneOf"_s, titled("value1", "value2", "value3", "First Option", "Second Option", "Third Option")}}},
                         {u"legacyEnum"_s, QJsonObject{{u"type"_s, u"string"_s},
                                                       {u"enum"_s, QJsonArray{u"opt1"_s, u"opt2"_s, u"opt3"_s}},
                                                       {u"enumNames"_s, QJsonArray{u"Option One"_s, u"Option Two"_s, u"Option Three"_s}}}},
                         {u"untitledMulti"_s,
                          QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, options}}}}},
                         {u"titledMulti"_s, QJsonObject{{u"type"_s, u"array"_s},
                                                        {u"items"_s, QJsonObject{{u"anyOf"_s, titled("value1", "value2", "value3", "First Choice",
                                                                                                     "Second Choice", "Third Choice")}}}}}}}};
        elicit(call, u"Please select options from the enum fields"_s, schema, u"Elicitation completed: "_s);
    });
    // As the suite's json-schema-2020-12 scenario lists it (SEP-1613, SEP-2106).
    const QJsonObject schema2020 = QJsonDocument::fromJson(R"({
        "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
        "$defs": {"address": {"$anchor": "addressDef", "type": "object",
                              "properties": {"street": {"type": "string"}, "city": {"type": "string"}}}},
        "properties": {"name": {"type": "string"}, "address": {"$ref": "#/$defs/address"},
                       "contactMethod": {"type": "string", "enum": ["phone", "email"]},
                       "phone": {"type": "string"}, "email": {"type": "string"}},
        "allOf": [{"anyOf": [{"required": ["phone"]}, {"required": ["email"]}]}],
        "if": {"properties": {"contactMethod": {"const": "phone"}}, "required": ["contactMethod"]},
        "then": {"required": ["phone"]}, "else": {"required": ["email"]},
        "additionalProperties": false})")
                                       .object();
    // SEP-2243: 'region' travels in the Mcp-Param-Region header too.
    const QJsonObject headerSchema{
        {u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"region"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"x-mcp-header"_s, u"Region"_s}}}}},
        {u"required"_s, QJsonArray{u"region"_s}}};
    addTool(registry, u"test_custom_header"_s, u"Echoes its region, which is also a header."_s, headerSchema,
            [](ToolCall call) { call.finish(ToolResult::text(u"Region: "_s + call.arguments().value("region"_L1).toString())); });
    addTool(registry, u"json_schema_2020_12_tool"_s, u"Tool with JSON Schema 2020-12 features"_s, schema2020,
            [](ToolCall call) { call.finish(ToolResult::text(u"JSON Schema 2020-12 tool executed"_s)); });
    addTool(registry, u"test_reconnection"_s, u"Answers after a short wait."_s, noArguments(),
            [](ToolCall call) { QTimer::singleShot(100, [call] { call.finish(ToolResult::text(u"Reconnection test completed"_s)); }); });
}

void registerResources(McpServer &server)
{
    // subscribe is not advertised: the handlers accept it, but no update notifications are sent
    // (a stateless server has no stream to send them on; subscriptions/listen is not implemented).
    const QJsonObject resourcesCapability{{u"listChanged"_s, false}};
    server.addMethod(
        u"resources/list"_s, u"resources"_s, resourcesCapability, true,
        [](const QJsonObject &, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
            auto resource = [](const char *uri, const char *name, const char *description, const char *mime) {
                return QJsonObject{{u"uri"_s, QLatin1String(uri)},
                                   {u"name"_s, QLatin1String(name)},
                                   {u"description"_s, QLatin1String(description)},
                                   {u"mimeType"_s, QLatin1String(mime)}};
            };
            reply.result(
                {{u"resources"_s,
                  QJsonArray{resource("test://static-text", "Static Text Resource", "A static text resource for testing", "text/plain"),
                             resource("test://static-binary", "Static Binary Resource", "A static binary resource (image) for testing", "image/png"),
                             resource("test://watched-resource", "Watched Resource", "A resource that can be subscribed to", "text/plain")}}});
        });
    server.addMethod(
        u"resources/templates/list"_s, QString(), {}, true,
        [](const QJsonObject &, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
            reply.result({{u"resourceTemplates"_s, QJsonArray{QJsonObject{{u"uriTemplate"_s, u"test://template/{id}/data"_s},
                                                                          {u"name"_s, u"Template Resource"_s},
                                                                          {u"description"_s, u"A resource template with parameter substitution"_s},
                                                                          {u"mimeType"_s, u"application/json"_s}}}}});
        });
    server.addMethod(
        u"resources/read"_s, QString(), {}, true, [](const QJsonObject &params, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
            const QString uri = params.value("uri"_L1).toString();
            static const QRegularExpression templated(u"^test://template/([^/]+)/data$"_s);
            const auto match = templated.match(uri);
            QJsonObject content{{u"uri"_s, uri}};
            if (uri == "test://static-text"_L1) {
                content.insert(u"mimeType"_s, u"text/plain"_s);
                content.insert(u"text"_s, u"This is the content of the static text resource."_s);
            } else if (uri == "test://static-binary"_L1) {
                content.insert(u"mimeType"_s, u"image/png"_s);
                content.insert(u"blob"_s, pngBase64);
            } else if (uri == "test://watched-resource"_L1) {
                content.insert(u"mimeType"_s, u"text/plain"_s);
                content.insert(u"text"_s, u"Watched resource content"_s);
            } else if (match.hasMatch()) {
                content.insert(u"mimeType"_s, u"application/json"_s);
                content.insert(
                    u"text"_s,
                    compact({{u"id"_s, match.captured(1)}, {u"templateTest"_s, true}, {u"data"_s, u"Data for ID: "_s + match.captured(1)}}));
            } else {
                // SEP-2164: -32602 with the URI (2026-07-28 and later; earlier revisions used -32002).
                reply.error(McpServer::InvalidParams, u"Resource not found: %1"_s.arg(uri), QJsonObject{{u"uri"_s, uri}});
                return;
            }
            reply.result({{u"contents"_s, QJsonArray{content}}});
        });
    for (const char *method : {"resources/subscribe", "resources/unsubscribe"}) {
        server.addMethod(QLatin1String(method), QString(), {}, false,
                         [](const QJsonObject &, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) { reply.result({}); });
    }
}

void registerPrompts(McpServer &server)
{
    auto argument = [](const char *name, const char *description) {
        return QJsonObject{{u"name"_s, QLatin1String(name)}, {u"description"_s, QLatin1String(description)}, {u"required"_s, true}};
    };
    const QJsonArray prompts{
        QJsonObject{{u"name"_s, u"test_simple_prompt"_s}, {u"description"_s, u"A simple prompt without arguments"_s}},
        QJsonObject{{u"name"_s, u"test_prompt_with_arguments"_s},
                    {u"description"_s, u"A prompt with required arguments"_s},
                    {u"arguments"_s, QJsonArray{argument("arg1", "First test argument"), argument("arg2", "Second test argument")}}},
        QJsonObject{{u"name"_s, u"test_prompt_with_embedded_resource"_s},
                    {u"description"_s, u"A prompt that includes an embedded resource"_s},
                    {u"arguments"_s, QJsonArray{argument("resourceUri", "URI of the resource to embed")}}},
        QJsonObject{{u"name"_s, u"test_prompt_with_image"_s}, {u"description"_s, u"A prompt that includes image content"_s}},
        QJsonObject{{u"name"_s, u"test_input_required_result_prompt"_s}, {u"description"_s, u"A prompt that asks the user for context first"_s}}};
    server.addMethod(u"prompts/list"_s, u"prompts"_s, QJsonObject{{u"listChanged"_s, false}}, true,
                     [prompts](const QJsonObject &, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
                         reply.result({{u"prompts"_s, prompts}});
                     });
    server.addMethod(
        u"prompts/get"_s, QString(), {}, false, [](const QJsonObject &params, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
            const QString name = params.value("name"_L1).toString();
            const QJsonObject args = params.value("arguments"_L1).toObject();
            auto message = [](const QJsonObject &content) { return QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, content}}; };
            QJsonArray messages;
            if (name == "test_simple_prompt"_L1) {
                messages.append(message(text(u"This is a simple prompt for testing."_s)));
            } else if (name == "test_prompt_with_arguments"_L1) {
                messages.append(message(
                    text(u"Prompt with arguments: arg1='%1', arg2='%2'"_s.arg(args.value("arg1"_L1).toString(), args.value("arg2"_L1).toString()))));
            } else if (name == "test_prompt_with_embedded_resource"_L1) {
                messages.append(message({{u"type"_s, u"resource"_s},
                                         {u"resource"_s, QJsonObject{{u"uri"_s, args.value("resourceUri"_L1).toString()},
                                                                     {u"mimeType"_s, u"text/plain"_s},
                                                                     {u"text"_s, u"Embedded resource content for testing."_s}}}}));
                messages.append(message(text(u"Please process the embedded resource above."_s)));
            } else if (name == "test_input_required_result_prompt"_L1) {
                const QJsonObject answer = params.value("inputResponses"_L1).toObject().value("user_context"_L1).toObject();
                if (answer.isEmpty()) {
                    reply.inputRequired({{u"user_context"_s, elicitation(u"What context should the prompt use?"_s, u"context"_s, u"string"_s)}}, {});
                    return;
                }
                messages.append(message(text(u"Use this context: "_s + answer.value("content"_L1).toObject().value("context"_L1).toString())));
            } else if (name == "test_prompt_with_image"_L1) {
                messages.append(message(image()));
                messages.append(message(text(u"Please analyze the image above."_s)));
            } else {
                reply.error(McpServer::InvalidParams, u"Unknown prompt '%1'."_s.arg(name), QJsonValue::Undefined);
                return;
            }
            reply.result({{u"messages"_s, messages}});
        });
    server.addMethod(u"completion/complete"_s, u"completions"_s, QJsonObject(), false,
                     [](const QJsonObject &params, const std::shared_ptr<McpSession> &, McpServer::MethodReply reply) {
                         const QString value = params.value("argument"_L1).toObject().value("value"_L1).toString();
                         QJsonArray values;
                         for (const QString &candidate : {u"test"_s, u"testing"_s, u"tested"_s}) {
                             if (candidate.startsWith(value))
                                 values.append(candidate);
                         }
                         reply.result({{u"completion"_s, QJsonObject{{u"values"_s, values}, {u"total"_s, values.size()}, {u"hasMore"_s, false}}}});
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
    registerInputTools(registry);
    registerStatelessDiagnostics(registry);
    registerTaskTools(registry);
    registerResources(server);
    registerPrompts(server);
    McpServer::ServerInfo info;
    info.name = u"posthog-companion-conformance-fixtures"_s;
    server.setServerInfo(info);
    if (args.contains("--stdio"_L1)) {
        StdioTransport stdio(&server);
        QObject::connect(&stdio, &StdioTransport::finished, &app, &QCoreApplication::quit);
        stdio.start();
        return app.exec();
    }
    const int portIndex = int(args.indexOf("--port"_L1));
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
