#include "demoaitrace.h"

#include "demoids.h"

#include <QByteArrayView>

#include <algorithm>
#include <cmath>

namespace {

struct ChatModel
{
    const char *model;
    const char *provider;
    const char *runName; // the LangChain class, which the callback captures as $ai_span_name
    const char *baseUrl;
    double inputPerToken;
    double outputPerToken;
    int weight;
};

const ChatModel chatModels[] = {
    {"gpt-4o", "openai", "ChatOpenAI", "https://api.openai.com/v1", 2.5e-6, 10e-6, 30},
    {"gpt-4o-mini", "openai", "ChatOpenAI", "https://api.openai.com/v1", 0.15e-6, 0.6e-6, 35},
    {"claude-3-5-sonnet-20241022", "anthropic", "ChatAnthropic", "https://api.anthropic.com", 3e-6, 15e-6, 20},
    {"claude-3-5-haiku-20241022", "anthropic", "ChatAnthropic", "https://api.anthropic.com", 0.8e-6, 4e-6, 10},
    {"gemini-1.5-pro", "google", "ChatGoogleGenerativeAI", "https://generativelanguage.googleapis.com", 1.25e-6, 5e-6, 5},
};
const ChatModel &gpt4oMini = chatModels[1];
const ChatModel &claudeHaiku = chatModels[3];

// What the callback records for an exception: "<class>: <message>" (_stringify_exception), and
// the provider's HTTP status (_get_http_status).
struct Failure
{
    int status;
    const char *error;
};

const Failure failures[] = {
    {429, "RateLimitError: Error code: 429 - Rate limit reached for requests per minute. Please try again in 20s."},
    {500, "InternalServerError: Error code: 500 - The server had an error while processing your request."},
    {529, "OverloadedError: Error code: 529 - Overloaded"},
    {400, "BadRequestError: Error code: 400 - This model's maximum context length is 128000 tokens."},
};

const char *const files[] = {"Q3 board deck.pdf",     "onboarding-checklist.docx", "invoice-2026-11.pdf",     "product-roadmap.pptx",
                             "contract-draft-v4.pdf", "team-offsite-notes.md",     "customer-interviews.txt", "pricing-analysis.xlsx"};
const char *const questions[] = {"Where is the signed contract from Acme?", "Which files did I share with finance last week?",
                                 "Summarize my latest upload.", "Find the roadmap slides from October.", "Who has access to the board deck?"};

// Character by character only when something needs escaping: QByteArray's append per char
// was most of the time spent here.
void appendQuoted(QByteArray &out, QByteArrayView text)
{
    out += '"';
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) { return c != '"' && c != '\\' && uchar(c) >= 0x20; });
    if (plain) {
        out += text;
    } else {
        for (char c : text) {
            if (c == '"' || c == '\\')
                out += '\\';
            if (uchar(c) >= 0x20)
                out += c;
        }
    }
    out += '"';
}

// Members of one JSON object, written as text: QJsonDocument costs too much per event.
class Members
{
public:
    explicit Members(qsizetype reserve = 0) { m_out.reserve(reserve); }
    Members &raw(const char *key, QByteArrayView json)
    {
        this->key(key);
        m_out += json;
        return *this;
    }
    Members &text(const char *key, QByteArrayView value)
    {
        this->key(key);
        appendQuoted(m_out, value);
        return *this;
    }
    Members &number(const char *key, double value) { return raw(key, QByteArray::number(value, 'g', 12)); }
    Members &integer(const char *key, qint64 value) { return raw(key, QByteArray::number(value)); }
    QByteArray take() { return std::move(m_out); }
    QByteArray object() const { return '{' + m_out + '}'; }

private:
    void key(const char *name)
    {
        if (!m_out.isEmpty())
            m_out += ',';
        appendQuoted(m_out, name);
        m_out += ':';
    }

    QByteArray m_out;
};

QByteArray object(const Members &members)
{
    return members.object();
}

