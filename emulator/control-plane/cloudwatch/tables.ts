// Where CloudWatch state lives in the store.

export const cloudWatchTables = {
  metrics: "cloudwatch.metrics", // "" -> metric key -> StoredMetric (identity, when data last arrived)
  datapoints: "cloudwatch.datapoints", // metric key -> "<bucket start ms>|<resolution s>|<unit>" -> Bucket
} as const;
