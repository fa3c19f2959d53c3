// SUM, AVG, MIN, MAX, STDDEV and DATAPOINT_COUNT: over one series they give one number (all its points); over
// an array they give one series, point by point over the series that have a value there, except that AVG counts
// a series with no value there as 0, as the User Guide documents. METRIC_COUNT counts the series of an array.
import { requireArray, scalar, series, type MathValue } from "./metric-math-values";

const reducers: Readonly<Record<string, (values: readonly number[]) => number>> = {
  SUM: (values) => total(values),
  AVG: (values) => total(values) / values.length,
  MIN: (values) => Math.min(...values),
  MAX: (values) => Math.max(...values),
  // Population standard deviation: the points are all the data there is, not a sample of it.
  STDDEV: (values) => {
    const mean = total(values) / values.length;
    return Math.sqrt(total(values.map((v) => (v - mean) ** 2)) / values.length);
  },
  DATAPOINT_COUNT: (values) => values.length,
};

export const reducerNames = Object.keys(reducers);

/** The number a reducer gives for some values, or undefined when there are none. */
export function reduceNumbers(name: string, values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : reducers[name]!(values);
}

export function reduce(name: string, value: MathValue): MathValue {
  if (value.kind === "scalar") return value;
  if (value.kind === "series") {
    const result = reduceNumbers(name, [...value.series.values()]);
    return result === undefined ? series(new Map()) : scalar(result);
  }
  const timestamps = [...new Set(value.items.flatMap((item) => [...item.keys()]))].sort((a, b) => a - b);
  const out = new Map<number, number>();
  for (const timestamp of timestamps) {
    const present = value.items.map((item) => item.get(timestamp)).filter((v): v is number => v !== undefined);
    const result = name === "AVG" ? total(present) / value.items.length : reduceNumbers(name, present);
    if (result !== undefined) out.set(timestamp, result);
  }
  return series(out);
}

export const metricCount = (value: MathValue): MathValue => scalar(requireArray("METRIC_COUNT", value).length);

const total = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0);
