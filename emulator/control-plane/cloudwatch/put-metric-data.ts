import { AwsError } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { aggregateOfValues } from "./aggregate";
import { storeSample } from "./metric-store";
import type { Aggregate, Dimension } from "./types";
import { isStandardUnit } from "./units";

export interface StatisticSet {
  readonly SampleCount: number;
  readonly Sum: number;
  readonly Minimum: number;
  readonly Maximum: number;
}

export interface MetricDatumInput {
  readonly MetricName: string;
  readonly Dimensions: readonly Dimension[];
  /** ms since the epoch */
  readonly Timestamp?: number;
  readonly Value?: number;
  readonly Values?: readonly number[];
  readonly Counts?: readonly number[];
  readonly StatisticValues?: StatisticSet;
  readonly Unit?: string;
  readonly StorageResolution?: number;
}

export interface PutMetricDataInput {
  readonly Namespace: string;
  readonly MetricData: readonly MetricDatumInput[];
}

const MAX_DATA = 1000;
const MAX_DIMENSIONS = 30;
const MAX_VALUES = 150;
const LIMIT = 2 ** 360; // AWS rejects values outside -2^360..2^360
const TWO_WEEKS_MS = 14 * 24 * 3_600_000;
const TWO_HOURS_MS = 2 * 3_600_000;

const invalid = (message: string) => new AwsError("InvalidParameterValueException", message);
const combination = (message: string) => new AwsError("InvalidParameterCombinationException", message);

export function putMetricData(ctx: OpContext, input: PutMetricDataInput): void {
  if (input.Namespace.startsWith("AWS/")) {
    throw invalid(`The value ${input.Namespace} for parameter Namespace is invalid: namespaces beginning with "AWS/" are reserved for AWS.`);
  }
  putMetricDataInAnyNamespace(ctx, input);
}

/** PutMetricData without the reserved-namespace rule: the sandbox admin endpoint's synthetic history. Every other rule holds. */
export function putMetricDataInAnyNamespace(ctx: OpContext, input: PutMetricDataInput): void {
  requireValidNamespace(input.Namespace);
  if (input.MetricData.length === 0) throw new AwsError("MissingRequiredParameterException", "The request must contain the parameter MetricData.");
  if (input.MetricData.length > MAX_DATA) {
    throw invalid(`The collection MetricData must not have a size greater than ${MAX_DATA}.`);
  }
  const samples = input.MetricData.map((datum, index) => validateDatum(datum, `MetricData.member.${index + 1}`, ctx.now));
  samples.forEach(({ datum, aggregate, timestamp }) => {
    const metric = { namespace: input.Namespace, metricName: datum.MetricName, dimensions: datum.Dimensions };
    const sample = { ...aggregate, timestamp, unit: datum.Unit ?? "None", resolution: datum.StorageResolution ?? 60 };
    storeSample(ctx.state, metric, sample, ctx.now);
  });
}

function requireValidNamespace(namespace: string): void {
  if (namespace.length < 1 || namespace.length > 255 || namespace.startsWith(":") || !/^[\x20-\x7e]+$/.test(namespace)) {
    throw invalid(`The value ${namespace} for parameter Namespace is invalid.`);
  }
}

function validateDatum(datum: MetricDatumInput, path: string, now: number): { datum: MetricDatumInput; aggregate: Aggregate; timestamp: number } {
  validateDimensions(datum.Dimensions, `${path}.Dimensions`);
  if (datum.Unit !== undefined && !isStandardUnit(datum.Unit)) throw invalid(`The value ${datum.Unit} for parameter ${path}.Unit is invalid.`);
  if (datum.StorageResolution !== undefined && datum.StorageResolution !== 1 && datum.StorageResolution !== 60) {
    throw invalid(`The parameter ${path}.StorageResolution must be a value in the set [ 1, 60 ].`);
  }
  const timestamp = datum.Timestamp ?? now;
  if (timestamp < now - TWO_WEEKS_MS) throw invalid(`The parameter ${path}.Timestamp must specify a time within the past two weeks.`);
  if (timestamp > now + TWO_HOURS_MS) throw invalid(`The parameter ${path}.Timestamp must specify a time no more than two hours in the future.`);
  return { datum, aggregate: datumAggregate(datum, path), timestamp };
}

