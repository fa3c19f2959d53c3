import type { Aggregate } from "./types";

export const emptyAggregate: Aggregate = { sampleCount: 0, sum: 0, min: Infinity, max: -Infinity, values: [], counts: [] };

/** Raw values with counts (counts default to 1 each), folded into an aggregate with distinct ascending values. */
export function aggregateOfValues(values: readonly number[], counts?: readonly number[]): Aggregate {
  const byValue = new Map<number, number>();
  let sampleCount = 0;
  let sum = 0;
  values.forEach((value, index) => {
    const count = counts?.[index] ?? 1;
    if (count <= 0) return;
    byValue.set(value, (byValue.get(value) ?? 0) + count);
    sampleCount += count;
    sum += value * count;
  });
  const distinct = [...byValue.keys()].sort((a, b) => a - b);
  return {
    sampleCount,
    sum,
    min: distinct[0] ?? Infinity,
    max: distinct[distinct.length - 1] ?? -Infinity,
    values: distinct,
    counts: distinct.map((value) => byValue.get(value)!),
  };
}

/** Two aggregates as one: statistics add up, raw values merge (both lists stay sorted and distinct). */
export function mergeAggregates(a: Aggregate, b: Aggregate): Aggregate {
  const { values, counts } = b.values.length === 1 ? insertValue(a, b.values[0]!, b.counts[0]!) : mergeValues(a, b);
  return {
    sampleCount: a.sampleCount + b.sampleCount,
    sum: a.sum + b.sum,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    values,
    counts,
  };
}

// The data plane adds one value per request: a binary search and two copies beat a full merge.
function insertValue(a: Aggregate, value: number, count: number): { values: number[]; counts: number[] } {
  let low = 0;
  let high = a.values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (a.values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  const values = a.values.slice();
  const counts = a.counts.slice();
  if (values[low] === value) counts[low] = counts[low]! + count;
  else {
    values.splice(low, 0, value);
    counts.splice(low, 0, count);
  }
  return { values, counts };
}

function mergeValues(a: Aggregate, b: Aggregate): { values: number[]; counts: number[] } {
  const values: number[] = [];
  const counts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.values.length || j < b.values.length) {
    const av = a.values[i];
    const bv = b.values[j];
    if (bv === undefined || (av !== undefined && av < bv)) {
      values.push(av!);
      counts.push(a.counts[i++]!);
    } else if (av === undefined || bv < av) {
      values.push(bv);
      counts.push(b.counts[j++]!);
    } else {
      values.push(av);
      counts.push(a.counts[i++]! + b.counts[j++]!);
    }
  }
  return { values, counts };
}

/** Copies just the aggregate fields (drops bucket bookkeeping). */
export const pickAggregate = (a: Aggregate): Aggregate => ({
  sampleCount: a.sampleCount,
  sum: a.sum,
  min: a.min,
  max: a.max,
  values: a.values,
  counts: a.counts,
});
