import type { MetricQuery } from "./metric-query";

/** Daily buckets: a billing month is counted day by day, aligned to UTC midnight by the query's start time. */
export const dailyPeriodSeconds = 86_400;

/**
 * Daily request counts of each API, from `Count` with the ApiName dimension alone: the stage and method dimension
 * sets repeat the same requests and must not be added again.
 */
export function apiDailyCountQueries(apiNames: string[]): MetricQuery[] {
  return apiNames.map((apiName, index) => ({
    id: `api${index}`,
    label: apiName,
    periodSeconds: dailyPeriodSeconds,
    metric: { namespace: "AWS/ApiGateway", metricName: "Count", dimensions: { ApiName: apiName }, stat: "Sum" },
  }));
}

/** Daily request counts of each stage of one API (ApiName + Stage), for splitting an API's cost by stage. */
export function stageDailyCountQueries(apiName: string, stageNames: string[]): MetricQuery[] {
  return stageNames.map((stage, index) => ({
    id: `stage${index}`,
    label: stage,
    periodSeconds: dailyPeriodSeconds,
    metric: { namespace: "AWS/ApiGateway", metricName: "Count", dimensions: { ApiName: apiName, Stage: stage }, stat: "Sum" },
  }));
}
