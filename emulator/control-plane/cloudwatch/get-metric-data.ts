import { AwsError } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { evaluateQueries, type MetricDataQueryInput } from "./metric-data-queries";
import { decodeNextToken, encodeNextToken } from "./next-token";

export interface GetMetricDataInput {
  readonly MetricDataQueries: readonly MetricDataQueryInput[];
  readonly StartTime: number;
  readonly EndTime: number;
  readonly NextToken?: string;
  readonly ScanBy?: string;
  readonly MaxDatapoints?: number;
}

export interface MetricDataResult {
  Id: string;
  Label: string;
  Timestamps: Date[];
  Values: number[];
  StatusCode: "Complete" | "PartialData";
  Messages: never[];
}

const MAX_QUERIES = 500;
const DEFAULT_MAX_DATAPOINTS = 100_800;
const validation = (message: string) => new AwsError("ValidationException", message);

export function getMetricData(ctx: OpContext, input: GetMetricDataInput): { MetricDataResults: MetricDataResult[]; NextToken?: string; Messages: never[] } {
  validateRequest(input);
  const offset = decodeNextToken(input.NextToken, "GetMetricData");
  const series = evaluateQueries(ctx, input);
  const descending = (input.ScanBy ?? "TimestampDescending") === "TimestampDescending";
  const maxDatapoints = input.MaxDatapoints ?? DEFAULT_MAX_DATAPOINTS;
  const results: MetricDataResult[] = [];
  let position = 0;
  for (const { id, label, points } of series) {
    const ordered = [...points.entries()].sort(([a], [b]) => (descending ? b - a : a - b));
    const from = Math.max(0, offset - position);
    const to = Math.min(ordered.length, offset + maxDatapoints - position);
    position += ordered.length;
    const page = from < to ? ordered.slice(from, to) : [];
    // Every result appears on the first page; later pages carry only results that still have data.
    if (page.length === 0 && offset > 0) continue;
    results.push({
      Id: id,
      Label: label,
      Timestamps: page.map(([t]) => new Date(t)),
      Values: page.map(([, v]) => v),
      StatusCode: to < ordered.length ? "PartialData" : "Complete",
      Messages: [],
    });
  }
  const next = offset + maxDatapoints;
  return { MetricDataResults: results, ...(next < position ? { NextToken: encodeNextToken(next, "GetMetricData") } : {}), Messages: [] };
}

function validateRequest(input: GetMetricDataInput): void {
  if (input.MetricDataQueries.length === 0) throw validation("The parameter MetricDataQueries must contain at least one query.");
  if (input.MetricDataQueries.length > MAX_QUERIES) {
    throw validation(`The collection MetricDataQueries must not have a size greater than ${MAX_QUERIES}.`);
  }
  if (input.StartTime === input.EndTime) throw validation("The parameter StartTime must not equal parameter EndTime.");
  if (input.EndTime < input.StartTime) throw validation("The parameter EndTime must be greater than StartTime.");
  if (input.ScanBy !== undefined && input.ScanBy !== "TimestampDescending" && input.ScanBy !== "TimestampAscending") {
    throw validation(`1 validation error detected: Value '${input.ScanBy}' at 'scanBy' failed to satisfy constraint: Member must satisfy enum value set: [TimestampDescending, TimestampAscending]`);
  }
  if (input.MaxDatapoints !== undefined && (!Number.isInteger(input.MaxDatapoints) || input.MaxDatapoints < 1)) {
    throw new AwsError("InvalidParameterValueException", "The parameter MaxDatapoints must be greater than 0.");
  }
}
