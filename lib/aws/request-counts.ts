import "server-only";
import type { DailyCount } from "@/lib/domain/cost-period";
import { apiDailyCountQueries, stageDailyCountQueries } from "@/lib/domain/cost-queries";
import type { MetricQuery, MetricReadCost } from "@/lib/domain/metric-query";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { getMetricData } from "./cloudwatch";

export type DailyCounts = { byLabel: Map<string, DailyCount[]>; cost: MetricReadCost };

/** Daily request counts per API name over [start, end), in as few GetMetricData calls as the queries allow. */
export function readApiDailyRequests(env: EnvironmentSummary, apiNames: string[], range: { start: Date; end: Date }): Promise<DailyCounts> {
  return readDaily(env, apiDailyCountQueries(apiNames), range);
}

/** Daily request counts per stage of one API. */
export function readStageDailyRequests(env: EnvironmentSummary, apiName: string, stageNames: string[], range: { start: Date; end: Date }): Promise<DailyCounts> {
  return readDaily(env, stageDailyCountQueries(apiName, stageNames), range);
}

async function readDaily(env: EnvironmentSummary, queries: MetricQuery[], range: { start: Date; end: Date }): Promise<DailyCounts> {
  if (queries.length === 0) return { byLabel: new Map(), cost: { calls: 0, metricsRequested: 0 } };
  const { series, cost } = await getMetricData(env, queries, range);
  const byLabel = new Map<string, DailyCount[]>();
  for (const query of queries) {
    const found = series.get(query.id);
    byLabel.set(query.label ?? query.id, found ? found.timestamps.map((day, index) => ({ day, count: found.values[index] ?? 0 })) : []);
  }
  return { byLabel, cost };
}
