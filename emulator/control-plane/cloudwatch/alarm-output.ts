import type { MetricDataQueryInput } from "./metric-data-queries";
import type { StoredAlarm } from "./alarm-types";

/** A MetricAlarm as DescribeAlarms returns it: timestamps as Dates, absent optional members left out. */
export function alarmOutput(alarm: StoredAlarm): Record<string, unknown> {
  const c = alarm.config;
  const out: Record<string, unknown> = {
    AlarmName: c.AlarmName,
    AlarmArn: alarm.AlarmArn,
    AlarmDescription: c.AlarmDescription,
    AlarmConfigurationUpdatedTimestamp: new Date(alarm.AlarmConfigurationUpdatedTimestamp),
    ActionsEnabled: c.ActionsEnabled,
    OKActions: [...c.OKActions],
    AlarmActions: [...c.AlarmActions],
    InsufficientDataActions: [...c.InsufficientDataActions],
    StateValue: alarm.StateValue,
    StateReason: alarm.StateReason,
    StateReasonData: alarm.StateReasonData,
    StateUpdatedTimestamp: new Date(alarm.StateUpdatedTimestamp),
    MetricName: c.MetricName,
    Namespace: c.Namespace,
    Statistic: c.Statistic,
    ExtendedStatistic: c.ExtendedStatistic,
    Dimensions: c.Dimensions.map((d) => ({ Name: d.Name, Value: d.Value })),
    Period: c.Period,
    Unit: c.Unit,
    EvaluationPeriods: c.EvaluationPeriods,
    DatapointsToAlarm: c.DatapointsToAlarm,
    Threshold: c.Threshold,
    ComparisonOperator: c.ComparisonOperator,
    TreatMissingData: c.TreatMissingData,
    EvaluateLowSampleCountPercentile: c.EvaluateLowSampleCountPercentile,
    Metrics: c.Metrics?.map(queryOutput),
    StateTransitionedTimestamp: new Date(alarm.StateTransitionedTimestamp),
  };
  return Object.fromEntries(Object.entries(out).filter(([, value]) => value !== undefined));
}

function queryOutput(query: MetricDataQueryInput): Record<string, unknown> {
  const stat = query.MetricStat;
  return Object.fromEntries(
    Object.entries({
      Id: query.Id,
      MetricStat: stat && {
        Metric: { Namespace: stat.Metric.Namespace, MetricName: stat.Metric.MetricName, Dimensions: stat.Metric.Dimensions.map((d) => ({ Name: d.Name, Value: d.Value })) },
        Period: stat.Period,
        Stat: stat.Stat,
        ...(stat.Unit !== undefined ? { Unit: stat.Unit } : {}),
      },
      Expression: query.Expression,
      Label: query.Label,
      ReturnData: query.ReturnData,
      Period: query.Period,
    }).filter(([, value]) => value !== undefined),
  );
}
