// Functions that pick series out of an array: SORT, SLICE, FIRST, LAST and REMOVE_EMPTY.
import { MetricMathError, type MathExpr } from "./metric-math-parser";
import { reduceNumbers } from "./metric-math-reducers";
import { array, requireArray, requireScalar, series, type MathValue, type Series } from "./metric-math-values";

const sortFunctions = ["AVG", "MIN", "MAX", "SUM"];

/** SORT(TS[], AVG|MIN|MAX|SUM, ASC|DESC[, limit]); series with no data sort last either way. */
export function sort(items: readonly Series[], by: MathExpr | undefined, order: MathExpr | undefined, limit: number | undefined): MathValue {
  const fn = keyword(by);
  if (!fn || !sortFunctions.includes(fn)) throw new MetricMathError("The second argument of SORT must be AVG, MIN, MAX or SUM");
  const direction = keyword(order);
  if (direction !== "ASC" && direction !== "DESC") throw new MetricMathError("The third argument of SORT must be ASC or DESC");
  const keyed = items.map((item) => ({ item, key: reduceNumbers(fn, [...item.values()]) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) return (a.key === undefined ? 1 : 0) - (b.key === undefined ? 1 : 0);
    return direction === "ASC" ? a.key - b.key : b.key - a.key;
  });
  const sorted = keyed.map(({ item }) => item);
  return array(limit === undefined ? sorted : sorted.slice(0, requireCount("SORT", limit)));
}

/** SLICE(TS[], start[, end]): zero-based, start inclusive, end exclusive. */
export function slice(value: MathValue, start: MathValue, end: MathValue | undefined): MathValue {
  const items = requireArray("SLICE", value);
  const from = requireCount("SLICE", requireScalar("SLICE", start));
  const to = end === undefined ? items.length : requireCount("SLICE", requireScalar("SLICE", end));
  return array(items.slice(from, to));
}

export function firstOrLast(name: "FIRST" | "LAST", value: MathValue): MathValue {
  const items = requireArray(name, value);
  const picked = name === "FIRST" ? items[0] : items[items.length - 1];
  return series(picked ?? new Map());
}

export const removeEmpty = (value: MathValue): MathValue => array(requireArray("REMOVE_EMPTY", value).filter((item) => item.size > 0));

function requireCount(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new MetricMathError(`${name} takes a whole number of time series, not ${value}`);
  return value;
}

const keyword = (expr: MathExpr | undefined): string | undefined => (expr?.type === "id" ? expr.name : undefined);
