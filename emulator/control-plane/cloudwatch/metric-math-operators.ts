// Operators between metric math values (User Guide, "Basic arithmetic functions" and "Comparison and logical
// operators"). Between two series, a value missing from one of them counts as 0 (so a + b has a point wherever
// either has one); results that are not finite (a division by zero) are dropped. Comparisons and AND/OR answer
// 0 or 1. Between a series and a number, the result has the series' points.
import { MetricMathError, type BinaryOperator } from "./metric-math-parser";
import type { MathValue, Series } from "./metric-math-values";

export function combine(left: MathValue, op: BinaryOperator, right: MathValue): MathValue {
  if (left.kind === "array" && right.kind === "array") throw new MetricMathError("Cannot combine two arrays of time series");
  if (left.kind === "array") return { kind: "array", items: left.items.map((s) => seriesOf(combine({ kind: "series", series: s }, op, right))) };
  if (right.kind === "array") return { kind: "array", items: right.items.map((s) => seriesOf(combine(left, op, { kind: "series", series: s }))) };
  if (left.kind === "scalar" && right.kind === "scalar") return { kind: "scalar", value: apply(left.value, op, right.value) };
  const out = new Map<number, number>();
  for (const timestamp of timestampsOf(left, right)) {
    const result = apply(valueAt(left, timestamp), op, valueAt(right, timestamp));
    if (Number.isFinite(result)) out.set(timestamp, result);
  }
  return { kind: "series", series: out };
}

/** NOT: 1 where the value is 0, else 0. */
export function not(value: MathValue): MathValue {
  return mapValues(value, (v) => (v === 0 ? 1 : 0));
}

/** Applies a function to every value (of a scalar, a series or each series of an array), dropping non-finite results. */
export function mapValues(value: MathValue, fn: (v: number) => number): MathValue {
  const mapSeries = (series: Series): Series => {
    const out = new Map<number, number>();
    for (const [timestamp, v] of series) {
      const result = fn(v);
      if (Number.isFinite(result)) out.set(timestamp, result);
    }
    return out;
  };
  if (value.kind === "scalar") return { kind: "scalar", value: fn(value.value) };
  if (value.kind === "series") return { kind: "series", series: mapSeries(value.series) };
  return { kind: "array", items: value.items.map(mapSeries) };
}

function timestampsOf(left: MathValue, right: MathValue): number[] {
  const keys = (value: MathValue) => (value.kind === "series" ? [...value.series.keys()] : []);
  return [...new Set([...keys(left), ...keys(right)])].sort((a, b) => a - b);
}

// Only called with a scalar or a series (combine handles arrays first).
function valueAt(value: MathValue, timestamp: number): number {
  if (value.kind === "scalar") return value.value;
  return value.kind === "series" ? (value.series.get(timestamp) ?? 0) : NaN;
}

function apply(a: number, op: BinaryOperator, b: number): number {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    case "^":
      return a ** b;
    case "==":
      return Number(a === b);
    case "!=":
      return Number(a !== b);
    case "<":
      return Number(a < b);
    case "<=":
      return Number(a <= b);
    case ">":
      return Number(a > b);
    case ">=":
      return Number(a >= b);
    case "AND":
      return Number(a !== 0 && b !== 0);
    case "OR":
      return Number(a !== 0 || b !== 0);
  }
}

function seriesOf(value: MathValue): Series {
  if (value.kind !== "series") throw new MetricMathError("Expected a time series");
  return value.series;
}
