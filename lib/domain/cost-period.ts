/** Billing months are calendar months in UTC. */

const dayMs = 86_400_000;

export type DailyCount = { day: number; count: number };

export type BillingPeriods = { monthStart: Date; monthEnd: Date; lastMonthStart: Date; now: Date };

/** This month's start and end (exclusive), last month's start, for an injected `now`. */
export function billingPeriods(now: Date): BillingPeriods {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return { monthStart: new Date(Date.UTC(year, month, 1)), monthEnd: new Date(Date.UTC(year, month + 1, 1)), lastMonthStart: new Date(Date.UTC(year, month - 1, 1)), now };
}

/** Days in the month containing `date` (UTC), so February 2028 has 29. */
export function daysInMonth(date: Date): number {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
}

/** Sum of daily counts whose day starts in [from, to). */
export function sumBetween(days: DailyCount[], from: Date, to: Date): number {
  return days.filter((point) => point.day >= from.getTime() && point.day < to.getTime()).reduce((sum, point) => sum + point.count, 0);
}

export type Forecast = { monthToDate: number; forecast: number; dailyRate: number; method: string };

/**
 * Month-end forecast: month to date plus the recent daily rate times the days left.
 * The rate is the average of the last seven complete UTC days (a day without data counted as none); before any
 * complete day has data, today's requests so far scaled to a whole day.
 */
export function forecastMonth(days: DailyCount[], now: Date): Forecast {
  const { monthStart, monthEnd } = billingPeriods(now);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const monthToDate = sumBetween(days, monthStart, monthEnd);
  const remainingDays = (monthEnd.getTime() - now.getTime()) / dayMs;
  const lookbackStart = today - 7 * dayMs;
  const completeDays = days.filter((point) => point.day >= lookbackStart && point.day < today);
  const firstDataDay = Math.min(...days.filter((point) => point.count > 0).map((point) => point.day), today);
  const windowDays = Math.min(7, Math.max(0, (today - Math.max(lookbackStart, firstDataDay)) / dayMs));
  if (windowDays >= 1) {
    const dailyRate = completeDays.reduce((sum, point) => sum + point.count, 0) / windowDays;
    const method = `month to date plus the average of the last ${windowDays} complete day${windowDays === 1 ? "" : "s"} (${formatRate(dailyRate)} a day) times the ${formatDays(remainingDays)} days left`;
    return { monthToDate, forecast: monthToDate + dailyRate * remainingDays, dailyRate, method };
  }
  const todaySoFar = sumBetween(days, new Date(today), new Date(today + dayMs));
  const elapsedDays = Math.max((now.getTime() - today) / dayMs, 1 / 24);
  const dailyRate = todaySoFar / elapsedDays;
  return {
    monthToDate,
    forecast: monthToDate + dailyRate * remainingDays,
    dailyRate,
    method: `no complete day of traffic yet: today's requests so far scaled to a day (${formatRate(dailyRate)}) times the ${formatDays(remainingDays)} days left`,
  };
}

function formatRate(value: number): string {
  return `${Math.round(value).toLocaleString("en-US")} requests`;
}

function formatDays(value: number): string {
  return String(Number(value.toFixed(1)));
}
