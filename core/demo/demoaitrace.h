#pragma once

#include <QByteArray>
#include <QRandomGenerator>

#include <vector>

// One LLM trace of the demo workspace as posthog-python's LangChain callback captures it
// (posthog/ai/langchain/callbacks.py): the root run as `$ai_trace`, chains and tools as
// `$ai_span`, model calls as `$ai_generation`, all sharing `$ai_trace_id`, each naming its
// `$ai_span_id` and `$ai_parent_id`. Each event is captured when its run ends, so the root comes
// last. The costs are what PostHog's ingestion adds ($ai_input_cost_usd, …). Some traces fail (a
// generation's error propagates to its span and the root) and some recover from a failed tool.
class DemoAiTrace
{
public:
    struct Event
    {
        const char *name;
        qint64 offsetMs; // capture time, relative to the trace's last event (<= 0)
        QByteArray properties; // JSON object members without the braces
    };

    // At most `maxEvents` (>= 1) events; with room for one only, a lone generation, as the SDKs'
    // client wrappers send when no trace is given.
    DemoAiTrace(QRandomGenerator &rng, quint64 seed, int maxEvents);

    // In capture order: the last one at offset 0.
    const std::vector<Event> &events() const { return m_events; }

private:
    std::vector<Event> m_events;
};
