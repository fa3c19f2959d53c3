import { describe, expect, it } from "vitest";
import { asSingleSeries, evaluate, type MathEnv, type MathValue, type Series } from "./metric-math";
import { MetricMathError, parseExpression } from "./metric-math-parser";

const M = 60_000;
/** Five one-minute periods: 0, 1, 2, 3 and 4 minutes. */
const slots = [0, M, 2 * M, 3 * M, 4 * M];
const series = (values: ReadonlyArray<number | undefined>): Series =>
  new Map(values.flatMap((v, i) => (v === undefined ? [] : [[i * M, v] as [number, number]])));
const _ = undefined;

const data: Record<string, Series> = {
  m: series([10, 20, _, 50]),
  n: series([_, _, 7, _, 9]),
  e: series([]),
  lead: series([_, _, 5]),
  z: series([0, 5]),
  // The User Guide's comparison example: metric1 [30, 20, 0, 0], metric2 [20, -, 20, -].
  metric1: series([30, 20, 0, 0]),
  metric2: series([20, _, 20]),
  // The User Guide's IF examples.
  c1: series([1, 1, 0, 0]),
  c2: series([30, _, 0, 0, 30]),
  c3: series([0, 0, 20, _, 20]),
  sd: new Map([2, 4, 4, 4, 5, 5, 7, 9].map((v, i) => [i * M, v])),
};
const env: MathEnv = {
  series: (id) => {
    const found = data[id];
    if (!found) throw new MetricMathError(`Unknown query id ${id}`);
    return found;
  },
  metrics: (filter) => ["m", "n"].filter((id) => filter === undefined || id.includes(filter)).map((id) => data[id]!),
  periodOf: (id) => (["m", "n"].includes(id) ? 60 : undefined),
  slots,
};
const value = (text: string): MathValue => evaluate(parseExpression(text), env);
/** The expression's single series as [minute, value] pairs, oldest first. */
const points = (text: string) => [...asSingleSeries(value(text), slots)].sort(([a], [b]) => a - b).map(([t, v]) => [t / M, v]);
/** An array result as each series' values. */
const arrayValues = (text: string) => {
  const result = value(text);
  if (result.kind !== "array") throw new Error(`expected an array, got ${result.kind}`);
  return result.items.map((item) => [...item.values()]);
};

describe("operators", () => {
  it("compares series, treating a value missing from one of them as 0, as the User Guide's example shows", () => {
    expect(points("metric1 < metric2").map(([, v]) => v)).toEqual([0, 0, 1, 0]);
    expect(points("metric1 >= 30").map(([, v]) => v)).toEqual([1, 0, 0, 0]);
    expect(points("(metric1 > 15 AND metric2 > 15)").map(([, v]) => v)).toEqual([1, 0, 0, 0]);
    // OR: minute 0 (30 > 15), minute 1 (20 > 15), minute 2 (20 > 15 in metric2), minute 3 neither.
    expect(points("metric1 > 15 || metric2 > 15").map(([, v]) => v)).toEqual([1, 1, 1, 0]);
    expect(points("NOT metric1 > 15").map(([, v]) => v)).toEqual([0, 0, 1, 1]);
    expect(points("!(metric1 == 20) && metric1 != 0").map(([, v]) => v)).toEqual([1, 0, 0, 0]);
  });

  it("compares numbers to 0 or 1, and binds ^ tighter than unary minus, right to left", () => {
    expect(value("3 <= 2")).toEqual({ kind: "scalar", value: 0 });
    expect(value("1 + 1 == 2")).toEqual({ kind: "scalar", value: 1 });
    expect(value("-2 ^ 2")).toEqual({ kind: "scalar", value: -4 });
    // 2 ^ (3 ^ 2) = 2 ^ 9 = 512.
    expect(value("2 ^ 3 ^ 2")).toEqual({ kind: "scalar", value: 512 });
    expect(points("m ^ 2")).toEqual([[0, 100], [1, 400], [3, 2500]]);
  });
});

describe("functions of each value", () => {
  it("computes ABS, CEIL, FLOOR, LOG, LOG10 and SQRT, leaving out values with no finite result", () => {
    expect(points("ABS(-m)")).toEqual([[0, 10], [1, 20], [3, 50]]);
    // m / 3 = 3.33, 6.67, 16.67.
    expect(points("CEIL(m / 3)")).toEqual([[0, 4], [1, 7], [3, 17]]);
    expect(points("FLOOR(m / 3)")).toEqual([[0, 3], [1, 6], [3, 16]]);
    // LOG(0) is -Infinity, so only minute 1 (ln 5) stays.
    expect(points("LOG(z)")).toEqual([[1, Math.log(5)]]);
    expect(points("LOG10(m)")).toEqual([[0, 1], [1, Math.log10(20)], [3, Math.log10(50)]]);
    // m - 15 = -5, 5, 35: the square root of -5 is not a number.
    expect(points("SQRT(m - 15)")).toEqual([[1, Math.sqrt(5)], [3, Math.sqrt(35)]]);
    expect(arrayValues("ABS(-METRICS())")).toEqual([[10, 20, 50], [7, 9]]);
  });
});

