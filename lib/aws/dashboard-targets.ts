import "server-only";
import { GetStagesCommand, type Stage } from "@aws-sdk/client-api-gateway";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";

/** What a dashboard needs to know about a stage: whether it is deployed, and whether per-method metrics and caching are on. */
export type DashboardStage = { name: string; deployed: boolean; detailedMetrics: boolean; caching: boolean };

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
