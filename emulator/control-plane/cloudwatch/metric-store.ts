import type { ScopeState } from "../../store/store";
import { aggregateOfValues, mergeAggregates, pickAggregate } from "./aggregate";
import { finestResolutionAt } from "./periods";
import { cloudWatchTables } from "./tables";
import type { Aggregate, Bucket, Dimension, MetricIdentity, Sample, StoredMetric } from "./types";

/** Old buckets of a metric are rolled up (or dropped) at most this often, on the next write. */
const ROLLUP_EVERY_MS = 10 * 60_000;
/** lastPutMs is refreshed at most this often, so a busy metric does not rewrite its identity per datum. */
const TOUCH_EVERY_MS = 60_000;

/** One metric as the data plane publishes it (AWS/ApiGateway Count, Latency, ...). */
export interface RecordedDatum {
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: readonly Dimension[];
  /** ms since the epoch */
  readonly timestamp: number;
  readonly value: number;
  readonly unit: string;
}

/**
 * Records one value for a metric, as PutMetricData would with standard resolution, without going through HTTP.
 * Call it inside `store.run(...)` (every write is part of a transaction).
 */
export function recordMetric(state: ScopeState, datum: RecordedDatum): void {
  const sample: Sample = { ...aggregateOfValues([datum.value]), timestamp: datum.timestamp, unit: datum.unit, resolution: 60 };
  storeSample(state, { namespace: datum.namespace, metricName: datum.metricName, dimensions: datum.dimensions }, sample, datum.timestamp);
}

/** Metric identity regardless of dimension order. */
export function metricKey(metric: MetricIdentity): string {
  const dimensions = [...metric.dimensions].sort((a, b) => compare(a.Name, b.Name)).map((d) => [d.Name, d.Value]);
  return JSON.stringify([metric.namespace, metric.metricName, dimensions]);
}

export function storeSample(state: ScopeState, metric: MetricIdentity, sample: Sample, now: number): void {
  const key = metricKey(metric);
  const metrics = state.table<StoredMetric>(cloudWatchTables.metrics);
  const existing = metrics.get("", key);
  const rollUpDue = !existing || now - existing.rolledUpMs >= ROLLUP_EVERY_MS;
  if (rollUpDue) rollUp(state, key, now);
  if (!existing || rollUpDue || now - existing.lastPutMs >= TOUCH_EVERY_MS) {
    metrics.put("", key, {
      namespace: metric.namespace,
      metricName: metric.metricName,
      dimensions: existing?.dimensions ?? metric.dimensions.map((d) => ({ Name: d.Name, Value: d.Value })),
      lastPutMs: Math.max(now, existing?.lastPutMs ?? 0),
      rolledUpMs: rollUpDue ? now : existing.rolledUpMs,
    });
  }
  // Data arriving already older than its resolution's retention goes straight into the coarser bucket.
  const resolution = Math.max(sample.resolution, finestResolutionAt(Math.max(0, now - sample.timestamp)) ?? 3600);
  addToBucket(state, key, bucketStart(sample.timestamp, resolution), resolution, sample.unit, pickAggregate(sample));
}

export function storedMetrics(state: ScopeState): readonly StoredMetric[] {
  return state.table<StoredMetric>(cloudWatchTables.metrics).list("");
}

/** Every bucket of a metric that is still within retention. */
export function bucketsOf(state: ScopeState, metric: MetricIdentity, now: number): Bucket[] {
  return state
    .table<Bucket>(cloudWatchTables.datapoints)
    .list(metricKey(metric))
    .filter((bucket) => finestResolutionAt(now - bucket.start) !== undefined);
}

/** Moves buckets past their resolution's retention into coarser buckets, and drops data past 455 days. */
function rollUp(state: ScopeState, key: string, now: number): void {
  const table = state.table<Bucket>(cloudWatchTables.datapoints);
  for (const bucket of table.list(key)) {
    const target = finestResolutionAt(now - bucket.start);
    if (target !== undefined && target <= bucket.resolution) continue;
    table.delete(key, keyOf(bucket.start, bucket.resolution, bucket.unit));
    if (target !== undefined) addToBucket(state, key, bucketStart(bucket.start, target), target, bucket.unit, pickAggregate(bucket));
  }
}

function addToBucket(state: ScopeState, key: string, start: number, resolution: number, unit: string, data: Aggregate): void {
  const table = state.table<Bucket>(cloudWatchTables.datapoints);
  const entryKey = keyOf(start, resolution, unit);
  const existing = table.get(key, entryKey);
  const merged = existing ? mergeAggregates(existing, data) : data;
  table.put(key, entryKey, { ...merged, start, resolution, unit });
}

const keyOf = (start: number, resolution: number, unit: string): string => `${start}|${resolution}|${unit}`;
const bucketStart = (timestamp: number, resolution: number): number => Math.floor(timestamp / (resolution * 1000)) * resolution * 1000;
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
