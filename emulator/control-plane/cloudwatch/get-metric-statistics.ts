import { AwsError } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { aggregateBySlot } from "./period-slots";
import { datapointsRequested, requireValidPeriod } from "./periods";
import { computeStatistic, isExtendedStatistic, parseStatistic, type Statistic } from "./statistics";
import type { Dimension } from "./types";
import { isStandardUnit } from "./units";

export interface GetMetricStatisticsInput {
  readonly Namespace: string;
  readonly MetricName: string;
  readonly Dimensions: readonly Dimension[];
  readonly StartTime: number;
  readonly EndTime: number;
  readonly Period: number;
  readonly Statistics?: readonly string[];
  readonly ExtendedStatistics?: readonly string[];
  readonly Unit?: string;
}

export interface Datapoint {
  Timestamp: Date;
  SampleCount?: number;
  Average?: number;
  Sum?: number;
  Minimum?: number;
  Maximum?: number;
  Unit: string;
  ExtendedStatistics?: Map<string, number>;
}

const MAX_DATAPOINTS = 1440;
const invalid = (message: string) => new AwsError("InvalidParameterValueException", message);

export function getMetricStatistics(ctx: OpContext, input: GetMetricStatisticsInput): { Label: string; Datapoints: Datapoint[] } {
  const { basic, extended } = parseRequestedStatistics(input);
  validateWindow(input);
  const slots = aggregateBySlot(ctx.state, {
    metric: { namespace: input.Namespace, metricName: input.MetricName, dimensions: input.Dimensions },
    startMs: input.StartTime,
    endMs: input.EndTime,
    period: input.Period,
    unit: input.Unit,
    now: ctx.now,
  });
  const datapoints = [...slots.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, slot]) => {
      const point: Datapoint = { Timestamp: new Date(start), Unit: input.Unit ?? slot.unit };
      for (const [name, statistic] of basic) {
        const value = computeStatistic(slot.aggregate, statistic);
        if (value !== undefined) Object.assign(point, { [name]: value });
      }
      if (extended.length > 0) point.ExtendedStatistics = extendedValues(slot.aggregate, extended);
      return point;
    });
  return { Label: input.MetricName, Datapoints: datapoints };
}

function parseRequestedStatistics(input: GetMetricStatisticsInput): { basic: Array<[string, Statistic]>; extended: Array<[string, Statistic]> } {
  const basicNames = input.Statistics ?? [];
  const extendedNames = input.ExtendedStatistics ?? [];
  if ((basicNames.length === 0) === (extendedNames.length === 0)) {
    throw new AwsError("InvalidParameterCombinationException", "Must specify either Statistics or ExtendedStatistics, but not both.");
  }
  const basic = basicNames.map((name, index): [string, Statistic] => {
    const statistic = parseStatistic(name, `Statistics.member.${index + 1}`);
    if (isExtendedStatistic(statistic)) {
      throw invalid(`The value ${name} for parameter Statistics.member.${index + 1} is not a valid statistic; use ExtendedStatistics for percentiles.`);
    }
    return [name, statistic];
  });
  const extended = extendedNames.map((name, index): [string, Statistic] => {
    const statistic = parseStatistic(name, `ExtendedStatistics.member.${index + 1}`);
    if (!isExtendedStatistic(statistic)) {
      throw invalid(`The value ${name} for parameter ExtendedStatistics.member.${index + 1} is not a valid extended statistic.`);
    }
    return [name, statistic];
  });
  return { basic, extended };
}

function validateWindow(input: GetMetricStatisticsInput): void {
  if (input.Unit !== undefined && !isStandardUnit(input.Unit)) throw invalid(`The value ${input.Unit} for parameter Unit is invalid.`);
  if (input.StartTime === input.EndTime) throw invalid("The parameter StartTime must not equal parameter EndTime.");
  if (input.EndTime < input.StartTime) throw invalid("The parameter EndTime must be greater than StartTime.");
  requireValidPeriod(input.Period, "Period");
  const requested = datapointsRequested(input.StartTime, input.EndTime, input.Period);
  if (requested > MAX_DATAPOINTS) {
    throw new AwsError(
      "InvalidParameterCombinationException",
      `You have requested up to ${requested.toLocaleString("en-US")} datapoints, which exceeds the limit of 1,440. ` +
        "You may reduce the datapoints requested by increasing Period, or decreasing the time range.",
    );
  }
}

function extendedValues(aggregate: Parameters<typeof computeStatistic>[0], extended: Array<[string, Statistic]>): Map<string, number> {
  const values = new Map<string, number>();
  for (const [name, statistic] of extended) {
    const value = computeStatistic(aggregate, statistic);
    if (value !== undefined) values.set(name, value);
  }
  return values;
}
