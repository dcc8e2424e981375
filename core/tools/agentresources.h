#pragma once

#include <QString>

#include <functional>

class McpServer;
class PostHogToolset;

// Saved insights as MCP resources (posthog://insights/{short_id}) and a few analysis prompts,
// served through the same client, project and rendering as the tools.
namespace AgentResources {
// Runs `run` once the toolset can reach PostHog (its key loaded, the demo data prepared), or
// `fail` with the reason; requests that arrive earlier wait instead of reaching a default address.
using WhenReady = std::function<void(std::function<void()> run, std::function<void(const QString &reason)> fail)>;
void registerAll(McpServer &server, PostHogToolset &toolset, WhenReady whenReady = {});
} // namespace AgentResources
