// Metric alarms as the sandbox keeps them: the PutMetricAlarm configuration plus the state the lazy evaluation
// last settled on.

import type { MetricDataQueryInput } from "./metric-data-queries";
import type { Dimension } from "./types";

export type AlarmState = "OK" | "ALARM" | "INSUFFICIENT_DATA";
export const alarmStates: readonly AlarmState[] = ["OK", "ALARM", "INSUFFICIENT_DATA"];

export type ComparisonOperator =
  | "GreaterThanOrEqualToThreshold"
  | "GreaterThanThreshold"
  | "LessThanThreshold"
  | "LessThanOrEqualToThreshold";

export type TreatMissingData = "missing" | "notBreaching" | "breaching" | "ignore";

/** What PutMetricAlarm sets; replaced whole by the next PutMetricAlarm for the same name. */
export interface AlarmConfig {
  readonly AlarmName: string;
  readonly AlarmDescription?: string;
  readonly ActionsEnabled: boolean;
  readonly OKActions: readonly string[];
  readonly AlarmActions: readonly string[];
  readonly InsufficientDataActions: readonly string[];
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
