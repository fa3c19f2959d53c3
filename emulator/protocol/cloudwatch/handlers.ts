import { notImplemented } from "../aws-error";
import type { OpContext } from "../../control-plane/op-context";
import { putMetricData, type MetricDatumInput, type PutMetricDataInput, type StatisticSet } from "../../control-plane/cloudwatch/put-metric-data";
import { getMetricData } from "../../control-plane/cloudwatch/get-metric-data";
import { getMetricStatistics } from "../../control-plane/cloudwatch/get-metric-statistics";
import { listMetrics, type DimensionFilter } from "../../control-plane/cloudwatch/list-metrics";
import type { MetricDataQueryInput, MetricStatInput } from "../../control-plane/cloudwatch/metric-data-queries";
import type { Dimension } from "../../control-plane/cloudwatch/types";
import { deleteAlarms, putMetricAlarm, setAlarmActionsEnabled, setAlarmState } from "../../control-plane/cloudwatch/alarms";
import { describeAlarms, describeAlarmsForMetric } from "../../control-plane/cloudwatch/alarm-describe";
import { putCompositeAlarm } from "../../control-plane/cloudwatch/composite-alarms";
import { describeAlarmHistory } from "../../control-plane/cloudwatch/alarm-history-read";
import type { AlarmInput } from "../../control-plane/cloudwatch/alarm-validation";
import { deleteDashboards, getDashboard, listDashboards, putDashboard } from "../../control-plane/cloudwatch/dashboards";
import { listTagsForResource, tagResource, untagResource, type TagInput } from "../../control-plane/cloudwatch/cloudwatch-tags";
import * as read from "./input";
import type { Members } from "./input";

/** Reads one operation's input (shape only) and runs the control-plane operation; undefined means no output. */
export type CloudWatchHandler = (input: Members, ctx: OpContext) => object | undefined;

