// The advisor's CloudWatch read as pure functions: which queries one API needs over the window, and how the
// returned series become AdvisorMetrics. Per-method figures exist only where a stage has detailed metrics on.
import type { ApiSnapshot } from "../api-snapshot";
import { apiGatewayNamespace } from "../dashboard-queries";
import type { MetricQuery, MetricSeries } from "../metric-query";
import type { StageSummary } from "../stage";
import type { AdvisorMethodTraffic, AdvisorMetrics, AdvisorStageTraffic } from "./types";

/** The advisor looks at two weeks: long enough to see weekly traffic, within CloudWatch's 1-minute retention tier. */
export const advisorMetricDays = 14;

export type AdvisorMethodScope = { stageName: string; resourcePath: string; httpMethod: string };

/** True when the stage publishes per-method metrics (the stage default or any per-method override turns them on). */
export function hasDetailedMetrics(stage: StageSummary): boolean {
  return Object.values(stage.settings.methodSettings).some((values) => values.metricsEnabled === true);
}

/** Every (stage, method) pair the read covers: each method of the working copy on each stage with detailed metrics. */
export function advisorMethodScopes(api: ApiSnapshot, stages: StageSummary[]): AdvisorMethodScope[] {
  const methods = api.resources.flatMap((resource) => Object.keys(resource.methods).map((httpMethod) => ({ resourcePath: resource.path, httpMethod })));
  return stages.filter(hasDetailedMetrics).flatMap((stage) => methods.map((method) => ({ stageName: stage.stageName, ...method })));
}

function sumQuery(id: string, metricName: string, dimensions: Record<string, string>, periodSeconds: number, stat = "Sum"): MetricQuery {
  return { id, label: `${metricName} ${stat}`, periodSeconds, metric: { namespace: apiGatewayNamespace, metricName, dimensions, stat } };
}

/** The queries for one API: Count and cache hits/misses per stage; plus integration latency p50/p99 per method. */
export function advisorMetricQueries(apiName: string, stages: StageSummary[], methods: AdvisorMethodScope[]): MetricQuery[] {
  const period = advisorMetricDays * 86_400;
  const stageQueries = stages.flatMap((stage, index) => {
    const dimensions = { ApiName: apiName, Stage: stage.stageName };
    return [sumQuery(`s${index}_count`, "Count", dimensions, period), sumQuery(`s${index}_hit`, "CacheHitCount", dimensions, period), sumQuery(`s${index}_miss`, "CacheMissCount", dimensions, period)];
  });
  const methodQueries = methods.flatMap((method, index) => {
    const dimensions = { ApiName: apiName, Method: method.httpMethod, Resource: method.resourcePath, Stage: method.stageName };
    return [
      sumQuery(`m${index}_count`, "Count", dimensions, period),
      sumQuery(`m${index}_hit`, "CacheHitCount", dimensions, period),
      sumQuery(`m${index}_miss`, "CacheMissCount", dimensions, period),
      sumQuery(`m${index}_p50`, "IntegrationLatency", dimensions, period, "p50"),
      sumQuery(`m${index}_p99`, "IntegrationLatency", dimensions, period, "p99"),
    ];
  });
  return [...stageQueries, ...methodQueries];
}

const total = (series: Map<string, MetricSeries>, id: string) => (series.get(id)?.values ?? []).reduce((sum, value) => sum + value, 0);

/** The largest bucket's percentile (one bucket covers the window); null when no request reached the integration. */
function percentile(series: Map<string, MetricSeries>, id: string): number | null {
  const values = series.get(id)?.values ?? [];
  return values.length === 0 ? null : Math.round(Math.max(...values));
}

/** Shapes the returned series into the snapshot's metrics; a scope with no data counts zero requests. */
export function advisorMetricsFromSeries(stages: StageSummary[], methods: AdvisorMethodScope[], series: Map<string, MetricSeries>): AdvisorMetrics {
  const stageTraffic: AdvisorStageTraffic[] = stages.map((stage, index) => ({
    stageName: stage.stageName,
    requests: total(series, `s${index}_count`),
    cacheHits: total(series, `s${index}_hit`),
    cacheMisses: total(series, `s${index}_miss`),
  }));
  const methodTraffic: AdvisorMethodTraffic[] = methods.map((method, index) => ({
    ...method,
    requests: total(series, `m${index}_count`),
    cacheHits: total(series, `m${index}_hit`),
    cacheMisses: total(series, `m${index}_miss`),
    integrationLatencyP50Ms: percentile(series, `m${index}_p50`),
    integrationLatencyP99Ms: percentile(series, `m${index}_p99`),
  }));
  return { periodDays: advisorMetricDays, stages: stageTraffic, methods: methodTraffic };
}
