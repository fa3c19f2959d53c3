import type { ScopeState } from "../store/store";
import type { InvocationOutcome } from "./chain";
import type { StageTarget } from "./invocation-context";
import type { MetricValue, ServedMetrics } from "./served-metrics";

const NAMESPACE = "AWS/ApiGateway";

/** AWS strips non-ASCII characters from ApiName before publishing (metrics doc). */
export const metricApiName = (name: string): string => name.replace(/[^\x20-\x7e]/g, "");

/** The 0-or-1 values, one object each for every request to share: only latencies differ from request to request. */
const countOf = (name: string) => [0, 1].map((value): MetricValue => Object.freeze({ name, value, unit: "Count" }));
const [NO_4XX, ONE_4XX] = countOf("4XXError") as [MetricValue, MetricValue];
const [NO_5XX, ONE_5XX] = countOf("5XXError") as [MetricValue, MetricValue];
const [NO_HIT, ONE_HIT] = countOf("CacheHitCount") as [MetricValue, MetricValue];
const [NO_MISS, ONE_MISS] = countOf("CacheMissCount") as [MetricValue, MetricValue];
const ONE_COUNT = countOf("Count")[1]!;

/** The values one request publishes: Count, 4XX/5XX, latencies and, with a cache, hit or miss. */
export function invocationMetricValues(outcome: InvocationOutcome, latencyMs: number): MetricValue[] {
  const status = outcome.response.statusCode;
  const values: MetricValue[] = [
    ONE_COUNT,
    status >= 400 && status < 500 ? ONE_4XX : NO_4XX,
    status >= 500 ? ONE_5XX : NO_5XX,
    { name: "Latency", value: latencyMs, unit: "Milliseconds" },
  ];
  const routed = outcome.routed;
  if (routed?.integrationLatencyMs !== undefined) values.push({ name: "IntegrationLatency", value: routed.integrationLatencyMs, unit: "Milliseconds" });
  if (routed?.cacheOutcome) values.push(routed.cacheOutcome === "hit" ? ONE_HIT : NO_HIT, routed.cacheOutcome === "miss" ? ONE_MISS : NO_MISS);
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
  served.add(state, NAMESPACE, invocationDimensions(target, outcome), timestamp, invocationMetricValues(outcome, latencyMs));
}
