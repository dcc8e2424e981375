#pragma once

class PostHogToolset;

namespace OrganizationTools {
void registerTools(PostHogToolset &toolset);
}