describe("functions along a series", () => {
  it("computes DIFF, DIFF_TIME and RATE against the previous point, with no value for the first", () => {
    // m: 10 at 0, 20 at 1, 50 at 3. DIFF: 20 - 10 = 10, 50 - 20 = 30.
    expect(points("DIFF(m)")).toEqual([[1, 10], [3, 30]]);
    // DIFF_TIME: 60 s and 120 s between the points.
    expect(points("DIFF_TIME(m)")).toEqual([[1, 60], [3, 120]]);
    // RATE: 10 / 60 s and 30 / 120 s = 0.25.
    expect(points("RATE(m)")).toEqual([[1, 10 / 60], [3, 0.25]]);
  });

  it("keeps a running sum", () => {
    // 10, 10 + 20 = 30, 30 + 50 = 80.
    expect(points("RUNNING_SUM(m)")).toEqual([[0, 10], [1, 30], [3, 80]]);
    expect(arrayValues("RUNNING_SUM([m, n])")).toEqual([[10, 30, 80], [7, 16]]);
  });
});

describe("FILL", () => {
  it("fills gaps with a number, or with another series where it has a value", () => {
    expect(points("FILL(m, 0)")).toEqual([[0, 10], [1, 20], [2, 0], [3, 50], [4, 0]]);
    // n has 7 at minute 2 and 9 at minute 4.
    expect(points("FILL(m, n)")).toEqual([[0, 10], [1, 20], [2, 7], [3, 50], [4, 9]]);
    expect(points("FILL(m, MIN(m))")).toEqual([[0, 10], [1, 20], [2, 10], [3, 50], [4, 10]]);
  });

  it("repeats the most recent value with REPEAT, leaving gaps before the first value empty", () => {
    expect(points("FILL(m, REPEAT)")).toEqual([[0, 10], [1, 20], [2, 20], [3, 50], [4, 50]]);
    expect(points("FILL(lead, REPEAT)")).toEqual([[2, 5], [3, 5], [4, 5]]);
  });

  it("interpolates with LINEAR between the values either side of a gap, and not past the last value", () => {
    // Minute 2 lies halfway between 20 (minute 1) and 50 (minute 3): 35.
    expect(points("FILL(m, LINEAR)")).toEqual([[0, 10], [1, 20], [2, 35], [3, 50]]);
    // n: 7 at 2, 9 at 4, so 8 at 3; nothing before minute 2 to draw from.
    expect(arrayValues("FILL(METRICS(), LINEAR)")).toEqual([[10, 20, 35, 50], [7, 8, 9]]);
  });
});

describe("IF", () => {
  it("matches the User Guide's IF(metric1, metric2, metric3) table: [30, 0, 20, -, -]", () => {
    expect(points("IF(c1, c2, c3)")).toEqual([[0, 30], [1, 0], [2, 20]]);
  });

  it("matches IF(metric1, scalar2, metric3): [5, 5, 20, -, -] and IF(metric1, metric2, scalar3): [30, 0, 5, 5, -]", () => {
    expect(points("IF(c1, 5, c3)")).toEqual([[0, 5], [1, 5], [2, 20]]);
    expect(points("IF(c1, c2, 5)")).toEqual([[0, 30], [1, 0], [2, 5], [3, 5]]);
  });

  it("filters with a comparison and drops false points when there is no false value", () => {
    expect(points("IF(m < 40, m)")).toEqual([[0, 10], [1, 20]]);
    expect(points("IF(m >= 20, 1, 0)")).toEqual([[0, 0], [1, 1], [3, 1]]);
    expect(points("IF(1, m, n)")).toEqual([[0, 10], [1, 20], [3, 50]]);
    expect(points("IF(0, m)")).toEqual([]);
  });
});

