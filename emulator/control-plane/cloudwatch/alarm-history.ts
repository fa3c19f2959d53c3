import { AwsError } from "../../protocol/aws-error";
import type { ScopeState } from "../../store/store";
import type { OpContext } from "../op-context";
import { reasonDataTime } from "./alarm-evaluation";
import type { AlarmState, HistoryItemType, StoredHistoryItem } from "./alarm-types";
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
  AlarmType: "MetricAlarm";
  Timestamp: Date;
  HistoryItemType: HistoryItemType;
  HistorySummary: string;
  HistoryData: string;
}

const historyTypes: readonly string[] = ["ConfigurationUpdate", "StateUpdate", "Action", "AlarmContributorStateUpdate", "AlarmContributorAction"];

export function recordHistory(state: ScopeState, item: StoredHistoryItem): void {
  const table = state.table<StoredHistoryItem>(cloudWatchTables.alarmHistory);
  // Keys sort by time; the count keeps two items in the same millisecond apart and in order.
  const key = `${String(item.Timestamp).padStart(15, "0")}|${String(table.count("")).padStart(9, "0")}`;
  table.put("", key, item);
}

export interface StateChange {
  readonly name: string;
  readonly at: number;
  readonly from: { readonly value: AlarmState; readonly reason: string };
  readonly to: { readonly value: AlarmState; readonly reason: string; readonly reasonData?: string };
}

/** A StateUpdate item in AWS's shape: "Alarm updated from OK to ALARM" and the old and new state as JSON. */
export function recordStateChange(state: ScopeState, change: StateChange): void {
  const newState: Record<string, unknown> = { stateValue: change.to.value, stateReason: change.to.reason };
  if (change.to.reasonData !== undefined) newState.stateReasonData = safeJson(change.to.reasonData);
  recordHistory(state, {
    AlarmName: change.name,
    AlarmType: "MetricAlarm",
    Timestamp: change.at,
    HistoryItemType: "StateUpdate",
    HistorySummary: `Alarm updated from ${change.from.value} to ${change.to.value}`,
    HistoryData: JSON.stringify({ version: "1.0", oldState: { stateValue: change.from.value, stateReason: change.from.reason }, newState }),
  });
}

/** A ConfigurationUpdate item: "Alarm "x" created", "updated" or "deleted", with the configuration as JSON. */
export function recordConfigurationChange(state: ScopeState, name: string, at: number, kind: "Create" | "Update" | "Delete", alarm: object, original?: object): void {
  const verb = { Create: "created", Update: "updated", Delete: "deleted" }[kind];
  const body = { Create: { createdAlarm: alarm }, Update: { updatedAlarm: alarm, originalAlarm: original }, Delete: { deletedAlarm: alarm } }[kind];
  recordHistory(state, {
    AlarmName: name,
    AlarmType: "MetricAlarm",
    Timestamp: at,
    HistoryItemType: "ConfigurationUpdate",
    HistorySummary: `Alarm "${name}" ${verb}`,
    HistoryData: JSON.stringify({ version: "1.0", type: kind, ...body }, historyJson),
  });
}

export function describeAlarmHistory(ctx: OpContext, input: DescribeAlarmHistoryInput): { AlarmHistoryItems: HistoryItemOutput[]; NextToken?: string } {
  validate(input);
  const offset = decodeNextToken(input.NextToken, "DescribeAlarmHistory");
  const since = Math.max(ctx.now - HISTORY_RETENTION_MS, input.StartDate ?? -Infinity);
  const wantsMetricAlarms = input.AlarmTypes === undefined || input.AlarmTypes.length === 0 || input.AlarmTypes.includes("MetricAlarm");
  const matching = ctx.state
    .table<StoredHistoryItem>(cloudWatchTables.alarmHistory)
    .list("")
    .filter((item) => wantsMetricAlarms && item.Timestamp >= since && (input.EndDate === undefined || item.Timestamp <= input.EndDate))
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

export function enumError(value: string, field: string, allowed: readonly string[]): AwsError {
  return new AwsError("ValidationException", `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(", ")}]`);
}

/** Dates in AWS's history form; a replacer sees Date.toJSON's result, so it reads the holder's raw member. */
function historyJson(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? reasonDataTime(raw.getTime()) : value;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
