import { hoursPerMonth, type CacheSize, type PriceTier, type RegionPrices } from "./price-table";

/** One billed line with the arithmetic a person can check by hand. */
export type CostLine = { label: string; quantity: number; unit: string; rate: number; rateUnit: string; amount: number; arithmetic: string; estimate: boolean };

const million = 1_000_000;

/** Graduated tiers: each tier's rate applies only to the quantity inside it. Quantities and bounds in the same unit. */
export function tieredLines(quantity: number, tiers: PriceTier[], describe: (from: number, to: number) => string, unitSize = 1): { from: number; count: number; rate: number; label: string }[] {
  const lines: { from: number; count: number; rate: number; label: string }[] = [];
  let from = 0;
  for (const tier of tiers) {
    if (quantity <= from) break;
    const to = tier.upTo === null ? quantity : Math.min(quantity, tier.upTo);
    if (to > from) lines.push({ from, count: to - from, rate: tier.pricePerUnit, label: describe(from / unitSize, tier.upTo === null ? Infinity : tier.upTo / unitSize) });
    if (tier.upTo === null) break;
    from = tier.upTo;
  }
  return lines;
}

/** REST API request charges for a monthly request total, one line per tier crossed. */
export function restRequestLines(requests: number, prices: RegionPrices): CostLine[] {
  return requestLines(requests, prices.restRequests.tiers, !prices.restRequests.source.confirmed);
}

/** HTTP API request charges for the same traffic, for comparison. */
export function httpRequestLines(requests: number, prices: RegionPrices): CostLine[] {
  return requestLines(requests, prices.httpRequests.tiers, !prices.httpRequests.source.confirmed);
}

function requestLines(requests: number, tiers: PriceTier[], estimate: boolean): CostLine[] {
  return tieredLines(requests, tiers, tierLabel).map(({ count, rate, label }) => ({
    label: `Requests, ${label}`,
    quantity: count,
    unit: "requests",
    rate,
    rateUnit: "per million",
    amount: (count / million) * rate,
    arithmetic: `${formatMillions(count)} M × $${rate.toFixed(2)}`,
    estimate,
  }));
}

function tierLabel(from: number, to: number): string {
  if (from === 0) return `first ${formatCount(to)}`;
  return to === Infinity ? `over ${formatCount(from)}` : `next ${formatCount(to - from)}`;
}

function formatCount(value: number): string {
  return value >= 1_000 * million ? `${value / (1_000 * million)} B` : `${value / million} M`;
}

/** "333", "1.5", "0.000037": millions without float noise. */
export function formatMillions(count: number): string {
  return String(Number((count / million).toPrecision(12)));
}

/** A cache cluster of one size for some hours. */
export function cacheLine(size: CacheSize, hours: number, prices: RegionPrices): CostLine {
  const { perHour, source } = prices.cacheHourly[size];
  return {
    label: `Cache cluster ${size} GB`,
    quantity: hours,
    unit: "hours",
    rate: perHour,
    rateUnit: "per hour",
    amount: hours * perHour,
    arithmetic: `${round(hours, 2)} h × $${perHour.toFixed(3)}`,
    estimate: !source.confirmed,
  };
}

/** The monthly price of a cache size (730 hours), as shown beside the setting. */
export function cacheMonthlyPrice(size: CacheSize, prices: RegionPrices): number {
  return cacheLine(size, hoursPerMonth, prices).amount;
}

/** Data transfer out from a request count and an average response size. */
export function dataTransferLines(responses: number, averageResponseKb: number, prices: RegionPrices): CostLine[] {
  const gb = (responses * averageResponseKb) / (1024 * 1024);
  return tieredLines(gb, prices.dataTransferOut.tiers, (from, to) => (from === 0 ? `first ${to / 1024} TB` : to === Infinity ? `over ${from / 1024} TB` : `next ${(to - from) / 1024} TB`)).map(({ count, rate, label }) => ({
    label: `Data transfer out, ${label}`,
    quantity: count,
    unit: "GB",
    rate,
    rateUnit: "per GB",
    amount: count * rate,
    arithmetic: `${round(count, 3)} GB × $${rate}`,
    estimate: !prices.dataTransferOut.source.confirmed,
  }));
}

/** Detailed metrics publish these per resource, method and stage, each billed as a custom metric. */
export const detailedMetricNames = ["Count", "4XXError", "5XXError", "Latency", "IntegrationLatency"] as const;
/** ...and these two more where the stage has a cache. */
export const detailedCacheMetricNames = ["CacheHitCount", "CacheMissCount"] as const;

