import { notImplemented } from "../../protocol/aws-error";
import { firstOrLast, removeEmpty, slice, sort } from "./metric-math-arrays";
import { fill, type Filler } from "./metric-math-fill";
import { ifThenElse } from "./metric-math-if";
import { combine, not } from "./metric-math-operators";
import { MetricMathError, type MathExpr } from "./metric-math-parser";
import { metricCount, reduce, reducerNames } from "./metric-math-reducers";
import {
  applyAlongSeries,
  applyCalendar,
  applyPointwise,
  calendarFunctionNames,
  pointwise,
  seriesFunctionNames,
  timeSeries,
} from "./metric-math-series-functions";
import { array, asSeriesList, requireArray, scalar, type MathEnv, type MathValue, type Series } from "./metric-math-values";

export type { MathEnv, MathValue, Series } from "./metric-math-values";

// Functions the User Guide lists that need services the sandbox does not have: refused by name.
const unavailable = new Set(["ANOMALY_DETECTION_BAND", "INSIGHT_RULE_METRIC", "SEARCH", "SERVICE_QUOTA", "LAMBDA", "DB_PERF_INSIGHTS"]);

export function evaluate(expr: MathExpr, env: MathEnv): MathValue {
  switch (expr.type) {
    case "number":
      return scalar(expr.value);
    case "id":
      if (/^[A-Z]/.test(expr.name)) throw new MetricMathError(`Unknown symbol ${expr.name}`);
      return { kind: "series", series: env.series(expr.name) };
    case "string":
      throw new MetricMathError(`A string ('${expr.value}') is only allowed as a function argument`);
    case "negate":
      return combine(scalar(-1), "*", evaluate(expr.operand, env));
    case "not":
      return not(evaluate(expr.operand, env));
    case "binary":
      return combine(evaluate(expr.left, env), expr.op, evaluate(expr.right, env));
    case "array":
      return array(expr.items.flatMap((item) => asSeriesList(evaluate(item, env))));
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

type Handler = (args: readonly MathExpr[], env: MathEnv) => MathValue;
type FunctionEntry = readonly [string, { readonly arity: readonly [number, number]; readonly run: Handler }];

/** A function of one evaluated argument. */
const oneArgument = (name: string, fn: (value: MathValue, env: MathEnv) => MathValue): FunctionEntry => [
  name,
  { arity: [1, 1], run: (args, env) => fn(evaluate(args[0]!, env), env) },
];

/** Each function with how many arguments it takes ([min, max]) and how it evaluates them. */
const functions = new Map<string, FunctionEntry[1]>([
  ...reducerNames.map((name) => oneArgument(name, (value) => reduce(name, value))),
  ...Object.keys(pointwise).map((name) => oneArgument(name, (value) => applyPointwise(name, value))),
  ...seriesFunctionNames.map((name) => oneArgument(name, (value) => applyAlongSeries(name, value))),
  ...calendarFunctionNames.map((name) => oneArgument(name, (value, env) => applyCalendar(name, value, env))),
  oneArgument("METRIC_COUNT", metricCount),
  oneArgument("TIME_SERIES", timeSeries),
  oneArgument("FIRST", (value) => firstOrLast("FIRST", value)),
  oneArgument("LAST", (value) => firstOrLast("LAST", value)),
  oneArgument("REMOVE_EMPTY", removeEmpty),
  ["METRICS", { arity: [0, 1], run: metrics }],
  ["PERIOD", { arity: [1, 1], run: period }],
  ["FILL", { arity: [2, 2], run: (args, env) => fill(evaluate(args[0]!, env), fillerOf(args[1]!, env), env.slots) }],
  ["IF", { arity: [2, 3], run: (args, env) => ifThenElse(evaluate(args[0]!, env), evaluate(args[1]!, env), optional(args[2], env)) }],
  ["SORT", { arity: [3, 4], run: (args, env) => sort(requireArray("SORT", evaluate(args[0]!, env)), args[1], args[2], optionalNumber("SORT", args[3], env)) }],
  ["SLICE", { arity: [2, 3], run: (args, env) => slice(evaluate(args[0]!, env), evaluate(args[1]!, env), optional(args[2], env)) }],
]);

function call(name: string, args: readonly MathExpr[], env: MathEnv): MathValue {
  const fn = functions.get(name);
  if (fn) {
    const [min, max] = fn.arity;
    if (args.length < min || args.length > max) throw new MetricMathError(`${name} takes ${arityText(min, max)}, not ${args.length}`);
    return fn.run(args, env);
  }
  if (unavailable.has(name)) throw notImplemented("CloudWatch", `metric math function ${name}`);
  throw new MetricMathError(`Unknown function ${name}`);
}

const arityText = (min: number, max: number): string => {
  const count = min === max ? `${min}` : max - min === 1 ? `${min} or ${max}` : `${min} to ${max}`;
  return `${count} argument${max === 1 ? "" : "s"}`;
};

const optional = (expr: MathExpr | undefined, env: MathEnv): MathValue | undefined => (expr ? evaluate(expr, env) : undefined);

function optionalNumber(name: string, expr: MathExpr | undefined, env: MathEnv): number | undefined {
  const value = optional(expr, env);
  if (value !== undefined && value.kind !== "scalar") throw new MetricMathError(`${name} takes a number here`);
  return value?.value;
}

function metrics(args: readonly MathExpr[], env: MathEnv): MathValue {
  const [filter] = args;
  if (filter && filter.type !== "string") throw new MetricMathError("METRICS takes a string, such as METRICS(\"errors\")");
  return array(env.metrics(filter?.value));
}

function period(args: readonly MathExpr[], env: MathEnv): MathValue {
  const [target] = args;
  const seconds = target?.type === "id" ? env.periodOf(target.name) : undefined;
  if (seconds === undefined) throw new MetricMathError("PERIOD takes the Id of a metric (MetricStat) query");
  return scalar(seconds);
}

function fillerOf(expr: MathExpr, env: MathEnv): Filler {
  if (expr.type === "id" && (expr.name === "REPEAT" || expr.name === "LINEAR")) return { mode: expr.name };
  return { mode: "value", value: evaluate(expr, env) };
}