QByteArray messages(std::initializer_list<std::pair<const char *, QByteArrayView>> list)
{
    QByteArray out;
    out.reserve(256);
    out += '[';
    for (const auto &[role, content] : list) {
        if (out.size() > 1)
            out += ',';
        out += "{\"role\":\"";
        out += role;
        out += "\",\"content\":";
        appendQuoted(out, content);
        out += '}';
    }
    return out + ']';
}

// One run of the trace: the root, a chain or tool, or a model call.
struct Step
{
    const char *event;
    const char *name;
    QByteArray spanId;
    QByteArray parentId;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QByteArray inputState; // JSON; for a generation, $ai_input
    QByteArray outputState; // JSON; for a generation, $ai_output_choices
    const ChatModel *model = nullptr;
    int inputTokens = 0;
    int outputTokens = 0;
    const Failure *failure = nullptr;
};

class TraceBuilder
{
public:
    TraceBuilder(QRandomGenerator &rng, quint64 seed)
        : m_rng(rng)
        , m_seed(seed)
    { }

    std::vector<DemoAiTrace::Event> build(int maxEvents);

private:
    void summary(int generations, bool fails);
    void chat(int generations, bool fails, bool toolFails);
    void tagging(bool fails);
    size_t add(const char *event, const QByteArray &parent, const char *name);
    size_t generation(const QByteArray &parent, const ChatModel &model, QByteArray user, QByteArray answer, int maxInput, bool fails);
    size_t tool(const QByteArray &parent, const char *name, QByteArray input, QByteArray output, bool fails);
    void failUpwards(size_t failed);
    std::vector<DemoAiTrace::Event> events() const;
    QByteArray properties(const Step &step) const;
    QByteArray newId()
    {
        const quint64 n = m_ids++;
        return DemoIds::uuid(DemoIds::mix(m_seed * 0x100000001b3ULL + n), DemoIds::mix(m_seed ^ (0x5bd1e995ULL + n)));
    }
    qint64 gap() { return 5 + qint64(m_rng.bounded(40)); }
    const char *pickText(const char *const *list, int size) { return list[m_rng.bounded(size)]; }

    QRandomGenerator &m_rng;
    quint64 m_seed;
    quint64 m_ids = 0;
    QByteArray m_traceId;
    qint64 m_clock = 0; // ms since the root run started
    std::vector<Step> m_steps;
};

const ChatModel &pickModel(QRandomGenerator &rng)
{
    int total = 0;
    for (const ChatModel &m : chatModels)
        total += m.weight;
    int r = int(rng.bounded(total));
    for (const ChatModel &m : chatModels) {
        if (r < m.weight)
            return m;
        r -= m.weight;
    }
    return chatModels[0];
}

size_t TraceBuilder::add(const char *event, const QByteArray &parent, const char *name)
{
    Step step;
    step.event = event;
    step.name = name;
    step.spanId = newId();
    step.parentId = parent;
    m_clock += gap();
    step.startMs = m_clock;
    m_steps.push_back(std::move(step));
    return m_steps.size() - 1;
}

// A model call; a failed one has no usage or output (callbacks.py _capture_generation).
size_t TraceBuilder::generation(const QByteArray &parent, const ChatModel &model, QByteArray user, QByteArray answer, int maxInput, bool fails)
{
    const size_t index = add("$ai_generation", parent, model.runName);
    Step &step = m_steps[index];
    step.model = &model;
    step.inputState = messages({{"system", "You are Hedgebox's assistant. Answer briefly, from the user's files only."}, {"user", user}});
    if (fails) {
        step.failure = &failures[m_rng.bounded(int(std::size(failures)))];
        m_clock += 200 + qint64(m_rng.bounded(2500));
    } else {
        step.inputTokens = 150 + int(m_rng.bounded(maxInput));
        step.outputTokens = 20 + int(m_rng.bounded(900));
        step.outputState = messages({{"assistant", answer}});
        m_clock += 250 + qint64(step.outputTokens * (6 + m_rng.bounded(14)));
    }
    step.endMs = m_clock;
    return index;
}

