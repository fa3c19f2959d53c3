import { AwsError } from "../../protocol/aws-error";
import type { ScopeState } from "../../store/store";
import { reasonDataTime } from "./alarm-evaluation";
import type { AlarmState, AlarmType, StoredHistoryItem } from "./alarm-types";
import { cloudWatchTables } from "./tables";

// Alarm history as AWS records it: ConfigurationUpdate and StateUpdate items with their JSON HistoryData.

export function recordHistory(state: ScopeState, item: StoredHistoryItem): void {
  const table = state.table<StoredHistoryItem>(cloudWatchTables.alarmHistory);
  // Keys sort by time; the count keeps two items in the same millisecond apart and in order.
  const key = `${String(item.Timestamp).padStart(15, "0")}|${String(table.count("")).padStart(9, "0")}`;
  table.put("", key, item);
}

export interface StateChange {
  readonly name: string;
  readonly alarmType?: AlarmType;
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
    AlarmType: change.alarmType ?? "MetricAlarm",
    Timestamp: change.at,
    HistoryItemType: "StateUpdate",
    HistorySummary: `Alarm updated from ${change.from.value} to ${change.to.value}`,
    HistoryData: JSON.stringify({ version: "1.0", oldState: { stateValue: change.from.value, stateReason: change.from.reason }, newState }),
  });
}

/** A ConfigurationUpdate item: "Alarm "x" created", "updated" or "deleted", with the configuration as JSON. */
export function recordConfigurationChange(state: ScopeState, name: string, at: number, kind: "Create" | "Update" | "Delete", alarm: object, original?: object, alarmType: AlarmType = "MetricAlarm"): void {
  const verb = { Create: "created", Update: "updated", Delete: "deleted" }[kind];
  const body = { Create: { createdAlarm: alarm }, Update: { updatedAlarm: alarm, originalAlarm: original }, Delete: { deletedAlarm: alarm } }[kind];
  recordHistory(state, {
    AlarmName: name,
    AlarmType: alarmType,
    Timestamp: at,
    HistoryItemType: "ConfigurationUpdate",
    HistorySummary: `Alarm "${name}" ${verb}`,
    HistoryData: JSON.stringify({ version: "1.0", type: kind, ...body }, historyJson),
  });
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
