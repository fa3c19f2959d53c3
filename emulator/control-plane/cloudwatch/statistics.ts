import { AwsError, notImplemented } from "../../protocol/aws-error";
import type { Aggregate } from "./types";

export type Statistic =
  | { readonly kind: "SampleCount" | "Sum" | "Average" | "Minimum" | "Maximum" }
  | { readonly kind: "percentile"; readonly p: number }
  | { readonly kind: "trimmedMean"; readonly p: number };

const basic = ["SampleCount", "Sum", "Average", "Minimum", "Maximum"] as const;
const percentNumber = String.raw`(100(?:\.0+)?|\d{1,2}(?:\.\d+)?)`;
const percentilePattern = new RegExp(`^p${percentNumber}$`);
const trimmedMeanPattern = new RegExp(`^tm${percentNumber}$`);
// Statistics AWS accepts that the sandbox does not compute yet: refused by name rather than answered wrongly.
const knownButMissing = /^(wm|tc|ts|WM|TC|TS|TM|PR)(\d|\()|^IQM$/;

/** Parses a Stat or ExtendedStatistics name; `parameter` names the field in AWS's messages. */
export function parseStatistic(name: string, parameter: string): Statistic {
  const simple = basic.find((stat) => stat === name);
  if (simple) return { kind: simple };
  const percentile = percentilePattern.exec(name);
  if (percentile) return { kind: "percentile", p: Number(percentile[1]) };
  const trimmed = trimmedMeanPattern.exec(name);
  if (trimmed) return { kind: "trimmedMean", p: Number(trimmed[1]) };
  if (knownButMissing.test(name)) throw notImplemented("CloudWatch", `statistic ${name}`);
  throw new AwsError("InvalidParameterValueException", `The value ${name} for parameter ${parameter} is not a valid statistic.`);
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
    case "trimmedMean":
      return hasAllRawValues(aggregate) ? trimmedMean(aggregate, statistic.p) : undefined;
  }
}

// Percentiles need every sample as a raw value (data published only as statistic sets has none), and AWS
// offers none when any value is negative.
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

/** Trimmed mean TM(0%:p%): the mean of the samples at or below the p-th percentile rank. */
export function trimmedMean(aggregate: Aggregate, p: number): number | undefined {
  const keep = Math.ceil((p / 100) * aggregate.sampleCount - 1e-9);
  if (keep <= 0) return undefined;
  let taken = 0;
  let sum = 0;
  for (let index = 0; index < aggregate.values.length && taken < keep; index++) {
    const count = Math.min(aggregate.counts[index]!, keep - taken);
    taken += count;
    sum += count * aggregate.values[index]!;
  }
  return sum / taken;
}