size_t TraceBuilder::tool(const QByteArray &parent, const char *name, QByteArray input, QByteArray output, bool fails)
{
    const size_t index = add("$ai_span", parent, name);
    Step &step = m_steps[index];
    step.inputState = std::move(input);
    static const Failure timeout{0, "TimeoutError: the search index did not answer within 10 s"};
    if (fails)
        step.failure = &timeout;
    else
        step.outputState = std::move(output);
    m_clock += fails ? 10000 : 50 + qint64(m_rng.bounded(1200));
    step.endMs = m_clock;
    return index;
}

// The exception reaches every run above the failed one: its chains and the root end with it.
void TraceBuilder::failUpwards(size_t failed)
{
    QByteArray parent = m_steps[failed].parentId;
    while (!parent.isEmpty()) {
        auto it = std::find_if(m_steps.begin(), m_steps.end(), [&](const Step &s) { return s.spanId == parent; });
        if (it == m_steps.end())
            return;
        it->failure = m_steps[failed].failure;
        it->outputState.clear();
        parent = it->parentId;
    }
}

// A file summary: chunks summarised by a small model inside a map chain, then one reduce call.
void TraceBuilder::summary(int generations, bool fails)
{
    const char *file = pickText(files, int(std::size(files)));
    const ChatModel &model = pickModel(m_rng);
    const ChatModel &small = qstrcmp(model.provider, "anthropic") == 0 ? claudeHaiku : gpt4oMini;
    m_steps[0].inputState = object(Members().text("file", file).integer("pages", 2 + m_rng.bounded(40)));
    if (generations > 1) {
        const size_t map = add("$ai_span", m_traceId, "map_chunks");
        for (int i = 1; i < generations; ++i)
            generation(m_steps[map].spanId, small, "Summarize part " + QByteArray::number(i) + " of " + file, "Key points of this part.", 3000,
                       false);
        m_clock += gap();
        m_steps[map].endMs = m_clock;
        m_steps[map].inputState = object(Members().integer("chunks", generations - 1));
        m_steps[map].outputState = object(Members().integer("summaries", generations - 1));
    }
    const size_t reduce
        = generation(m_traceId, model, QByteArray("Combine the summaries of ") + file, "A five-line summary of the file.", 4000, fails);
    if (fails)
        failUpwards(reduce);
    else
        m_steps[0].outputState = object(Members().text("summary", "A five-line summary of the file."));
}

// An agent: model calls with a search tool between them; a failed search is answered around.
void TraceBuilder::chat(int generations, bool fails, bool toolFails)
{
    const char *question = pickText(questions, int(std::size(questions)));
    const ChatModel &model = pickModel(m_rng);
    m_steps[0].inputState = object(Members().text("question", question));
    for (int i = 0; i < generations; ++i) {
        const bool last = i == generations - 1;
        const size_t call = generation(m_traceId, model, question, last ? "Here is what I found in your files." : "Calling search_files.",
                                       2000 + 1500 * i, last && fails);
        if (last && fails)
            failUpwards(call);
        if (!last)
            tool(m_traceId, "search_files", object(Members().text("query", question)), object(Members().integer("results", m_rng.bounded(12))),
                 toolFails && i == 0);
    }
    if (!fails)
        m_steps[0].outputState = object(Members().text("answer", "Here is what I found in your files."));
}

// Tags for an upload: the file's metadata, then one small model call.
void TraceBuilder::tagging(bool fails)
{
    const char *file = pickText(files, int(std::size(files)));
    m_steps[0].inputState = object(Members().text("file", file));
    tool(m_traceId, "load_metadata", object(Members().text("file", file)), object(Members().text("type", "document")), false);
    const size_t call = generation(m_traceId, gpt4oMini, QByteArray("Suggest tags for ") + file, "finance, q3, board", 600, fails);
    if (fails)
        failUpwards(call);
    else
        m_steps[0].outputState = object(Members().text("tags", "finance, q3, board"));
}

