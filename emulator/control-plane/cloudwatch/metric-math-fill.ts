// FILL(TS | TS[], S | TS | REPEAT | LINEAR): gives a value to every period of the request that has none.
// A number or a series fills each gap directly (a series only where it has a value); REPEAT repeats the most
// recent actual value before the gap; LINEAR draws a straight line between the values either side of the gap.
// REPEAT and LINEAR leave a gap with no value before it (or, for LINEAR, after it) empty.
import { MetricMathError } from "./metric-math-parser";
import { perSeries, pointsOf, type MathValue, type Series } from "./metric-math-values";

export type Filler = { readonly mode: "REPEAT" } | { readonly mode: "LINEAR" } | { readonly mode: "value"; readonly value: MathValue };

export function fill(target: MathValue, filler: Filler, slots: readonly number[]): MathValue {
  if (target.kind === "scalar") return target;
  return perSeries("FILL", target, (points) => {
    const gaps = slots.filter((slot) => !points.has(slot));
    const out = new Map(points);
    for (const [slot, value] of fillGaps(points, gaps, filler)) out.set(slot, value);
    return new Map(pointsOf(out));
  });
}

function fillGaps(points: Series, gaps: readonly number[], filler: Filler): Array<[number, number]> {
  if (filler.mode === "REPEAT") return gaps.flatMap((gap) => present(gap, before(points, gap)?.[1]));
  if (filler.mode === "LINEAR") return gaps.flatMap((gap) => present(gap, interpolate(points, gap)));
  const { value } = filler;
  if (value.kind === "scalar") return gaps.map((gap) => [gap, value.value]);
  if (value.kind === "series") return gaps.flatMap((gap) => present(gap, value.series.get(gap)));
  throw new MetricMathError("The second argument of FILL must be a number, a time series, REPEAT or LINEAR");
}

const present = (slot: number, value: number | undefined): Array<[number, number]> => (value === undefined ? [] : [[slot, value]]);

function before(points: Series, at: number): [number, number] | undefined {
  let found: [number, number] | undefined;
  for (const [timestamp, value] of points) if (timestamp < at && (!found || timestamp > found[0])) found = [timestamp, value];
  return found;
}

function after(points: Series, at: number): [number, number] | undefined {
  let found: [number, number] | undefined;
  for (const [timestamp, value] of points) if (timestamp > at && (!found || timestamp < found[0])) found = [timestamp, value];
  return found;
}

function interpolate(points: Series, at: number): number | undefined {
  const low = before(points, at);
  const high = after(points, at);
  if (!low || !high) return undefined;
  return low[1] + ((high[1] - low[1]) * (at - low[0])) / (high[0] - low[0]);
}
