// TagResource, UntagResource and ListTagsForResource on alarms (arn:aws:cloudwatch:{region}:{account}:alarm:{name})
// and dashboards (arn:aws:cloudwatch::{account}:dashboard/{name}), the CloudWatch resources the sandbox has.

import { AwsError } from "../../protocol/aws-error";
import type { ScopeState } from "../../store/store";
import type { OpContext } from "../op-context";
import type { StoredAlarm } from "./alarm-types";
import { compositeAlarmsTable } from "./composite-types";
import { cloudWatchTables } from "./tables";

export interface TagInput {
  readonly Key: string;
  readonly Value: string;
}

/** AWS: as many as 50 tags per CloudWatch resource. */
const MAX_TAGS = 50;
const invalid = (message: string) => new AwsError("InvalidParameterValueException", message);

const tagTable = (state: ScopeState) => state.table<TagInput>(cloudWatchTables.tags);

export function validateTags(tags: readonly TagInput[]): void {
  if (tags.length > MAX_TAGS) throw invalid(`The collection Tags must not have a size greater than ${MAX_TAGS}.`);
  tags.forEach((tag, index) => {
    if (tag.Key.length < 1 || tag.Key.length > 128) throw invalid(`The parameter Tags.member.${index + 1}.Key must be between 1 and 128 characters long.`);
    if (tag.Value.length > 256) throw invalid(`The parameter Tags.member.${index + 1}.Value must be no longer than 256 characters.`);
    if (tag.Key.toLowerCase().startsWith("aws:")) throw invalid(`The value ${tag.Key} for parameter Tags.member.${index + 1}.Key is invalid: the prefix "aws:" is reserved for AWS.`);
  });
}

/** Adds or replaces tags; the resource may end up with at most 50. */
export function putTags(state: ScopeState, arn: string, tags: readonly TagInput[]): void {
  validateTags(tags);
  const table = tagTable(state);
  const newKeys = new Set(tags.map((tag) => tag.Key).filter((key) => !table.has(arn, key)));
  if (table.count(arn) + newKeys.size > MAX_TAGS) throw new AwsError("LimitExceededFault", `A resource can have at most ${MAX_TAGS} tags.`);
  for (const tag of tags) table.put(arn, tag.Key, { Key: tag.Key, Value: tag.Value });
}

export function deleteTagsOf(state: ScopeState, arn: string): void {
  tagTable(state).deleteGroup(arn);
}

export function tagResource(ctx: OpContext, input: { readonly ResourceARN: string; readonly Tags: readonly TagInput[] }): void {
  requireResource(ctx, input.ResourceARN);
  putTags(ctx.state, input.ResourceARN, input.Tags);
}

export function untagResource(ctx: OpContext, input: { readonly ResourceARN: string; readonly TagKeys: readonly string[] }): void {
  requireResource(ctx, input.ResourceARN);
  for (const key of input.TagKeys) tagTable(ctx.state).delete(input.ResourceARN, key);
}

export function listTagsForResource(ctx: OpContext, input: { readonly ResourceARN: string }): { Tags: TagInput[] } {
  requireResource(ctx, input.ResourceARN);
  return { Tags: tagTable(ctx.state).list(input.ResourceARN).map((tag) => ({ Key: tag.Key, Value: tag.Value })) };
}

const alarmArnPattern = /^arn:aws:cloudwatch:([^:]*):(\d{12}):alarm:(.+)$/;
const dashboardArnPattern = /^arn:aws:cloudwatch::(\d{12}):dashboard\/(.+)$/;

/** The ARN must name an alarm or dashboard of this account (and region, for alarms) that exists. */
function requireResource(ctx: OpContext, arn: string): void {
  const alarm = alarmArnPattern.exec(arn);
  const dashboard = dashboardArnPattern.exec(arn);
  if (!alarm && !dashboard && !/^arn:aws:cloudwatch:/.test(arn)) throw invalid(`The value ${arn} for parameter ResourceARN is not a valid CloudWatch ARN.`);
  const exists = alarm
    ? alarm[1] === ctx.region && alarm[2] === ctx.accountId && (ctx.state.table<StoredAlarm>(cloudWatchTables.alarms).has("", alarm[3]!) || ctx.state.table(compositeAlarmsTable).has("", alarm[3]!))
    : dashboard
      ? dashboard[1] === ctx.accountId && ctx.state.table(cloudWatchTables.dashboards).has("", dashboard[2]!)
      : false;
  if (!exists) throw new AwsError("ResourceNotFoundException", `The specified resource does not exist: ${arn}`);
}
