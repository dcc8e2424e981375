#pragma once

class PostHogToolset;

// search_posthog: one search across the named objects of the active project.
namespace SearchTools {
void registerTools(PostHogToolset &toolset);
}
