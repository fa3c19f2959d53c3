// CloudWatch prices the dashboards quote (us-east-1). Source: https://aws.amazon.com/cloudwatch/pricing/ as recorded in
// /work/shared/reference/aws-api-gateway-facts.md §1.5 on 2026-12-03; marked UNCONFIRMED there, so every quote says "about".

/** GetMetricData: $0.01 per 1,000 metrics requested. */
export const getMetricDataPricePerMetric = 0.01 / 1000;

/** Custom metrics, first tier: $0.30 per metric per month (first 10,000 metrics). */
export const customMetricMonthlyPrice = 0.3;

/** Metrics API Gateway publishes per method with detailed metrics on (Count, 4XXError, 5XXError, Latency, IntegrationLatency). */
export const detailedMetricsPerMethod = 5;
/** Two more per method when the stage has a cache (CacheHitCount, CacheMissCount). */
export const cacheMetricsPerMethod = 2;

/** What one dashboard read costs on AWS, in US dollars. */
export function metricReadCost(metricsRequested: number): number {
  return metricsRequested * getMetricDataPricePerMetric;
}

/** Monthly cost of detailed (per-method) metrics for a stage with this many methods, at the first custom-metric tier. */
export function detailedMetricsMonthlyCost(methods: number, caching: boolean): number {
  return methods * (detailedMetricsPerMethod + (caching ? cacheMetricsPerMethod : 0)) * customMetricMonthlyPrice;
}

/** "$14.60 / month", "$0.0002": dollars with as many decimals as a small amount needs. */
export function formatDollars(amount: number): string {
  if (amount === 0) return "$0";
  if (amount < 0.01) return `$${amount.toPrecision(2)}`;
  return `$${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
