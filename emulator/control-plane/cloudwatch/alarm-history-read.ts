// DescribeAlarmHistory: alarms are evaluated first, so state changes the metric data asks for are listed.

import { AwsError } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { enumError } from "./alarm-history";
import { refreshedAlarms } from "./alarm-refresh";
import type { AlarmType, HistoryItemType, StoredHistoryItem } from "./alarm-types";
import { refreshedComposites } from "./composite-refresh";
import { decodeNextToken, encodeNextToken } from "./next-token";
import { cloudWatchTables } from "./tables";

/** AWS keeps alarm history for 30 days. */
const HISTORY_RETENTION_MS = 30 * 24 * 3_600_000;
const DEFAULT_MAX_RECORDS = 100;

export interface DescribeAlarmHistoryInput {
  readonly AlarmName?: string;
  readonly AlarmTypes?: readonly string[];
  readonly HistoryItemType?: string;
  readonly StartDate?: number;
  readonly EndDate?: number;
  readonly MaxRecords?: number;
  readonly NextToken?: string;
  readonly ScanBy?: string;
}

export interface HistoryItemOutput {
  AlarmName: string;
  AlarmType: AlarmType;
  Timestamp: Date;
  HistoryItemType: HistoryItemType;
  HistorySummary: string;
  HistoryData: string;
}

const historyTypes: readonly string[] = ["ConfigurationUpdate", "StateUpdate", "Action", "AlarmContributorStateUpdate", "AlarmContributorAction"];

export function describeAlarmHistory(ctx: OpContext, input: DescribeAlarmHistoryInput): { AlarmHistoryItems: HistoryItemOutput[]; NextToken?: string } {
  validate(input);
  refreshedAlarms(ctx);
  refreshedComposites(ctx);
  const offset = decodeNextToken(input.NextToken, "DescribeAlarmHistory");
  const since = Math.max(ctx.now - HISTORY_RETENTION_MS, input.StartDate ?? -Infinity);
  // Without AlarmTypes, only metric alarms' history is listed.
  const types = input.AlarmTypes === undefined || input.AlarmTypes.length === 0 ? ["MetricAlarm"] : input.AlarmTypes;
  const matching = ctx.state
    .table<StoredHistoryItem>(cloudWatchTables.alarmHistory)
    .list("")
    .filter((item) => types.includes(item.AlarmType) && item.Timestamp >= since && (input.EndDate === undefined || item.Timestamp <= input.EndDate))
    .filter((item) => (input.AlarmName === undefined || item.AlarmName === input.AlarmName) && (input.HistoryItemType === undefined || item.HistoryItemType === input.HistoryItemType))
    .sort((a, b) => a.Timestamp - b.Timestamp);
  // AWS's default is newest first.
  const ordered = (input.ScanBy ?? "TimestampDescending") === "TimestampDescending" ? matching.reverse() : matching;
  const size = input.MaxRecords ?? DEFAULT_MAX_RECORDS;
  const page = ordered.slice(offset, offset + size).map((item) => ({ ...item, Timestamp: new Date(item.Timestamp) }));
  const next = offset + size;
  return { AlarmHistoryItems: page, ...(next < ordered.length ? { NextToken: encodeNextToken(next, "DescribeAlarmHistory") } : {}) };
}

function validate(input: DescribeAlarmHistoryInput): void {
  if (input.HistoryItemType !== undefined && !historyTypes.includes(input.HistoryItemType)) {
    throw enumError(input.HistoryItemType, "historyItemType", historyTypes);
  }
  if (input.ScanBy !== undefined && input.ScanBy !== "TimestampDescending" && input.ScanBy !== "TimestampAscending") {
    throw enumError(input.ScanBy, "scanBy", ["TimestampDescending", "TimestampAscending"]);
  }
  if (input.MaxRecords !== undefined && (input.MaxRecords < 1 || input.MaxRecords > 100)) {
    throw new AwsError("ValidationException", `1 validation error detected: Value '${input.MaxRecords}' at 'maxRecords' failed to satisfy constraint: Member must have value ${input.MaxRecords < 1 ? "greater than or equal to 1" : "less than or equal to 100"}`);
  }
}

