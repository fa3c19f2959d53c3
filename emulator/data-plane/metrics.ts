import type { ScopeState } from "../store/store";
import type { InvocationOutcome } from "./chain";
import type { StageTarget } from "./invocation-context";
import type { MetricValue, ServedMetrics } from "./served-metrics";

const NAMESPACE = "AWS/ApiGateway";

/** AWS strips non-ASCII characters from ApiName before publishing (metrics doc). */
export const metricApiName = (name: string): string => name.replace(/[^\x20-\x7e]/g, "");

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

type DimensionSet = ReadonlyArray<{ readonly Name: string; readonly Value: string }>;

/** A stage target's dimension sets, built once per target (a target is rebuilt when its stage or API changes). */
interface TargetDimensions {
  readonly stageSets: readonly DimensionSet[];
  /** With detailed metrics, by resource path and HTTP method. */
  readonly methodSets: Map<string, readonly DimensionSet[]>;
}
const dimensionsByTarget = new WeakMap<StageTarget, TargetDimensions>();

function targetDimensions(target: StageTarget): TargetDimensions {
  let built = dimensionsByTarget.get(target);
  if (!built) {
    const apiName = { Name: "ApiName", Value: metricApiName(target.restApi.name) };
    dimensionsByTarget.set(target, (built = { stageSets: [[apiName], [apiName, { Name: "Stage", Value: target.stageName }]], methodSets: new Map() }));
  }
  return built;
}

/** The dimension sets AWS publishes under: ApiName, ApiName+Stage, and per method with detailed metrics. */
export function invocationDimensions(target: StageTarget, outcome: InvocationOutcome): readonly DimensionSet[] {
  const built = targetDimensions(target);
  const routed = outcome.routed;
  if (!routed || !routed.deployment.methodSetting(target.methodSettings, routed.resource.path, routed.method.httpMethod).metricsEnabled) return built.stageSets;
  const key = `${routed.method.httpMethod} ${routed.resource.path}`;
  let sets = built.methodSets.get(key);
  if (!sets) {
    const [apiName, stage] = built.stageSets[1]!;
    const method = [apiName!, { Name: "Method", Value: routed.method.httpMethod }, { Name: "Resource", Value: routed.resource.path }, stage!];
    built.methodSets.set(key, (sets = [...built.stageSets, method]));
  }
  return sets;
}

/** Publishes one request's metrics into the sandbox's CloudWatch (added up in memory until the next write). */
export function recordInvocationMetrics(served: ServedMetrics, state: ScopeState, target: StageTarget, outcome: InvocationOutcome, latencyMs: number, timestamp: number): void {
  const values = invocationMetricValues(outcome, latencyMs);
  for (const dimensions of invocationDimensions(target, outcome)) served.add(state, NAMESPACE, dimensions, timestamp, values);
}
