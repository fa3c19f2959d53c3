import "server-only";
import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand, ListMetricsCommand, type MetricDataQuery } from "@aws-sdk/client-cloudwatch";
import type { AdvisorAlarm } from "@/lib/domain/advisor/types";
import { apiGatewayNamespace, totalsQueries } from "@/lib/domain/dashboard-queries";
import { batchQueries, type MetricQuery, type MetricReadCost, type MetricSeries } from "@/lib/domain/metric-query";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { clientConfig } from "./clients";

// The only module that imports @aws-sdk/client-cloudwatch.
const clients = new Map<string, { fingerprint: string; client: CloudWatchClient }>();

function cloudWatchClient(env: EnvironmentSummary): CloudWatchClient {
  const fingerprint = JSON.stringify([env.region, env.endpointUrl, env.credentialsSource, env.profile, env.roleArn]);
  const cached = clients.get(env.id);
  if (cached?.fingerprint === fingerprint) return cached.client;
  const client = new CloudWatchClient(clientConfig(env));
  clients.set(env.id, { fingerprint, client });
  return client;
}

export type MetricRead = { series: Map<string, MetricSeries>; cost: MetricReadCost };

/** Reads every query in as few GetMetricData calls as AWS allows (500 queries each), following NextToken. */
export async function getMetricData(env: EnvironmentSummary, queries: MetricQuery[], range: { start: Date; end: Date }): Promise<MetricRead> {
  const series = new Map<string, MetricSeries>();
  const cost: MetricReadCost = { calls: 0, metricsRequested: queries.filter((query) => query.metric).length };
  for (const batch of batchQueries(queries)) {
    let nextToken: string | undefined;
    do {
      const command = new GetMetricDataCommand({
        MetricDataQueries: batch.map(toSdkQuery),
        StartTime: range.start,
        EndTime: range.end,
        ScanBy: "TimestampAscending",
        NextToken: nextToken,
      });
      const page = await callAws(env, () => cloudWatchClient(env).send(command));
      cost.calls += 1;
      for (const result of page.MetricDataResults ?? []) mergeResult(series, result);
      nextToken = page.NextToken && page.NextToken !== nextToken ? page.NextToken : undefined;
    } while (nextToken);
  }
  for (const value of series.values()) sortByTime(value);
  return { series, cost };
}

/** The dimension sets of AWS/ApiGateway `Count` that have data (ListMetrics, following NextToken), as name-value maps. */
export async function listRequestCountDimensions(env: EnvironmentSummary, filter: Record<string, string> = {}): Promise<Array<Record<string, string>>> {
  const found: Array<Record<string, string>> = [];
  let nextToken: string | undefined;
  do {
    const command = new ListMetricsCommand({
      Namespace: apiGatewayNamespace,
      MetricName: "Count",
      Dimensions: Object.entries(filter).map(([Name, Value]) => ({ Name, Value })),
      NextToken: nextToken,
    });
    const page = await callAws(env, () => cloudWatchClient(env).send(command));
    for (const metric of page.Metrics ?? []) found.push(Object.fromEntries((metric.Dimensions ?? []).map((d) => [d.Name ?? "", d.Value ?? ""])));
    nextToken = page.NextToken && page.NextToken !== nextToken ? page.NextToken : undefined;
  } while (nextToken);
  return found;
}

/** Requests per API (AWS/ApiGateway `Count`, dimension ApiName only) over a range, in one period; null where there is no data. */
export async function readRequestCountsByApi(
  env: EnvironmentSummary,
  apiNames: string[],
  range: { start: Date; end: Date },
): Promise<{ counts: Map<string, number | null>; cost: MetricReadCost }> {
  // One bucket covering the range, rounded up to whole hours (valid at every retention tier).
  const periodSeconds = Math.max(3600, Math.ceil((range.end.getTime() - range.start.getTime()) / 3_600_000) * 3600);
  const queries = totalsQueries(apiNames.map((apiName) => ({ apiName })), "a", periodSeconds).filter((query) => query.id.endsWith("_count"));
  const { series, cost } = await getMetricData(env, queries, range);
  const counts = new Map<string, number | null>();
  apiNames.forEach((apiName, index) => {
    const values = series.get(`a${index}_count`)?.values ?? [];
    counts.set(apiName, values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0));
  });
  return { counts, cost };
}

/** Every metric alarm on an AWS/ApiGateway metric (DescribeAlarms, 100 a page, following NextToken). */
export async function listApiGatewayAlarms(env: EnvironmentSummary): Promise<AdvisorAlarm[]> {
  const alarms: AdvisorAlarm[] = [];
  let nextToken: string | undefined;
  do {
    const command = new DescribeAlarmsCommand({ AlarmTypes: ["MetricAlarm"], MaxRecords: 100, NextToken: nextToken });
    const page = await callAws(env, () => cloudWatchClient(env).send(command));
    for (const alarm of page.MetricAlarms ?? []) {
      if (alarm.Namespace !== apiGatewayNamespace) continue;
      const dimensions = Object.fromEntries((alarm.Dimensions ?? []).map((d) => [d.Name ?? "", d.Value ?? ""]));
      alarms.push({ alarmName: alarm.AlarmName ?? "", metricName: alarm.MetricName ?? "", namespace: alarm.Namespace, dimensions });
    }
    nextToken = page.NextToken && page.NextToken !== nextToken ? page.NextToken : undefined;
  } while (nextToken);
  return alarms;
}

function toSdkQuery(query: MetricQuery): MetricDataQuery {
  const base = { Id: query.id, Label: query.label, ReturnData: query.returnData ?? true };
  if (query.expression) return { ...base, Expression: query.expression, Period: query.periodSeconds };
  const { metric } = query;
  return {
    ...base,
    MetricStat: {
      Metric: {
        Namespace: metric!.namespace,
        MetricName: metric!.metricName,
        Dimensions: Object.entries(metric!.dimensions).map(([Name, Value]) => ({ Name, Value })),
      },
      Period: query.periodSeconds,
      Stat: metric!.stat,
      ...(metric!.unit ? { Unit: metric!.unit as never } : {}),
    },
  };
}

type SdkResult = { Id?: string; Label?: string; Timestamps?: Date[]; Values?: number[]; StatusCode?: string };

function mergeResult(series: Map<string, MetricSeries>, result: SdkResult) {
  if (!result.Id) return;
  const existing = series.get(result.Id) ?? { id: result.Id, label: result.Label ?? result.Id, timestamps: [], values: [], complete: true };
  const timestamps = result.Timestamps ?? [];
  const values = result.Values ?? [];
  for (let i = 0; i < timestamps.length && i < values.length; i += 1) {
    existing.timestamps.push(timestamps[i]!.getTime());
    existing.values.push(values[i]!);
  }
  existing.complete = existing.complete && result.StatusCode !== "PartialData";
  series.set(result.Id, existing);
}

function sortByTime(series: MetricSeries) {
  const order = series.timestamps.map((_, i) => i).sort((a, b) => series.timestamps[a]! - series.timestamps[b]!);
  series.timestamps = order.map((i) => series.timestamps[i]!);
  series.values = order.map((i) => series.values[i]!);
}
