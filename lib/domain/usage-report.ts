// GetUsage's answer shaped for the usage view: per key and day, totals, and what remains of the quota.

/** GetUsage's items: per key id, one [used, remaining] pair per day of the range, oldest first. */
export type RawUsage = { startDate: string; endDate: string; items: Record<string, Array<[number, number]>> };

export type UsageRange = { from: string; to: string };

export type KeyUsage = {
  keyId: string;
  keyName: string;
  /** Requests per day, aligned with the report's days. */
  daily: number[];
  total: number;
  /** What the key may still call in the current quota period (the last day's figure), or null without a quota. */
  remaining: number | null;
};

export type UsageReportView = { days: string[]; keys: KeyUsage[]; total: number };

const dayMs = 86_400_000;
/** The longest range the view asks for, so a hand-edited URL cannot ask AWS for years of days. */
export const maxUsageRangeDays = 90;

/** yyyy-MM-dd of a time, in UTC (AWS counts usage per UTC day). */
export function utcDay(time: Date | number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The last 7 days, today included. */
export function defaultUsageRange(now: Date): UsageRange {
  return { from: utcDay(now.getTime() - 6 * dayMs), to: utcDay(now) };
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (text: unknown): text is string => typeof text === "string" && dayPattern.test(text) && utcDay(Date.parse(`${text}T00:00:00Z`) || 0) === text;

/** The range in the URL (?from=&to=), or the default when it is missing, malformed, reversed or too long. */
export function usageRangeFrom(params: { from?: unknown; to?: unknown }, now: Date): UsageRange {
  const { from, to } = params;
  if (!isDay(from) || !isDay(to) || from > to) return defaultUsageRange(now);
  if (daysBetween(from, to).length > maxUsageRangeDays) return defaultUsageRange(now);
  return { from, to };
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let time = Date.parse(`${from}T00:00:00Z`); time <= Date.parse(`${to}T00:00:00Z`); time += dayMs) days.push(utcDay(time));
  return days;
}

/** Shapes GetUsage for the table and chart: keys by name, busiest first; a key AWS did not report counts zero. */
export function usageReportView(raw: RawUsage, keyNames: ReadonlyMap<string, string>, hasQuota: boolean): UsageReportView {
  const days = daysBetween(raw.startDate, raw.endDate);
  const keyIds = new Set([...keyNames.keys(), ...Object.keys(raw.items)]);
  const keys = [...keyIds].map((keyId): KeyUsage => {
    const entries = raw.items[keyId] ?? [];
    const daily = days.map((_, index) => entries[index]?.[0] ?? 0);
    const last = entries.at(-1);
    return { keyId, keyName: keyNames.get(keyId) ?? keyId, daily, total: daily.reduce((sum, used) => sum + used, 0), remaining: hasQuota && last ? last[1] : null };
  });
  keys.sort((a, b) => b.total - a.total || a.keyName.localeCompare(b.keyName));
  return { days, keys, total: keys.reduce((sum, key) => sum + key.total, 0) };
}

/** One bar per day for the chart, one series per key (by key id). */
export function usageChartRows(view: UsageReportView): Array<Record<string, string | number>> {
  return view.days.map((day, index) => Object.fromEntries([["day", day.slice(5)], ...view.keys.map((key) => [key.keyId, key.daily[index] ?? 0])]));
}
