#pragma once

class PostHogToolset;

namespace DashboardTools {
void registerTools(PostHogToolset &toolset);
}
