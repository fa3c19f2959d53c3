import type { MetricQuery, MetricSeries } from "./metric-query";

export const apiGatewayNamespace = "AWS/ApiGateway";

/** What one view reads: an API, an API's stage, or one method of a stage (detailed metrics only). */
export type MetricScope = { apiName: string; stage?: string; method?: { resource: string; httpMethod: string } };

/** The dimension set API Gateway publishes for a scope: ApiName; ApiName+Stage; ApiName+Method+Resource+Stage. */
export function dimensionsOf(scope: MetricScope): Record<string, string> {
  if (scope.method && scope.stage) return { ApiName: scope.apiName, Method: scope.method.httpMethod, Resource: scope.method.resource, Stage: scope.stage };
  if (scope.stage) return { ApiName: scope.apiName, Stage: scope.stage };
  return { ApiName: scope.apiName };
}

type Stat = { id: string; metricName: string; stat: string; returnData?: boolean; label?: string };

function statQueries(scope: MetricScope, periodSeconds: number, stats: Stat[]): MetricQuery[] {
  const dimensions = dimensionsOf(scope);
  return stats.map(({ id, metricName, stat, returnData, label }) => ({
    id,
    label: label ?? `${metricName} ${stat}`,
    periodSeconds,
    ...(returnData === false ? { returnData } : {}),
    metric: { namespace: apiGatewayNamespace, metricName, dimensions, stat },
  }));
}

/** The time series of one scope's charts; rates, overhead and cache ratio are metric math, so they cost no extra metrics. */
export function chartQueries(scope: MetricScope, periodSeconds: number): MetricQuery[] {
  const expression = (id: string, text: string, label: string): MetricQuery => ({ id, expression: text, label, periodSeconds });
  return [
    ...statQueries(scope, periodSeconds, [
      { id: "count", metricName: "Count", stat: "Sum", label: "Requests" },
      { id: "e4", metricName: "4XXError", stat: "Sum", label: "4XX errors" },
      { id: "e5", metricName: "5XXError", stat: "Sum", label: "5XX errors" },
      { id: "p50", metricName: "Latency", stat: "p50", label: "Latency p50" },
      { id: "p90", metricName: "Latency", stat: "p90", label: "Latency p90" },
      { id: "p99", metricName: "Latency", stat: "p99", label: "Latency p99" },
      { id: "latAvg", metricName: "Latency", stat: "Average", returnData: false },
      { id: "intAvg", metricName: "IntegrationLatency", stat: "Average", label: "Integration latency (average)" },
      { id: "hit", metricName: "CacheHitCount", stat: "Sum", label: "Cache hits" },
      { id: "miss", metricName: "CacheMissCount", stat: "Sum", label: "Cache misses" },
    ]),
    expression("e4Rate", "100 * e4 / count", "4XX rate"),
    expression("e5Rate", "100 * e5 / count", "5XX rate"),
    expression("overhead", "latAvg - intAvg", "API Gateway overhead (average)"),
    expression("hitRatio", "100 * hit / (hit + miss)", "Cache hit ratio"),
  ];
}

/**
 * Per-row totals over the whole range (one point each): requests, 4XX, 5XX, p99 and, for rows whose p50 is shown,
 * p50; ids prefixed `${prefix}${index}`. Tables show p99 only, so their rows skip p50 and save a metric each.
 */
export function totalsQueries(rows: MetricScope[], prefix: string, summaryPeriodSeconds: number, options: { p50?: boolean } = {}): MetricQuery[] {
  return rows.flatMap((scope, index) =>
    statQueries(scope, summaryPeriodSeconds, [
      { id: `${prefix}${index}_count`, metricName: "Count", stat: "Sum" },
      { id: `${prefix}${index}_e4`, metricName: "4XXError", stat: "Sum" },
      { id: `${prefix}${index}_e5`, metricName: "5XXError", stat: "Sum" },
      ...(options.p50 ? [{ id: `${prefix}${index}_p50`, metricName: "Latency", stat: "p50" }] : []),
      { id: `${prefix}${index}_p99`, metricName: "Latency", stat: "p99" },
    ]),
  );
}

/** The environment overview's charts: each API's series feed SUM (requests, errors) and MAX (slowest API's p99). */
export function overviewChartQueries(apiNames: string[], periodSeconds: number): MetricQuery[] {
  const inputs = apiNames.flatMap((apiName, index) =>
    statQueries({ apiName }, periodSeconds, [
      { id: `o${index}_count`, metricName: "Count", stat: "Sum", returnData: false },
      { id: `o${index}_e4`, metricName: "4XXError", stat: "Sum", returnData: false },
      { id: `o${index}_e5`, metricName: "5XXError", stat: "Sum", returnData: false },
      { id: `o${index}_p99`, metricName: "Latency", stat: "p99", returnData: false },
    ]),
  );
  if (apiNames.length === 0) return [];
  const list = (suffix: string) => `[${apiNames.map((_, index) => `o${index}_${suffix}`).join(", ")}]`;
  const expression = (id: string, text: string, label: string): MetricQuery => ({ id, expression: text, label, periodSeconds });
  return [
    ...inputs,
    expression("count", `SUM(${list("count")})`, "Requests"),
    expression("e4", `SUM(${list("e4")})`, "4XX errors"),
    expression("e5", `SUM(${list("e5")})`, "5XX errors"),
    expression("p99", `MAX(${list("p99")})`, "Latency p99 (slowest API)"),
    expression("e4Rate", "100 * e4 / count", "4XX rate"),
    expression("e5Rate", "100 * e5 / count", "5XX rate"),
  ];
}

/** One row's totals for the range; null where CloudWatch has no data (never shown as zero). */
export type ScopeTotals = { scope: MetricScope; requests: number | null; errors4xx: number | null; errors5xx: number | null; p50: number | null; p99: number | null };

/** Reads the totals of rows queried with totalsQueries from the returned series. */
export function rowTotals(rows: MetricScope[], prefix: string, series: ReadonlyMap<string, MetricSeries>): ScopeTotals[] {
  // Counts add up across points; a percentile does not, so the worst point stands for the range.
  const sum = (id: string) => {
    const values = series.get(id)?.values ?? [];
    return values.length === 0 ? null : values.reduce((total, value) => total + value, 0);
  };
  const worst = (id: string) => {
    const values = series.get(id)?.values ?? [];
    return values.length === 0 ? null : Math.max(...values);
  };
  return rows.map((scope, index) => ({
    scope,
    requests: sum(`${prefix}${index}_count`),
    errors4xx: sum(`${prefix}${index}_e4`),
    errors5xx: sum(`${prefix}${index}_e5`),
    p50: worst(`${prefix}${index}_p50`),
    p99: worst(`${prefix}${index}_p99`),
  }));
}

/** Sums rows' totals into one (p99 of the sum is the slowest row's p99, labelled as such where shown). */
export function combineTotals(rows: ScopeTotals[], scope: MetricScope): ScopeTotals {
  const add = (pick: (row: ScopeTotals) => number | null) => rows.reduce<number | null>((sum, row) => (pick(row) === null ? sum : (sum ?? 0) + pick(row)!), null);
  const max = (pick: (row: ScopeTotals) => number | null) => rows.reduce<number | null>((top, row) => (pick(row) === null ? top : Math.max(top ?? -Infinity, pick(row)!)), null);
  return { scope, requests: add((row) => row.requests), errors4xx: add((row) => row.errors4xx), errors5xx: add((row) => row.errors5xx), p50: max((row) => row.p50), p99: max((row) => row.p99) };
}
