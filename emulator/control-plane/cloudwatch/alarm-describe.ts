// DescribeAlarms (composite side in composite-describe.ts) and DescribeAlarmsForMetric: every alarm is evaluated first, so reads show the state the
// metric data asks for now.

import { AwsError } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { enumError } from "./alarm-history";
import { alarmOutput } from "./alarm-output";
import { refreshedAlarms } from "./alarm-refresh";
import { alarmStates, type StoredAlarm } from "./alarm-types";
import { checkRelationInput, childrenLists, parentsLists, type AlarmLists } from "./composite-describe";
import { compositeOutput } from "./composite-output";
import { refreshedComposites } from "./composite-refresh";
import { metricKey } from "./metric-store";
import { decodeNextToken, encodeNextToken } from "./next-token";
import type { Dimension } from "./types";

export interface DescribeAlarmsInput {
  readonly AlarmNames?: readonly string[];
  readonly AlarmNamePrefix?: string;
  readonly AlarmTypes?: readonly string[];
  readonly ChildrenOfAlarmName?: string;
  readonly ParentsOfAlarmName?: string;
  readonly StateValue?: string;
  readonly ActionPrefix?: string;
  readonly MaxRecords?: number;
  readonly NextToken?: string;
}

/** UNCONFIRMED: AWS does not document DescribeAlarms' default page size; 50 is what its CLI pages by. */
const DEFAULT_MAX_RECORDS = 50;
const alarmTypes = ["CompositeAlarm", "MetricAlarm"];

export function describeAlarms(ctx: OpContext, input: DescribeAlarmsInput): { MetricAlarms: Record<string, unknown>[]; CompositeAlarms: Record<string, unknown>[]; NextToken?: string } {
  validate(input);
  const offset = decodeNextToken(input.NextToken, "DescribeAlarms");
  const lists = alarmLists(ctx, input);
  // One page over metric alarms then composites, each entry remembering its list.
  const matching = [...lists.MetricAlarms.map((alarm) => ({ metric: true, alarm })), ...lists.CompositeAlarms.map((alarm) => ({ metric: false, alarm }))];
  const size = input.MaxRecords ?? DEFAULT_MAX_RECORDS;
  const next = offset + size;
  const page = matching.slice(offset, next);
  return {
    MetricAlarms: page.filter((entry) => entry.metric).map((entry) => entry.alarm),
    CompositeAlarms: page.filter((entry) => !entry.metric).map((entry) => entry.alarm),
    ...(next < matching.length ? { NextToken: encodeNextToken(next, "DescribeAlarms") } : {}),
  };
}

function alarmLists(ctx: OpContext, input: DescribeAlarmsInput): AlarmLists {
  if (input.ChildrenOfAlarmName !== undefined) return childrenLists(ctx, input.ChildrenOfAlarmName);
  if (input.ParentsOfAlarmName !== undefined) return parentsLists(ctx, input.ParentsOfAlarmName);
  // Without AlarmTypes, DescribeAlarms lists metric alarms only.
  const types = input.AlarmTypes === undefined || input.AlarmTypes.length === 0 ? ["MetricAlarm"] : input.AlarmTypes;
  return {
    MetricAlarms: types.includes("MetricAlarm") ? refreshedAlarms(ctx).filter((alarm) => matches(alarm, input)).map(alarmOutput) : [],
    CompositeAlarms: types.includes("CompositeAlarm") ? refreshedComposites(ctx).filter((alarm) => matches(alarm, input)).map(compositeOutput) : [],
  };
}

function validate(input: DescribeAlarmsInput): void {
  checkRelationInput({ ...input });
  if (input.AlarmNames !== undefined && input.AlarmNames.length > 0 && input.AlarmNamePrefix !== undefined) {
    throw new AwsError("InvalidParameterCombinationException", "AlarmNames and AlarmNamePrefix cannot be specified together.");
  }
  if (input.StateValue !== undefined && !(alarmStates as readonly string[]).includes(input.StateValue)) throw enumError(input.StateValue, "stateValue", alarmStates);
  for (const type of input.AlarmTypes ?? []) if (!alarmTypes.includes(type)) throw enumError(type, "alarmTypes", alarmTypes);
  if (input.AlarmNames !== undefined && input.AlarmNames.length > 100) {
    throw new AwsError("ValidationException", "1 validation error detected: Value at 'alarmNames' failed to satisfy constraint: Member must have length less than or equal to 100");
  }
  if (input.MaxRecords !== undefined && (input.MaxRecords < 1 || input.MaxRecords > 100)) {
    throw new AwsError("ValidationException", `1 validation error detected: Value '${input.MaxRecords}' at 'maxRecords' failed to satisfy constraint: Member must have value ${input.MaxRecords < 1 ? "greater than or equal to 1" : "less than or equal to 100"}`);
  }
}

/** What the filters look at, common to metric and composite alarms. */
type Filterable = Pick<StoredAlarm, "StateValue"> & { readonly config: Pick<StoredAlarm["config"], "AlarmName" | "OKActions" | "AlarmActions" | "InsufficientDataActions"> };

function matches(alarm: Filterable, input: DescribeAlarmsInput): boolean {
  const name = alarm.config.AlarmName;
  if (input.AlarmNames !== undefined && input.AlarmNames.length > 0 && !input.AlarmNames.includes(name)) return false;
  if (input.AlarmNamePrefix !== undefined && !name.startsWith(input.AlarmNamePrefix)) return false;
  if (input.StateValue !== undefined && alarm.StateValue !== input.StateValue) return false;
  if (input.ActionPrefix !== undefined) {
    const actions = [...alarm.config.OKActions, ...alarm.config.AlarmActions, ...alarm.config.InsufficientDataActions];
    if (!actions.some((action) => action.startsWith(input.ActionPrefix!))) return false;
  }
  return true;
}

export interface DescribeAlarmsForMetricInput {
  readonly MetricName: string;
  readonly Namespace: string;
  readonly Statistic?: string;
  readonly ExtendedStatistic?: string;
  readonly Dimensions: readonly Dimension[];
  readonly Period?: number;
  readonly Unit?: string;
}

/** Single-metric alarms on exactly this metric (dimensions included), narrowed by the optional fields given. */
export function describeAlarmsForMetric(ctx: OpContext, input: DescribeAlarmsForMetricInput): { MetricAlarms: Record<string, unknown>[] } {
  const key = metricKey({ namespace: input.Namespace, metricName: input.MetricName, dimensions: input.Dimensions });
  const matching = refreshedAlarms(ctx).filter(({ config: c }) => {
    if (c.Namespace === undefined || c.MetricName === undefined) return false;
    if (metricKey({ namespace: c.Namespace, metricName: c.MetricName, dimensions: c.Dimensions }) !== key) return false;
    return (["Statistic", "ExtendedStatistic", "Period", "Unit"] as const).every((field) => input[field] === undefined || input[field] === c[field]);
  });
  return { MetricAlarms: matching.map(alarmOutput) };
}
