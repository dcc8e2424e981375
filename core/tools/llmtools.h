#pragma once

class PostHogToolset;

namespace LlmTools {
void registerTools(PostHogToolset &toolset);
}
