#pragma once

class PostHogToolset;

namespace ExperimentTools {
void registerTools(PostHogToolset &toolset);
}
