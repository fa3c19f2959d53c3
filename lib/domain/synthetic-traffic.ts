import type { MetricQuery, MetricSeries } from "./metric-query";

/** Where the sandbox records that history was generated: a marker metric beside AWS/ApiGateway, never in it. */
export const syntheticNamespace = "Archway/Synthetic";
export const syntheticMarkerMetric = "SyntheticRequests";
/** PutMetricData accepts timestamps up to two weeks old; the admin endpoint keeps that rule. */
export const maxSyntheticDays = 14;

/** One PutMetricData datum, in the JSON shape PutMetricData (and the sandbox admin endpoint) takes; Timestamp in epoch seconds. */
export type MetricDatum = {
  MetricName: string;
  Dimensions: Array<{ Name: string; Value: string }>;
  Timestamp: number;
  Unit: "Count" | "Milliseconds";
  StatisticValues?: { SampleCount: number; Sum: number; Minimum: number; Maximum: number };
  Values?: number[];
  Counts?: number[];
};

export type SyntheticHistoryInput = { apiName: string; stage: string; days: number; now: number; seed: number; peakRequestsPerMinute: number };

/** A small deterministic RNG (mulberry32), so a seed always gives the same history. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Relative traffic at a moment: a daily curve peaking mid-afternoon UTC, quieter at weekends. */
export function trafficShape(timestamp: number): number {
  const date = new Date(timestamp);
  const hour = date.getUTCHours() + date.getUTCMinutes() / 60;
  const daily = 0.55 + 0.45 * Math.cos(((hour - 14) / 24) * 2 * Math.PI);
  const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6 ? 0.6 : 1;
  return daily * weekend;
}

/** The minutes to publish: 5-minute points over the days, whole minutes for the last 3 hours (what short ranges chart). */
export function syntheticTimestamps(days: number, now: number): number[] {
  const minute = 60_000;
  const end = Math.floor(now / minute) * minute - minute;
  const fineStart = end - 3 * 60 * minute;
  const start = Math.ceil((now - Math.min(days, maxSyntheticDays) * 86_400_000 + minute) / (5 * minute)) * 5 * minute;
  const stamps: number[] = [];
  for (let t = start; t < fineStart; t += 5 * minute) stamps.push(t);
  for (let t = fineStart; t <= end; t += minute) stamps.push(t);
  return stamps;
}

/** Generates plausible AWS/ApiGateway history (requests, 4XX/5XX, latency, integration latency) plus the synthetic marker. */
export function generateSyntheticHistory(input: SyntheticHistoryInput): { apiGateway: MetricDatum[]; marker: MetricDatum[]; requests: number } {
  const random = seededRandom(input.seed);
  const apiGateway: MetricDatum[] = [];
  const marker: MetricDatum[] = [];
  let requests = 0;
  const stamps = syntheticTimestamps(input.days, input.now);
  stamps.forEach((timestamp, index) => {
    const minutes = index + 1 < stamps.length ? Math.round((stamps[index + 1]! - timestamp) / 60_000) : 1;
    const count = Math.round(input.peakRequestsPerMinute * minutes * trafficShape(timestamp) * (0.85 + 0.3 * random()));
    if (count === 0) return;
    requests += count;
    const seconds = timestamp / 1000;
    for (const dimensions of [[{ Name: "ApiName", Value: input.apiName }], [{ Name: "ApiName", Value: input.apiName }, { Name: "Stage", Value: input.stage }]]) {
      apiGateway.push(...minuteData(count, random, seconds, dimensions));
    }
    marker.push({ MetricName: syntheticMarkerMetric, Dimensions: [{ Name: "ApiName", Value: input.apiName }], Timestamp: seconds, Unit: "Count", StatisticValues: countSet(count, count) });
  });
  return { apiGateway, marker, requests };
}

function minuteData(count: number, random: () => number, Timestamp: number, Dimensions: MetricDatum["Dimensions"]): MetricDatum[] {
  const errors4xx = Math.round(count * (0.01 + 0.03 * random()));
  const errors5xx = random() < 0.05 ? Math.round(count * 0.02 * random()) : 0;
  const integration = latencyDistribution(count, 35 + 20 * random(), random);
  const overhead = 4 + Math.round(4 * random());
  const datum = (MetricName: string, rest: Partial<MetricDatum>): MetricDatum => ({ MetricName, Dimensions, Timestamp, Unit: "Count", ...rest });
  return [
    datum("Count", { StatisticValues: countSet(count, count) }),
    datum("4XXError", { StatisticValues: countSet(count, errors4xx) }),
    datum("5XXError", { StatisticValues: countSet(count, errors5xx) }),
    datum("IntegrationLatency", { Unit: "Milliseconds", Values: integration.values, Counts: integration.counts }),
    datum("Latency", { Unit: "Milliseconds", Values: integration.values.map((value) => value + overhead), Counts: integration.counts }),
  ];
}

/** A count metric's statistic set: `samples` requests of which `sum` are 1 (requests or errors). */
function countSet(samples: number, sum: number) {
  return { SampleCount: samples, Sum: sum, Minimum: sum > 0 && sum === samples ? 1 : 0, Maximum: sum > 0 ? 1 : 0 };
}

/** A long-tailed latency spread over up to 12 distinct values whose counts add up to `count`. */
function latencyDistribution(count: number, median: number, random: () => number): { values: number[]; counts: number[] } {
  const buckets = Math.min(12, count);
  const values: number[] = [];
  const counts: number[] = [];
  let left = count;
  for (let i = 0; i < buckets; i += 1) {
    const share = i === buckets - 1 ? left : Math.max(1, Math.round(left * (i < buckets / 2 ? 0.25 : 0.4)));
    const n = Math.min(left, share);
    if (n <= 0) break;
    left -= n;
    values.push(Math.round(median * Math.exp((i / buckets) * 1.6 - 0.4 + 0.1 * random())));
    counts.push(n);
  }
  return { values, counts };
}

/** Marker queries (one metric per API) that tell whether a range holds synthetic history. */
export function syntheticMarkerQueries(apiNames: string[], periodSeconds: number): MetricQuery[] {
  return apiNames.map((apiName, index) => ({
    id: `syn${index}`,
    periodSeconds,
    metric: { namespace: syntheticNamespace, metricName: syntheticMarkerMetric, dimensions: { ApiName: apiName }, stat: "Sum" },
  }));
}

/** True when any marker query returned a point above zero. */
export function syntheticMarkerSeen(series: ReadonlyMap<string, MetricSeries>): boolean {
  return [...series.values()].some((s) => s.id.startsWith("syn") && s.values.some((value) => value > 0));
}

/** Splits data into PutMetricData-sized bodies (1,000 datums each). */
export function metricDataBodies(namespace: string, data: MetricDatum[], size = 1000): Array<{ Namespace: string; MetricData: MetricDatum[] }> {
  const bodies = [];
  for (let i = 0; i < data.length; i += size) bodies.push({ Namespace: namespace, MetricData: data.slice(i, i + size) });
  return bodies;
}
