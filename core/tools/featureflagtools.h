#pragma once

class PostHogToolset;

namespace FeatureFlagTools {
void registerTools(PostHogToolset &toolset);
}
