#pragma once

#include "toolinvocation.h"

#include <QJsonValue>
#include <QString>

#include <functional>

class PostHogError;

// get_sql_insight's `question` without `query`: PostHog AI (Max) writes the HogQL through
// POST /api/environments/{id}/max_tools/create_and_query_insight/ (ee/api/max_tools.py,
// MaxToolsViewSet: cloud and EE only, `query` ≤ 1000 characters, answer: a list of
// {"type", "data"} stream events whose "ai/viz" message carries the generated query).
class PostHogAiQuestion
{
public:
    static constexpr int maxQuestionLength = 1000; // InsightsToolCallSerializer.query max_length

    // What PostHog AI answered: the HogQL it wrote, or why there is none.
    struct Answer
    {
        QString hogql;
        QString assistantText; // its own words (the "ai" messages), when it gave some
        QString failure; // an "ai/failure" message, or a query of another kind
    };

    // Asks; runs `then` with the HogQL, or finishes the call with what to do instead.
    static void ask(const ToolInvocation &tool, const ToolInvocation::Active &active, const QString &question,
                    std::function<void(const Answer &answer)> then);
    static Answer parse(const QJsonValue &events);
    // Why PostHog AI could not answer, and the way on without it (the agent writes HogQL).
    static QString unavailable(const PostHogError &error);
};
