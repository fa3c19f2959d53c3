// DescribeAlarms' composite side: CompositeAlarms for AlarmTypes, and the ChildrenOfAlarmName /
// ParentsOfAlarmName forms, which return only the members the API reference lists for them.

import { AwsError } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { childrenOf, childStatus, compositesTable } from "./composite-refresh";

export interface RelationInput {
  readonly ChildrenOfAlarmName?: string;
  readonly ParentsOfAlarmName?: string;
}

export interface AlarmLists {
  readonly MetricAlarms: Record<string, unknown>[];
  readonly CompositeAlarms: Record<string, unknown>[];
}

/** The API reference: with either parameter, only MaxRecords and NextToken may be given. UNCONFIRMED wording. */
export function checkRelationInput(input: RelationInput & Record<string, unknown>): void {
  const relation = input.ChildrenOfAlarmName !== undefined ? "ChildrenOfAlarmName" : input.ParentsOfAlarmName !== undefined ? "ParentsOfAlarmName" : undefined;
  if (relation === undefined) return;
  const others = Object.keys(input).filter((key) => key !== relation && key !== "MaxRecords" && key !== "NextToken" && given(input[key]));
  if (others.length > 0) {
    throw new AwsError("ValidationException", `If ${relation} is specified, no other parameters except MaxRecords and NextToken can be specified.`);
  }
}

/** An empty list (awsQuery's "AlarmNames=") counts as not given. */
const given = (value: unknown): boolean => value !== undefined && !(Array.isArray(value) && value.length === 0);

/** Children: name, ARN, StateValue and StateUpdatedTimestamp of every alarm the composite's rule references. */
export function childrenLists(ctx: OpContext, name: string): AlarmLists {
  const composite = compositesTable(ctx).get("", name);
  const lists: AlarmLists = { MetricAlarms: [], CompositeAlarms: [] };
  if (!composite) return lists;
  for (const child of childrenOf(ctx, composite).sort()) {
    const status = childStatus(ctx, child);
    if (!status) continue;
    const brief = { AlarmName: child, AlarmArn: status.arn, StateValue: status.state, StateUpdatedTimestamp: new Date(status.updatedAt) };
    (status.type === "MetricAlarm" ? lists.MetricAlarms : lists.CompositeAlarms).push(brief);
  }
  return lists;
}

/** Parents: name and ARN of every composite whose rule references the alarm. */
export function parentsLists(ctx: OpContext, name: string): AlarmLists {
  const parents = compositesTable(ctx)
    .list("")
    .filter((composite) => childrenOf(ctx, composite).includes(name))
    .map((composite) => ({ AlarmName: composite.config.AlarmName, AlarmArn: composite.AlarmArn }))
    .sort((a, b) => (a.AlarmName < b.AlarmName ? -1 : 1));
  return { MetricAlarms: [], CompositeAlarms: parents };
}
