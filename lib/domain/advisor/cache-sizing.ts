// How big a stage's cache needs to be, from its traffic. The metrics give lookups, not response sizes or distinct
// keys, so the estimate is deliberately generous: a size this heuristic calls enough has room to spare.
import { cacheMonthlyPrice } from "../cost-model";
import { cacheSizes, type CacheSize, type RegionPrices } from "../price-table";

/** Each cached entry is taken as 16 KB (a typical JSON response is well under that), doubled for the cache's own overhead. */
export const assumedEntryBytes = 16 * 1024 * 2;
/** Peaks are taken as ten times the window's average lookup rate. */
export const assumedPeakFactor = 10;
/** AWS's TTL when a stage sets none. */
export const defaultCacheTtlSeconds = 300;

export interface CacheNeed {
  /** Most entries alive at once: every lookup at the peak rate within one TTL taken as a distinct key. */
  entries: number;
  gigabytes: number;
  size: CacheSize;
}

/** The smallest cache size that holds the estimated working set of `lookups` cache lookups over `periodDays`. */
export function cacheNeed(lookups: number, periodDays: number, ttlSeconds: number): CacheNeed {
  const peakPerSecond = (lookups / (periodDays * 86_400)) * assumedPeakFactor;
  const entries = Math.ceil(peakPerSecond * ttlSeconds);
  const gigabytes = (entries * assumedEntryBytes) / 1e9;
  const size = cacheSizes.find((candidate) => Number(candidate) >= gigabytes) ?? cacheSizes[cacheSizes.length - 1]!;
  return { entries, gigabytes, size };
}

/** What moving from one cache size to another saves a month (positive when `to` is cheaper). */
export function monthlyCacheSaving(from: CacheSize, to: CacheSize, prices: RegionPrices): number {
  return cacheMonthlyPrice(from, prices) - cacheMonthlyPrice(to, prices);
}

/** True for the sizes AWS offers. */
export const isCacheSize = (value: string | null): value is CacheSize => value !== null && (cacheSizes as string[]).includes(value);
