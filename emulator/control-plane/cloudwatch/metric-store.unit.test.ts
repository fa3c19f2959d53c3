import { describe, expect, it } from "vitest";
import { Store } from "../../store/store";
import { aggregateOfValues } from "./aggregate";
import { bucketsOf, metricKey, recordMetric, storeSample, storedMetrics } from "./metric-store";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const t0 = Date.UTC(2026, 10, 26, 12, 0, 0);
const metric = { namespace: "N", metricName: "M", dimensions: [{ Name: "B", Value: "2" }, { Name: "A", Value: "1" }] };

async function scope() {
  const store = await Store.open({});
  return { store, state: store.scope("000000000000", "us-east-1") };
}

describe("metric store", () => {
  it("identifies a metric regardless of dimension order", () => {
    expect(metricKey(metric)).toBe(metricKey({ ...metric, dimensions: [...metric.dimensions].reverse() }));
    expect(metricKey(metric)).not.toBe(metricKey({ ...metric, dimensions: [{ Name: "A", Value: "1" }] }));
  });

  it("records data-plane values into per-minute buckets with their raw values", async () => {
    const { store, state } = await scope();
    store.transaction(() => {
      recordMetric(state, { ...metric, timestamp: t0 + 1_000, value: 5, unit: "Milliseconds" });
      recordMetric(state, { ...metric, timestamp: t0 + 59_000, value: 5, unit: "Milliseconds" });
      recordMetric(state, { ...metric, timestamp: t0 + 61_000, value: 7, unit: "Milliseconds" });
    });
    const buckets = bucketsOf(state, metric, t0 + 2 * 60_000).sort((a, b) => a.start - b.start);
    expect(buckets.map((b) => [b.start - t0, b.resolution, b.sampleCount, b.values, b.counts])).toEqual([
      [0, 60, 2, [5], [2]],
      [60_000, 60, 1, [7], [1]],
    ]);
    expect(storedMetrics(state)).toEqual([expect.objectContaining({ namespace: "N", metricName: "M", lastPutMs: t0 + 61_000 })]);
  });

  it("rolls high-resolution data up to minutes after three hours and drops data past 455 days", async () => {
    const { store, state } = await scope();
    const sample = (timestamp: number, resolution: number) => ({ ...aggregateOfValues([1]), timestamp, unit: "Count", resolution });
    store.transaction(() => {
      storeSample(state, metric, sample(t0 + 5_000, 1), t0 + 6_000);
      storeSample(state, metric, sample(t0 + 7_000, 1), t0 + 8_000);
    });
    expect(bucketsOf(state, metric, t0 + 10_000).map((b) => b.resolution)).toEqual([1, 1]);
    store.transaction(() => storeSample(state, metric, sample(t0 + 4 * HOUR, 60), t0 + 4 * HOUR));
    const rolled = bucketsOf(state, metric, t0 + 4 * HOUR).sort((a, b) => a.start - b.start);
    expect(rolled.map((b) => [b.start - t0, b.resolution, b.sampleCount])).toEqual([
      [0, 60, 2],
      [4 * HOUR, 60, 1],
    ]);
    expect(bucketsOf(state, metric, t0 + 456 * DAY)).toEqual([]);
  });

  it("undoes its writes when the transaction fails", async () => {
    const { store, state } = await scope();
    expect(() =>
      store.transaction(() => {
        recordMetric(state, { ...metric, timestamp: t0, value: 1, unit: "Count" });
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(storedMetrics(state)).toEqual([]);
    expect(bucketsOf(state, metric, t0)).toEqual([]);
  });
});
