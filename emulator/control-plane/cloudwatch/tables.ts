// Where CloudWatch state lives in the store.

export const cloudWatchTables = {
  metrics: "cloudwatch.metrics", // "" -> metric key -> StoredMetric (identity, when data last arrived)
  datapoints: "cloudwatch.datapoints", // metric key -> "<bucket start ms>|<resolution s>|<unit>" -> Bucket
  alarms: "cloudwatch.alarms", // "" -> alarm name -> StoredAlarm
  alarmHistory: "cloudwatch.alarmHistory", // "" -> "<timestamp ms, padded>|<sequence>" -> StoredHistoryItem
  dashboards: "cloudwatch.dashboards", // "" -> dashboard name -> StoredDashboard
  tags: "cloudwatch.tags", // resource ARN -> tag key -> { Key, Value }
} as const;
