// Composite alarm operations that change alarms: PutCompositeAlarm, and the composite side of SetAlarmState,
// DeleteAlarms and Enable/DisableAlarmActions (alarms.ts hands composites over to these).

import { AwsError } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { recordConfigurationChange, recordStateChange } from "./alarm-history";
import { alarmArn, newAlarmRecord, type AlarmState } from "./alarm-types";
import { deleteTagsOf, putTags, type TagInput } from "./cloudwatch-tags";
import { compositeOutput } from "./composite-output";
import { childrenOf, compositesTable, currentChildren, refreshComposite } from "./composite-refresh";
import type { StoredComposite } from "./composite-types";
import { validateComposite, type CompositeInput } from "./composite-validation";


/**
 * AWS: a new composite starts in INSUFFICIENT_DATA and is then evaluated (here: at the next read); an update
 * keeps the state, replaces the whole configuration, ignores Tags and has the alarm re-evaluated. A rule may
 * close a cycle: AWS documents that this is possible, that a cycle's members cannot be deleted, and that
 * evaluation stops (isOnCycle keeps their state).
 */
export function putCompositeAlarm(ctx: OpContext, input: CompositeInput & { readonly Tags?: readonly TagInput[] }): void {
  const { Tags, ...compositeInput } = input;
  const config = validateComposite(ctx, compositeInput);
  const existing = compositesTable(ctx).get("", config.AlarmName);
  const arn = alarmArn(ctx, config.AlarmName);
  const stored: StoredComposite = existing
    ? { ...existing, config, AlarmConfigurationUpdatedTimestamp: ctx.now, evaluatedFrom: undefined }
    : { config, ...newAlarmRecord(arn, ctx.now) };
  if (!existing && Tags !== undefined) putTags(ctx.state, arn, Tags);
  compositesTable(ctx).put("", config.AlarmName, stored);
  const output = compositeOutput(stored);
  if (existing) recordConfigurationChange(ctx.state, config.AlarmName, ctx.now, "Update", output, compositeOutput(existing), "CompositeAlarm");
  else recordConfigurationChange(ctx.state, config.AlarmName, ctx.now, "Create", output, undefined, "CompositeAlarm");
}

export interface CompositeStateInput {
  readonly AlarmName: string;
  readonly StateValue: AlarmState;
  readonly StateReason: string;
  readonly StateReasonData?: string;
}

/**
 * SetAlarmState on a composite. AWS: the composite returns to its actual state only once one of its children
 * changes state (or its configuration is updated), so the state holds until the children's states differ.
 * Returns false when no composite has that name.
 */
export function setCompositeState(ctx: OpContext, input: CompositeStateInput): boolean {
  const stored = compositesTable(ctx).get("", input.AlarmName);
  if (!stored) return false;
  const alarm = refreshComposite(ctx, stored);
  if (input.StateValue !== alarm.StateValue) {
    recordStateChange(ctx.state, {
      name: input.AlarmName,
      alarmType: "CompositeAlarm",
      at: ctx.now,
      from: { value: alarm.StateValue, reason: alarm.StateReason },
      to: { value: input.StateValue, reason: input.StateReason, ...(input.StateReasonData !== undefined ? { reasonData: input.StateReasonData } : {}) },
    });
  }
  compositesTable(ctx).put("", input.AlarmName, {
    ...alarm,
    StateValue: input.StateValue,
    StateReason: input.StateReason,
    StateReasonData: input.StateReasonData,
    StateUpdatedTimestamp: ctx.now,
    StateTransitionedTimestamp: input.StateValue !== alarm.StateValue ? ctx.now : alarm.StateTransitionedTimestamp,
    evaluatedFrom: currentChildren(ctx, alarm).fingerprint,
  });
  return true;
}

/**
 * DeleteAlarms' composite rules, checked before anything is deleted. AWS: at most one composite per call, and
 * an alarm a composite depends on cannot be deleted ("Cannot delete a,b as there are composite alarm(s)
 * depending on them."). UNCONFIRMED: a composite deleted in the same call does not count as depending.
 */
export function checkDeletion(ctx: OpContext, names: readonly string[]): void {
  const composites = names.filter((name) => compositesTable(ctx).has("", name));
  // UNCONFIRMED wording: AWS documents the limit, not its message.
  if (new Set(composites).size > 1) throw new AwsError("ValidationException", "You can delete at most one composite alarm in one DeleteAlarms call.");
  const remaining = compositesTable(ctx).list("").filter((composite) => !names.includes(composite.config.AlarmName));
  const depended = new Set(remaining.flatMap((composite) => childrenOf(ctx, composite)));
  const blocked = [...new Set(names)].filter((name) => depended.has(name));
  if (blocked.length === 0) return;
  const them = blocked.length === 1 ? "it" : "them";
  throw new AwsError("ValidationException", `Cannot delete ${blocked.join(",")} as there are composite alarm(s) depending on ${them}.`);
}

/** Deletes a composite (after checkDeletion); false when no composite has that name. */
export function deleteComposite(ctx: OpContext, name: string): boolean {
  const existing = compositesTable(ctx).get("", name);
  if (!existing) return false;
  compositesTable(ctx).delete("", name);
  deleteTagsOf(ctx.state, existing.AlarmArn);
  recordConfigurationChange(ctx.state, name, ctx.now, "Delete", compositeOutput(existing), undefined, "CompositeAlarm");
  return true;
}

/** EnableAlarmActions / DisableAlarmActions on a composite; unknown names are skipped. */
export function setCompositeActionsEnabled(ctx: OpContext, name: string, enabled: boolean): void {
  const alarm = compositesTable(ctx).get("", name);
  if (!alarm || alarm.config.ActionsEnabled === enabled) return;
  compositesTable(ctx).put("", name, { ...alarm, config: { ...alarm.config, ActionsEnabled: enabled } });
}
