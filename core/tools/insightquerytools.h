#pragma once

class PostHogToolset;

// run_insight_query: a product-analytics query (trends, funnel, retention, lifecycle,
// stickiness) from our compact arguments, run on the query endpoint without saving it.
namespace InsightQueryTools {
void registerTools(PostHogToolset &toolset);
}
