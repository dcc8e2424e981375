#pragma once

#include "posthog/posthogresult.h"

#include <QTest>

#include <functional>
#include <optional>

// Collects the result of one asynchronous PostHogClient call in a test.
template <typename T>
struct AsyncResult
{
    std::optional<PostHogResult<T>> result;

    std::function<void(const PostHogResult<T> &)> callback()
    {
        return [this](const PostHogResult<T> &r) { result.emplace(r); };
    }
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};
