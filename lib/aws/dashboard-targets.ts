import "server-only";
import { GetResourcesCommand, GetStagesCommand, type Stage } from "@aws-sdk/client-api-gateway";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";

/** What a dashboard needs to know about a stage: whether it is deployed, and whether per-method metrics and caching are on. */
export type DashboardStage = { name: string; deployed: boolean; detailedMetrics: boolean; caching: boolean };

/** A resource path with the HTTP methods defined on it (the working copy; sample traffic picks from these). */
export type ResourceMethods = { path: string; methods: string[] };

export async function listDashboardStages(env: EnvironmentSummary, restApiId: string): Promise<DashboardStage[]> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new GetStagesCommand({ restApiId })));
  return (output.item ?? []).map(toDashboardStage).sort((a, b) => a.name.localeCompare(b.name));
}

function toDashboardStage(stage: Stage): DashboardStage {
  const settings = Object.values(stage.methodSettings ?? {});
  return {
    name: stage.stageName ?? "",
    deployed: Boolean(stage.deploymentId),
    detailedMetrics: settings.some((setting) => setting.metricsEnabled),
    caching: Boolean(stage.cacheClusterEnabled),
  };
}

/** Every resource path and its methods, one GetResources page of 500 at a time. */
export async function listResourceMethods(env: EnvironmentSummary, restApiId: string): Promise<ResourceMethods[]> {
  const found: ResourceMethods[] = [];
  let position: string | undefined;
  do {
    const page = await callAws(env, () => apiGatewayClient(env).send(new GetResourcesCommand({ restApiId, limit: 500, position, embed: ["methods"] })));
    for (const resource of page.items ?? []) found.push({ path: resource.path ?? "/", methods: Object.keys(resource.resourceMethods ?? {}).sort() });
    position = page.position && page.position !== position ? page.position : undefined;
  } while (position);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}
