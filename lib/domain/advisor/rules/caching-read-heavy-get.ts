import { cacheMonthlyPrice, formatUsd } from "../../cost-model";
import { pricesFor } from "../../price-table";
import type { StageSummary } from "../../stage";
import { methodSettingKey } from "../../method-settings-patch";
import { count, findingOf } from "../finding";
import type { AdvisorMethodTraffic, AdvisorRule, AdvisorSnapshot } from "../types";

/** A GET is read-heavy from this many requests a day on average: enough for a 0.5 GB cache to pay for itself in backend load. */
export const readHeavyRequestsPerDay = 10_000;
/** The saving is estimated at this hit ratio, a cautious figure for a GET without per-caller data. */
export const assumedHitRatio = 0.5;

/** Caching applies to a method when the stage has a cluster and the method's setting (or the stage default) enables it. */
function cachingOn(stage: StageSummary, traffic: AdvisorMethodTraffic): boolean {
  if (!stage.settings.cacheCluster.enabled) return false;
  const own = stage.settings.methodSettings[methodSettingKey({ resourcePath: traffic.resourcePath, httpMethod: traffic.httpMethod })];
  return (own?.cachingEnabled ?? stage.settings.methodSettings["*/*"]?.cachingEnabled) === true;
}

function resourceIdOf(snapshot: AdvisorSnapshot, path: string): string | null {
  return snapshot.api.resources.find((resource) => resource.path === path && resource.methods.GET)?.id ?? null;
}

export const readHeavyGetRule: AdvisorRule = {
  id: "caching.read-heavy-get-uncached",
  category: "caching",
  severity: "low",
  title: "Busy GET method without caching",
  why: "Answering repeated reads from the stage cache takes load and latency off the backend for a fixed hourly price.",
  evaluate(snapshot) {
    const metrics = snapshot.metrics;
    if (!metrics) return [];
    const { prices } = pricesFor(snapshot.environment.region);
    return metrics.methods.flatMap((traffic) => {
      const stage = snapshot.stages.find((candidate) => candidate.stageName === traffic.stageName);
      const resourceId = resourceIdOf(snapshot, traffic.resourcePath);
      const perDay = traffic.requests / metrics.periodDays;
      if (traffic.httpMethod !== "GET" || !stage || !resourceId || perDay < readHeavyRequestsPerDay || cachingOn(stage, traffic)) return [];
      const avoidedPerMonth = Math.round(perDay * 30 * assumedHitRatio);
      const p50 = traffic.integrationLatencyP50Ms;
      return [
        findingOf(readHeavyGetRule, {
          subject: { kind: "method", resourceId, resourcePath: traffic.resourcePath, httpMethod: "GET", stageName: stage.stageName },
          evidence: [
            `GET ${traffic.resourcePath} on ${stage.stageName}: ${count(traffic.requests)} requests in ${metrics.periodDays} days (${count(Math.round(perDay))} a day), not cached`,
            `Estimated saving at a ${assumedHitRatio * 100}% hit ratio: ${count(avoidedPerMonth)} backend calls a month${p50 !== null ? `, each cached answer about ${count(p50)} ms faster (integration p50)` : ""}`,
            `The smallest cache (0.5 GB) costs ${formatUsd(cacheMonthlyPrice("0.5", prices))} / month`,
          ],
          // A cache changes what callers see (staleness, per-caller data), so a person decides the TTL and keys.
          fix: null,
          remedy: `If GET ${traffic.resourcePath} returns the same data to every caller for a while, enable the stage cache on ${stage.stageName} and caching for this method with a TTL the data allows, keying on the query parameters that change the answer.`,
        }),
      ];
    });
  },
};
