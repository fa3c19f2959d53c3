// Metric math functions that work point by point or along one series: ABS, CEIL, FLOOR, LOG, LOG10, SQRT,
// DIFF, DIFF_TIME, RATE, RUNNING_SUM, TIME_SERIES and the calendar functions (MINUTE ... EPOCH).
import { mapValues } from "./metric-math-operators";
import { MetricMathError } from "./metric-math-parser";
import { perSeries, pointsOf, requireScalar, series, type MathEnv, type MathValue, type Series } from "./metric-math-values";

/** Functions of each value; results that are not finite (LOG(0), SQRT(-1)) leave the point out. */
export const pointwise: Readonly<Record<string, (v: number) => number>> = {
  ABS: Math.abs,
  CEIL: Math.ceil,
  FLOOR: Math.floor,
  LOG: Math.log,
  LOG10: Math.log10,
  SQRT: Math.sqrt,
};

export const applyPointwise = (name: string, value: MathValue): MathValue => mapValues(value, pointwise[name]!);

/** Each point against the one before it: the first point of a series has no result. */
function alongSeries(combine: (value: number, previousValue: number, seconds: number) => number): (points: Series) => Series {
  return (points) => {
    const ordered = pointsOf(points);
    const out = new Map<number, number>();
    for (let index = 1; index < ordered.length; index++) {
      const [timestamp, value] = ordered[index]!;
      const [previousTimestamp, previousValue] = ordered[index - 1]!;
      const result = combine(value, previousValue, (timestamp - previousTimestamp) / 1000);
      if (Number.isFinite(result)) out.set(timestamp, result);
    }
    return out;
  };
}

const alongFunctions: Readonly<Record<string, (points: Series) => Series>> = {
  DIFF: alongSeries((value, previous) => value - previous),
  DIFF_TIME: alongSeries((_value, _previous, seconds) => seconds),
  RATE: alongSeries((value, previous, seconds) => (value - previous) / seconds),
  RUNNING_SUM: (points) => {
    let total = 0;
    return new Map(pointsOf(points).map(([timestamp, value]) => [timestamp, (total += value)]));
  },
};

export const seriesFunctionNames = Object.keys(alongFunctions);

export function applyAlongSeries(name: string, value: MathValue): MathValue {
  return perSeries(name, value, alongFunctions[name]!);
}

/** TIME_SERIES(S): the number at every period of the request. */
export function timeSeries(value: MathValue, env: MathEnv): MathValue {
  const number = requireScalar("TIME_SERIES", value);
  return series(new Map(env.slots.map((slot) => [slot, number])));
}

// Days are numbered 1 (Monday) to 7 (Sunday), as the User Guide documents for DAY.
const calendar: Readonly<Record<string, (date: Date) => number>> = {
  MINUTE: (date) => date.getUTCMinutes(),
  HOUR: (date) => date.getUTCHours(),
  DAY: (date) => ((date.getUTCDay() + 6) % 7) + 1,
  DATE: (date) => date.getUTCDate(),
  MONTH: (date) => date.getUTCMonth() + 1,
  YEAR: (date) => date.getUTCFullYear(),
  EPOCH: (date) => date.getTime() / 1000,
};

export const calendarFunctionNames = Object.keys(calendar);

/** MINUTE(m1) ... EPOCH(m1): a value for every period of the request (not only where m1 has data), in UTC. */
export function applyCalendar(name: string, value: MathValue, env: MathEnv): MathValue {
  if (value.kind !== "series") throw new MetricMathError(`${name} takes a time series`);
  return series(new Map(env.slots.map((slot) => [slot, calendar[name]!(new Date(slot))])));
}
