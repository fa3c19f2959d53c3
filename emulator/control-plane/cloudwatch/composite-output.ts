import type { StoredComposite } from "./composite-types";

/** A CompositeAlarm as DescribeAlarms returns it: timestamps as Dates, absent optional members left out. */
export function compositeOutput(alarm: StoredComposite): Record<string, unknown> {
  const c = alarm.config;
  const out: Record<string, unknown> = {
    ActionsEnabled: c.ActionsEnabled,
    AlarmActions: [...c.AlarmActions],
    AlarmArn: alarm.AlarmArn,
    AlarmConfigurationUpdatedTimestamp: new Date(alarm.AlarmConfigurationUpdatedTimestamp),
    AlarmDescription: c.AlarmDescription,
    AlarmName: c.AlarmName,
    AlarmRule: c.AlarmRule,
    InsufficientDataActions: [...c.InsufficientDataActions],
    OKActions: [...c.OKActions],
    StateReason: alarm.StateReason,
    StateReasonData: alarm.StateReasonData,
    StateUpdatedTimestamp: new Date(alarm.StateUpdatedTimestamp),
    StateValue: alarm.StateValue,
    StateTransitionedTimestamp: new Date(alarm.StateTransitionedTimestamp),
    ActionsSuppressor: c.ActionsSuppressor,
    ActionsSuppressorWaitPeriod: c.ActionsSuppressorWaitPeriod,
    ActionsSuppressorExtensionPeriod: c.ActionsSuppressorExtensionPeriod,
  };
  return Object.fromEntries(Object.entries(out).filter(([, value]) => value !== undefined));
}
