// Statistics over a range of the raw values (CloudWatch User Guide, "CloudWatch statistics definitions"):
// trimmed mean TM, winsorized mean WM, trimmed count TC, trimmed sum TS and percentile rank PR.
import type { Aggregate } from "./types";

export type TrimmedKind = "trimmedMean" | "winsorizedMean" | "trimmedCount" | "trimmedSum" | "percentileRank";

/**
 * The range a trimmed statistic keeps. Percent bounds pick samples by rank, value bounds by value; either way
 * the lower bound is exclusive and the upper inclusive, as AWS documents. An absent bound is open.
 */
export interface Bounds {
  readonly mode: "percent" | "value";
  readonly lower?: number;
  readonly upper?: number;
}

const kindsByPrefix: Readonly<Record<string, TrimmedKind>> = {
  tm: "trimmedMean",
  wm: "winsorizedMean",
  tc: "trimmedCount",
  ts: "trimmedSum",
  pr: "percentileRank",
};
const percent = String.raw`(?:100(?:\.0{1,10})?|\d{1,2}(?:\.\d{1,10})?)`;
const value = String.raw`-?(?:\d+(?:\.\d+)?|\.\d+)`;
const shortForm = new RegExp(`^(tm|wm|tc|ts)(${percent})$`);
const percentRange = new RegExp(`^(TM|WM|TC|TS)\\((?:(${percent})%)?:(?:(${percent})%)?\\)$`);
const valueRange = new RegExp(`^(TM|WM|TC|TS|PR)\\((${value})?:(${value})?\\)$`);

/**
 * Parses tm99 / TM(10%:90%) / TM(150:1000) / IQM and the WM, TC, TS and PR forms; undefined when the name is
 * none of them (or breaks a rule: lowercase only with one number, PR only with values, lower below upper).
 */
export function parseTrimmed(name: string): { kind: TrimmedKind; bounds: Bounds } | undefined {
  if (name === "IQM") return { kind: "trimmedMean", bounds: { mode: "percent", lower: 25, upper: 75 } };
  const short = shortForm.exec(name);
  if (short) return { kind: kindsByPrefix[short[1]!]!, bounds: { mode: "percent", upper: Number(short[2]) } };
  const percentMatch = percentRange.exec(name);
  const range = percentMatch ?? valueRange.exec(name);
  if (!range || (range[2] === undefined && range[3] === undefined)) return undefined;
  const bounds: Bounds = {
    mode: percentMatch ? "percent" : "value",
    ...(range[2] !== undefined ? { lower: Number(range[2]) } : {}),
    ...(range[3] !== undefined ? { upper: Number(range[3]) } : {}),
  };
  if (bounds.lower !== undefined && bounds.upper !== undefined && bounds.lower >= bounds.upper) return undefined;
  return { kind: kindsByPrefix[range[1]!.toLowerCase()]!, bounds };
}

/** A trimmed statistic over an aggregate with every raw value; undefined when a mean has no samples to average. */
export function computeTrimmed(aggregate: Aggregate, kind: TrimmedKind, bounds: Bounds): number | undefined {
  const kept = keptSamples(aggregate, bounds);
  switch (kind) {
    case "trimmedCount":
      return kept.count;
    case "trimmedSum":
      return kept.sum;
    case "percentileRank":
      return (kept.count / aggregate.sampleCount) * 100;
    case "trimmedMean":
      return kept.count > 0 ? kept.sum / kept.count : undefined;
    case "winsorizedMean":
      return winsorizedMean(aggregate, bounds, kept);
  }
}

interface Kept {
  readonly count: number;
  readonly sum: number;
  /** Samples below and above the range, and the smallest and largest kept value. */
  readonly below: number;
  readonly above: number;
  readonly first: number;
  readonly last: number;
}

// Percent bounds use nearest rank, like the percentiles: TM(:90%) keeps ranks 1..ceil(0.9 n), and
// TM(10%:) drops ranks 1..ceil(0.1 n).
function rankRange(aggregate: Aggregate, bounds: Bounds): [number, number] {
  const n = aggregate.sampleCount;
  const rank = (p: number) => Math.ceil((p / 100) * n - 1e-9);
  return [bounds.lower === undefined ? 0 : rank(bounds.lower), bounds.upper === undefined ? n : rank(bounds.upper)];
}

function keptSamples(aggregate: Aggregate, bounds: Bounds): Kept {
  const [fromRank, toRank] = bounds.mode === "percent" ? rankRange(aggregate, bounds) : [0, aggregate.sampleCount];
  const inValueRange = (v: number) => (bounds.lower === undefined || v > bounds.lower) && (bounds.upper === undefined || v <= bounds.upper);
  let seen = 0;
  let count = 0;
  let sum = 0;
  let below = 0;
  let first = NaN;
  let last = NaN;
  aggregate.values.forEach((v, index) => {
    const samples = aggregate.counts[index]!;
    const take = bounds.mode === "percent" ? overlap(seen, seen + samples, fromRank, toRank) : inValueRange(v) ? samples : 0;
    if (bounds.mode === "percent") below += overlap(seen, seen + samples, 0, fromRank);
    else if (bounds.lower !== undefined && v <= bounds.lower) below += samples;
    seen += samples;
    if (take === 0) return;
    if (count === 0) first = v;
    last = v;
    count += take;
    sum += take * v;
  });
  return { count, sum, below, above: aggregate.sampleCount - count - below, first, last };
}

/** How many of the ranks (from, to] fall within (lo, hi]. */
const overlap = (from: number, to: number, lo: number, hi: number): number => Math.max(0, Math.min(to, hi) - Math.max(from, lo));

// Samples outside the range count as the value at its edge: the nearest kept value for percent bounds,
// the bound itself for value bounds.
function winsorizedMean(aggregate: Aggregate, bounds: Bounds, kept: Kept): number | undefined {
  if (bounds.mode === "percent" && kept.count === 0) return undefined;
  const low = bounds.mode === "percent" ? kept.first : (bounds.lower ?? 0);
  const high = bounds.mode === "percent" ? kept.last : (bounds.upper ?? 0);
  return (kept.sum + kept.below * low + kept.above * high) / aggregate.sampleCount;
}
