import { describe, expect, it } from "vitest";
import { asSingleSeries, evaluate, type MathEnv, type Series } from "./metric-math";
import { MetricMathError, parseExpression, referencedIds } from "./metric-math-parser";

const slots = [0, 60_000, 120_000];
const data: Record<string, Series> = {
  a: new Map([[0, 10], [60_000, 20]]),
  b: new Map([[0, 1], [120_000, 3]]),
  z: new Map([[0, 0], [60_000, 5]]),
};
const env: MathEnv = {
  series: (id) => {
    const series = data[id];
    if (!series) throw new MetricMathError(`Unknown query id ${id}`);
    return series;
  },
  metrics: (filter) => (["a", "b"] as const).filter((id) => filter === undefined || id.includes(filter)).map((id) => data[id]!),
  periodOf: (id) => (id in data ? 60 : undefined),
  slots,
};
const run = (text: string) => Object.fromEntries(asSingleSeries(evaluate(parseExpression(text), env), slots));

describe("metric math", () => {
  it("follows precedence, parentheses and unary minus", () => {
    expect(evaluate(parseExpression("1 + 2 * 3"), env)).toEqual({ kind: "scalar", value: 7 });
    expect(evaluate(parseExpression("(1 + 2) * 3"), env)).toEqual({ kind: "scalar", value: 9 });
    expect(evaluate(parseExpression("-2 - -3"), env)).toEqual({ kind: "scalar", value: 1 });
    expect(evaluate(parseExpression("1.5e1 / 3"), env)).toEqual({ kind: "scalar", value: 5 });
  });

  it("combines series counting a value missing from one as 0, as the User Guide documents, and drops divisions by zero", () => {
    // a = {0: 10, 1: 20}, b = {0: 1, 2: 3} (minutes): 10 + 1, 20 + 0, 0 + 3.
    expect(run("a + b")).toEqual({ 0: 11, 60000: 20, 120000: 3 });
    // 100 / 10 = 10; 0 / 20 = 0; 300 / 0 is dropped.
    expect(run("100 * b / a")).toEqual({ 0: 10, 60000: 0 });
    expect(run("a / z")).toEqual({ 60000: 4 });
    expect(run("a + 1")).toEqual({ 0: 11, 60000: 21 });
  });

  it("averages an array counting a series with no value at a time as 0", () => {
    // (10 + 1) / 2, (20 + 0) / 2, (0 + 3) / 2.
    expect(run("AVG([a, b])")).toEqual({ 0: 5.5, 60000: 10, 120000: 1.5 });
  });

  it("reduces one series to a number and an array to one series", () => {
    expect(evaluate(parseExpression("SUM(a)"), env)).toEqual({ kind: "scalar", value: 30 });
    expect(run("AVG(a)")).toEqual({ 0: 15, 60000: 15, 120000: 15 });
    expect(run("SUM([a, b])")).toEqual({ 0: 11, 60000: 20, 120000: 3 });
    expect(run("MAX(METRICS())")).toEqual({ 0: 10, 60000: 20, 120000: 3 });
    expect(run("MIN([a, b])")).toEqual({ 0: 1, 60000: 20, 120000: 3 });
  });

  it("fills missing periods with FILL", () => {
    expect(run("FILL(b, 0)")).toEqual({ 0: 1, 60000: 0, 120000: 3 });
    expect(run("SUM(FILL(METRICS(), 0))")).toEqual({ 0: 11, 60000: 20, 120000: 3 });
  });

  it("reports syntax errors, unknown ids and the ids an expression reads", () => {
    expect(() => parseExpression("a +")).toThrow(MetricMathError);
    expect(() => parseExpression("a $ b")).toThrow(/Unrecognized character/);
    expect(() => parseExpression("(a b")).toThrow("Expected ')' but found 'b'");
    expect(() => parseExpression("(a")).toThrow("Unexpected end of expression");
    expect(() => run("nope")).toThrow(/Unknown query id nope/);
    expect(referencedIds(parseExpression("SUM([a, b]) / c + 2"))).toEqual(["a", "b", "c"]);
  });

  it("refuses functions it does not evaluate by name, and an array as the final result", () => {
    expect(() => run("ANOMALY_DETECTION_BAND(a)")).toThrow("The Archway sandbox does not implement CloudWatch operation metric math function ANOMALY_DETECTION_BAND yet.");
    expect(() => run("SEARCH('{AWS/EC2,InstanceId} MetricName=\"CPUUtilization\"', 'Average')")).toThrow(/metric math function SEARCH/);
    expect(() => run("METRICS()")).toThrow(/several time series/);
  });
});
