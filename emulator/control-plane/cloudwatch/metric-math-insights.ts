// Evaluates a Metrics Insights query over the stored metrics: every matching metric's data in each period is
// folded together (all raw samples of a group), then the query's function gives the period's value.
import { AwsError } from "../../protocol/aws-error";
import type { ScopeState } from "../../store/store";
import { mergeAggregates } from "./aggregate";
import { parseInsightsQuery, type InsightsFunction, type InsightsQuery } from "./metric-math-insights-parser";
import { MetricMathError } from "./metric-math-parser";
import { reduceNumbers } from "./metric-math-reducers";
import type { Series } from "./metric-math-values";
import { storedMetrics } from "./metric-store";
import { aggregateBySlot } from "./period-slots";
import { computeStatistic } from "./statistics";
import type { Aggregate, StoredMetric } from "./types";

export interface InsightsSeries {
  /** The GROUP BY values, space-separated (Other for a metric without that dimension); undefined without GROUP BY. */
  readonly label?: string;
  readonly points: Series;
}

export interface InsightsWindow {
  readonly startMs: number;
  readonly endMs: number;
  /** seconds */
  readonly period: number;
  readonly now: number;
}

const MAX_SERIES = 500;
/** Metrics Insights reads only the most recent three hours of data. */
const LOOKBACK_MS = 3 * 3_600_000;
const statisticOf = { AVG: "Average", COUNT: "SampleCount", MAX: "Maximum", MIN: "Minimum", SUM: "Sum" } as const;
const reducerOf = { AVG: "AVG", COUNT: "DATAPOINT_COUNT", MAX: "MAX", MIN: "MIN", SUM: "SUM" } as const;

export function evaluateInsights(state: ScopeState, query: InsightsQuery, window: InsightsWindow): InsightsSeries[] {
  const groups = new Map<string, { labels: string[]; slots: Map<number, Aggregate> }>();
  const startMs = Math.max(window.startMs, window.now - LOOKBACK_MS);
  for (const metric of storedMetrics(state).filter((candidate) => matches(candidate, query))) {
    const labels = query.groupBy.map((key) => metric.dimensions.find((d) => d.Name === key)?.Value ?? "Other");
    const key = JSON.stringify(labels);
    const group = groups.get(key) ?? { labels, slots: new Map<number, Aggregate>() };
    groups.set(key, group);
    for (const [start, slot] of aggregateBySlot(state, { metric, startMs, endMs: window.endMs, period: window.period, unit: undefined, now: window.now })) {
      const existing = group.slots.get(start);
      group.slots.set(start, existing ? mergeAggregates(existing, slot.aggregate) : slot.aggregate);
    }
  }
  const series = [...groups.values()]
    .map(({ labels, slots }) => ({ labels, points: valuesBySlot(slots, query.fn) }))
    .filter(({ points }) => points.size > 0);
  // A query that matches no data still answers, with one empty series.
  if (series.length === 0) return [{ points: new Map() }];
  return ordered(series, query)
    .slice(0, query.limit ?? MAX_SERIES)
    .map(({ labels, points }) => (query.groupBy.length > 0 ? { label: labels.join(" "), points } : { points }));
}

function matches(metric: StoredMetric, query: InsightsQuery): boolean {
  if (metric.namespace !== query.namespace || metric.metricName !== query.metricName) return false;
  if (query.schema) {
    const names = new Set(metric.dimensions.map((d) => d.Name));
    if (names.size !== query.schema.length || !query.schema.every((key) => names.has(key))) return false;
  }
  return query.where.every(({ key, op, value }) => (metric.dimensions.find((d) => d.Name === key)?.Value === value) === (op === "="));
}

function valuesBySlot(slots: ReadonlyMap<number, Aggregate>, fn: InsightsFunction): Series {
  const points = new Map<number, number>();
  for (const [start, aggregate] of slots) {
    const value = computeStatistic(aggregate, { kind: statisticOf[fn] });
    if (value !== undefined) points.set(start, value);
  }
  return points;
}

// Without ORDER BY, groups come in ascending order of their labels; ORDER BY ranks each series by one number.
function ordered<T extends { labels: string[]; points: Series }>(series: T[], query: InsightsQuery): T[] {
  const byLabels = (a: T, b: T) => (a.labels.join("\u0000") < b.labels.join("\u0000") ? -1 : a.labels.join("\u0000") > b.labels.join("\u0000") ? 1 : 0);
  const { orderBy } = query;
  if (!orderBy) return [...series].sort(byLabels);
  const rank = (item: T) => reduceNumbers(reducerOf[orderBy.fn], [...item.points.values()]) ?? 0;
  return [...series].sort((a, b) => (orderBy.descending ? rank(b) - rank(a) : rank(a) - rank(b)) || byLabels(a, b));
}

/** Parses the Expression of a Metrics Insights query, which needs the query's Period; errors name the query. */
export function planInsights(id: string, expression: string, period: number | undefined): InsightsQuery {
  if (period === undefined) throw new AwsError("ValidationException", `The Metrics Insights query ${id} must have a Period.`);
  try {
    return parseInsightsQuery(expression);
  } catch (error) {
    if (error instanceof MetricMathError) throw new AwsError("ValidationException", `Error in expression ${id}: ${error.message}`);
    throw error;
  }
}