function validateDimensions(dimensions: readonly Dimension[], path: string): void {
  if (dimensions.length > MAX_DIMENSIONS) throw invalid(`The collection ${path} must not have a size greater than ${MAX_DIMENSIONS}.`);
  const names = new Set<string>();
  dimensions.forEach((dimension, index) => {
    for (const field of ["Name", "Value"] as const) {
      const text = dimension[field];
      if (text.length < 1 || text.length > 255) throw invalid(`The parameter ${path}.member.${index + 1}.${field} must be between 1 and 255 characters long.`);
    }
    if (names.has(dimension.Name)) throw invalid(`No Metric Dimension Name can be used more than once: ${dimension.Name}.`);
    names.add(dimension.Name);
  });
}

/** Value, Values (+Counts) and StatisticValues are alternatives; exactly one must be given. */
function datumAggregate(datum: MetricDatumInput, path: string): Aggregate {
  const given = (["Value", "Values", "StatisticValues"] as const).filter((field) => datum[field] !== undefined);
  if (given.length > 1) {
    throw combination(`The parameters ${path}.${given[0]} and ${path}.${given[1]} are mutually exclusive and you have specified both.`);
  }
  if (datum.Counts !== undefined && datum.Values === undefined) {
    throw combination(`The parameter ${path}.Counts can only be specified together with ${path}.Values.`);
  }
  if (datum.Value !== undefined) return aggregateOfValues([requireValue(datum.Value, `${path}.Value`)]);
  if (datum.Values !== undefined) return valuesAggregate(datum.Values, datum.Counts, path);
  if (datum.StatisticValues !== undefined) return statisticSetAggregate(datum.StatisticValues, `${path}.StatisticValues`);
  throw combination(`At least one of the parameters ${path}.Value, ${path}.Values or ${path}.StatisticValues must be specified.`);
}

function valuesAggregate(values: readonly number[], counts: readonly number[] | undefined, path: string): Aggregate {
  if (values.length > MAX_VALUES) throw invalid(`The collection ${path}.Values must not have a size greater than ${MAX_VALUES}.`);
  if (counts !== undefined && counts.length !== values.length) {
    throw invalid(`The parameters ${path}.Values and ${path}.Counts must be of the same size.`);
  }
  values.forEach((value, index) => requireValue(value, `${path}.Values.member.${index + 1}`));
  counts?.forEach((count, index) => {
    if (!Number.isFinite(count) || count < 0) throw invalid(`The value ${count} for parameter ${path}.Counts.member.${index + 1} is invalid.`);
  });
  return aggregateOfValues(values, counts);
}

function statisticSetAggregate(set: StatisticSet, path: string): Aggregate {
  for (const field of ["SampleCount", "Sum", "Minimum", "Maximum"] as const) requireValue(set[field], `${path}.${field}`);
  if (set.SampleCount <= 0) throw invalid(`The parameter ${path}.SampleCount must be greater than 0.`);
  if (set.Minimum > set.Maximum) throw invalid(`The parameter ${path}.Minimum must be less than or equal to ${path}.Maximum.`);
  // A set of one sample, or of identical samples, still says what the raw values were (AWS allows percentiles then).
  if (set.SampleCount === 1 || set.Minimum === set.Maximum) {
    return { ...aggregateOfValues([set.Minimum], [set.SampleCount]), sum: set.Sum };
  }
  return { sampleCount: set.SampleCount, sum: set.Sum, min: set.Minimum, max: set.Maximum, values: [], counts: [] };
}

function requireValue(value: number, parameter: string): number {
  if (!Number.isFinite(value) || Math.abs(value) > LIMIT) throw invalid(`The value ${value} for parameter ${parameter} is invalid.`);
  return value;
}
