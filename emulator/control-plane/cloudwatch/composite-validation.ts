// PutCompositeAlarm's checks. Length limits are the model's, worded as AWS words its other constraint errors;
// "Could not save the composite alarm as alarms [...] in the alarm rule do not exist" is AWS's (quoted in
// CloudFormation failures; the list's exact punctuation is UNCONFIRMED).

import { AwsError } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { parseAlarmRule, ruleAlarms } from "./alarm-rule";
import type { StoredAlarm } from "./alarm-types";
import { compositesTable, referencedName } from "./composite-refresh";
import type { CompositeConfig } from "./composite-types";
import { cloudWatchTables } from "./tables";

const MAX_ACTIONS = 5;
const validation = (message: string) => new AwsError("ValidationException", message);

export type CompositeInput = Omit<CompositeConfig, "ActionsEnabled"> & { readonly ActionsEnabled?: boolean };

export function validateComposite(ctx: OpContext, input: CompositeInput): CompositeConfig {
  checkLength(input.AlarmName, "alarmName", 1, 255);
  checkLength(input.AlarmRule, "alarmRule", 1, 10240);
  if (input.AlarmDescription !== undefined) checkLength(input.AlarmDescription, "alarmDescription", 0, 1024);
  for (const field of ["OKActions", "AlarmActions", "InsufficientDataActions"] as const) {
    if (input[field].length > MAX_ACTIONS) {
      throw validation(`1 validation error detected: Value at '${field[0]!.toLowerCase()}${field.slice(1)}' failed to satisfy constraint: Member must have length less than or equal to ${MAX_ACTIONS}`);
    }
  }
  if (ctx.state.table<StoredAlarm>(cloudWatchTables.alarms).has("", input.AlarmName)) {
    // UNCONFIRMED wording: alarm names are unique within the Region across both alarm types.
    throw validation(`The alarm ${input.AlarmName} already exists as a metric alarm.`);
  }
  const missing = ruleAlarms(parseAlarmRule(input.AlarmRule)).filter((ref) => !alarmExists(ctx, referencedName(ctx, ref)));
  if (missing.length > 0) throw validation(`Could not save the composite alarm as alarms [${missing.join(", ")}] in the alarm rule do not exist`);
  checkSuppressor(ctx, input);
  return { ...input, ActionsEnabled: input.ActionsEnabled ?? true };
}

export function alarmExists(ctx: OpContext, name: string): boolean {
  return ctx.state.table<StoredAlarm>(cloudWatchTables.alarms).has("", name) || compositesTable(ctx).has("", name);
}

/** UNCONFIRMED wording: the model says both periods are required with ActionsSuppressor, and it names an existing alarm. */
function checkSuppressor(ctx: OpContext, input: CompositeInput): void {
  if (input.ActionsSuppressor === undefined) {
    if (input.ActionsSuppressorWaitPeriod !== undefined || input.ActionsSuppressorExtensionPeriod !== undefined) {
      throw validation("ActionsSuppressorWaitPeriod and ActionsSuppressorExtensionPeriod can only be specified with ActionsSuppressor.");
    }
    return;
  }
  checkLength(input.ActionsSuppressor, "actionsSuppressor", 1, 1600);
  if (input.ActionsSuppressorWaitPeriod === undefined || input.ActionsSuppressorExtensionPeriod === undefined) {
    throw validation("ActionsSuppressorWaitPeriod and ActionsSuppressorExtensionPeriod are required when ActionsSuppressor is specified.");
  }
  if (!alarmExists(ctx, referencedName(ctx, input.ActionsSuppressor))) throw validation(`Could not save the composite alarm as the actions suppressor alarm ${input.ActionsSuppressor} does not exist`);
}

function checkLength(value: string, field: string, min: number, max: number): void {
  if (value.length >= min && value.length <= max) return;
  throw validation(`1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: Member must have length ${value.length < min ? `greater than or equal to ${min}` : `less than or equal to ${max}`}`);
}

/** PutMetricAlarm's side of name uniqueness. UNCONFIRMED wording. */
export function requireNotComposite(ctx: OpContext, name: string): void {
  if (compositesTable(ctx).has("", name)) throw validation(`The alarm ${name} already exists as a composite alarm.`);
}