export const cloudWatchHandlers: Record<string, CloudWatchHandler> = {
  PutMetricData(input, ctx) {
    if (input.EntityMetricData !== undefined) throw notImplemented("CloudWatch", "PutMetricData with EntityMetricData");
    putMetricData(ctx, putMetricDataInput(input));
    return undefined;
  },

  GetMetricData(input, ctx) {
    return getMetricData(ctx, {
      MetricDataQueries: read.requiredList(input, "MetricDataQueries", "MetricDataQueries", metricDataQuery),
      StartTime: read.requiredTimestamp(input, "StartTime"),
      EndTime: read.requiredTimestamp(input, "EndTime"),
      NextToken: read.optionalString(input, "NextToken"),
      ScanBy: read.optionalString(input, "ScanBy"),
      MaxDatapoints: read.optionalInteger(input, "MaxDatapoints"),
    });
  },

  GetMetricStatistics(input, ctx) {
    return getMetricStatistics(ctx, {
      Namespace: read.requiredString(input, "Namespace"),
      MetricName: read.requiredString(input, "MetricName"),
      Dimensions: read.optionalList(input, "Dimensions", "Dimensions", dimension) ?? [],
      StartTime: read.requiredTimestamp(input, "StartTime"),
      EndTime: read.requiredTimestamp(input, "EndTime"),
      Period: read.requiredInteger(input, "Period"),
      Statistics: read.optionalList(input, "Statistics", "Statistics", read.stringItem),
      ExtendedStatistics: read.optionalList(input, "ExtendedStatistics", "ExtendedStatistics", read.stringItem),
      Unit: read.optionalString(input, "Unit"),
    });
  },

  ListMetrics(input, ctx) {
    return listMetrics(ctx, {
      Namespace: read.optionalString(input, "Namespace"),
      MetricName: read.optionalString(input, "MetricName"),
      Dimensions: read.optionalList(input, "Dimensions", "Dimensions", dimensionFilter) ?? [],
      NextToken: read.optionalString(input, "NextToken"),
      RecentlyActive: read.optionalString(input, "RecentlyActive"),
    });
  },

  PutMetricAlarm(input, ctx) {
    putMetricAlarm(ctx, { ...alarmInput(input), ...defined({ Tags: read.optionalList(input, "Tags", "Tags", tag) }) });
    return undefined;
  },

  PutCompositeAlarm(input, ctx) {
    const strings = (name: string) => read.optionalList(input, name, name, read.stringItem) ?? [];
    putCompositeAlarm(ctx, defined({
      AlarmName: read.requiredString(input, "AlarmName"),
      AlarmRule: read.requiredString(input, "AlarmRule"),
      AlarmDescription: read.optionalString(input, "AlarmDescription"),
      ActionsEnabled: read.optionalBoolean(input, "ActionsEnabled"),
      OKActions: strings("OKActions"),
      AlarmActions: strings("AlarmActions"),
      InsufficientDataActions: strings("InsufficientDataActions"),
      ActionsSuppressor: read.optionalString(input, "ActionsSuppressor"),
      ActionsSuppressorWaitPeriod: read.optionalInteger(input, "ActionsSuppressorWaitPeriod"),
      ActionsSuppressorExtensionPeriod: read.optionalInteger(input, "ActionsSuppressorExtensionPeriod"),
      Tags: read.optionalList(input, "Tags", "Tags", tag),
    }));
    return undefined;
  },

  DescribeAlarms(input, ctx) {
    return describeAlarms(ctx, defined({
      AlarmNames: read.optionalList(input, "AlarmNames", "AlarmNames", read.stringItem),
      AlarmNamePrefix: read.optionalString(input, "AlarmNamePrefix"),
      AlarmTypes: read.optionalList(input, "AlarmTypes", "AlarmTypes", read.stringItem),
      ChildrenOfAlarmName: read.optionalString(input, "ChildrenOfAlarmName"),
      ParentsOfAlarmName: read.optionalString(input, "ParentsOfAlarmName"),
      StateValue: read.optionalString(input, "StateValue"),
      ActionPrefix: read.optionalString(input, "ActionPrefix"),
      MaxRecords: read.optionalInteger(input, "MaxRecords"),
      NextToken: read.optionalString(input, "NextToken"),
    }));
  },

  DescribeAlarmsForMetric(input, ctx) {
    return describeAlarmsForMetric(ctx, defined({
      MetricName: read.requiredString(input, "MetricName"),
      Namespace: read.requiredString(input, "Namespace"),
      Statistic: read.optionalString(input, "Statistic"),
      ExtendedStatistic: read.optionalString(input, "ExtendedStatistic"),
      Dimensions: read.optionalList(input, "Dimensions", "Dimensions", dimension) ?? [],
      Period: read.optionalInteger(input, "Period"),
      Unit: read.optionalString(input, "Unit"),
    }));
  },

  DeleteAlarms(input, ctx) {
    deleteAlarms(ctx, { AlarmNames: read.requiredList(input, "AlarmNames", "AlarmNames", read.stringItem) });
    return undefined;
  },

  SetAlarmState(input, ctx) {
    setAlarmState(ctx, defined({
      AlarmName: read.requiredString(input, "AlarmName"),
      StateValue: read.requiredString(input, "StateValue"),
      StateReason: read.requiredString(input, "StateReason"),
      StateReasonData: read.optionalString(input, "StateReasonData"),
    }));
    return undefined;
  },

  EnableAlarmActions(input, ctx) {
    setAlarmActionsEnabled(ctx, { AlarmNames: read.requiredList(input, "AlarmNames", "AlarmNames", read.stringItem) }, true);
    return undefined;
  },

  DisableAlarmActions(input, ctx) {
    setAlarmActionsEnabled(ctx, { AlarmNames: read.requiredList(input, "AlarmNames", "AlarmNames", read.stringItem) }, false);
    return undefined;
  },

  DescribeAlarmHistory(input, ctx) {
    if (input.AlarmContributorId !== undefined) throw notImplemented("CloudWatch", "DescribeAlarmHistory with AlarmContributorId");
    return describeAlarmHistory(ctx, defined({
      AlarmName: read.optionalString(input, "AlarmName"),
      AlarmTypes: read.optionalList(input, "AlarmTypes", "AlarmTypes", read.stringItem),
      HistoryItemType: read.optionalString(input, "HistoryItemType"),
      StartDate: read.optionalTimestamp(input, "StartDate"),
      EndDate: read.optionalTimestamp(input, "EndDate"),
      MaxRecords: read.optionalInteger(input, "MaxRecords"),
      NextToken: read.optionalString(input, "NextToken"),
      ScanBy: read.optionalString(input, "ScanBy"),
    }));
  },

  PutDashboard(input, ctx) {
    return putDashboard(ctx, defined({
      DashboardName: read.requiredString(input, "DashboardName"),
      DashboardBody: read.requiredString(input, "DashboardBody"),
      Tags: read.optionalList(input, "Tags", "Tags", tag),
    }));
  },

  GetDashboard(input, ctx) {
    return getDashboard(ctx, { DashboardName: read.requiredString(input, "DashboardName") });
  },

  ListDashboards(input, ctx) {
    return listDashboards(ctx, defined({
      DashboardNamePrefix: read.optionalString(input, "DashboardNamePrefix"),
      NextToken: read.optionalString(input, "NextToken"),
    }));
  },

  DeleteDashboards(input, ctx) {
    deleteDashboards(ctx, { DashboardNames: read.requiredList(input, "DashboardNames", "DashboardNames", read.stringItem) });
    return {};
  },

  TagResource(input, ctx) {
    tagResource(ctx, { ResourceARN: read.requiredString(input, "ResourceARN"), Tags: read.requiredList(input, "Tags", "Tags", tag) });
    return {};
  },

  UntagResource(input, ctx) {
    untagResource(ctx, { ResourceARN: read.requiredString(input, "ResourceARN"), TagKeys: read.requiredList(input, "TagKeys", "TagKeys", read.stringItem) });
    return {};
  },

  ListTagsForResource(input, ctx) {
    return listTagsForResource(ctx, { ResourceARN: read.requiredString(input, "ResourceARN") });
  },
};

