#pragma once

class PostHogToolset;

namespace SurveyTools {
void registerTools(PostHogToolset &toolset);
}
