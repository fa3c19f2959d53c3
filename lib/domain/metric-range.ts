/** The preset ranges a dashboard offers, shortest first. */
export const presetRanges = ["1h", "3h", "12h", "24h", "7d", "30d"] as const;
export type PresetRange = (typeof presetRanges)[number];
export type RangeKey = PresetRange | "custom";

/** A resolved time range: what GetMetricData is asked for and at which period. */
export type MetricRange = { key: RangeKey; start: number; end: number; periodSeconds: number };

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const presetDurations: Record<PresetRange, number> = { "1h": hour, "3h": 3 * hour, "12h": 12 * hour, "24h": day, "7d": 7 * day, "30d": 30 * day };

/** Each chart keeps at most this many points per series. */
export const maxPointsPerChart = 360;
const candidatePeriods = [60, 300, 900, 3600, 3 * 3600, 6 * 3600, 86400];

/** The shortest period AWS still holds for data starting this long ago: 1 min to 15 days, 5 min to 63 days, 1 h beyond. */
export function retentionMinimumPeriod(startAgeMs: number): number {
  if (startAgeMs <= 15 * day) return 60;
  if (startAgeMs <= 63 * day) return 300;
  return 3600;
}

/** The shortest allowed period that keeps a range within maxPointsPerChart points. */
export function periodFor(start: number, end: number, now: number): number {
  const minimum = retentionMinimumPeriod(now - start);
  const spanSeconds = Math.max(60, (end - start) / 1000);
  const fits = candidatePeriods.find((period) => period >= minimum && period % minimum === 0 && spanSeconds / period <= maxPointsPerChart);
  return fits ?? Math.ceil(spanSeconds / maxPointsPerChart / 86400) * 86400;
}

/** Resolves URL parameters (?range=24h, or ?range=custom&from=ISO&to=ISO) into a range; anything invalid falls back to 1h. */
export function resolveRange(params: { range?: string; from?: string; to?: string }, now: number): MetricRange {
  if (params.range === "custom") {
    const start = Date.parse(params.from ?? "");
    const end = Date.parse(params.to ?? "");
    if (Number.isFinite(start) && Number.isFinite(end) && end - start >= minute && end <= now + hour) return customRange(start, end, now);
  }
  const key: PresetRange = presetRanges.includes(params.range as PresetRange) ? (params.range as PresetRange) : "1h";
  const end = Math.ceil(now / minute) * minute;
  const period = periodFor(end - presetDurations[key], end, now);
  // The start is aligned to the period so every bucket is whole and the same read gives the same points.
  const start = Math.floor((end - presetDurations[key]) / (period * 1000)) * period * 1000;
  return { key, start, end, periodSeconds: period };
}

function customRange(from: number, to: number, now: number): MetricRange {
  const start = Math.floor(from / minute) * minute;
  const end = Math.max(start + minute, Math.ceil(to / minute) * minute);
  return { key: "custom", start, end, periodSeconds: periodFor(start, end, now) };
}

/** One period covering the whole range (a multiple of the retention minimum), for range totals and percentiles. */
export function summaryPeriodFor(range: MetricRange, now: number): number {
  const minimum = retentionMinimumPeriod(now - range.start);
  return Math.max(minimum, Math.ceil((range.end - range.start) / 1000 / minimum) * minimum);
}

/** "last hour", "last 7 days", or the custom span in words, for totals and summaries. */
export function describeRange(range: MetricRange): string {
  const labels: Record<PresetRange, string> = { "1h": "in the last hour", "3h": "in the last 3 hours", "12h": "in the last 12 hours", "24h": "in the last 24 hours", "7d": "in the last 7 days", "30d": "in the last 30 days" };
  if (range.key !== "custom") return labels[range.key];
  const minutes = Math.round((range.end - range.start) / minute);
  return minutes < 120 ? `in the selected ${minutes} minutes` : minutes < 2880 ? `in the selected ${Math.round(minutes / 60)} hours` : `in the selected ${Math.round(minutes / 1440)} days`;
}
