import { describe, expect, it } from "vitest";
import { Store } from "../store/store";
import { bucketsOf, recordMetric, storedMetrics } from "../control-plane/cloudwatch/metric-store";
import { ServedMetrics, type MetricValue } from "./served-metrics";

const t0 = Date.UTC(2026, 10, 26, 12, 0, 0);
const apiName = [{ Name: "ApiName", Value: "pets" }];
const byStage = [{ Name: "ApiName", Value: "pets" }, { Name: "Stage", Value: "prod" }];

/** Latencies with repeats, spread over two minutes. */
const requests = Array.from({ length: 500 }, (_, i) => ({ at: t0 + i * 200, latency: (i * 7) % 23, status: i % 10 === 0 ? 404 : 200 }));
const valuesOf = (request: (typeof requests)[number]): MetricValue[] => [
  { name: "Count", value: 1, unit: "Count" },
  { name: "4XXError", value: request.status === 404 ? 1 : 0, unit: "Count" },
  { name: "Latency", value: request.latency, unit: "Milliseconds" },
];

async function scope() {
  const store = await Store.open();
  return { store, state: store.scope("000000000000", "us-east-1") };
}

const contents = (state: Parameters<typeof storedMetrics>[0], now: number) =>
  storedMetrics(state)
    .map((metric) => ({
      metric: [metric.metricName, metric.dimensions],
      buckets: bucketsOf(state, metric, now)
        .map(({ start, resolution, unit, sampleCount, sum, min, max, values, counts }) => ({ start, resolution, unit, sampleCount, sum, min, max, values, counts }))
        .sort((a, b) => a.start - b.start),
    }))
    .sort((a, b) => JSON.stringify(a.metric).localeCompare(JSON.stringify(b.metric)));

describe("ServedMetrics", () => {
  it("writes the same buckets as one record per request and metric", async () => {
    const perRequest = await scope();
    perRequest.store.transaction(() => {
      for (const request of requests) {
        for (const dimensions of [apiName, byStage]) {
          for (const value of valuesOf(request)) recordMetric(perRequest.state, { namespace: "AWS/ApiGateway", metricName: value.name, dimensions, timestamp: request.at, value: value.value, unit: value.unit });
        }
      }
    });
    const summed = await scope();
    const served = new ServedMetrics();
    const sets = [apiName, byStage];
    for (const request of requests) served.add(summed.state, "AWS/ApiGateway", sets, request.at, valuesOf(request));
    summed.store.transaction(() => served.write(requests.at(-1)!.at));
    const now = t0 + 5 * 60_000;
    expect(contents(summed.state, now)).toEqual(contents(perRequest.state, now));
    expect(contents(summed.state, now).find((entry) => entry.metric[0] === "Count")?.buckets.map((bucket) => bucket.sampleCount)).toEqual([300, 200]);
  });

  it("writes equal dimension sets carried in different lists (two stages' ApiName) as one series", async () => {
    const { store, state } = await scope();
    const served = new ServedMetrics();
    const otherStagesApiName = [{ Name: "ApiName", Value: "pets" }];
    served.add(state, "AWS/ApiGateway", [apiName], t0, [{ name: "Latency", value: 5, unit: "Milliseconds" }]);
    served.add(state, "AWS/ApiGateway", [otherStagesApiName], t0 + 1_000, [{ name: "Latency", value: 5, unit: "Milliseconds" }]);
    served.add(state, "AWS/ApiGateway", [otherStagesApiName], t0 + 2_000, [{ name: "Latency", value: 8, unit: "Milliseconds" }]);
    store.transaction(() => served.write(t0 + 2_000));
    expect(storedMetrics(state)).toHaveLength(1);
    const [bucket] = bucketsOf(state, { namespace: "AWS/ApiGateway", metricName: "Latency", dimensions: apiName }, t0 + 3_000);
    expect(bucket).toMatchObject({ sampleCount: 3, sum: 18, min: 5, max: 8, values: [5, 8], counts: [2, 1] });
  });

  it("adds a request once for all its sets, and a set shared by two lists gets both lists' values and leaves each list's own alone", async () => {
    const { store, state } = await scope();
    const served = new ServedMetrics();
    const byMethod = [...apiName, { Name: "Method", Value: "GET" }, { Name: "Resource", Value: "/pets" }, byStage[1]!];
    // A stage with detailed metrics on one method: its other methods publish under the stage's two sets only.
    const stageOnly = [apiName, byStage];
    const detailed = [apiName, byStage, byMethod];
    served.add(state, "AWS/ApiGateway", stageOnly, t0, [{ name: "Latency", value: 4, unit: "Milliseconds" }]);
    served.add(state, "AWS/ApiGateway", detailed, t0 + 1_000, [{ name: "Latency", value: 6, unit: "Milliseconds" }]);
    served.add(state, "AWS/ApiGateway", detailed, t0 + 2_000, [{ name: "Latency", value: 6, unit: "Milliseconds" }]);
    served.add(state, "AWS/ApiGateway", stageOnly, t0 + 3_000, [{ name: "Latency", value: 9, unit: "Milliseconds" }]);
    store.transaction(() => served.write(t0 + 3_000));
    const latency = (dimensions: typeof apiName) => bucketsOf(state, { namespace: "AWS/ApiGateway", metricName: "Latency", dimensions }, t0 + 4_000);
    expect(latency(apiName)).toEqual([expect.objectContaining({ sampleCount: 4, sum: 25, min: 4, max: 9, values: [4, 6, 9], counts: [1, 2, 1] })]);
    expect(latency(byStage)).toEqual([expect.objectContaining({ sampleCount: 4, sum: 25, values: [4, 6, 9], counts: [1, 2, 1] })]);
    expect(latency(byMethod)).toEqual([expect.objectContaining({ sampleCount: 2, sum: 12, min: 6, max: 6, values: [6], counts: [2] })]);
  });

  it("holds nothing once written, and a second write adds to the same minute", async () => {
    const { store, state } = await scope();
    const served = new ServedMetrics();
    expect(served.isEmpty).toBe(true);
    served.add(state, "AWS/ApiGateway", [apiName], t0, [{ name: "Latency", value: 5, unit: "Milliseconds" }]);
    expect(served.isEmpty).toBe(false);
    store.transaction(() => served.write(t0));
    expect(served.isEmpty).toBe(true);
    served.add(state, "AWS/ApiGateway", [apiName], t0 + 1_000, [{ name: "Latency", value: 9, unit: "Milliseconds" }]);
    store.transaction(() => served.write(t0 + 1_000));
    const [bucket] = bucketsOf(state, { namespace: "AWS/ApiGateway", metricName: "Latency", dimensions: apiName }, t0 + 2_000);
    expect(bucket).toMatchObject({ sampleCount: 2, sum: 14, min: 5, max: 9, values: [5, 9], counts: [1, 1] });
  });
});