std::vector<DemoAiTrace::Event> TraceBuilder::build(int maxEvents)
{
    m_traceId = newId();
    if (maxEvents < 2) {
        generation({}, pickModel(m_rng), questions[0], "Here is what I found in your files.", 3000, false);
        m_steps[0].spanId.clear(); // a client wrapper's call names no span
        return events();
    }
    const int kind = int(m_rng.bounded(100));
    int generations = 1 + int(m_rng.bounded(5));
    const int failure = int(m_rng.bounded(100));
    // The root run is the trace: its run id is the trace id (callbacks.py _get_trace_id).
    Step root;
    root.event = "$ai_trace";
    root.spanId = m_traceId;
    m_steps.push_back(root);
    if (kind < 40 && 2 * generations <= maxEvents) {
        m_steps[0].name = "chat_assistant";
        chat(generations, failure < 7, failure >= 7 && failure < 14 && generations > 1);
    } else if (kind < 75 || maxEvents < 3) {
        while (generations > 1 && generations + 2 > maxEvents)
            --generations;
        m_steps[0].name = "summarize_file";
        summary(generations, failure < 7);
    } else {
        m_steps[0].name = "suggest_tags";
        tagging(failure < 7);
    }
    m_clock += gap();
    m_steps[0].endMs = m_clock;
    return events();
}

QByteArray TraceBuilder::properties(const Step &step) const
{
    Members p(1024);
    p.text("$ai_trace_id", m_traceId);
    if (!step.spanId.isEmpty())
        p.text("$ai_span_id", step.spanId).text("$ai_span_name", step.name);
    if (!step.parentId.isEmpty())
        p.text("$ai_parent_id", step.parentId);
    p.number("$ai_latency", double(step.endMs - step.startMs) / 1000.0);
    if (step.model) {
        const ChatModel &m = *step.model;
        p.text("$ai_provider", m.provider).text("$ai_model", m.model).text("$ai_base_url", m.baseUrl);
        p.raw("$ai_model_parameters", "{\"temperature\":0.2,\"max_tokens\":1024}").raw("$ai_input", step.inputState);
        p.integer("$ai_http_status", step.failure ? step.failure->status : 200);
        if (!step.failure)
            p.integer("$ai_input_tokens", step.inputTokens)
                .integer("$ai_output_tokens", step.outputTokens)
                .raw("$ai_output_choices", step.outputState);
        const double inputCost = std::round(step.inputTokens * m.inputPerToken * 1e10) / 1e10;
        const double outputCost = std::round(step.outputTokens * m.outputPerToken * 1e8) / 1e8;
        p.number("$ai_input_cost_usd", inputCost).number("$ai_output_cost_usd", outputCost);
        p.number("$ai_total_cost_usd", std::round((inputCost + outputCost) * 1e10) / 1e10);
    } else {
        p.raw("$ai_input_state", step.inputState.isEmpty() ? QByteArray("{}") : step.inputState);
        if (!step.outputState.isEmpty())
            p.raw("$ai_output_state", step.outputState);
    }
    if (step.failure)
        p.text("$ai_error", step.failure->error).raw("$ai_is_error", "true");
    return p.take();
}

std::vector<DemoAiTrace::Event> TraceBuilder::events() const
{
    std::vector<size_t> order(m_steps.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [this](size_t a, size_t b) { return m_steps[a].endMs < m_steps[b].endMs; });
    const qint64 last = m_steps[order.back()].endMs;
    std::vector<DemoAiTrace::Event> out;
    out.reserve(order.size());
    for (size_t i : order)
        out.push_back({m_steps[i].event, m_steps[i].endMs - last, properties(m_steps[i])});
    return out;
}

} // namespace

DemoAiTrace::DemoAiTrace(QRandomGenerator &rng, quint64 seed, int maxEvents)
    : m_events(TraceBuilder(rng, seed).build(qMax(1, maxEvents)))
{ }
