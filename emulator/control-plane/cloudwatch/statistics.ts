import { AwsError } from "../../protocol/aws-error";
import { computeTrimmed, parseTrimmed, type Bounds, type TrimmedKind } from "./statistics-trimmed";
import type { Aggregate } from "./types";

export type Statistic =
  | { readonly kind: "SampleCount" | "Sum" | "Average" | "Minimum" | "Maximum" }
  | { readonly kind: "percentile"; readonly p: number }
  | { readonly kind: TrimmedKind; readonly bounds: Bounds };

const basic = ["SampleCount", "Sum", "Average", "Minimum", "Maximum"] as const;
const percentilePattern = /^p(100(?:\.0+)?|\d{1,2}(?:\.\d+)?)$/;

/** Parses a Stat or ExtendedStatistics name; `parameter` names the field in AWS's messages. */
export function parseStatistic(name: string, parameter: string): Statistic {
  const simple = basic.find((stat) => stat === name);
  if (simple) return { kind: simple };
  const percentile = percentilePattern.exec(name);
  if (percentile) return { kind: "percentile", p: Number(percentile[1]) };
  const trimmed = parseTrimmed(name);
  if (trimmed) return trimmed;
  throw new AwsError("InvalidParameterValueException", `The value ${name} for parameter ${parameter} is not a valid statistic.`);
}

/** Percentiles and the trimmed statistics: what GetMetricStatistics takes only as ExtendedStatistics. */
export function isExtendedStatistic(statistic: Statistic): boolean {
  return !(basic as readonly string[]).includes(statistic.kind);
}

/** The statistic over an aggregate, or undefined when it has no value (no samples, or percentiles without raw values). */
export function computeStatistic(aggregate: Aggregate, statistic: Statistic): number | undefined {
  if (aggregate.sampleCount <= 0) return undefined;
  switch (statistic.kind) {
    case "SampleCount":
      return aggregate.sampleCount;
    case "Sum":
      return aggregate.sum;
    case "Average":
      return aggregate.sum / aggregate.sampleCount;
    case "Minimum":
      return aggregate.min;
    case "Maximum":
      return aggregate.max;
    case "percentile":
      return hasAllRawValues(aggregate) ? percentile(aggregate, statistic.p) : undefined;
    default:
      return hasAllRawValues(aggregate) ? computeTrimmed(aggregate, statistic.kind, statistic.bounds) : undefined;
  }
}

// Percentiles and the trimmed statistics need every sample as a raw value (data published only as statistic
// sets has none), and AWS offers none when any value is negative.
function hasAllRawValues(aggregate: Aggregate): boolean {
  if (aggregate.min < 0) return false;
  const raw = aggregate.counts.reduce((total, count) => total + count, 0);
  return raw > 0 && Math.abs(raw - aggregate.sampleCount) < 1e-9;
}

/** Nearest-rank percentile: the smallest value with at least p% of the samples at or below it. */
export function percentile(aggregate: Aggregate, p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * aggregate.sampleCount - 1e-9));
  let seen = 0;
  for (let index = 0; index < aggregate.values.length; index++) {
    seen += aggregate.counts[index]!;
    if (seen >= rank) return aggregate.values[index]!;
  }
  return aggregate.max;
}
