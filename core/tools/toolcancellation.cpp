#include "toolcancellation.h"

#include "mcp/toolcall.h"
#include "posthog/posthogcall.h"

#include <QPointer>

PostHogCall *ToolCancellation::bind(const ToolCall &call, PostHogCall *request, QObject *receiver)
{
    QPointer<PostHogCall> guard(request);
    call.onCancelled(receiver, [guard] {
        if (guard)
            guard->cancel();
    });
    return request;
}