function alarmInput(input: Members): AlarmInput {
  const strings = (name: string) => read.optionalList(input, name, name, read.stringItem) ?? [];
  if (input.EvaluationCriteria !== undefined || input.EvaluationInterval !== undefined) {
    throw notImplemented("CloudWatch", "PutMetricAlarm with EvaluationCriteria or EvaluationInterval (Metrics Insights / PromQL alarms)");
  }
  return defined({
    AlarmName: read.requiredString(input, "AlarmName"),
    AlarmDescription: read.optionalString(input, "AlarmDescription"),
    ActionsEnabled: read.optionalBoolean(input, "ActionsEnabled"),
    OKActions: strings("OKActions"),
    AlarmActions: strings("AlarmActions"),
    InsufficientDataActions: strings("InsufficientDataActions"),
    MetricName: read.optionalString(input, "MetricName"),
    Namespace: read.optionalString(input, "Namespace"),
    Statistic: read.optionalString(input, "Statistic"),
    ExtendedStatistic: read.optionalString(input, "ExtendedStatistic"),
    Dimensions: read.optionalList(input, "Dimensions", "Dimensions", dimension) ?? [],
    Period: read.optionalInteger(input, "Period"),
    Unit: read.optionalString(input, "Unit"),
    EvaluationPeriods: read.requiredInteger(input, "EvaluationPeriods"),
    DatapointsToAlarm: read.optionalInteger(input, "DatapointsToAlarm"),
    Threshold: read.optionalNumber(input, "Threshold"),
    ComparisonOperator: read.requiredString(input, "ComparisonOperator"),
    TreatMissingData: read.optionalString(input, "TreatMissingData"),
    EvaluateLowSampleCountPercentile: read.optionalString(input, "EvaluateLowSampleCountPercentile"),
    Metrics: read.optionalList(input, "Metrics", "Metrics", metricDataQuery),
    ThresholdMetricId: read.optionalString(input, "ThresholdMetricId"),
  });
}

function tag(item: unknown, path: string): TagInput {
  const members = read.struct(item, path);
  return { Key: read.requiredString(members, "Key", `${path}.Key`), Value: read.requiredString(members, "Value", `${path}.Value`) };
}

