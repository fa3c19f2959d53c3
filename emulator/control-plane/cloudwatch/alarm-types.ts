// Metric alarms as the sandbox keeps them: the PutMetricAlarm configuration plus the state the lazy evaluation
// last settled on.

import type { MetricDataQueryInput } from "./metric-data-queries";
import type { Dimension } from "./types";
import type { OpContext } from "../op-context";

export type AlarmState = "OK" | "ALARM" | "INSUFFICIENT_DATA";
export const alarmStates: readonly AlarmState[] = ["OK", "ALARM", "INSUFFICIENT_DATA"];

export type ComparisonOperator =
  | "GreaterThanOrEqualToThreshold"
  | "GreaterThanThreshold"
  | "LessThanThreshold"
  | "LessThanOrEqualToThreshold";

export type TreatMissingData = "missing" | "notBreaching" | "breaching" | "ignore";

/** What metric and composite alarms share: the name, the description and the actions. */
export interface AlarmBaseConfig {
  readonly AlarmName: string;
  readonly AlarmDescription?: string;
  readonly ActionsEnabled: boolean;
  readonly OKActions: readonly string[];
  readonly AlarmActions: readonly string[];
  readonly InsufficientDataActions: readonly string[];
}

/** What PutMetricAlarm sets; replaced whole by the next PutMetricAlarm for the same name. */
export interface AlarmConfig extends AlarmBaseConfig {
  readonly MetricName?: string;
  readonly Namespace?: string;
  readonly Statistic?: string;
  readonly ExtendedStatistic?: string;
  readonly Dimensions: readonly Dimension[];
  readonly Period?: number;
  readonly Unit?: string;
  readonly EvaluationPeriods: number;
  readonly DatapointsToAlarm?: number;
  readonly Threshold: number;
  readonly ComparisonOperator: ComparisonOperator;
  readonly TreatMissingData?: TreatMissingData;
  readonly EvaluateLowSampleCountPercentile?: string;
  readonly Metrics?: readonly MetricDataQueryInput[];
}

export interface AlarmStatus {
  readonly StateValue: AlarmState;
  readonly StateReason: string;
  readonly StateReasonData?: string;
  /** ms since the epoch: the last state update (also when SetAlarmState sets the state it already had). */
  readonly StateUpdatedTimestamp: number;
  /** ms since the epoch: the last change of StateValue. */
  readonly StateTransitionedTimestamp: number;
}

export const alarmArn = (ctx: OpContext, name: string): string => `arn:aws:cloudwatch:${ctx.region}:${ctx.accountId}:alarm:${name}`;

const INITIAL_REASON = "Unchecked: Initial alarm creation";

/** A new alarm of either kind: INSUFFICIENT_DATA until its first evaluation. */
export function newAlarmRecord(arn: string, now: number) {
  return {
    AlarmArn: arn,
    AlarmConfigurationUpdatedTimestamp: now,
    StateValue: "INSUFFICIENT_DATA" as const,
    StateReason: INITIAL_REASON,
    StateUpdatedTimestamp: now,
    StateTransitionedTimestamp: now,
  };
}

export interface StoredAlarm extends AlarmStatus {
  readonly config: AlarmConfig;
  readonly AlarmArn: string;
  readonly AlarmConfigurationUpdatedTimestamp: number;
  /** SetAlarmState's state holds until this evaluation instant (ms), as AWS keeps it until the next evaluation. */
  readonly heldUntil?: number;
}

export type AlarmType = "MetricAlarm" | "CompositeAlarm";

export type HistoryItemType = "ConfigurationUpdate" | "StateUpdate" | "Action";

export interface StoredHistoryItem {
  readonly AlarmName: string;
  readonly AlarmType: AlarmType;
  readonly Timestamp: number;
  readonly HistoryItemType: HistoryItemType;
  readonly HistorySummary: string;
  readonly HistoryData: string;
}
