import { describe, expect, it } from "vitest";
import { invocationDimensions, invocationMetricValues, metricApiName } from "./metrics";
import type { InvocationOutcome } from "./chain";
import type { RoutedInvocation, StageTarget } from "./invocation-context";
import { DeploymentCache } from "./deployment-cache";
import type { ApiSnapshot } from "../control-plane/apigateway/api-snapshot";

const response = (statusCode: number) => ({ statusCode, headers: {}, body: Buffer.alloc(0) });
const routed = (extra: Partial<RoutedInvocation>) =>
  ({ resource: { id: "r", path: "/pets" }, method: { httpMethod: "GET" }, deployment: new DeploymentCache({} as ApiSnapshot), ...extra }) as RoutedInvocation;
const target = (methodSettings: StageTarget["methodSettings"]) => ({ restApi: { name: "pets" }, stageName: "prod", methodSettings }) as unknown as StageTarget;

describe("invocationMetricValues", () => {
  it("counts a 4xx and leaves integration latency out when no integration ran", () => {
    const values = invocationMetricValues({ response: response(403), routed: undefined }, 12);
    expect(values).toEqual([
      { name: "Count", value: 1, unit: "Count" },
      { name: "4XXError", value: 1, unit: "Count" },
      { name: "5XXError", value: 0, unit: "Count" },
      { name: "Latency", value: 12, unit: "Milliseconds" },
    ]);
  });

  it("adds integration latency and cache hits when they happened", () => {
    const outcome: InvocationOutcome = { response: response(200), routed: routed({ integrationLatencyMs: 5, cacheOutcome: "hit" }) };
    const names = Object.fromEntries(invocationMetricValues(outcome, 9).map((value) => [value.name, value.value]));
    expect(names).toMatchObject({ IntegrationLatency: 5, CacheHitCount: 1, CacheMissCount: 0, "5XXError": 0 });
  });
});

describe("invocationDimensions", () => {
  it("publishes per method only with detailed metrics", () => {
    const outcome = { response: response(200), routed: routed({}) };
    expect(invocationDimensions(target({}), outcome)).toHaveLength(2);
    const detailed = invocationDimensions(target({ "*/*": { metricsEnabled: true } }), outcome);
    expect(detailed[2]).toEqual([
      { Name: "ApiName", Value: "pets" },
      { Name: "Method", Value: "GET" },
      { Name: "Resource", Value: "/pets" },
      { Name: "Stage", Value: "prod" },
    ]);
  });

  it("builds a target's dimension sets once, and a new target (a renamed API, another stage) its own", () => {
    const outcome = { response: response(200), routed: routed({}) };
    const prod = target({ "*/*": { metricsEnabled: true } });
    expect(invocationDimensions(prod, outcome)).toBe(invocationDimensions(prod, outcome));
    const renamed = { ...prod, restApi: { name: "dogs" } } as unknown as StageTarget;
    expect(invocationDimensions(renamed, outcome)[0]).toEqual([{ Name: "ApiName", Value: "dogs" }]);
    const beta = { ...prod, stageName: "beta" } as StageTarget;
    expect(invocationDimensions(beta, outcome)[1]).toEqual([{ Name: "ApiName", Value: "pets" }, { Name: "Stage", Value: "beta" }]);
  });

  it("strips non-ASCII characters from the API name", () => {
    expect(metricApiName("café api ✓")).toBe("caf api ");
  });
});
