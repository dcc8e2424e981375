#pragma once

class PostHogToolset;

namespace SchemaTools {
void registerTools(PostHogToolset &toolset);
}
