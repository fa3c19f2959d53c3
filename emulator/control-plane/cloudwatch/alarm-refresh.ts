// Lazy alarm evaluation: no timers; an alarm's state is brought up to date whenever it is read, from the metric
// data already in the sandbox, through the same query evaluation GetMetricData uses.

import { AwsError } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { evaluateAlarm, evaluationRange } from "./alarm-evaluation";
import { recordStateChange } from "./alarm-history";
import type { AlarmConfig, StoredAlarm } from "./alarm-types";
import { evaluateQueries, type MetricDataQueryInput } from "./metric-data-queries";
import { cloudWatchTables } from "./tables";

const MINUTE_MS = 60_000;

/** The alarm's period: its own, or (metric math) that of the query it alarms on, else of its first metric. */
export function alarmPeriod(config: Pick<AlarmConfig, "Period" | "Metrics">): number {
  if (config.Period !== undefined) return config.Period;
  const returning = config.Metrics?.find((query) => query.ReturnData !== false);
  return returning?.MetricStat?.Period ?? returning?.Period ?? config.Metrics?.find((query) => query.MetricStat)?.MetricStat?.Period ?? 60;
}

/** The queries GetMetricData would run for this alarm; the alarm's own series is the one returned. */
export function alarmQueries(config: AlarmConfig): readonly MetricDataQueryInput[] {
  if (config.Metrics !== undefined && config.Metrics.length > 0) return config.Metrics;
  const metric = { Namespace: config.Namespace!, MetricName: config.MetricName!, Dimensions: config.Dimensions };
  const stat = { Metric: metric, Period: config.Period!, Stat: (config.Statistic ?? config.ExtendedStatistic)!, ...(config.Unit !== undefined ? { Unit: config.Unit } : {}) };
  return [{ Id: "m1", MetricStat: stat, ReturnData: true }];
}

/** The alarm's values over [start, end) by period start. */
export function alarmSeries(ctx: OpContext, config: AlarmConfig, range: { start: number; end: number }): ReadonlyMap<number, number> {
  const series = evaluateQueries(ctx, { MetricDataQueries: alarmQueries(config), StartTime: range.start, EndTime: range.end });
  return series[0]?.points ?? new Map();
}

/** SetAlarmState's state holds until CloudWatch's next evaluation: the next whole minute. */
export const nextEvaluationAt = (now: number): number => Math.floor(now / MINUTE_MS) * MINUTE_MS + MINUTE_MS;

/** Re-evaluates one alarm at ctx.now; stores and records a state change when the data asks for one. */
export function refreshAlarm(ctx: OpContext, alarm: StoredAlarm): StoredAlarm {
  if (alarm.heldUntil !== undefined && ctx.now < alarm.heldUntil) return alarm;
  const period = alarmPeriod(alarm.config);
  let series: ReadonlyMap<number, number>;
  try {
    series = alarmSeries(ctx, alarm.config, evaluationRange(ctx.now, period, alarm.config.EvaluationPeriods));
  } catch (error) {
    // An alarm whose queries cannot run (a statistic the sandbox lacks, say) keeps its state rather than failing reads.
    if (error instanceof AwsError) return alarm;
    throw error;
  }
  const statistic = alarm.config.Statistic ?? alarm.config.ExtendedStatistic;
  const result = evaluateAlarm({ rule: alarm.config, period, series, now: ctx.now, current: alarm.StateValue, ...(statistic !== undefined ? { statistic } : {}) });
  if (!result || result.state === alarm.StateValue) return alarm;
  recordStateChange(ctx.state, {
    name: alarm.config.AlarmName,
    at: ctx.now,
    from: { value: alarm.StateValue, reason: alarm.StateReason },
    to: { value: result.state, reason: result.reason, reasonData: result.reasonData },
  });
  const updated: StoredAlarm = {
    ...alarm,
    heldUntil: undefined,
    StateValue: result.state,
    StateReason: result.reason,
    StateReasonData: result.reasonData,
    StateUpdatedTimestamp: ctx.now,
    StateTransitionedTimestamp: ctx.now,
  };
  ctx.state.table<StoredAlarm>(cloudWatchTables.alarms).put("", alarm.config.AlarmName, updated);
  return updated;
}

/** Every alarm of the account+region, up to date, by name. */
export function refreshedAlarms(ctx: OpContext): StoredAlarm[] {
  return ctx.state
    .table<StoredAlarm>(cloudWatchTables.alarms)
    .list("")
    .map((alarm) => refreshAlarm(ctx, alarm))
    .sort((a, b) => (a.config.AlarmName < b.config.AlarmName ? -1 : a.config.AlarmName > b.config.AlarmName ? 1 : 0));
}
