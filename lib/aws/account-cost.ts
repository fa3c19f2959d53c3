import "server-only";
import { billingPeriods, type DailyCount } from "@/lib/domain/cost-period";
import type { MetricReadCost } from "@/lib/domain/metric-query";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { readApiDailyRequests, readStageDailyRequests } from "./request-counts";
import { listRestApis } from "./rest-apis";

export type AccountUsage = {
  apis: RestApiSummary[];
  /** Daily requests by API name, from the first of last month (UTC) to now. */
  days: Map<string, DailyCount[]>;
  /** Names used by more than one API: CloudWatch counts them together under one ApiName. */
  sharedNames: string[];
  readCost: MetricReadCost;
  now: Date;
};

/** Every API of the environment and its daily requests since the start of last month: one GetRestApis pass and one GetMetricData call per 500 APIs. */
export async function readAccountCost(env: EnvironmentSummary, now: Date): Promise<AccountUsage> {
  const apis = await listRestApis(env);
  const names = [...new Set(apis.map((api) => api.name))];
  const { lastMonthStart } = billingPeriods(now);
  const { byLabel, cost } = await readApiDailyRequests(env, names, { start: lastMonthStart, end: now });
  const sharedNames = names.filter((name) => apis.filter((api) => api.name === name).length > 1);
  return { apis, days: byLabel, sharedNames, readCost: cost, now };
}

/** One API's stages' daily requests since the start of last month (ApiName + Stage), in one GetMetricData call. */
export async function readStageUsage(env: EnvironmentSummary, apiName: string, stageNames: string[], now: Date): Promise<{ days: Map<string, DailyCount[]>; readCost: MetricReadCost }> {
  const { lastMonthStart } = billingPeriods(now);
  const { byLabel, cost } = await readStageDailyRequests(env, apiName, stageNames, { start: lastMonthStart, end: now });
  return { days: byLabel, readCost: cost };
}
