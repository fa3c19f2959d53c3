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

function addValue(metrics: Map<string, MinuteSeries>, name: string, unit: string, value: number, times: number): void {
  let series = metrics.get(name);
  if (!series) metrics.set(name, (series = { unit, counts: new Map() }));
  series.counts.set(value, (series.counts.get(value) ?? 0) + times);
}

/**
 * Metrics of served requests, added up in memory per minute and written to the CloudWatch store in one sample
 * per metric and minute. The values are kept exactly (distinct values with counts), so GetMetricData answers
 * the same Sum, SampleCount, Min, Max and percentiles as when every request was written on its own.
 */
export class ServedMetrics {
  /**
   * By scope, then by the dimension set's array itself: a stage's requests all come with the same arrays, so
   * a request finds its group without building a key. Equal sets in different arrays are merged when written.
   */
  private pending = new Map<ScopeState, Map<readonly Dimension[], DimensionMinute[]>>();

  get isEmpty(): boolean {
    return this.pending.size === 0;
  }

  /** Adds one request's values under one dimension set. */
  add(state: ScopeState, namespace: string, dimensions: readonly Dimension[], timestamp: number, values: readonly MetricValue[]): void {
    const minuteStart = Math.floor(timestamp / MINUTE_MS) * MINUTE_MS;
    let bySet = this.pending.get(state);
    if (!bySet) this.pending.set(state, (bySet = new Map()));
    let minutes = bySet.get(dimensions);
    if (!minutes) bySet.set(dimensions, (minutes = []));
    // Nearly always the newest group: between two writes a set sees one minute, two at a minute's turn.
    let group: DimensionMinute | undefined;
    for (let i = minutes.length - 1; i >= 0 && !group; i--) if (minutes[i]!.minuteStart === minuteStart && minutes[i]!.namespace === namespace) group = minutes[i];
    if (!group) minutes.push((group = { namespace, dimensions, minuteStart, metrics: new Map() }));
    for (const { name, value, unit } of values) addValue(group.metrics, name, unit, value, 1);
  }

  /** Writes everything added so far into the CloudWatch store and starts afresh. Call inside a transaction. */
  write(now: number): void {
    const pending = this.pending;
    this.pending = new Map();
    for (const [state, bySet] of pending) {
      // One sample per metric, minute and dimension set, however many arrays carried that set.
      const groups = new Map<string, DimensionMinute>();
      for (const minutes of bySet.values()) {
        for (const { namespace, dimensions, minuteStart, metrics } of minutes) {
          const key = `${namespace}\u0000${minuteStart}${dimensionsKey(dimensions)}`;
          const merged = groups.get(key);
          if (!merged) groups.set(key, { namespace, dimensions, minuteStart, metrics });
          else for (const [name, { unit, counts }] of metrics) for (const [value, times] of counts) addValue(merged.metrics, name, unit, value, times);
        }
      }
      for (const { namespace, dimensions, minuteStart, metrics } of groups.values()) {
        for (const [metricName, { unit, counts }] of metrics) {
          const aggregate = aggregateOfValues([...counts.keys()], [...counts.values()]);
          storeSample(state, { namespace, metricName, dimensions }, { ...aggregate, timestamp: minuteStart, unit, resolution: 60 }, now);
        }
      }
    }
  }
}
