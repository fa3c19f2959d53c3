import type { ScopeTotals } from "@/lib/domain/dashboard-queries";
import type { ChartSeries } from "@/lib/domain/dashboard-view";
import type { MetricRange } from "@/lib/domain/metric-range";

/** One row per period bucket; a line with no data in a bucket is null (drawn as a gap, never as zero). */
export type ChartRow = { t: number } & Record<string, number | null>;
export type ChartLine = { id: string; label: string };
export type ChartUnit = "count" | "percent" | "ms";
export type Timezone = "local" | "utc";

/** Buckets from the range start to its end (or now, if sooner), each line's value or null. */
export function chartRows(series: ChartSeries[], range: Pick<MetricRange, "start" | "end" | "periodSeconds">, now: number): ChartRow[] {
  const step = range.periodSeconds * 1000;
  const last = Math.min(range.end, now);
  const lookups = series.map((s) => ({ id: s.id, byTime: new Map(s.timestamps.map((t, i) => [t, s.values[i]!])) }));
  const rows: ChartRow[] = [];
  for (let t = range.start; t < last; t += step) {
    const row: ChartRow = { t } as ChartRow;
    for (const { id, byTime } of lookups) row[id] = byTime.get(t) ?? null;
    rows.push(row);
  }
  return rows;
}

/** The URL parameters of a drag-zoom from one bucket to another (either order); null for a drag inside one bucket. */
export function zoomParams(fromT: number, toT: number, periodSeconds: number): { range: "custom"; from: string; to: string } | null {
  const start = Math.min(fromT, toT);
  const end = Math.max(fromT, toT) + periodSeconds * 1000;
  if (end - start <= periodSeconds * 1000) return null;
  return { range: "custom", from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}

/** A tick or tooltip label: time of day for short spans, date and time for longer ones, in local time or UTC. */
export function formatTime(t: number, timezone: Timezone, spanMs: number, localTimeZone?: string): string {
  return timeFormat(timezone === "utc" ? "UTC" : localTimeZone, spanMs > 2 * 86_400_000).format(t) + (timezone === "utc" ? " UTC" : "");
}

// Building an Intl formatter is costly and charts format every tick and point, so formatters are kept.
const timeFormats = new Map<string, Intl.DateTimeFormat>();
function timeFormat(timeZone: string | undefined, withDate: boolean): Intl.DateTimeFormat {
  const key = `${timeZone ?? ""}|${withDate}`;
  let format = timeFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = withDate ? { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone });
    timeFormats.set(key, format);
  }
  return format;
}
const integerFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** A number with its unit: "1,234", "2.5 %", "182 ms"; a dash for no data. */
export function formatValue(value: number | null | undefined, unit: ChartUnit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  if (unit === "percent") return `${value < 10 ? value.toFixed(1) : Math.round(value)} %`;
  if (unit === "ms") return `${value < 10 ? value.toFixed(1) : integerFormat.format(value)} ms`;
  if (value >= 1_000_000) return `${(value / 1_000_000).toFixed(1)} M`;
  return integerFormat.format(Math.round(value));
}

/** The chart's data as CSV: an ISO 8601 UTC time column, one column per line, empty cells where there is no data. */
export function chartCsv(rows: ChartRow[], lines: ChartLine[]): string {
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const header = ["timestamp_utc", ...lines.map((line) => quote(line.label))].join(",");
  const body = rows.map((row) => [new Date(row.t).toISOString(), ...lines.map((line) => (row[line.id] == null ? "" : String(row[line.id])))].join(","));
  return [header, ...body].join("\n") + "\n";
}

/** "37 requests, 0 errors, p99 12 ms in the last hour" (or "No requests in the last hour"). */
export function totalsSentence(totals: Pick<ScopeTotals, "requests" | "errors4xx" | "errors5xx" | "p99">, rangeText: string): string {
  if (!totals.requests) return `No requests ${rangeText}`;
  const requests = `${formatValue(totals.requests, "count")} ${totals.requests === 1 ? "request" : "requests"}`;
  const errors = (totals.errors4xx ?? 0) + (totals.errors5xx ?? 0);
  const p99 = totals.p99 === null ? "" : `, p99 ${formatValue(totals.p99, "ms")}`;
  return `${requests}, ${formatValue(errors, "count")} ${errors === 1 ? "error" : "errors"}${p99} ${rangeText}`;
}

/** A text alternative for one line: total or peak, when, and how much of the range has no data. */
export function lineSummary(rows: ChartRow[], line: ChartLine, unit: ChartUnit, timezone: Timezone, spanMs: number): string {
  const points = rows.filter((row) => row[line.id] != null);
  if (points.length === 0) return `${line.label}: no data in this range.`;
  const peak = points.reduce((top, row) => (row[line.id]! > top[line.id]! ? row : top));
  const total = unit === "count" ? ` ${formatValue(points.reduce((sum, row) => sum + row[line.id]!, 0), "count")} in total,` : "";
  const gaps = rows.length - points.length;
  const gapText = gaps === 0 ? "" : ` ${gaps} of ${rows.length} periods have no data.`;
  return `${line.label}:${total} peak ${formatValue(peak[line.id], unit)} at ${formatTime(peak.t, timezone, spanMs)}.${gapText}`;
}
