#pragma once

class PostHogToolset;

namespace ErrorTools {
void registerTools(PostHogToolset &toolset);
}
