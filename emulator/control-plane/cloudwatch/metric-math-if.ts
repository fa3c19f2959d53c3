// IF(condition, trueValue[, falseValue]) as the User Guide's "Using IF expressions" documents it. A condition
// value is true when it is not 0. With a series condition, the result has a point for each of its points:
// true takes trueValue (0 where a trueValue series has no point); false takes falseValue (dropped where a
// falseValue series has no point, or when falseValue is omitted). A number condition picks a whole argument.
import { MetricMathError } from "./metric-math-parser";
import { series, type MathValue } from "./metric-math-values";

export function ifThenElse(condition: MathValue, whenTrue: MathValue, whenFalse: MathValue | undefined): MathValue {
  if (condition.kind === "scalar") return condition.value !== 0 ? whenTrue : (whenFalse ?? series(new Map()));
  if (condition.kind === "array") throw new MetricMathError("The condition of IF must be a time series or a number");
  if (whenTrue.kind === "array" || whenFalse?.kind === "array") throw new MetricMathError("IF cannot return an array of time series");
  const out = new Map<number, number>();
  for (const [timestamp, test] of condition.series) {
    const value = test !== 0 ? valueAt(whenTrue, timestamp) ?? 0 : whenFalse && valueAt(whenFalse, timestamp);
    if (value !== undefined) out.set(timestamp, value);
  }
  return series(out);
}

function valueAt(value: MathValue, timestamp: number): number | undefined {
  if (value.kind === "scalar") return value.value;
  if (value.kind === "series") return value.series.get(timestamp);
  return undefined;
}
