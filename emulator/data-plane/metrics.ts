import type { ScopeState } from "../store/store";
import { recordMetric } from "../control-plane/cloudwatch/metric-store";
import type { InvocationOutcome } from "./chain";
import type { StageTarget } from "./invocation-context";
import { effectiveMethodSetting } from "./method-setting-lookup";

const NAMESPACE = "AWS/ApiGateway";

/** AWS strips non-ASCII characters from ApiName before publishing (metrics doc). */
export const metricApiName = (name: string): string => name.replace(/[^\x20-\x7e]/g, "");

interface MetricValue {
  readonly name: string;
  readonly value: number;
  readonly unit: "Count" | "Milliseconds";
}

/** The values one request publishes: Count, 4XX/5XX, latencies and, with a cache, hit or miss. */
export function invocationMetricValues(outcome: InvocationOutcome, latencyMs: number): MetricValue[] {
  const status = outcome.response.statusCode;
  const values: MetricValue[] = [
    { name: "Count", value: 1, unit: "Count" },
    { name: "4XXError", value: status >= 400 && status < 500 ? 1 : 0, unit: "Count" },
    { name: "5XXError", value: status >= 500 ? 1 : 0, unit: "Count" },
    { name: "Latency", value: latencyMs, unit: "Milliseconds" },
  ];
  const routed = outcome.routed;
  if (routed?.integrationLatencyMs !== undefined) values.push({ name: "IntegrationLatency", value: routed.integrationLatencyMs, unit: "Milliseconds" });
  if (routed?.cacheOutcome) {
    values.push({ name: "CacheHitCount", value: routed.cacheOutcome === "hit" ? 1 : 0, unit: "Count" });
    values.push({ name: "CacheMissCount", value: routed.cacheOutcome === "miss" ? 1 : 0, unit: "Count" });
  }
  return values;
}

/** The dimension sets AWS publishes under: ApiName, ApiName+Stage, and per method with detailed metrics. */
export function invocationDimensions(target: StageTarget, outcome: InvocationOutcome): Array<Array<{ Name: string; Value: string }>> {
  const apiName = { Name: "ApiName", Value: metricApiName(target.restApi.name) };
  const stage = { Name: "Stage", Value: target.stageName };
  const sets = [[apiName], [apiName, stage]];
  const routed = outcome.routed;
  if (routed && effectiveMethodSetting(target.methodSettings, routed.resource.path, routed.method.httpMethod).metricsEnabled) {
    sets.push([apiName, { Name: "Method", Value: routed.method.httpMethod }, { Name: "Resource", Value: routed.resource.path }, stage]);
  }
  return sets;
}

/** Publishes one request's metrics into the sandbox's CloudWatch. Call inside store.run. */
export function recordInvocationMetrics(state: ScopeState, target: StageTarget, outcome: InvocationOutcome, latencyMs: number, timestamp: number): void {
  for (const dimensions of invocationDimensions(target, outcome)) {
    for (const metric of invocationMetricValues(outcome, latencyMs)) {
      recordMetric(state, { namespace: NAMESPACE, metricName: metric.name, dimensions, timestamp, value: metric.value, unit: metric.unit });
    }
  }
}
