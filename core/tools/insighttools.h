#pragma once

class PostHogToolset;

namespace InsightTools {
void registerTools(PostHogToolset &toolset);
}
