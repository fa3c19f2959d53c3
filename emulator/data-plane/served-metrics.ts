import type { ScopeState } from "../store/store";
import { aggregateOfValues } from "../control-plane/cloudwatch/aggregate";
import { storeSample } from "../control-plane/cloudwatch/metric-store";
import type { Dimension } from "../control-plane/cloudwatch/types";

/** One value a request publishes (Count, Latency, ...). */
export interface MetricValue {
  readonly name: string;
  readonly value: number;
  readonly unit: "Count" | "Milliseconds";
}

/** The data plane publishes at standard resolution: one bucket per metric per minute. */
const MINUTE_MS = 60_000;

/** Values of one metric in one minute: each distinct value with how often it was seen, as the store keeps them. */
interface MinuteSeries {
  readonly unit: string;
  readonly counts: Map<number, number>;
}

/** Dimension sets come back as the same arrays for every request of a stage: each one's key is built once. */
const dimensionKeys = new WeakMap<readonly Dimension[], string>();

function dimensionsKey(dimensions: readonly Dimension[]): string {
  let key = dimensionKeys.get(dimensions);
  if (key === undefined) {
    key = "";
    for (const dimension of dimensions) key += `\u0000${dimension.Name}\u0001${dimension.Value}`;
    dimensionKeys.set(dimensions, key);
  }
  return key;
}

/** Everything one dimension set published in one minute, by metric name. */
interface DimensionMinute {
  readonly namespace: string;
  readonly dimensions: readonly Dimension[];
  readonly minuteStart: number;
  readonly metrics: Map<string, MinuteSeries>;
}

/**
 * Metrics of served requests, added up in memory per minute and written to the CloudWatch store in one sample
 * per metric and minute. The values are kept exactly (distinct values with counts), so GetMetricData answers
 * the same Sum, SampleCount, Min, Max and percentiles as when every request was written on its own.
 */
export class ServedMetrics {
  private pending = new Map<ScopeState, Map<string, DimensionMinute>>();

  get isEmpty(): boolean {
    return this.pending.size === 0;
  }

  /** Adds one request's values under one dimension set. */
  add(state: ScopeState, namespace: string, dimensions: readonly Dimension[], timestamp: number, values: readonly MetricValue[]): void {
    const minuteStart = Math.floor(timestamp / MINUTE_MS) * MINUTE_MS;
    let groups = this.pending.get(state);
    if (!groups) this.pending.set(state, (groups = new Map()));
    const key = `${namespace}\u0000${minuteStart}${dimensionsKey(dimensions)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { namespace, dimensions, minuteStart, metrics: new Map() }));
    for (const { name, value, unit } of values) {
      let series = group.metrics.get(name);
      if (!series) group.metrics.set(name, (series = { unit, counts: new Map() }));
      series.counts.set(value, (series.counts.get(value) ?? 0) + 1);
    }
  }

  /** Writes everything added so far into the CloudWatch store and starts afresh. Call inside a transaction. */
  write(now: number): void {
    const pending = this.pending;
    this.pending = new Map();
    for (const [state, groups] of pending) {
      for (const { namespace, dimensions, minuteStart, metrics } of groups.values()) {
        for (const [metricName, { unit, counts }] of metrics) {
          const aggregate = aggregateOfValues([...counts.keys()], [...counts.values()]);
          storeSample(state, { namespace, metricName, dimensions }, { ...aggregate, timestamp: minuteStart, unit, resolution: 60 }, now);
        }
      }
    }
  }
}