/** How many custom metrics detailed metrics publish per method and stage. */
export function detailedMetricsPerMethod(caching: boolean): number {
  return detailedMetricNames.length + (caching ? detailedCacheMetricNames.length : 0);
}

/** Detailed CloudWatch metrics for some methods for a month (custom metrics, graduated). */
export function detailedMetricsLines(methodStagePairs: number, prices: RegionPrices, caching = false): CostLine[] {
  const perMethod = detailedMetricsPerMethod(caching);
  const metrics = methodStagePairs * perMethod;
  return tieredLines(metrics, prices.cloudWatch.customMetricTiers, (from, to) => (from === 0 ? `first ${to.toLocaleString("en-US")}` : to === Infinity ? `over ${from.toLocaleString("en-US")}` : `next ${(to - from).toLocaleString("en-US")}`)).map(({ count, rate, label }) => ({
    label: `Detailed metrics (custom metrics, ${label})`,
    quantity: count,
    unit: "metrics",
    rate,
    rateUnit: "per metric-month",
    amount: count * rate,
    arithmetic: `${count} metrics (${perMethod} per method and stage) × $${rate.toFixed(2)}`,
    estimate: !prices.cloudWatch.source.confirmed,
  }));
}

/** Execution and access log ingestion. */
export function logIngestionLine(gb: number, prices: RegionPrices): CostLine {
  const rate = prices.cloudWatch.logIngestionPerGb;
  return { label: "Log ingestion", quantity: gb, unit: "GB", rate, rateUnit: "per GB", amount: gb * rate, arithmetic: `${round(gb, 3)} GB × $${rate.toFixed(2)}`, estimate: !prices.cloudWatch.source.confirmed };
}

/** GetMetricData metrics requested (what the console's own dashboards cost). */
export function metricsRequestedLine(metrics: number, prices: RegionPrices): CostLine {
  const rate = prices.cloudWatch.getMetricDataPerThousandMetrics;
  return { label: "GetMetricData (metrics requested)", quantity: metrics, unit: "metrics", rate, rateUnit: "per 1,000", amount: (metrics / 1000) * rate, arithmetic: `${metrics.toLocaleString("en-US")} / 1,000 × $${rate.toFixed(2)}`, estimate: !prices.cloudWatch.source.confirmed };
}

/** X-Ray traces recorded: API Gateway's default sampling keeps the first request each second and 5% of the rest. */
export function xrayLine(requests: number, seconds: number, prices: RegionPrices): CostLine {
  const reservoir = Math.min(requests, seconds);
  const traces = reservoir + 0.05 * (requests - reservoir);
  const rate = prices.xray.perMillionTraces;
  return { label: "X-Ray traces recorded", quantity: traces, unit: "traces", rate, rateUnit: "per million", amount: (traces / million) * rate, arithmetic: `${formatMillions(traces)} M traces × $${rate.toFixed(2)}`, estimate: !prices.xray.source.confirmed };
}

/** Sum of lines, rounded to the cent only at the end, as a bill is. */
export function totalOf(lines: CostLine[]): number {
  return roundCents(lines.reduce((sum, line) => sum + line.amount, 0));
}

export function roundCents(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

/**
 * Several APIs share one account's request tiers: the account's total is priced, and each API is charged its share
 * in proportion to its requests (so the shares add up to the account's bill).
 */
export function shareAccountRequestCost<K extends string>(requestsByKey: Record<K, number>, prices: RegionPrices): { total: number; lines: CostLine[]; shares: Record<K, number> } {
  const totalRequests = Object.values<number>(requestsByKey).reduce((sum, value) => sum + value, 0);
  const lines = restRequestLines(totalRequests, prices);
  const total = totalOf(lines);
  const exact = lines.reduce((sum, line) => sum + line.amount, 0);
  const shares = Object.fromEntries(Object.entries<number>(requestsByKey).map(([key, requests]) => [key, totalRequests === 0 ? 0 : roundCents((exact * requests) / totalRequests)])) as Record<K, number>;
  return { total, lines, shares };
}

/** "$0.0044" for amounts under a cent (a dashboard read), "$14.60" otherwise. */
export function formatUsdPrecise(amount: number): string {
  if (amount === 0) return "$0";
  return amount < 0.01 ? `$${amount.toPrecision(2)}` : formatUsd(amount);
}

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "$1,633.10" */
export function formatUsd(amount: number): string {
  return usd.format(roundCents(amount));
}
