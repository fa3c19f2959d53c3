// Composite alarms as the sandbox keeps them: the PutCompositeAlarm configuration plus the state last settled on.

import type { AlarmBaseConfig, AlarmStatus } from "./alarm-types";

/** Kept apart from metric alarms so every metric-alarm reader stays as it is. */
export const compositeAlarmsTable = "cloudwatch.compositeAlarms"; // "" -> alarm name -> StoredComposite

export interface CompositeConfig extends AlarmBaseConfig {
  readonly AlarmRule: string;
  readonly ActionsSuppressor?: string;
  readonly ActionsSuppressorWaitPeriod?: number;
  readonly ActionsSuppressorExtensionPeriod?: number;
}

export interface StoredComposite extends AlarmStatus {
  readonly config: CompositeConfig;
  readonly AlarmArn: string;
  readonly AlarmConfigurationUpdatedTimestamp: number;
  /**
   * The children's states ("name=STATE|...") the state was last settled from. AWS re-evaluates a composite only
   * when a child changes state (or its configuration changes), which is also why SetAlarmState's state holds
   * until then; undefined means "evaluate at the next read".
   */
  readonly evaluatedFrom?: string;
}
