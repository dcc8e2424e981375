#pragma once

class McpServer;
class PostHogToolset;

// Saved insights as MCP resources (posthog://insights/{short_id}) and a few analysis prompts,
// served through the same client, project and rendering as the tools.
namespace AgentResources {
void registerAll(McpServer &server, PostHogToolset &toolset);
}
