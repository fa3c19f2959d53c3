// CloudWatch metric data as the sandbox keeps it: raw values with counts per bucket, so percentiles
// come from the values actually published, not from pre-aggregated statistics.

export interface Dimension {
  readonly Name: string;
  readonly Value: string;
}

export interface MetricIdentity {
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: readonly Dimension[];
}

export interface StoredMetric extends MetricIdentity {
  /** When data for this metric last arrived (ListMetrics RecentlyActive, two-week listing window). */
  readonly lastPutMs: number;
  /** When old buckets of this metric were last rolled up to a coarser resolution or dropped. */
  readonly rolledUpMs: number;
}

/** What a set of samples adds up to; raw values (ascending, distinct) with how often each was seen. */
export interface Aggregate {
  readonly sampleCount: number;
  readonly sum: number;
  readonly min: number;
  readonly max: number;
  readonly values: readonly number[];
  readonly counts: readonly number[];
}

export interface Bucket extends Aggregate {
  /** Start of the bucket, ms since the epoch, aligned to its resolution. */
  readonly start: number;
  /** 1 (high resolution), 60, 300 or 3600 seconds. */
  readonly resolution: number;
  readonly unit: string;
}

/** One published datum, already validated. */
export interface Sample extends Aggregate {
  readonly timestamp: number;
  readonly unit: string;
  /** StorageResolution: 1 or 60. */
  readonly resolution: number;
}
