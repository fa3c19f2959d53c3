import { cacheMonthlyPrice, formatUsd, roundCents } from "../../cost-model";
import { planStep } from "../../plan";
import { pricesFor } from "../../price-table";
import { stageDefaultSettings } from "../../stage-settings";
import { assumedPeakFactor, cacheNeed, defaultCacheTtlSeconds, isCacheSize, monthlyCacheSaving } from "../cache-sizing";
import { count, findingOf } from "../finding";
import type { AdvisorRule } from "../types";

export const cacheOversizedRule: AdvisorRule = {
  id: "caching.cache-oversized",
  category: "caching",
  severity: "medium",
  title: "Cache cluster larger than its traffic needs",
  why: "A cache cluster is billed by the hour for its size whatever it holds, so a cluster far larger than the working set is money spent on empty memory.",
  evaluate(snapshot) {
    const metrics = snapshot.metrics;
    if (!metrics) return [];
    const { prices, fallback } = pricesFor(snapshot.environment.region);
    return snapshot.stages.flatMap((stage) => {
      const current = stage.settings.cacheCluster.size;
      const traffic = metrics.stages.find((entry) => entry.stageName === stage.stageName);
      // A cluster being created, resized or deleted has no settled traffic to size it by.
      const settled = stage.settings.cacheCluster.status === null || stage.settings.cacheCluster.status === "AVAILABLE";
      if (!stage.settings.cacheCluster.enabled || !settled || !isCacheSize(current) || !traffic) return [];
      const ttl = stageDefaultSettings(stage.settings).cacheTtlInSeconds ?? defaultCacheTtlSeconds;
      const lookups = traffic.cacheHits + traffic.cacheMisses;
      const need = cacheNeed(lookups, metrics.periodDays, ttl);
      const saving = roundCents(monthlyCacheSaving(current, need.size, prices));
      if (saving <= 0) return [];
      const summary = `Resize ${stage.stageName}'s cache from ${current} GB to ${need.size} GB, saving ${formatUsd(saving)} / month`;
      return [
        findingOf(cacheOversizedRule, {
          subject: { kind: "stage", stageName: stage.stageName },
          monthlySavingUsd: saving,
          evidence: [
            `Stage ${stage.stageName}: ${current} GB cache at ${formatUsd(cacheMonthlyPrice(current, prices))} / month${fallback ? ` (${snapshot.environment.region} priced as us-east-1)` : ""}`,
            `${count(lookups)} cache lookups in ${metrics.periodDays} days, TTL ${count(ttl)} s`,
            `Sizing: at ${assumedPeakFactor}× the average lookup rate, every lookup within one TTL a distinct 16 KB entry (doubled for overhead): ${count(need.entries)} entries, ${need.gigabytes.toFixed(3)} GB`,
            `${need.size} GB holds that at ${formatUsd(cacheMonthlyPrice(need.size, prices))} / month: ${formatUsd(saving)} / month less`,
          ],
          fix: {
            summary,
            plan: {
              steps: [planStep(`${stage.stageName}:cache-size`, summary, { operation: "UpdateStage", input: { restApiId: snapshot.api.restApi.id, stageName: stage.stageName, patchOperations: [{ op: "replace", path: "/cacheClusterSize", value: need.size }] } })],
              notes: [{ title: "The cache starts empty", text: "Resizing recreates the cache cluster, which takes several minutes; responses come from the backend until it fills again." }],
            },
          },
          remedy: `Resize ${stage.stageName}'s cache cluster to ${need.size} GB.`,
        }),
      ];
    });
  },
};
