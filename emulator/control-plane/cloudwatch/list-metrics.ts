import { AwsError } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { metricKey, storedMetrics } from "./metric-store";
import { decodeNextToken, encodeNextToken } from "./next-token";
import type { Dimension, StoredMetric } from "./types";

export interface DimensionFilter {
  readonly Name: string;
  readonly Value?: string;
}

export interface ListMetricsInput {
  readonly Namespace?: string;
  readonly MetricName?: string;
  readonly Dimensions: readonly DimensionFilter[];
  readonly NextToken?: string;
  readonly RecentlyActive?: string;
}

export interface ListedMetric {
  Namespace: string;
  MetricName: string;
  Dimensions: Dimension[];
}

const PAGE_SIZE = 500;
const MAX_DIMENSION_FILTERS = 10;
/** ListMetrics shows metrics that received data in the last two weeks. */
const LISTED_FOR_MS = 14 * 24 * 3_600_000;
const RECENTLY_ACTIVE_MS = 3 * 3_600_000;

export function listMetrics(ctx: OpContext, input: ListMetricsInput): { Metrics: ListedMetric[]; NextToken?: string } {
  validate(input);
  const offset = decodeNextToken(input.NextToken, "ListMetrics");
  const activeSince = ctx.now - (input.RecentlyActive === "PT3H" ? RECENTLY_ACTIVE_MS : LISTED_FOR_MS);
  const matching = storedMetrics(ctx.state)
    .filter((metric) => metric.lastPutMs >= activeSince && matches(metric, input))
    .map((metric) => ({ metric, key: metricKey(metric) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const page = matching.slice(offset, offset + PAGE_SIZE).map(({ metric }) => ({
    Namespace: metric.namespace,
    MetricName: metric.metricName,
    Dimensions: metric.dimensions.map((d) => ({ Name: d.Name, Value: d.Value })),
  }));
  const next = offset + PAGE_SIZE;
  return { Metrics: page, ...(next < matching.length ? { NextToken: encodeNextToken(next, "ListMetrics") } : {}) };
}

function validate(input: ListMetricsInput): void {
  if (input.RecentlyActive !== undefined && input.RecentlyActive !== "PT3H") {
    throw new AwsError(
      "ValidationException",
      `1 validation error detected: Value '${input.RecentlyActive}' at 'recentlyActive' failed to satisfy constraint: Member must satisfy enum value set: [PT3H]`,
    );
  }
  if (input.Dimensions.length > MAX_DIMENSION_FILTERS) {
    throw new AwsError("InvalidParameterValueException", `The collection Dimensions must not have a size greater than ${MAX_DIMENSION_FILTERS}.`);
  }
}

/** A dimension filter with only a Name matches any value of that dimension. */
function matches(metric: StoredMetric, input: ListMetricsInput): boolean {
  if (input.Namespace !== undefined && metric.namespace !== input.Namespace) return false;
  if (input.MetricName !== undefined && metric.metricName !== input.MetricName) return false;
  return input.Dimensions.every((filter) =>
    metric.dimensions.some((d) => d.Name === filter.Name && (filter.Value === undefined || d.Value === filter.Value)),
  );
}