function dimension(item: unknown, path: string): Dimension {
  const members = read.struct(item, path);
  return { Name: read.requiredString(members, "Name", `${path}.Name`), Value: read.requiredString(members, "Value", `${path}.Value`) };
}

function dimensionFilter(item: unknown, path: string): DimensionFilter {
  const members = read.struct(item, path);
  const Value = read.optionalString(members, "Value", `${path}.Value`);
  return { Name: read.requiredString(members, "Name", `${path}.Name`), ...(Value !== undefined ? { Value } : {}) };
}

/** PutMetricData's input, shape-checked; shared with the sandbox admin endpoint that takes the same JSON body. */
export function putMetricDataInput(input: Members): PutMetricDataInput {
  return {
    Namespace: read.requiredString(input, "Namespace"),
    MetricData: read.optionalList(input, "MetricData", "MetricData", metricDatum) ?? [],
  };
}

function metricDatum(item: unknown, path: string): MetricDatumInput {
  const members = read.struct(item, path);
  const statistics = read.optionalStruct(members, "StatisticValues", `${path}.StatisticValues`);
  return defined({
    MetricName: read.requiredString(members, "MetricName", `${path}.MetricName`),
    Dimensions: read.optionalList(members, "Dimensions", `${path}.Dimensions`, dimension) ?? [],
    Timestamp: read.optionalTimestamp(members, "Timestamp", `${path}.Timestamp`),
    Value: read.optionalNumber(members, "Value", `${path}.Value`),
    Values: read.optionalList(members, "Values", `${path}.Values`, read.numberItem),
    Counts: read.optionalList(members, "Counts", `${path}.Counts`, read.numberItem),
    StatisticValues: statistics && statisticSet(statistics, `${path}.StatisticValues`),
    Unit: read.optionalString(members, "Unit", `${path}.Unit`),
    StorageResolution: read.optionalInteger(members, "StorageResolution", `${path}.StorageResolution`),
  });
}

function statisticSet(members: Members, path: string): StatisticSet {
  return {
    SampleCount: read.requiredNumber(members, "SampleCount", `${path}.SampleCount`),
    Sum: read.requiredNumber(members, "Sum", `${path}.Sum`),
    Minimum: read.requiredNumber(members, "Minimum", `${path}.Minimum`),
    Maximum: read.requiredNumber(members, "Maximum", `${path}.Maximum`),
  };
}

function metricDataQuery(item: unknown, path: string): MetricDataQueryInput {
  const members = read.struct(item, path);
  if (members.AccountId !== undefined) throw notImplemented("CloudWatch", "GetMetricData with AccountId (cross-account queries)");
  return defined({
    Id: read.requiredString(members, "Id", `${path}.Id`),
    MetricStat: members.MetricStat === undefined ? undefined : metricStat(read.requiredStruct(members, "MetricStat", `${path}.MetricStat`), `${path}.MetricStat`),
    Expression: read.optionalString(members, "Expression", `${path}.Expression`),
    Label: read.optionalString(members, "Label", `${path}.Label`),
    ReturnData: read.optionalBoolean(members, "ReturnData", `${path}.ReturnData`),
    Period: read.optionalInteger(members, "Period", `${path}.Period`),
  });
}

function metricStat(members: Members, path: string): MetricStatInput {
  const metric = read.requiredStruct(members, "Metric", `${path}.Metric`);
  return defined({
    Metric: {
      Namespace: read.requiredString(metric, "Namespace", `${path}.Metric.Namespace`),
      MetricName: read.requiredString(metric, "MetricName", `${path}.Metric.MetricName`),
      Dimensions: read.optionalList(metric, "Dimensions", `${path}.Metric.Dimensions`, dimension) ?? [],
    },
    Period: read.requiredInteger(members, "Period", `${path}.Period`),
    Stat: read.requiredString(members, "Stat", `${path}.Stat`),
    Unit: read.optionalString(members, "Unit", `${path}.Unit`),
  });
}

/** Drops undefined members so optional fields are truly absent (exactOptionalPropertyTypes-friendly). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}
