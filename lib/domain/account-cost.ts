import { roundCents, shareAccountRequestCost, type CostLine } from "./cost-model";
import { billingPeriods, forecastMonth, sumBetween, type DailyCount } from "./cost-period";
import type { RegionPrices } from "./price-table";

export type PeriodCost = { requests: number; cost: number };

export type KeyedCost = { key: string; monthToDate: PeriodCost; forecast: PeriodCost; lastMonth: PeriodCost };

export type AccountCost = {
  rows: KeyedCost[];
  totals: { monthToDate: PeriodCost; forecast: PeriodCost; lastMonth: PeriodCost };
  lines: { monthToDate: CostLine[]; forecast: CostLine[]; lastMonth: CostLine[] };
  forecastMethod: string;
};

/**
 * Request charges of several keys (APIs, or one API's stages) that share one account's tiers, for this month so far,
 * the month-end forecast and last month. `accountOthers` adds requests of the account outside these keys (they push
 * everyone into cheaper tiers but are not listed).
 */
export function requestCostByKey(days: Map<string, DailyCount[]>, now: Date, prices: RegionPrices, accountOthers: Partial<Record<"monthToDate" | "forecast" | "lastMonth", number>> = {}): AccountCost {
  const { monthStart, lastMonthStart } = billingPeriods(now);
  const keys = [...days.keys()];
  const perKey = keys.map((key) => {
    const series = days.get(key) ?? [];
    const forecast = forecastMonth(series, now);
    return { key, monthToDate: forecast.monthToDate, forecast: forecast.forecast, lastMonth: sumBetween(series, lastMonthStart, monthStart) };
  });
  const period = (pick: "monthToDate" | "forecast" | "lastMonth") => {
    const requests: Record<string, number> = Object.fromEntries(perKey.map((row) => [row.key, row[pick]]));
    const shared = shareAccountRequestCost<string>({ ...requests, [othersKey]: accountOthers[pick] ?? 0 }, prices);
    const own = perKey.reduce((sum, row) => sum + row[pick], 0);
    return { shares: shared.shares, total: { requests: own, cost: sumShares(shared.shares, keys) }, lines: shared.lines };
  };
  const mtd = period("monthToDate");
  const forecast = period("forecast");
  const last = period("lastMonth");
  const all = [...days.values()].flat();
  return {
    rows: perKey.map((row) => ({
      key: row.key,
      monthToDate: { requests: row.monthToDate, cost: mtd.shares[row.key] ?? 0 },
      forecast: { requests: row.forecast, cost: forecast.shares[row.key] ?? 0 },
      lastMonth: { requests: row.lastMonth, cost: last.shares[row.key] ?? 0 },
    })),
    totals: { monthToDate: mtd.total, forecast: forecast.total, lastMonth: last.total },
    lines: { monthToDate: mtd.lines, forecast: forecast.lines, lastMonth: last.lines },
    forecastMethod: forecastMonth(mergeDays(all), now).method,
  };
}

/** The account's requests outside the listed keys; a name no API can have. */
const othersKey = "\u0000others";

function sumShares(shares: Record<string, number>, keys: string[]): number {
  return roundCents(keys.reduce((sum, key) => sum + (shares[key] ?? 0), 0));
}

/** Adds several series day by day. */
export function mergeDays(points: DailyCount[]): DailyCount[] {
  const byDay = new Map<number, number>();
  for (const point of points) byDay.set(point.day, (byDay.get(point.day) ?? 0) + point.count);
  return [...byDay.entries()].sort(([a], [b]) => a - b).map(([day, count]) => ({ day, count }));
}
