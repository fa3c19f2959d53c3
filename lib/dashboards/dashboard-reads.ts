import "server-only";
import { getMetricData, listRequestCountDimensions } from "@/lib/aws/cloudwatch";
import { listRestApis } from "@/lib/aws/rest-apis";
import { chartQueries, combineTotals, overviewChartQueries, rowTotals, totalsQueries, type MetricScope } from "@/lib/domain/dashboard-queries";
import type { BreakdownRow, ChartSeries, DashboardData } from "@/lib/domain/dashboard-view";
import type { MetricQuery, MetricSeries } from "@/lib/domain/metric-query";
import { resolveRange, summaryPeriodFor, type MetricRange } from "@/lib/domain/metric-range";
import { parseMethodParam, type DashboardParams } from "@/lib/domain/dashboard-view";
import { syntheticMarkerQueries, syntheticMarkerSeen } from "@/lib/domain/synthetic-traffic";
import type { EnvironmentSummary } from "@/lib/environments/environments";

/** Method rows are capped so one overview stays within one GetMetricData call. */
const maxMethodRows = 40;

/** The overview for a dashboard URL's parameters, read now. */
export function readOverviewForParams(env: EnvironmentSummary, params: DashboardParams): Promise<DashboardData> {
  const now = Date.now();
  return readOverviewDashboard(env, resolveRange(params, now), now);
}

/** One API's dashboard for a dashboard URL's parameters (range, stage, method), read now. */
export function readApiForParams(env: EnvironmentSummary, api: { id: string; name: string }, params: DashboardParams): Promise<DashboardData> {
  const now = Date.now();
  return readApiDashboard(env, api, { range: resolveRange(params, now), stage: params.stage, method: parseMethodParam(params.method) }, now);
}

/** The environment overview: totals and charts over every API, and the top APIs, stages and methods. */
export async function readOverviewDashboard(env: EnvironmentSummary, range: MetricRange, now: number): Promise<DashboardData> {
  const [apis, dimensionSets] = await Promise.all([listRestApis(env), listRequestCountDimensions(env)]);
  const idByName = new Map(apis.map((api) => [api.name, api.id]));
  const apiNames = unique([...apis.map((api) => api.name), ...dimensionSets.filter((d) => Object.keys(d).length === 1).map((d) => d.ApiName!)]);
  const apiScopes = apiNames.map((apiName) => ({ apiName }));
  const stageScopes = dimensionSets.filter((d) => Object.keys(d).length === 2 && d.Stage).map((d) => ({ apiName: d.ApiName!, stage: d.Stage! }));
  const methodScopes = methodScopesOf(dimensionSets).slice(0, maxMethodRows);
  const summary = summaryPeriodFor(range, now);
  const queries = [
    ...overviewChartQueries(apiNames, range.periodSeconds),
    ...totalsQueries(apiScopes, "a", summary, { p50: true }),
    ...totalsQueries(stageScopes, "s", summary),
    ...totalsQueries(methodScopes, "k", summary),
    ...(env.kind === "sandbox" ? syntheticMarkerQueries(apiNames, summary) : []),
  ];
  const read = await getMetricData(env, queries, { start: new Date(range.start), end: new Date(range.end) });
  const withIds = (rows: ReturnType<typeof rowTotals>): BreakdownRow[] => rows.map((row) => ({ ...row, apiId: idByName.get(row.scope.apiName) ?? null }));
  const apiRows = withIds(rowTotals(apiScopes, "a", read.series));
  return {
    range,
    series: returnedSeries(queries, read.series),
    totals: combineTotals(apiRows, { apiName: "*" }),
    apis: apiRows,
    stages: withIds(rowTotals(stageScopes, "s", read.series)),
    methods: withIds(rowTotals(methodScopes, "k", read.series)),
    detailedMetrics: methodScopes.length > 0,
    synthetic: syntheticMarkerSeen(read.series),
    cost: read.cost,
  };
}

/** One API (all stages, or one stage, or one method of a stage): charts, totals and the per-method breakdown. */
export async function readApiDashboard(
  env: EnvironmentSummary,
  api: { id: string; name: string },
  view: { range: MetricRange; stage?: string; method?: MetricScope["method"] },
  now: number,
): Promise<DashboardData> {
  const { range, stage } = view;
  const dimensionSets = await listRequestCountDimensions(env, { ApiName: api.name, ...(stage ? { Stage: stage } : {}) });
  const methodScopes = methodScopesOf(dimensionSets).slice(0, maxMethodRows);
  const stageScopes = stage ? [] : dimensionSets.filter((d) => Object.keys(d).length === 2 && d.Stage).map((d) => ({ apiName: api.name, stage: d.Stage! }));
  const scope: MetricScope = { apiName: api.name, ...(stage ? { stage } : {}), ...(stage && view.method ? { method: view.method } : {}) };
  const summary = summaryPeriodFor(range, now);
  const queries = [
    ...chartQueries(scope, range.periodSeconds),
    ...totalsQueries([scope], "t", summary, { p50: true }),
    ...totalsQueries(stageScopes, "s", summary),
    ...totalsQueries(methodScopes, "k", summary),
    ...(env.kind === "sandbox" ? syntheticMarkerQueries([api.name], summary) : []),
  ];
  const read = await getMetricData(env, queries, { start: new Date(range.start), end: new Date(range.end) });
  const withId = (rows: ReturnType<typeof rowTotals>): BreakdownRow[] => rows.map((row) => ({ ...row, apiId: api.id }));
  return {
    range,
    series: returnedSeries(queries, read.series),
    totals: rowTotals([scope], "t", read.series)[0]!,
    apis: [],
    stages: withId(rowTotals(stageScopes, "s", read.series)),
    methods: withId(rowTotals(methodScopes, "k", read.series)),
    detailedMetrics: methodScopes.length > 0,
    synthetic: syntheticMarkerSeen(read.series),
    cost: read.cost,
  };
}

function methodScopesOf(dimensionSets: Array<Record<string, string>>): MetricScope[] {
  return dimensionSets
    .filter((d) => d.Method && d.Resource && d.Stage && d.ApiName)
    .map((d) => ({ apiName: d.ApiName!, stage: d.Stage!, method: { httpMethod: d.Method!, resource: d.Resource! } }));
}

/** Only chart series go to the browser (totals are already summed into rows). */
function returnedSeries(queries: MetricQuery[], series: ReadonlyMap<string, MetricSeries>): Record<string, ChartSeries> {
  const charted = queries.filter((query) => query.returnData !== false && !/^[astk]\d+_/.test(query.id) && !query.id.startsWith("syn"));
  return Object.fromEntries(
    charted.map((query) => {
      const found = series.get(query.id);
      return [query.id, { id: query.id, label: query.label ?? query.id, timestamps: found?.timestamps ?? [], values: found?.values ?? [] }];
    }),
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
