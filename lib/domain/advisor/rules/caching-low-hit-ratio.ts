import { cacheMonthlyPrice, formatUsd } from "../../cost-model";
import { pricesFor } from "../../price-table";
import { isCacheSize } from "../cache-sizing";
import { count, findingOf } from "../finding";
import type { AdvisorRule } from "../types";

/** Below this many lookups in the window the ratio says little, so the rule stays silent. */
export const minimumLookups = 1_000;
export const lowHitRatio = 0.2;

export const cacheLowHitRatioRule: AdvisorRule = {
  id: "caching.low-hit-ratio",
  category: "caching",
  severity: "medium",
  title: "Cache hit ratio under 20%",
  why: "A cache that rarely answers still costs its hourly price and adds a lookup to every request, while the backend takes almost the full load.",
  evaluate(snapshot) {
    const metrics = snapshot.metrics;
    if (!metrics) return [];
    const { prices } = pricesFor(snapshot.environment.region);
    return snapshot.stages.flatMap((stage) => {
      const traffic = metrics.stages.find((entry) => entry.stageName === stage.stageName);
      const lookups = traffic ? traffic.cacheHits + traffic.cacheMisses : 0;
      if (!stage.settings.cacheCluster.enabled || !traffic || lookups < minimumLookups) return [];
      const ratio = traffic.cacheHits / lookups;
      if (ratio >= lowHitRatio) return [];
      const size = stage.settings.cacheCluster.size;
      return [
        findingOf(cacheLowHitRatioRule, {
          subject: { kind: "stage", stageName: stage.stageName },
          evidence: [
            `Stage ${stage.stageName}: cache hit ratio ${(ratio * 100).toFixed(1)}% (${count(traffic.cacheHits)} hits, ${count(traffic.cacheMisses)} misses in ${metrics.periodDays} days)`,
            ...(isCacheSize(size) ? [`Cache cluster ${size} GB costs ${formatUsd(cacheMonthlyPrice(size, prices))} / month`] : []),
          ],
          // Whether to tune keys and TTL or drop the cache depends on the API's data.
          fix: null,
          remedy: `Check ${stage.stageName}'s cache keys (each extra key parameter splits the cache), raise the TTL if the data allows, and look for clients sending Cache-Control: max-age=0; if responses are unique per caller, turn the cache off.`,
        }),
      ];
    });
  },
};
