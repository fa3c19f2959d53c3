import type { QuotaPeriod, QuotaSettings } from "./usage-plan-settings";

// Days as API Gateway's usage reports write them (yyyy-MM-dd, UTC), and quota periods over them.

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayOf(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** The day's midnight UTC in ms, or undefined when the text is not a real yyyy-MM-dd date. */
export function parseDay(text: string): number | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dayOf(ms) === text ? ms : undefined;
}

/** Every day from start to end inclusive. */
export function daysBetween(startMs: number, endMs: number): string[] {
  const days: string[] = [];
  for (let ms = startMs; ms <= endMs; ms += DAY_MS) days.push(dayOf(ms));
  return days;
}

/** The first day of the quota period holding `day`: weeks start on Sunday, months on the 1st (UTC). */
export function periodStart(day: string, period: QuotaPeriod): string {
  const ms = parseDay(day);
  if (ms === undefined) throw new Error(`not a yyyy-MM-dd day: ${day}`);
  if (period === "DAY") return day;
  if (period === "WEEK") return dayOf(ms - new Date(ms).getUTCDay() * DAY_MS);
  return `${day.slice(0, 8)}01`;
}

/**
 * The requests a quota allows in the period holding `day`. AWS documents QuotaSettings.offset as "the number of
 * requests subtracted from the given limit in the initial time period" (API reference, botocore model), so the
 * period holding `quotaSince` (the day the plan got its quota) allows limit - offset, and every later one limit.
 * Which period counts as initial is UNCONFIRMED: the sandbox takes the one the quota was set in.
 */
export function periodLimit(quota: QuotaSettings, day: string, quotaSince: string | undefined): number {
  if (quotaSince === undefined || periodStart(day, quota.period) !== periodStart(quotaSince, quota.period)) return quota.limit;
  return Math.max(0, quota.limit - quota.offset);
}
