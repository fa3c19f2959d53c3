/** One GetMetricData query, in domain terms: a metric with its statistic, or a metric math expression over others. */
export type MetricQuery = {
  /** Starts with a lower-case letter; unique within one read. */
  id: string;
  label?: string;
  /** False for inputs that only feed an expression (they are still billed as metrics requested). */
  returnData?: boolean;
  periodSeconds: number;
} & (
  | { metric: { namespace: string; metricName: string; dimensions: Record<string, string>; stat: string; unit?: string }; expression?: never }
  | { expression: string; metric?: never }
);

/** A returned series, oldest point first; a missing point is simply absent (drawn as a gap, never as zero). */
export type MetricSeries = { id: string; label: string; timestamps: number[]; values: number[]; complete: boolean };

/** What one read cost: GetMetricData calls made and metrics requested (what AWS bills). */
export type MetricReadCost = { calls: number; metricsRequested: number };

/** GetMetricData takes at most 500 queries per call. */
export const maxQueriesPerCall = 500;

/** Splits queries into GetMetricData batches; an expression stays in the batch of the metrics it reads. */
export function batchQueries(queries: MetricQuery[], size = maxQueriesPerCall): MetricQuery[][] {
  const batches: MetricQuery[][] = [];
  let current: MetricQuery[] = [];
  for (const group of expressionGroups(queries)) {
    if (group.length > size) throw new Error(`An expression reads ${group.length} queries; one GetMetricData call takes ${size}.`);
    if (current.length + group.length > size) {
      batches.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Groups each expression with the ids it references (transitively), keeping first-seen order. */
function expressionGroups(queries: MetricQuery[]): MetricQuery[][] {
  const byId = new Map(queries.map((query) => [query.id, query]));
  const placed = new Set<string>();
  const groups: MetricQuery[][] = [];
  const collect = (query: MetricQuery, group: MetricQuery[]) => {
    if (placed.has(query.id)) return;
    placed.add(query.id);
    if (query.expression) for (const ref of query.expression.match(/\b[a-z][a-zA-Z0-9_]*\b/g) ?? []) {
      const input = byId.get(ref);
      if (input) collect(input, group);
    }
    group.push(query);
  };
  // Expressions first claim their inputs; plain metrics left over form groups of one.
  for (const query of queries.filter((q) => q.expression)) {
    const group: MetricQuery[] = [];
    collect(query, group);
    if (group.length > 0) groups.push(group);
  }
  for (const query of queries) {
    if (placed.has(query.id)) continue;
    placed.add(query.id);
    groups.push([query]);
  }
  return groups;
}
