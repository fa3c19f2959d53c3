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

/** Everything the requests of one list of dimension sets published in one minute, by metric name. */
interface DimensionMinute {
  readonly namespace: string;
  readonly dimensionSets: readonly (readonly Dimension[])[];
  readonly minuteStart: number;
  readonly metrics: Map<string, MinuteSeries>;
}

function addValue(metrics: Map<string, MinuteSeries>, name: string, unit: string, value: number, times: number): void {
  let series = metrics.get(name);
  if (!series) metrics.set(name, (series = { unit, counts: new Map() }));
  series.counts.set(value, (series.counts.get(value) ?? 0) + times);
}

/** One dimension set's minute as written: the minutes of every list that carried the set. */
interface WrittenMinute {
  readonly namespace: string;
  readonly dimensions: readonly Dimension[];
  readonly minuteStart: number;
  readonly sources: Map<string, MinuteSeries>[];
}

/** The sources' values together, in new maps: a source is shared by every set of its list and stays as it is. */
function mergedMetrics(sources: readonly Map<string, MinuteSeries>[]): Map<string, MinuteSeries> {
  if (sources.length === 1) return sources[0]!;
  const merged = new Map<string, MinuteSeries>();
  for (const metrics of sources) for (const [name, { unit, counts }] of metrics) for (const [value, times] of counts) addValue(merged, name, unit, value, times);
  return merged;
}

/**
 * Metrics of served requests, added up in memory per minute and written to the CloudWatch store in one sample
 * per metric, minute and dimension set. The values are kept exactly (distinct values with counts), so
 * GetMetricData answers the same Sum, SampleCount, Min, Max and percentiles as when every request was written on
 * its own. A request's values are added once for all the dimension sets it publishes under, and fanned out to
 * each set when written.
 */
export class ServedMetrics {
  /**
   * By scope, then by the list of dimension sets itself: a stage's requests all come with the same list, so a
   * request finds its group without building a key. Equal sets in different lists are merged when written.
   */
  private pending = new Map<ScopeState, Map<readonly (readonly Dimension[])[], DimensionMinute[]>>();

  get isEmpty(): boolean {
    return this.pending.size === 0;
  }

  /** Adds one request's values under each of its dimension sets. */
  add(state: ScopeState, namespace: string, dimensionSets: readonly (readonly Dimension[])[], timestamp: number, values: readonly MetricValue[]): void {
    const minuteStart = Math.floor(timestamp / MINUTE_MS) * MINUTE_MS;
    let byList = this.pending.get(state);
    if (!byList) this.pending.set(state, (byList = new Map()));
    let minutes = byList.get(dimensionSets);
    if (!minutes) byList.set(dimensionSets, (minutes = []));
    // Nearly always the newest group: between two writes a list sees one minute, two at a minute's turn.
    let group: DimensionMinute | undefined;
    for (let i = minutes.length - 1; i >= 0 && !group; i--) if (minutes[i]!.minuteStart === minuteStart && minutes[i]!.namespace === namespace) group = minutes[i];
    if (!group) minutes.push((group = { namespace, dimensionSets, minuteStart, metrics: new Map() }));
    for (const { name, value, unit } of values) addValue(group.metrics, name, unit, value, 1);
  }

  /** Writes everything added so far into the CloudWatch store and starts afresh. Call inside a transaction. */
  write(now: number): void {
    const pending = this.pending;
    this.pending = new Map();
    for (const [state, byList] of pending) {
      // One sample per metric, minute and dimension set, however many lists carried that set.
      const written = new Map<string, WrittenMinute>();
      for (const minutes of byList.values()) {
        for (const { namespace, dimensionSets, minuteStart, metrics } of minutes) {
          for (const dimensions of dimensionSets) {
            const key = `${namespace}\u0000${minuteStart}${dimensionsKey(dimensions)}`;
            const minute = written.get(key);
            if (minute) minute.sources.push(metrics);
            else written.set(key, { namespace, dimensions, minuteStart, sources: [metrics] });
          }
        }
      }
      for (const { namespace, dimensions, minuteStart, sources } of written.values()) {
        for (const [metricName, { unit, counts }] of mergedMetrics(sources)) {
          const aggregate = aggregateOfValues([...counts.keys()], [...counts.values()]);
          storeSample(state, { namespace, metricName, dimensions }, { ...aggregate, timestamp: minuteStart, unit, resolution: 60 }, now);
        }
      }
    }
  }
}
