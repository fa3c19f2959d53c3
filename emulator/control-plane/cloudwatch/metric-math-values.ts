// The values a metric math expression works with: a number (S), a time series (TS) or an array of them (TS[]).
import { MetricMathError } from "./metric-math-parser";

/** Values by period start (ms). */
export type Series = ReadonlyMap<number, number>;

export type MathValue =
  | { readonly kind: "scalar"; readonly value: number }
  | { readonly kind: "series"; readonly series: Series }
  | { readonly kind: "array"; readonly items: readonly Series[] };

export interface MathEnv {
  /** The time series of another query, by Id. */
  series(id: string): Series;
  /** The series of every metric (MetricStat) query, or of those whose Id contains `filter`, for METRICS(). */
  metrics(filter?: string): Series[];
  /** The Period (seconds) of a metric query; undefined for an expression or an unknown Id. */
  periodOf(id: string): number | undefined;
  /** Every period start in the request's range, for FILL, TIME_SERIES and scalars shown as a line. */
  readonly slots: readonly number[];
}

export const scalar = (value: number): MathValue => ({ kind: "scalar", value });
export const series = (points: Series): MathValue => ({ kind: "series", series: points });
export const array = (items: readonly Series[]): MathValue => ({ kind: "array", items });

/** A series' points, oldest first. */
export const pointsOf = (points: Series): Array<[number, number]> => [...points.entries()].sort(([a], [b]) => a - b);

/** The series a value holds: one for a series, each of an array's. */
export function asSeriesList(value: MathValue): Series[] {
  if (value.kind === "series") return [value.series];
  if (value.kind === "array") return [...value.items];
  throw new MetricMathError("An array can only hold time series");
}

/** Applies a series-to-series function to a series or to each series of an array. */
export function perSeries(name: string, value: MathValue, fn: (points: Series) => Series): MathValue {
  if (value.kind === "series") return series(fn(value.series));
  if (value.kind === "array") return array(value.items.map(fn));
  throw new MetricMathError(`${name} takes a time series or an array of time series`);
}

export function requireArray(name: string, value: MathValue): readonly Series[] {
  if (value.kind !== "array") throw new MetricMathError(`${name} takes an array of time series`);
  return value.items;
}

export function requireScalar(name: string, value: MathValue): number {
  if (value.kind !== "scalar") throw new MetricMathError(`${name} takes a number here`);
  return value.value;
}
