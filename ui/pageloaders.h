#pragma once

#include "resourcepage.h"

class ActiveProjectStore;
class PostHogClient;

// What the Insights, Dashboards, Errors, LLM costs and Feature flags pages list: the same
// client calls the agent tools make, in the active project of ActiveProjectStore.
namespace PageLoaders {
ResourcePage::Loader insights(PostHogClient *client, ActiveProjectStore *projects);
ResourcePage::Loader dashboards(PostHogClient *client, ActiveProjectStore *projects);
ResourcePage::Loader errors(PostHogClient *client, ActiveProjectStore *projects);
ResourcePage::Loader llmCosts(PostHogClient *client, ActiveProjectStore *projects);
ResourcePage::Loader featureFlags(PostHogClient *client, ActiveProjectStore *projects);
} // namespace PageLoaders
