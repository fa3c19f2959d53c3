// Every CloudWatch operation in the 2010-08-01 model (botocore 1.43.11). An operation listed here without a
// handler answers NotImplementedException by name; a name not listed is an unknown operation.

export const cloudWatchOperations: ReadonlySet<string> = new Set([
  "DeleteAlarmMuteRule", "DeleteAlarms", "DeleteAnomalyDetector", "DeleteDashboards", "DeleteInsightRules",
  "DeleteMetricStream", "DescribeAlarmContributors", "DescribeAlarmHistory", "DescribeAlarms",
  "DescribeAlarmsForMetric", "DescribeAnomalyDetectors", "DescribeInsightRules", "DisableAlarmActions",
  "DisableInsightRules", "EnableAlarmActions", "EnableInsightRules", "GetAlarmMuteRule", "GetDashboard",
  "GetInsightRuleReport", "GetMetricData", "GetMetricStatistics", "GetMetricStream", "GetMetricWidgetImage",
  "GetOTelEnrichment", "ListAlarmMuteRules", "ListDashboards", "ListManagedInsightRules", "ListMetricStreams",
  "ListMetrics", "ListTagsForResource", "PutAlarmMuteRule", "PutAnomalyDetector", "PutCompositeAlarm",
  "PutDashboard", "PutInsightRule", "PutManagedInsightRules", "PutMetricAlarm", "PutMetricData", "PutMetricStream",
  "SetAlarmState", "StartMetricStreams", "StartOTelEnrichment", "StopMetricStreams", "StopOTelEnrichment",
  "TagResource", "UntagResource",
]);
