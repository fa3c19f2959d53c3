import { AwsError, notImplemented } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { asSingleSeries, evaluate, type Series } from "./metric-math";
import { evaluateInsights, planInsights } from "./metric-math-insights";
import { isInsightsQuery, type InsightsQuery } from "./metric-math-insights-parser";
import { MetricMathError, parseExpression, referencedIds, type MathExpr } from "./metric-math-parser";
import { aggregateBySlot } from "./period-slots";
import { alignStart, requireValidPeriod, slotStarts } from "./periods";
import { computeStatistic, parseStatistic, type Statistic } from "./statistics";
import type { Dimension } from "./types";
import { isStandardUnit } from "./units";

export interface MetricStatInput {
  readonly Metric: { readonly Namespace: string; readonly MetricName: string; readonly Dimensions: readonly Dimension[] };
  readonly Period: number;
  readonly Stat: string;
  readonly Unit?: string;
}

export interface MetricDataQueryInput {
  readonly Id: string;
  readonly MetricStat?: MetricStatInput;
  readonly Expression?: string;
  readonly Label?: string;
  readonly ReturnData?: boolean;
  readonly Period?: number;
}

type Planned =
  | { readonly query: MetricDataQueryInput; readonly kind: "metric"; readonly stat: MetricStatInput; readonly statistic: Statistic }
  | { readonly query: MetricDataQueryInput; readonly kind: "expression"; readonly expr: MathExpr }
  | { readonly query: MetricDataQueryInput; readonly kind: "insights"; readonly insights: InsightsQuery };

export interface QuerySeries {
  readonly id: string;
  readonly label: string;
  readonly points: Series;
}

const validation = (message: string) => new AwsError("ValidationException", message);
const idPattern = /^[a-z][a-zA-Z0-9_]*$/;

/** Validates every query, then evaluates metric queries and expressions; returns the ones with ReturnData. */
export function evaluateQueries(ctx: OpContext, input: { MetricDataQueries: readonly MetricDataQueryInput[]; StartTime: number; EndTime: number }): QuerySeries[] {
  const plans = new Map<string, Planned>();
  input.MetricDataQueries.forEach((query, index) => {
    if (plans.has(query.Id)) throw validation(`The values for parameter id in MetricDataQueries are not unique: ${query.Id}.`);
    plans.set(query.Id, plan(query, `MetricDataQueries.member.${index + 1}`));
  });
  if ([...plans.values()].filter((p) => p.kind === "insights").length > 1) throw validation("A GetMetricData request can include only one Metrics Insights query.");
  const defaultPeriod = [...plans.values()].find((p) => p.kind === "metric")?.query.MetricStat?.Period ?? 60;
  const computed = new Map<string, Series>();
  const inProgress = new Set<string>();
  const seriesOf = (id: string): Series => {
    const known = computed.get(id);
    if (known) return known;
    const planned = plans.get(id);
    if (!planned) throw new MetricMathError(`Unknown query id ${id}`);
    if (inProgress.has(id)) throw new MetricMathError(`Circular reference through ${id}`);
    if (planned.kind === "insights") throw notImplemented("CloudWatch", "metric math over a Metrics Insights query");
    inProgress.add(id);
    const series =
      planned.kind === "metric" ? metricSeries(ctx, planned, input) : expressionSeries(planned, { ...input, defaultPeriod, seriesOf, plans, now: ctx.now });
    inProgress.delete(id);
    computed.set(id, series);
    return series;
  };
  return [...plans.values()]
    .filter((planned) => planned.query.ReturnData !== false)
    .flatMap((planned) => {
      if (planned.kind !== "insights") return [{ id: planned.query.Id, label: labelOf(planned), points: seriesOf(planned.query.Id) }];
      const window = { startMs: input.StartTime, endMs: input.EndTime, period: planned.query.Period!, now: ctx.now };
      // One result per GROUP BY group, all with the query's Id.
      return evaluateInsights(ctx.state, planned.insights, window).map(({ label, points }) => ({ id: planned.query.Id, label: label ?? labelOf(planned), points }));
    });
}