describe("reducers", () => {
  it("computes STDDEV of one series as a number and of an array point by point", () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, 32 / 8 = 4, sqrt 4 = 2.
    expect(value("STDDEV(sd)")).toEqual({ kind: "scalar", value: 2 });
    // Minute 0 has only m (10): deviation 0. Minute 4 has only n.
    expect(points("STDDEV([m, c2])")).toEqual([[0, 10], [1, 0], [2, 0], [3, 25], [4, 0]]);
  });

  it("counts datapoints and metrics", () => {
    expect(value("DATAPOINT_COUNT(m)")).toEqual({ kind: "scalar", value: 3 });
    expect(points("DATAPOINT_COUNT([m, n])")).toEqual([[0, 1], [1, 1], [2, 1], [3, 1], [4, 1]]);
    expect(value("METRIC_COUNT(METRICS())")).toEqual({ kind: "scalar", value: 2 });
    expect(points("SUM(m) / DATAPOINT_COUNT(m)").map(([, v]) => v)).toEqual([80 / 3, 80 / 3, 80 / 3, 80 / 3, 80 / 3]);
  });
});

describe("arrays: SORT, SLICE, FIRST, LAST, REMOVE_EMPTY, METRICS(filter)", () => {
  it("sorts by a reducer, empty series last, with an optional limit", () => {
    // SUM: m = 80, n = 16, e has none.
    expect(arrayValues("SORT([n, e, m], SUM, DESC)")).toEqual([[10, 20, 50], [7, 9], []]);
    expect(arrayValues("SORT([m, e, n], SUM, ASC)")).toEqual([[7, 9], [10, 20, 50], []]);
    expect(arrayValues("SORT([m, n], MAX, ASC, 1)")).toEqual([[7, 9]]);
    expect(points("FIRST(SORT([n, m], AVG, DESC))")).toEqual([[0, 10], [1, 20], [3, 50]]);
    expect(points("LAST(SORT([n, m], AVG, DESC))")).toEqual([[2, 7], [4, 9]]);
  });

  it("slices zero-based, end exclusive, and removes empty series", () => {
    expect(arrayValues("SLICE([m, n, e], 1)")).toEqual([[7, 9], []]);
    expect(arrayValues("SLICE([m, n, e], 0, 1)")).toEqual([[10, 20, 50]]);
    expect(value("METRIC_COUNT(REMOVE_EMPTY([m, e, n]))")).toEqual({ kind: "scalar", value: 2 });
    expect(points("SUM(METRICS('n'))")).toEqual([[2, 7], [4, 9]]);
  });
});

describe("PERIOD, TIME_SERIES and the calendar functions", () => {
  it("gives a metric query's period and a flat series", () => {
    expect(points("m / PERIOD(m)")).toEqual([[0, 10 / 60], [1, 20 / 60], [3, 50 / 60]]);
    expect(points("TIME_SERIES(5)").map(([, v]) => v)).toEqual([5, 5, 5, 5, 5]);
    expect(() => value("PERIOD(5)")).toThrow("PERIOD takes the Id of a metric (MetricStat) query");
  });

  it("gives every period's minute, hour, day (1 = Monday), date, month, year and epoch in UTC", () => {
    // Thursday 26 November 2026, 13:05 UTC.
    const thursday = Date.UTC(2026, 10, 26, 13, 5);
    const calendarEnv: MathEnv = { ...env, slots: [thursday], series: () => new Map([[thursday, 1]]) };
    const at = (fn: string) => [...asSingleSeries(evaluate(parseExpression(`${fn}(m)`), calendarEnv), [thursday]).values()];
    expect(["MINUTE", "HOUR", "DAY", "DATE", "MONTH", "YEAR", "EPOCH"].map(at)).toEqual([[5], [13], [4], [26], [11], [2026], [thursday / 1000]]);
  });
});

describe("errors", () => {
  it("reports wrong argument counts, unknown functions and wrong argument kinds", () => {
    expect(() => value("ABS(m, n)")).toThrow("ABS takes 1 argument, not 2");
    expect(() => value("IF(m)")).toThrow("IF takes 2 or 3 arguments, not 1");
    expect(() => value("FOO(m)")).toThrow("Unknown function FOO");
    expect(() => value("SORT(METRICS(), MEDIAN, ASC)")).toThrow("The second argument of SORT must be AVG, MIN, MAX or SUM");
    expect(() => value("SORT(METRICS(), SUM, UP)")).toThrow("The third argument of SORT must be ASC or DESC");
    expect(() => value("SLICE(m, 0)")).toThrow("SLICE takes an array of time series");
    expect(() => value("IF(METRICS(), 1)")).toThrow("The condition of IF must be a time series or a number");
    expect(() => value("FILL(m, METRICS())")).toThrow(/second argument of FILL/);
  });

  it("reports misplaced operators", () => {
    expect(() => parseExpression("m >")).toThrow("Unexpected end of expression");
    expect(() => parseExpression("AND m")).toThrow("Unexpected 'AND'");
    expect(() => parseExpression("m = 1")).toThrow("Unrecognized character at position 3: '='");
  });
});
