#pragma once

class PostHogCall;
class QObject;
class ToolCall;

// Ties a PostHog request to the agent's tool call: when the client cancels the call
// (notifications/cancelled), the request is aborted and its callback receives Cancelled, so the
// tool finishes as cancelled instead of producing a result nobody waits for.
class ToolCancellation
{
public:
    // `receiver` guards the binding's lifetime; a call already cancelled aborts `request` at once.
    static PostHogCall *bind(const ToolCall &call, PostHogCall *request, QObject *receiver);
};
