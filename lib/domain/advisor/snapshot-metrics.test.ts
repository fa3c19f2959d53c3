import { describe, expect, it } from "vitest";
import type { ApiSnapshot } from "../api-snapshot";
import type { MetricSeries } from "../metric-query";
import type { StageSummary } from "../stage";
import { advisorMethodScopes, advisorMetricQueries, advisorMetricsFromSeries, hasDetailedMetrics } from "./snapshot-metrics";

function stage(stageName: string, methodSettings: StageSummary["settings"]["methodSettings"] = {}): StageSummary {
  return {
    stageName,
    deploymentId: "d1",
    description: null,
    createdDate: null,
    lastUpdatedDate: null,
    variables: {},
    canary: null,
    documentationVersion: null,
    billing: { cacheSize: null, detailedMetrics: false, tracing: false, accessLogging: false, executionLogging: null },
    settings: { methodSettings, cacheCluster: { enabled: false, size: null, status: null }, tracingEnabled: false, clientCertificateId: null, webAclArn: null, accessLog: null, tags: {} },
  };
}

const api: ApiSnapshot = {
  restApi: { id: "a1", name: "pets" },
  resources: [
    { id: "r0", path: "/", methods: {} },
    { id: "r1", path: "/pets", methods: { GET: { httpMethod: "GET" }, POST: { httpMethod: "POST" } } },
  ],
  models: [],
  requestValidators: [],
  authorizers: [],
  gatewayResponses: [],
};

const series = (id: string, values: number[]): [string, MetricSeries] => [id, { id, label: id, timestamps: values.map((_, i) => i), values, complete: true }];

describe("advisor metric read", () => {
  it("reads per-method figures only on stages with detailed metrics on", () => {
    const stages = [stage("dev"), stage("prod", { "*/*": { metricsEnabled: true } }), stage("test", { "~1pets/GET": { metricsEnabled: true } })];
    expect(stages.map(hasDetailedMetrics)).toEqual([false, true, true]);
    const scopes = advisorMethodScopes(api, stages);
    expect(scopes.map((s) => `${s.stageName} ${s.httpMethod} ${s.resourcePath}`)).toEqual(["prod GET /pets", "prod POST /pets", "test GET /pets", "test POST /pets"]);
  });

  it("asks for three stage metrics and five method metrics over one 14-day bucket, with AWS's dimensions", () => {
    const stages = [stage("prod", { "*/*": { metricsEnabled: true } })];
    const queries = advisorMetricQueries("pets", stages, advisorMethodScopes(api, stages));
    expect(queries).toHaveLength(3 + 2 * 5);
    expect(queries.every((query) => query.periodSeconds === 14 * 86_400)).toBe(true);
    expect(queries.find((query) => query.id === "m0_p99")?.metric).toEqual({
      namespace: "AWS/ApiGateway",
      metricName: "IntegrationLatency",
      dimensions: { ApiName: "pets", Method: "GET", Resource: "/pets", Stage: "prod" },
      stat: "p99",
    });
  });

  it("sums each series and leaves latency null where no request reached the integration", () => {
    const stages = [stage("prod", { "*/*": { metricsEnabled: true } })];
    const scopes = advisorMethodScopes(api, stages);
    const read = new Map([series("s0_count", [100, 20]), series("s0_hit", [5]), series("m0_count", [90]), series("m0_p50", [40]), series("m0_p99", [812.4])]);
    const metrics = advisorMetricsFromSeries(stages, scopes, read);
    expect(metrics.periodDays).toBe(14);
    expect(metrics.stages).toEqual([{ stageName: "prod", requests: 120, cacheHits: 5, cacheMisses: 0 }]);
    expect(metrics.methods[0]).toMatchObject({ httpMethod: "GET", requests: 90, integrationLatencyP50Ms: 40, integrationLatencyP99Ms: 812 });
    expect(metrics.methods[1]).toMatchObject({ httpMethod: "POST", requests: 0, integrationLatencyP50Ms: null, integrationLatencyP99Ms: null });
  });
});
