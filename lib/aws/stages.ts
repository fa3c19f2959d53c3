import "server-only";
import type { ApiSummary } from "@/lib/domain/deployment-summary";
import {
  CreateDeploymentCommand,
  CreateStageCommand,
  FlushStageCacheCommand,
  GetDeploymentsCommand,
  GetDeploymentCommand,
  GetExportCommand,
  GetStageCommand,
  GetStagesCommand,
  UpdateStageCommand,
  type Deployment,
  type MethodSetting,
  type PatchOperation,
  type Stage,
} from "@aws-sdk/client-api-gateway";
import type { JsonObject } from "@/lib/domain/openapi-json";
import type { DeploymentSummary, StageSummary } from "@/lib/domain/stage";
import type { MethodSettingValues, StageSettings } from "@/lib/domain/stage-settings";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { stageBillableSettings } from "./api-cost-inputs";
import { callAws, requestIdOf, type AwsResult } from "./aws-call";
import { apiGatewayClient } from "./clients";

const pageSize = 500;
const iso = (date: Date | undefined) => (date ? date.toISOString() : null);

export async function listStages(env: EnvironmentSummary, restApiId: string): Promise<StageSummary[]> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new GetStagesCommand({ restApiId })));
  return (output.item ?? []).map(toStageSummary).sort((a, b) => a.stageName.localeCompare(b.stageName));
}

/** The stage, or null when it does not exist. */
export async function getStage(env: EnvironmentSummary, restApiId: string, stageName: string): Promise<StageSummary | null> {
  try {
    return toStageSummary(await callAws(env, () => apiGatewayClient(env).send(new GetStageCommand({ restApiId, stageName }))));
  } catch (error) {
    if (error instanceof ConsoleError && error.code === "not_found") return null;
    throw error;
  }
}

/** Every deployment, newest first (one call per 500). */
export async function listDeployments(env: EnvironmentSummary, restApiId: string): Promise<DeploymentSummary[]> {
  const client = apiGatewayClient(env);
  const deployments: DeploymentSummary[] = [];
  let position: string | undefined;
  do {
    const page = await callAws(env, () => client.send(new GetDeploymentsCommand({ restApiId, limit: pageSize, position })));
    deployments.push(...(page.items ?? []).map(toDeploymentSummary));
    position = page.position && page.position !== position ? page.position : undefined;
  } while (position);
  return deployments.sort((a, b) => b.createdDate.localeCompare(a.createdDate));
}

/** GetDeployment's apiSummary: each path's methods and how they are protected (all AWS tells of a deployment). */
export async function getDeploymentSummary(env: EnvironmentSummary, restApiId: string, deploymentId: string): Promise<ApiSummary> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new GetDeploymentCommand({ restApiId, deploymentId, embed: ["apisummary"] })));
  return (output.apiSummary ?? {}) as ApiSummary;
}

/** What a stage serves, as GetExport's OpenAPI 3.0 JSON with every API Gateway extension. */
export async function exportStage(env: EnvironmentSummary, restApiId: string, stageName: string): Promise<JsonObject> {
  const command = new GetExportCommand({ restApiId, stageName, exportType: "oas30", parameters: { extensions: "apigateway" }, accepts: "application/json" });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  return JSON.parse(new TextDecoder().decode(output.body)) as JsonObject;
}

/** A deployment not yet served by any stage: the stage is pointed at it in a separate, verifiable step. */
export async function createDeployment(env: EnvironmentSummary, restApiId: string, description: string): Promise<AwsResult<DeploymentSummary>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new CreateDeploymentCommand({ restApiId, description: description || undefined })));
  return { value: toDeploymentSummary(output), requestId: requestIdOf(output) };
}

/** Deploys the working copy as the stage's canary: the stage keeps serving its deployment to the other requests. */
export async function createCanaryDeployment(
  env: EnvironmentSummary,
  restApiId: string,
  input: { stageName: string; description: string; percentTraffic: number; stageVariableOverrides: Record<string, string>; useStageCache: boolean },
): Promise<AwsResult<DeploymentSummary>> {
  const { stageName, description, ...canarySettings } = input;
  const command = new CreateDeploymentCommand({ restApiId, stageName, description: description || undefined, canarySettings });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  return { value: toDeploymentSummary(output), requestId: requestIdOf(output) };
}

export async function createStage(env: EnvironmentSummary, restApiId: string, stageName: string, deploymentId: string): Promise<AwsResult<StageSummary>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new CreateStageCommand({ restApiId, stageName, deploymentId })));
  return { value: toStageSummary(output), requestId: requestIdOf(output) };
}

export async function updateStage(env: EnvironmentSummary, restApiId: string, stageName: string, patchOperations: PatchOperation[]): Promise<AwsResult<StageSummary>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new UpdateStageCommand({ restApiId, stageName, patchOperations })));
  return { value: toStageSummary(output), requestId: requestIdOf(output) };
}

function toStageSummary(stage: Stage): StageSummary {
  const canary = stage.canarySettings;
  return {
    stageName: stage.stageName ?? "",
    deploymentId: stage.deploymentId ?? null,
    description: stage.description || null,
    createdDate: iso(stage.createdDate),
    lastUpdatedDate: iso(stage.lastUpdatedDate),
    variables: stage.variables ?? {},
    canary: canary
      ? { deploymentId: canary.deploymentId ?? null, percentTraffic: canary.percentTraffic ?? 0, stageVariableOverrides: canary.stageVariableOverrides ?? {}, useStageCache: canary.useStageCache ?? false }
      : null,
    documentationVersion: stage.documentationVersion ?? null,
    billing: stageBillableSettings(stage),
    settings: toStageSettings(stage),
  };
}

function toStageSettings(stage: Stage): StageSettings {
  const log = stage.accessLogSettings;
  return {
    methodSettings: Object.fromEntries(Object.entries(stage.methodSettings ?? {}).map(([key, value]) => [key, withoutUndefined(value)])),
    cacheCluster: { enabled: Boolean(stage.cacheClusterEnabled), size: stage.cacheClusterSize ?? null, status: stage.cacheClusterStatus ?? null },
    tracingEnabled: Boolean(stage.tracingEnabled),
    clientCertificateId: stage.clientCertificateId || null,
    webAclArn: stage.webAclArn || null,
    accessLog: log?.destinationArn ? { destinationArn: log.destinationArn, format: log.format ?? null } : null,
    tags: stage.tags ?? {},
  };
}

function withoutUndefined(setting: MethodSetting): MethodSettingValues {
  return Object.fromEntries(Object.entries(setting).filter(([, value]) => value !== undefined)) as MethodSettingValues;
}

function toDeploymentSummary(deployment: Deployment): DeploymentSummary {
  return { id: deployment.id ?? "", description: deployment.description || null, createdDate: iso(deployment.createdDate) ?? new Date(0).toISOString() };
}

/** Empties the stage's cache (FlushStageCache, 202): every entry is fetched from the integration again. */
export async function flushStageCache(env: EnvironmentSummary, restApiId: string, stageName: string): Promise<AwsResult<null>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new FlushStageCacheCommand({ restApiId, stageName })));
  return { value: null, requestId: requestIdOf(output) };
}