function plan(query: MetricDataQueryInput, path: string): Planned {
  if (!idPattern.test(query.Id)) {
    throw validation(`The value ${query.Id} for parameter ${path}.Id is invalid: it must start with a lowercase letter and contain only letters, numbers and underscores.`);
  }
  if ((query.MetricStat === undefined) === (query.Expression === undefined)) {
    throw validation(`Exactly one element of the ${path}.MetricStat or the ${path}.Expression must be set.`);
  }
  if (query.Period !== undefined) requireValidPeriod(query.Period, `${path}.Period`);
  if (query.MetricStat) {
    const stat = query.MetricStat;
    requireValidPeriod(stat.Period, `${path}.MetricStat.Period`);
    if (stat.Unit !== undefined && !isStandardUnit(stat.Unit)) {
      throw new AwsError("InvalidParameterValueException", `The value ${stat.Unit} for parameter ${path}.MetricStat.Unit is invalid.`);
    }
    return { query, kind: "metric", stat, statistic: parseStatistic(stat.Stat, `${path}.MetricStat.Stat`) };
  }
  if (isInsightsQuery(query.Expression!)) return { query, kind: "insights", insights: planInsights(query.Id, query.Expression!, query.Period) };
  return { query, kind: "expression", expr: parseOrExplain(query) };
}

function parseOrExplain(query: MetricDataQueryInput): MathExpr {
  try {
    return parseExpression(query.Expression!);
  } catch (error) {
    if (error instanceof MetricMathError) throw validation(`Error in expression ${query.Id}: ${error.message}`);
    throw error;
  }
}

function metricSeries(ctx: OpContext, planned: Extract<Planned, { kind: "metric" }>, input: { StartTime: number; EndTime: number }): Series {
  const { stat } = planned;
  const slots = aggregateBySlot(ctx.state, {
    metric: { namespace: stat.Metric.Namespace, metricName: stat.Metric.MetricName, dimensions: stat.Metric.Dimensions },
    startMs: input.StartTime,
    endMs: input.EndTime,
    period: stat.Period,
    unit: stat.Unit,
    now: ctx.now,
  });
  const points = new Map<number, number>();
  for (const [start, slot] of slots) {
    const value = computeStatistic(slot.aggregate, planned.statistic);
    if (value !== undefined) points.set(start, value);
  }
  return points;
}

/** What an expression can see: the request's time range, the other queries, and the clock. */
interface ExpressionScope {
  readonly StartTime: number;
  readonly EndTime: number;
  /** Period for FILL and scalars when the expression sets none: the first metric query's. */
  readonly defaultPeriod: number;
  readonly seriesOf: (id: string) => Series;
  readonly plans: ReadonlyMap<string, Planned>;
  readonly now: number;
}

function expressionSeries(planned: Extract<Planned, { kind: "expression" }>, scope: ExpressionScope): Series {
  const { plans, seriesOf } = scope;
  const period = planned.query.Period ?? scope.defaultPeriod;
  const slots = slotStarts(alignStart(scope.StartTime, period, scope.now), scope.EndTime, period);
  try {
    for (const id of referencedIds(planned.expr)) if (/^[a-z]/.test(id) && !plans.has(id)) throw new MetricMathError(`Unknown query id ${id}`);
    const metricIds = [...plans.values()].filter((p) => p.kind === "metric").map((p) => p.query.Id);
    const value = evaluate(planned.expr, {
      series: seriesOf,
      metrics: (filter) => metricIds.filter((id) => filter === undefined || id.includes(filter)).map(seriesOf),
      periodOf: (id) => plans.get(id)?.query.MetricStat?.Period,
      slots,
    });
    return asSingleSeries(value, slots);
  } catch (error) {
    if (error instanceof MetricMathError) throw validation(`Error in expression ${planned.query.Id}: ${error.message}`);
    throw error;
  }
}

/** Default labels: the metric name for a metric query, the Id for an expression. */
function labelOf(planned: Planned): string {
  if (planned.query.Label !== undefined) return planned.query.Label;
  return planned.kind === "metric" ? planned.stat.Metric.MetricName : planned.query.Id;
}
