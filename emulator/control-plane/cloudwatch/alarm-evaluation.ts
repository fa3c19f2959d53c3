// Alarm evaluation as AWS documents it: the last EvaluationPeriods complete periods, M of N (DatapointsToAlarm),
// missing periods treated per TreatMissingData. Pure: the caller supplies the alarm's series and the clock.

import type { AlarmState, ComparisonOperator, TreatMissingData } from "./alarm-types";

export interface EvaluationRule {
  readonly EvaluationPeriods: number;
  readonly DatapointsToAlarm?: number;
  readonly Threshold: number;
  readonly ComparisonOperator: ComparisonOperator;
  readonly TreatMissingData?: TreatMissingData;
}

export interface EvaluationInput {
  readonly rule: EvaluationRule;
  /** seconds */
  readonly period: number;
  /** The alarm's values by period start (ms), e.g. GetMetricData's series for the alarm's metric or expression. */
  readonly series: ReadonlyMap<number, number>;
  readonly now: number;
  readonly current: AlarmState;
  /** For StateReasonData: the single-metric alarm's statistic. */
  readonly statistic?: string;
}

export interface Evaluation {
  readonly state: AlarmState;
  readonly reason: string;
  readonly reasonData: string;
}

interface Point {
  readonly start: number;
  readonly value: number | undefined;
}

const comparisonText: Record<ComparisonOperator, string> = {
  GreaterThanThreshold: "greater than",
  GreaterThanOrEqualToThreshold: "greater than or equal to",
  LessThanThreshold: "less than",
  LessThanOrEqualToThreshold: "less than or equal to",
};

/** The N most recent complete periods before `now`: [start, end), period-aligned. */
export function evaluationRange(now: number, period: number, evaluationPeriods: number): { start: number; end: number } {
  const periodMs = period * 1000;
  const end = Math.floor(now / periodMs) * periodMs;
  return { start: end - evaluationPeriods * periodMs, end };
}

export function breaches(value: number, operator: ComparisonOperator, threshold: number): boolean {
  switch (operator) {
    case "GreaterThanThreshold":
      return value > threshold;
    case "GreaterThanOrEqualToThreshold":
      return value >= threshold;
    case "LessThanThreshold":
      return value < threshold;
    case "LessThanOrEqualToThreshold":
      return value <= threshold;
  }
}

/** The state the data asks for, or undefined when TreatMissingData=ignore keeps the current state. */
export function evaluateAlarm(input: EvaluationInput): Evaluation | undefined {
  const { rule, period, now } = input;
  const { start, end } = evaluationRange(now, period, rule.EvaluationPeriods);
  const points: Point[] = [];
  for (let t = end - period * 1000; t >= start; t -= period * 1000) points.push({ start: t, value: input.series.get(t) });
  const present = points.filter((p): p is { start: number; value: number } => p.value !== undefined);
  const reasonData = reasonDataOf(input, start, present);
  if (present.length === 0) return allMissing(rule, points.length, reasonData);
  const treat = rule.TreatMissingData ?? "missing";
  const missingCount = points.length - present.length;
  const breaching = present.filter((p) => breaches(p.value, rule.ComparisonOperator, rule.Threshold));
  const breachCount = breaching.length + (treat === "breaching" ? missingCount : 0);
  const needed = rule.DatapointsToAlarm ?? rule.EvaluationPeriods;
  if (breachCount >= needed) {
    return { state: "ALARM", reason: crossedReason(input, breachCount, breaching, needed, "ALARM"), reasonData };
  }
  const clear = present.filter((p) => !breaches(p.value, rule.ComparisonOperator, rule.Threshold));
  const clearCount = clear.length + (treat === "notBreaching" ? missingCount : 0);
  return { state: "OK", reason: crossedReason(input, clearCount, clear, rule.EvaluationPeriods - needed + 1, "OK"), reasonData };
}

function allMissing(rule: EvaluationRule, count: number, reasonData: string): Evaluation | undefined {
  const periods = plural(count, "period");
  const datapoints = `${plural(count, "missing datapoint")} ${count === 1 ? "was" : "were"}`;
  switch (rule.TreatMissingData ?? "missing") {
    case "ignore":
      return undefined;
    case "breaching":
      return { state: "ALARM", reason: `Threshold Crossed: no datapoints were received for ${periods} and ${datapoints} treated as [Breaching].`, reasonData };
    case "notBreaching":
      return { state: "OK", reason: `Threshold Crossed: no datapoints were received for ${periods} and ${datapoints} treated as [NonBreaching].`, reasonData };
    case "missing":
      return { state: "INSUFFICIENT_DATA", reason: `Insufficient Data: ${plural(count, "datapoint")} ${count === 1 ? "was" : "were"} unknown.`, reasonData };
  }
}

/** AWS's wording: "1 datapoint [5.0 (26/11/26 13:00:00)] was greater than the threshold (3.0)." and its M-of-N form. */
function crossedReason(input: EvaluationInput, count: number, shown: readonly Point[], minimum: number, target: AlarmState): string {
  const { rule } = input;
  const comparison = `${target === "OK" ? "not " : ""}${comparisonText[rule.ComparisonOperator]} the threshold (${javaDouble(rule.Threshold)})`;
  const list = `[${shown.map((p) => `${javaDouble(p.value!)} (${reasonTime(p.start)})`).join(", ")}]`;
  if (rule.EvaluationPeriods === 1) return `Threshold Crossed: 1 datapoint ${list} was ${comparison}.`;
  return (
    `Threshold Crossed: ${count} out of the last ${rule.EvaluationPeriods} datapoints ${list} ${count === 1 ? "was" : "were"} ${comparison} ` +
    `(minimum ${plural(minimum, "datapoint")} for ${input.current} -> ${target} transition).`
  );
}

function reasonDataOf(input: EvaluationInput, start: number, present: ReadonlyArray<{ start: number; value: number }>): string {
  return JSON.stringify({
    version: "1.0",
    queryDate: reasonDataTime(input.now),
    startDate: reasonDataTime(start),
    ...(input.statistic !== undefined ? { statistic: input.statistic } : {}),
    period: input.period,
    recentDatapoints: [...present].reverse().map((p) => p.value),
    threshold: input.rule.Threshold,
    evaluatedDatapoints: present.map((p) => ({ timestamp: reasonDataTime(p.start), value: p.value })),
  });
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** Doubles as Java prints them, which is how AWS's reasons show values: 5 as "5.0". */
export function javaDouble(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e7) return value.toFixed(1);
  return String(value);
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** dd/MM/yy HH:mm:ss in UTC, as in AWS's state reasons. */
export function reasonTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCFullYear() % 100)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** 2026-11-26T13:00:00.000+0000, as in AWS's StateReasonData and history. */
export const reasonDataTime = (ms: number): string => new Date(ms).toISOString().replace("Z", "+0000");
