// PutMetricAlarm's checks, in AWS's words where AWS's messages are known (DatapointsToAlarm's is from a
// ValidationError users have quoted); the others follow the same "The parameter X ..." shape as the rest of CloudWatch.

import { AwsError, notImplemented } from "../../protocol/aws-error";
import { enumError } from "./alarm-history";
import { alarmPeriod } from "./alarm-refresh";
import type { AlarmConfig, ComparisonOperator, TreatMissingData } from "./alarm-types";
import { parseStatistic } from "./statistics";
import { isStandardUnit } from "./units";

const validation = (message: string) => new AwsError("ValidationException", message);
const invalid = (message: string) => new AwsError("InvalidParameterValueException", message);
const combination = (message: string) => new AwsError("InvalidParameterCombinationException", message);

export const comparisonOperators: readonly ComparisonOperator[] = ["GreaterThanOrEqualToThreshold", "GreaterThanThreshold", "LessThanThreshold", "LessThanOrEqualToThreshold"];
const anomalyOperators = ["LessThanLowerOrGreaterThanUpperThreshold", "LessThanLowerThreshold", "GreaterThanUpperThreshold"];
const treatments: readonly TreatMissingData[] = ["missing", "notBreaching", "breaching", "ignore"];
const basicStatistics = ["SampleCount", "Average", "Sum", "Minimum", "Maximum"];
const MAX_ACTIONS = 5;
/** CloudWatch quotas: Period x EvaluationPeriods at most one day; metric math alarms at most 10 metrics. */
const MAX_EVALUATION_SECONDS = 86_400;
const MAX_MATH_METRICS = 10;

/** PutMetricAlarm input as the protocol layer reads it: enums still unchecked strings. */
export type AlarmInput = Omit<AlarmConfig, "ComparisonOperator" | "TreatMissingData" | "ActionsEnabled" | "Threshold"> & {
  readonly ComparisonOperator?: string;
  readonly TreatMissingData?: string;
  readonly ActionsEnabled?: boolean;
  readonly Threshold?: number;
  readonly ThresholdMetricId?: string;
};

export function validateAlarm(input: AlarmInput): AlarmConfig {
  checkLengths(input);
  if (input.ThresholdMetricId !== undefined || anomalyOperators.includes(input.ComparisonOperator ?? "")) {
    throw notImplemented("CloudWatch", "PutMetricAlarm on an anomaly detection band (ThresholdMetricId)");
  }
  if (input.ComparisonOperator === undefined) throw missing("ComparisonOperator");
  if (!(comparisonOperators as readonly string[]).includes(input.ComparisonOperator)) {
    throw enumError(input.ComparisonOperator, "comparisonOperator", [...comparisonOperators, ...anomalyOperators]);
  }
  if (input.Threshold === undefined) throw missing("Threshold");
  if (input.TreatMissingData !== undefined && !(treatments as readonly string[]).includes(input.TreatMissingData)) {
    throw invalid(`The value ${input.TreatMissingData} for parameter TreatMissingData is invalid. Valid values are breaching, notBreaching, ignore and missing.`);
  }
  checkEvaluation(input);
  if (input.Metrics !== undefined && input.Metrics.length > 0) checkMetricsForm(input);
  else checkSingleMetricForm(input);
  checkEvaluationLength(input);
  return {
    ...input,
    ActionsEnabled: input.ActionsEnabled ?? true,
    Threshold: input.Threshold,
    ComparisonOperator: input.ComparisonOperator as ComparisonOperator,
    TreatMissingData: input.TreatMissingData as TreatMissingData | undefined,
  };
}

function checkLengths(input: AlarmInput): void {
  if (input.AlarmName.length < 1 || input.AlarmName.length > 255) throw validation(lengthMessage(input.AlarmName, "alarmName", 1, 255));
  if (input.AlarmDescription !== undefined && input.AlarmDescription.length > 1024) {
    throw validation(lengthMessage(input.AlarmDescription, "alarmDescription", 0, 1024));
  }
  for (const field of ["OKActions", "AlarmActions", "InsufficientDataActions"] as const) {
    if (input[field].length > MAX_ACTIONS) throw validation(`1 validation error detected: Value at '${field[0]!.toLowerCase()}${field.slice(1)}' failed to satisfy constraint: Member must have length less than or equal to ${MAX_ACTIONS}`);
  }
}

