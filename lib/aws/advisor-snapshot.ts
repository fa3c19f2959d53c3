import "server-only";
import { GetBasePathMappingsCommand, GetDomainNamesCommand, GetUsagePlansCommand, type UsagePlan } from "@aws-sdk/client-api-gateway";
import { advisorMethodScopes, advisorMetricDays, advisorMetricQueries, advisorMetricsFromSeries } from "@/lib/domain/advisor/snapshot-metrics";
import type { AdvisorAccount, AdvisorDomain, AdvisorMetrics, AdvisorSnapshot, AdvisorUsagePlan } from "@/lib/domain/advisor/types";
import type { ApiSnapshot } from "@/lib/domain/api-snapshot";
import type { StageSummary } from "@/lib/domain/stage";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { logUnexpectedError } from "@/lib/errors";
import { getAccountSettings } from "./account";
import { allPages, maxPageSize } from "./all-pages";
import { sharedAdvisorRead } from "./advisor-shared-reads";
import { readApiSnapshot } from "./api-snapshot";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";
import { getMetricData, listApiGatewayAlarms } from "./cloudwatch";
import { listRestApis } from "./rest-apis";
import { listStages } from "./stages";

// The advisor's private reads of account, usage plans and domains: other features own the full readers of those areas.

/**
 * Everything the advisor rules read about one API, all in parallel and nothing per resource: the working copy,
 * stages, account, usage plans, domains (plus one GetBasePathMappings per domain), alarms and one batched metric read.
 * The environment-wide reads (account, plans, domains, alarms) are shared for a few seconds across APIs.
 */
export async function readAdvisorSnapshot(env: EnvironmentSummary, restApiId: string, options: { protectedStages: string[]; now?: number }): Promise<AdvisorSnapshot> {
  const apiAndStages = Promise.all([readApiSnapshot(env, restApiId), listStages(env, restApiId)]);
  const [[api, stages], account, usagePlans, domains, alarms, endpointTypes, metrics] = await Promise.all([
    apiAndStages,
    sharedAdvisorRead(env.id, "account", () => readAccount(env)),
    sharedAdvisorRead(env.id, "usage-plans", () => readUsagePlans(env)).then((plans) => plansOfApi(plans, restApiId)),
    sharedAdvisorRead(env.id, "domains", () => readDomains(env)).then((domains) => domainsOfApi(domains, restApiId)),
    sharedAdvisorRead(env.id, "alarms", () => listApiGatewayAlarms(env)),
    // One GetRestApis per environment gives every API's endpoint type (the working copy's GetRestApi is not reshaped to keep it).
    sharedAdvisorRead(env.id, "rest-apis", () => listRestApis(env)).then((apis) => apis.filter((candidate) => candidate.id === restApiId).map((candidate) => candidate.endpointType)),
    apiAndStages.then(([api, stages]) => readMetrics(env, api, stages, options.now ?? Date.now())),
  ]);
  return {
    environment: { kind: env.kind, region: env.region },
    api,
    stages,
    protectedStages: options.protectedStages,
    account,
    usagePlans,
    domains,
    alarms: alarms.filter((alarm) => alarm.dimensions.ApiName === api.restApi.name),
    metrics,
    ...(endpointTypes.length > 0 ? { endpointTypes } : {}),
  };
}

async function readAccount(env: EnvironmentSummary): Promise<AdvisorAccount> {
  const account = await getAccountSettings(env);
  return { throttle: account.throttle, cloudWatchRoleArn: account.cloudwatchRoleArn };
}

type PlanWithStages = Omit<AdvisorUsagePlan, "apiStages"> & { apiStages: (AdvisorUsagePlan["apiStages"][number] & { apiId: string })[] };

async function readUsagePlans(env: EnvironmentSummary): Promise<PlanWithStages[]> {
  const client = apiGatewayClient(env);
  const plans = await allPages((position) => callAws(env, () => client.send(new GetUsagePlansCommand({ limit: maxPageSize, position }))), (plan: UsagePlan) => plan);
  return plans.map((plan) => ({
    id: plan.id ?? "",
    name: plan.name ?? "",
    throttle: plan.throttle ? { rateLimit: plan.throttle.rateLimit, burstLimit: plan.throttle.burstLimit } : null,
    quota: plan.quota?.limit !== undefined ? { limit: plan.quota.limit, period: plan.quota.period ?? "DAY", ...(plan.quota.offset ? { offset: plan.quota.offset } : {}) } : null,
    apiStages: (plan.apiStages ?? []).map((stage) => ({
      apiId: stage.apiId ?? "",
      stageName: stage.stage ?? "",
      throttle: Object.fromEntries(Object.entries(stage.throttle ?? {}).map(([key, value]) => [key, { rateLimit: value.rateLimit, burstLimit: value.burstLimit }])),
    })),
  }));
}

/** The plans covering a stage of this API, with only this API's stages. */
function plansOfApi(plans: PlanWithStages[], restApiId: string): AdvisorUsagePlan[] {
  return plans.flatMap((plan) => {
    const apiStages = plan.apiStages.filter((stage) => stage.apiId === restApiId).map(({ stageName, throttle }) => ({ stageName, throttle }));
    return apiStages.length > 0 ? [{ ...plan, apiStages }] : [];
  });
}

type DomainWithMappings = Omit<AdvisorDomain, "mappings"> & { mappings: (AdvisorDomain["mappings"][number] & { restApiId: string })[] };

async function readDomains(env: EnvironmentSummary): Promise<DomainWithMappings[]> {
  const client = apiGatewayClient(env);
  const domains = await allPages((position) => callAws(env, () => client.send(new GetDomainNamesCommand({ limit: maxPageSize, position }))), (domain) => domain);
  return Promise.all(
    domains.map(async (domain) => {
      const domainName = domain.domainName ?? "";
      const mappings = await allPages(
        (position) => callAws(env, () => client.send(new GetBasePathMappingsCommand({ domainName, limit: maxPageSize, position }))),
        (mapping) => ({ restApiId: mapping.restApiId ?? "", basePath: mapping.basePath ?? "(none)", stageName: mapping.stage ?? "" }),
      );
      return { domainName, securityPolicy: domain.securityPolicy ?? null, endpointType: domain.endpointConfiguration?.types?.[0] ?? null, mappings };
    }),
  );
}

/** The domains with at least one mapping to this API, with only those mappings. */
function domainsOfApi(domains: DomainWithMappings[], restApiId: string): AdvisorDomain[] {
  return domains.flatMap((domain) => {
    const mappings = domain.mappings.filter((mapping) => mapping.restApiId === restApiId).map(({ basePath, stageName }) => ({ basePath, stageName }));
    return mappings.length > 0 ? [{ ...domain, mappings }] : [];
  });
}

/** Metrics are advisory: when CloudWatch cannot be read, the metric rules stay silent rather than the page failing. */
async function readMetrics(env: EnvironmentSummary, api: ApiSnapshot, stages: StageSummary[], now: number): Promise<AdvisorMetrics | null> {
  const methods = advisorMethodScopes(api, stages);
  const queries = advisorMetricQueries(api.restApi.name, stages, methods);
  if (queries.length === 0) return { periodDays: advisorMetricDays, stages: [], methods: [] };
  // Whole minutes, so the one bucket lines up with CloudWatch's 1-minute storage.
  const end = Math.floor(now / 60_000) * 60_000;
  try {
    const read = await getMetricData(env, queries, { start: new Date(end - advisorMetricDays * 86_400_000), end: new Date(end) });
    return advisorMetricsFromSeries(stages, methods, read.series);
  } catch (error) {
    logUnexpectedError(error);
    return null;
  }
}
