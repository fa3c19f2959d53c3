import "server-only";
import {
  GetRequestValidatorsCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  GetStagesCommand,
  GetUsagePlansCommand,
  type Method,
  type Stage,
} from "@aws-sdk/client-api-gateway";
import type { RestFeatures } from "@/lib/domain/cost-scenario";
import { cacheSizes } from "@/lib/domain/price-table";
import type { StageBillableSettings } from "@/lib/domain/stage-setting-costs";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";

/** The settings of a stage that change its bill. */
export type StageCostSettings = StageBillableSettings & { stageName: string; cacheStatus: string | null };

/** What the cost model needs to know about one API, read in one parallel pass (nothing per resource or stage). */
export type ApiCostInputs = { apiName: string; stages: StageCostSettings[]; methodCount: number; features: RestFeatures };

export async function readApiCostInputs(env: EnvironmentSummary, restApiId: string): Promise<ApiCostInputs> {
  const client = apiGatewayClient(env);
  const [api, stages, methods, validators, plans] = await Promise.all([
    callAws(env, () => client.send(new GetRestApiCommand({ restApiId }))),
    callAws(env, () => client.send(new GetStagesCommand({ restApiId }))),
    readAllMethods(env, restApiId),
    callAws(env, () => client.send(new GetRequestValidatorsCommand({ restApiId, limit: 500 }))),
    callAws(env, () => client.send(new GetUsagePlansCommand({ limit: 500 }))),
  ]);
  const stageItems = stages.item ?? [];
  const types = api.endpointConfiguration?.types ?? [];
  return {
    apiName: api.name ?? restApiId,
    stages: stageItems.map(toStageCostSettings),
    methodCount: methods.length,
    features: {
      apiKeys: methods.some((method) => method.apiKeyRequired),
      usagePlans: (plans.items ?? []).some((plan) => plan.apiStages?.some((stage) => stage.apiId === restApiId)),
      caching: stageItems.some((stage) => stage.cacheClusterEnabled),
      requestValidation: (validators.items ?? []).length > 0 && methods.some((method) => method.requestValidatorId),
      mappingTemplates: methods.some((method) => Object.keys(method.methodIntegration?.requestTemplates ?? {}).length > 0 && method.methodIntegration?.type !== "MOCK"),
      waf: stageItems.some((stage) => Boolean(stage.webAclArn)),
      privateEndpoint: types.includes("PRIVATE"),
      edgeOptimized: types.includes("EDGE"),
      resourcePolicy: Boolean(api.policy),
      awsServiceIntegrations: methods.some((method) => method.methodIntegration?.type === "AWS" && !method.methodIntegration.uri?.includes(":lambda:path/")),
      mockIntegrations: methods.some((method) => method.methodIntegration?.type === "MOCK" && method.httpMethod !== "OPTIONS"),
    },
  };
}

async function readAllMethods(env: EnvironmentSummary, restApiId: string): Promise<Method[]> {
  const client = apiGatewayClient(env);
  const methods: Method[] = [];
  let position: string | undefined;
  do {
    const page = await callAws(env, () => client.send(new GetResourcesCommand({ restApiId, embed: ["methods"], limit: 500, position })));
    for (const resource of page.items ?? []) methods.push(...Object.values(resource.resourceMethods ?? {}));
    position = page.position && page.position !== position ? page.position : undefined;
  } while (position);
  return methods;
}

/** A stage as the cost model sees it. */
function toStageCostSettings(stage: Stage): StageCostSettings {
  return { ...stageBillableSettings(stage), stageName: stage.stageName ?? "", cacheStatus: stage.cacheClusterStatus ?? null };
}

/** The settings of a stage that change its bill, read from GetStage(s). */
export function stageBillableSettings(stage: Stage): StageBillableSettings {
  const all = stage.methodSettings?.["*/*"];
  const size = cacheSizes.find((candidate) => candidate === stage.cacheClusterSize) ?? null;
  return {
    cacheSize: stage.cacheClusterEnabled ? size : null,
    detailedMetrics: Boolean(all?.metricsEnabled),
    tracing: Boolean(stage.tracingEnabled),
    executionLogging: all?.loggingLevel && all.loggingLevel !== "OFF" ? all.loggingLevel : null,
    accessLogging: Boolean(stage.accessLogSettings?.destinationArn),
  };
}
