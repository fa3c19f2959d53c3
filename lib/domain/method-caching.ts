// Which caching settings a method is served with, and what each cache size costs, for the stage's Caching tab.
import { cacheMonthlyPrice, formatUsd } from "./cost-model";
import { cacheSizes, type CacheSize, type RegionPrices } from "./price-table";
import { methodSettingKey } from "./method-settings-patch";
import type { MethodSettingValues } from "./stage-settings";

/** AWS's TTL when none is set (facts §6). */
export const defaultCacheTtlSeconds = 300;

export type MethodCaching = { enabled: boolean; ttlSeconds: number; encrypted: boolean; source: "method" | "stage default" };

/**
 * A method's caching: its own entry when it has one, else the stage default, which AWS applies to GET methods only
 * ("only GET methods have caching enabled by default"; other verbs need their own setting).
 */
export function methodCaching(methodSettings: Record<string, MethodSettingValues>, method: { resourcePath: string; httpMethod: string }): MethodCaching {
  const own = methodSettings[methodSettingKey(method)];
  const values = own ?? methodSettings["*/*"] ?? {};
  const enabled = Boolean(values.cachingEnabled) && (own !== undefined || method.httpMethod === "GET");
  return { enabled, ttlSeconds: values.cacheTtlInSeconds ?? defaultCacheTtlSeconds, encrypted: Boolean(values.cacheDataEncrypted), source: own ? "method" : "stage default" };
}

export type CachePrice = { size: CacheSize; perHour: string; perMonth: string; estimate: boolean };

/** "$0.020 / hour" and "$14.60 / month" (730 h) for every cache size, from the region's price table. */
export function cachePrices(prices: RegionPrices): CachePrice[] {
  return cacheSizes.map((size) => ({
    size,
    perHour: `$${prices.cacheHourly[size].perHour.toFixed(3)} / hour`,
    perMonth: `${formatUsd(cacheMonthlyPrice(size, prices))} / month`,
    estimate: !prices.cacheHourly[size].source.confirmed,
  }));
}
