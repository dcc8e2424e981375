#pragma once

#include "resourcepage.h"

class CompanionService;

// What the Insights, Dashboards, Errors, LLM costs and Feature flags pages list: the same
// client calls the agent tools make, in the active project of ActiveProjectStore.
namespace PageLoaders {
ResourcePage::Loader insights(CompanionService *service);
ResourcePage::Loader dashboards(CompanionService *service);
ResourcePage::Loader errors(CompanionService *service);
ResourcePage::Loader llmCosts(CompanionService *service);
ResourcePage::Loader featureFlags(CompanionService *service);
} // namespace PageLoaders
