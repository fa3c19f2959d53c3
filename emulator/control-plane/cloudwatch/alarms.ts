// Metric alarm operations that change alarms: PutMetricAlarm, DeleteAlarms, SetAlarmState,
// EnableAlarmActions / DisableAlarmActions.

import { AwsError } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { enumError, recordConfigurationChange, recordStateChange } from "./alarm-history";
import { alarmOutput } from "./alarm-output";
import { alarmPeriod, alarmQueries, nextEvaluationAt, refreshAlarm } from "./alarm-refresh";
import { alarmArn, alarmStates, newAlarmRecord, type AlarmState, type StoredAlarm } from "./alarm-types";
import { validateAlarm, type AlarmInput } from "./alarm-validation";
import { deleteTagsOf, putTags, type TagInput } from "./cloudwatch-tags";
import { evaluateQueries } from "./metric-data-queries";
import { checkDeletion, deleteComposite, setCompositeActionsEnabled, setCompositeState } from "./composite-alarms";
import { requireNotComposite } from "./composite-validation";
import { cloudWatchTables } from "./tables";

const MAX_NAMES = 100;

const alarmsTable = (ctx: OpContext) => ctx.state.table<StoredAlarm>(cloudWatchTables.alarms);

export function putMetricAlarm(ctx: OpContext, input: AlarmInput & { readonly Tags?: readonly TagInput[] }): void {
  const { Tags, ...alarmInput } = input;
  const config = validateAlarm(alarmInput);
  requireNotComposite(ctx, config.AlarmName);
  // The queries must be ones GetMetricData would accept (ids, expressions, statistics).
  evaluateQueries(ctx, { MetricDataQueries: alarmQueries(config), StartTime: ctx.now - alarmPeriod(config) * 1000, EndTime: ctx.now });
  const existing = alarmsTable(ctx).get("", config.AlarmName);
  const arn = alarmArn(ctx, config.AlarmName);
  // An update keeps the alarm's state and ignores Tags (AWS: change tags with TagResource).
  const stored: StoredAlarm = existing
    ? { ...existing, config, AlarmConfigurationUpdatedTimestamp: ctx.now }
    : { config, ...newAlarmRecord(arn, ctx.now) };
  if (!existing && Tags !== undefined) putTags(ctx.state, arn, Tags);
  alarmsTable(ctx).put("", config.AlarmName, stored);
  if (existing) recordConfigurationChange(ctx.state, config.AlarmName, ctx.now, "Update", alarmOutput(stored), alarmOutput(existing));
  else recordConfigurationChange(ctx.state, config.AlarmName, ctx.now, "Create", alarmOutput(stored));
}

/** AWS: names that match no alarm are skipped; the alarms that do exist are still deleted. */
export function deleteAlarms(ctx: OpContext, input: { readonly AlarmNames: readonly string[] }): void {
  requireNameCount(input.AlarmNames, "alarmNames");
  checkDeletion(ctx, input.AlarmNames);
  for (const name of input.AlarmNames) {
    const existing = alarmsTable(ctx).get("", name);
    if (!existing) {
      deleteComposite(ctx, name);
      continue;
    }
    alarmsTable(ctx).delete("", name);
    deleteTagsOf(ctx.state, existing.AlarmArn);
    recordConfigurationChange(ctx.state, name, ctx.now, "Delete", alarmOutput(existing));
  }
}

export interface SetAlarmStateInput {
  readonly AlarmName: string;
  readonly StateValue: string;
  readonly StateReason: string;
  readonly StateReasonData?: string;
}

export function setAlarmState(ctx: OpContext, input: SetAlarmStateInput): void {
  if (!(alarmStates as readonly string[]).includes(input.StateValue)) throw enumError(input.StateValue, "stateValue", alarmStates);
  if (input.StateReason.length > 1023) {
    throw new AwsError("ValidationException", "1 validation error detected: Value at 'stateReason' failed to satisfy constraint: Member must have length less than or equal to 1023");
  }
  if (input.StateReasonData !== undefined) requireJson(input.StateReasonData);
  const stored = alarmsTable(ctx).get("", input.AlarmName);
  if (!stored && setCompositeState(ctx, { ...input, StateValue: input.StateValue as AlarmState })) return;
  if (!stored) throw new AwsError("ResourceNotFound", `Alarm ${input.AlarmName} not found`);
  // A change the data already asks for is recorded first, so the manual change starts from the current state.
  const alarm = refreshAlarm(ctx, stored);
  const to = input.StateValue as AlarmState;
  if (to !== alarm.StateValue) {
    recordStateChange(ctx.state, {
      name: input.AlarmName,
      at: ctx.now,
      from: { value: alarm.StateValue, reason: alarm.StateReason },
      to: { value: to, reason: input.StateReason, ...(input.StateReasonData !== undefined ? { reasonData: input.StateReasonData } : {}) },
    });
  }
  alarmsTable(ctx).put("", input.AlarmName, {
    ...alarm,
    StateValue: to,
    StateReason: input.StateReason,
    StateReasonData: input.StateReasonData,
    StateUpdatedTimestamp: ctx.now,
    StateTransitionedTimestamp: to !== alarm.StateValue ? ctx.now : alarm.StateTransitionedTimestamp,
    heldUntil: nextEvaluationAt(ctx.now),
  });
}

/** EnableAlarmActions / DisableAlarmActions: unknown names are skipped, as DeleteAlarms does. */
export function setAlarmActionsEnabled(ctx: OpContext, input: { readonly AlarmNames: readonly string[] }, enabled: boolean): void {
  requireNameCount(input.AlarmNames, "alarmNames");
  for (const name of input.AlarmNames) {
    const alarm = alarmsTable(ctx).get("", name);
    if (!alarm) setCompositeActionsEnabled(ctx, name, enabled);
    if (!alarm || alarm.config.ActionsEnabled === enabled) continue;
    alarmsTable(ctx).put("", name, { ...alarm, config: { ...alarm.config, ActionsEnabled: enabled } });
  }
}

function requireNameCount(names: readonly string[], field: string): void {
  if (names.length > MAX_NAMES) {
    throw new AwsError("ValidationException", `1 validation error detected: Value at '${field}' failed to satisfy constraint: Member must have length less than or equal to ${MAX_NAMES}`);
  }
}

function requireJson(text: string): void {
  try {
    JSON.parse(text);
  } catch {
    throw new AwsError("InvalidFormatFault", "Data was not syntactically valid JSON");
  }
}