function lengthMessage(value: string, field: string, min: number, max: number): string {
  return `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: Member must have length ${value.length < min ? `greater than or equal to ${min}` : `less than or equal to ${max}`}`;
}

function checkEvaluation(input: AlarmInput): void {
  if (!Number.isInteger(input.EvaluationPeriods) || input.EvaluationPeriods < 1) {
    throw validation(`1 validation error detected: Value '${input.EvaluationPeriods}' at 'evaluationPeriods' failed to satisfy constraint: Member must have value greater than or equal to 1`);
  }
  if (input.DatapointsToAlarm !== undefined) {
    if (input.DatapointsToAlarm < 1) {
      throw validation(`1 validation error detected: Value '${input.DatapointsToAlarm}' at 'datapointsToAlarm' failed to satisfy constraint: Member must have value greater than or equal to 1`);
    }
    if (input.DatapointsToAlarm > input.EvaluationPeriods) throw validation("DatapointsToAlarm must be less than or equal to EvaluationPeriods");
  }
}

/** Alarm periods: 10, 20 or 30 seconds (high-resolution alarms) or a multiple of 60. */
export const isAlarmPeriod = (period: number): boolean => Number.isInteger(period) && period > 0 && ([10, 20, 30].includes(period) || period % 60 === 0);

function checkSingleMetricForm(input: AlarmInput): void {
  if (input.MetricName === undefined || input.Namespace === undefined) {
    throw validation("Either MetricName and Namespace, or Metrics must be specified.");
  }
  if ((input.Statistic === undefined) === (input.ExtendedStatistic === undefined)) {
    throw combination("Exactly one of the parameters Statistic or ExtendedStatistic must be specified.");
  }
  if (input.Statistic !== undefined && !basicStatistics.includes(input.Statistic)) throw enumError(input.Statistic, "statistic", basicStatistics);
  if (input.ExtendedStatistic !== undefined) {
    const parsed = parseStatistic(input.ExtendedStatistic, "ExtendedStatistic");
    if (parsed.kind !== "percentile" && parsed.kind !== "trimmedMean") {
      throw invalid(`The value ${input.ExtendedStatistic} for parameter ExtendedStatistic is not a valid extended statistic.`);
    }
  }
  if (input.Period === undefined) throw validation("Period must be specified when MetricName is specified.");
  if (!isAlarmPeriod(input.Period)) throw validation(`The parameter Period must be 10, 20, 30 or a multiple of 60.`);
  if (input.Unit !== undefined && !isStandardUnit(input.Unit)) throw invalid(`The value ${input.Unit} for parameter Unit is invalid.`);
  if (input.Dimensions.length > 30) throw invalid("The collection Dimensions must not have a size greater than 30.");
}

// The quota's wording is AWS's (service quotas page); the error text itself is the sandbox's.
function checkEvaluationLength(input: AlarmInput): void {
  const period = alarmPeriod(input);
  if (period * input.EvaluationPeriods > MAX_EVALUATION_SECONDS) {
    throw validation(`The alarm evaluation period (Period ${period} x EvaluationPeriods ${input.EvaluationPeriods}) must not exceed one day (86,400 seconds).`);
  }
}

function checkMetricsForm(input: AlarmInput): void {
  const given = (["MetricName", "Namespace", "Statistic", "ExtendedStatistic", "Period", "Unit"] as const).find((field) => input[field] !== undefined);
  if (given !== undefined || input.Dimensions.length > 0) {
    throw combination(`The parameter ${given ?? "Dimensions"} cannot be specified together with Metrics.`);
  }
  const metrics = input.Metrics!;
  if (metrics.filter((query) => query.MetricStat !== undefined).length > MAX_MATH_METRICS) {
    throw validation(`Alarms based on metric math expressions can have up to ${MAX_MATH_METRICS} metrics.`);
  }
  const returning = metrics.filter((query) => query.ReturnData !== false);
  if (returning.length !== 1) throw validation("Metrics list must contain exactly one metric matching the ReturnData parameter set to true.");
  metrics.forEach((query, index) => {
    const period = query.MetricStat?.Period ?? query.Period;
    if (period !== undefined && !isAlarmPeriod(period)) {
      throw validation(`The parameter Metrics.member.${index + 1}.Period must be 10, 20, 30 or a multiple of 60.`);
    }
  });
}

const missing = (field: string) => new AwsError("MissingRequiredParameterException", `The request must contain the parameter ${field}.`);
