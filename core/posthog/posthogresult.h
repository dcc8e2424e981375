#pragma once

#include "posthogerror.h"

#include <optional>

// A value or a PostHogError, what every PostHogClient callback receives.
template <typename T>
class PostHogResult
{
public:
    PostHogResult(T value)
        : m_value(std::move(value))
    { }
    PostHogResult(PostHogError error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const PostHogError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    PostHogError m_error;
};
