import { notImplemented } from "../../protocol/aws-error";
import { MetricMathError, type MathExpr } from "./metric-math-parser";

/** Values by period start (ms). */
export type Series = ReadonlyMap<number, number>;

export type MathValue =
  | { readonly kind: "scalar"; readonly value: number }
  | { readonly kind: "series"; readonly series: Series }
  | { readonly kind: "array"; readonly items: readonly Series[] };

export interface MathEnv {
  /** The time series of another query, by Id. */
  series(id: string): Series;
  /** Every metric (MetricStat) query's series, for METRICS(). */
  metrics(): Series[];
  /** Every period start in the request's range, for FILL and for scalars shown as a line. */
  readonly slots: readonly number[];
}

type Operator = "+" | "-" | "*" | "/";
const reducers = ["SUM", "AVG", "MIN", "MAX"] as const;
type Reducer = (typeof reducers)[number];

export function evaluate(expr: MathExpr, env: MathEnv): MathValue {
  switch (expr.type) {
    case "number":
      return { kind: "scalar", value: expr.value };
    case "id":
      if (/^[A-Z]/.test(expr.name)) throw new MetricMathError(`Unknown symbol ${expr.name}`);
      return { kind: "series", series: env.series(expr.name) };
    case "string":
      throw new MetricMathError(`A string ('${expr.value}') is only allowed as a function argument`);
    case "negate":
      return combine({ kind: "scalar", value: -1 }, "*", evaluate(expr.operand, env));
    case "binary":
      return combine(evaluate(expr.left, env), expr.op, evaluate(expr.right, env));
    case "array":
      return { kind: "array", items: expr.items.flatMap((item) => asSeriesList(evaluate(item, env))) };
    case "call":
      return call(expr.name, expr.args, env);
  }
}

/** An expression's value as one time series: a scalar becomes a flat line over every period. */
export function asSingleSeries(value: MathValue, slots: readonly number[]): Series {
  if (value.kind === "series") return value.series;
  if (value.kind === "scalar") return new Map(Number.isFinite(value.value) ? slots.map((slot) => [slot, value.value]) : []);
  if (value.items.length === 1) return value.items[0]!;
  throw notImplemented("CloudWatch", "metric math expressions that return several time series");
}

function call(name: string, args: readonly MathExpr[], env: MathEnv): MathValue {
  if ((reducers as readonly string[]).includes(name)) {
    if (args.length !== 1) throw new MetricMathError(`${name} takes exactly one argument`);
    return reduce(name as Reducer, evaluate(args[0]!, env));
  }
  if (name === "FILL") return fill(args, env);
  if (name === "METRICS") {
    if (args.length > 0) throw notImplemented("CloudWatch", "metric math METRICS() with a filter string");
    return { kind: "array", items: env.metrics() };
  }
  if (/^[A-Z_]+$/.test(name)) throw notImplemented("CloudWatch", `metric math function ${name}`);
  throw new MetricMathError(`Unknown function ${name}`);
}

function fill(args: readonly MathExpr[], env: MathEnv): MathValue {
  const [target, filler] = args;
  if (args.length !== 2 || !target || !filler) throw new MetricMathError("FILL takes exactly two arguments");
  if (filler.type === "id" && /^(REPEAT|LINEAR)$/.test(filler.name)) throw notImplemented("CloudWatch", `metric math FILL with ${filler.name}`);
  const with_ = evaluate(filler, env);
  if (with_.kind !== "scalar") throw new MetricMathError("The second argument of FILL must be a number");
  const fillSeries = (series: Series): Series => new Map(env.slots.map((slot) => [slot, series.get(slot) ?? with_.value]));
  const value = evaluate(target, env);
  if (value.kind === "series") return { kind: "series", series: fillSeries(value.series) };
  if (value.kind === "array") return { kind: "array", items: value.items.map(fillSeries) };
  return value;
}

/** On one series: a single number over all its points. On an array: one series, point by point. */
function reduce(name: Reducer, value: MathValue): MathValue {
  if (value.kind === "scalar") return value;
  if (value.kind === "series") {
    const result = reduceNumbers(name, [...value.series.values()]);
    return result === undefined ? { kind: "series", series: new Map() } : { kind: "scalar", value: result };
  }
  const timestamps = [...new Set(value.items.flatMap((series) => [...series.keys()]))].sort((a, b) => a - b);
  const out = new Map<number, number>();
  for (const timestamp of timestamps) {
    const present = value.items.map((series) => series.get(timestamp)).filter((v): v is number => v !== undefined);
    const result = reduceNumbers(name, present);
    if (result !== undefined) out.set(timestamp, result);
  }
  return { kind: "series", series: out };
}

function reduceNumbers(name: Reducer, values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sum = values.reduce((total, v) => total + v, 0);
  switch (name) {
    case "SUM":
      return sum;
    case "AVG":
      return sum / values.length;
    case "MIN":
      return Math.min(...values);
    case "MAX":
      return Math.max(...values);
  }
}

function combine(left: MathValue, op: Operator, right: MathValue): MathValue {
  if (left.kind === "array" && right.kind === "array") throw new MetricMathError("Cannot combine two arrays of time series");
  if (left.kind === "array") return { kind: "array", items: left.items.map((s) => seriesOf(combine({ kind: "series", series: s }, op, right))) };
  if (right.kind === "array") return { kind: "array", items: right.items.map((s) => seriesOf(combine(left, op, { kind: "series", series: s }))) };
  if (left.kind === "scalar" && right.kind === "scalar") return { kind: "scalar", value: apply(left.value, op, right.value) };
  const out = new Map<number, number>();
  const timestamps = left.kind === "series" ? [...left.series.keys()] : [...(right as { series: Series }).series.keys()];
  for (const timestamp of timestamps) {
    const a = left.kind === "series" ? left.series.get(timestamp) : left.value;
    const b = right.kind === "series" ? right.series.get(timestamp) : right.value;
    if (a === undefined || b === undefined) continue;
    const result = apply(a, op, b);
    if (Number.isFinite(result)) out.set(timestamp, result);
  }
  return { kind: "series", series: out };
}

function apply(a: number, op: Operator, b: number): number {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
  }
}

function seriesOf(value: MathValue): Series {
  if (value.kind !== "series") throw new MetricMathError("Expected a time series");
  return value.series;
}

function asSeriesList(value: MathValue): Series[] {
  if (value.kind === "series") return [value.series];
  if (value.kind === "array") return [...value.items];
  throw new MetricMathError("An array can only hold time series");
}
