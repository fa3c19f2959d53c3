import { cacheMonthlyPrice, detailedMetricsLines, detailedMetricsPerMethod, totalOf } from "./cost-model";
import type { CacheSize, RegionPrices } from "./price-table";

/** The settings of one stage that change its bill. */
export type StageBillableSettings = { cacheSize: CacheSize | null; detailedMetrics: boolean; tracing: boolean; accessLogging: boolean; executionLogging: string | null };

export type SettingCost = { setting: string; state: string; cost: string };

/** What each billable setting of a stage costs, in words a person can check, beside the setting. */
export function stageSettingCosts(settings: StageBillableSettings, methodCount: number, prices: RegionPrices): SettingCost[] {
  const usd = (amount: number) => `$${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  const caching = settings.cacheSize !== null;
  const detailed = totalOf(detailedMetricsLines(methodCount, prices, caching));
  return [
    {
      setting: "Cache cluster",
      state: settings.cacheSize ? `${settings.cacheSize} GB` : "off",
      cost: settings.cacheSize ? `${usd(cacheMonthlyPrice(settings.cacheSize, prices))} / month (${usd(prices.cacheHourly[settings.cacheSize].perHour)} an hour)` : "nothing; from $14.60 / month for 0.5 GB",
    },
    {
      setting: "Detailed metrics",
      state: settings.detailedMetrics ? "on" : "off",
      cost: `${usd(detailed)} / month when on (${methodCount} method${methodCount === 1 ? "" : "s"} × ${detailedMetricsPerMethod(caching)} custom metrics)`,
    },
    { setting: "X-Ray tracing", state: settings.tracing ? "on" : "off", cost: `$${prices.xray.perMillionTraces.toFixed(2)} per million traces (1 a second plus 5% of the rest)` },
    {
      setting: "Logging",
      state: [settings.executionLogging ? `execution ${settings.executionLogging}` : null, settings.accessLogging ? "access logs" : null].filter(Boolean).join(", ") || "off",
      cost: `$${prices.cloudWatch.logIngestionPerGb.toFixed(2)} per GB ingested into CloudWatch Logs`,
    },
  ];
}
