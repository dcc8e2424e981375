#pragma once

// How PostHogClient retries (posthog-api.md "Retry policy"). Delays are parameters so tests run
// in milliseconds; the defaults are PostHog's own client's.
struct RetryPolicy
{
    int maxRateLimitRetries = 3; // 429, any method: PostHog throttles before the view runs
    int rateLimitBaseDelayMs = 2000;
    int maxTransientRetries = 2; // 502/503/504 and network errors, GETs and queries only
    int transientBaseDelayMs = 1000;
    int defaultDeadlineMs = 30000; // whole call, retries and waits included
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    int maxConcurrentQueries = 3; // PostHog runs at most 3 queries at once per team
};
