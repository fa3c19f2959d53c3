import { describe, expect, it } from "vitest";
import { advisorSnapshot, withStageSettings } from "../snapshot-fixtures.test-support";
import { cacheLowHitRatioRule } from "./caching-low-hit-ratio";

const cached = (cacheHits: number, cacheMisses: number) =>
  withStageSettings(advisorSnapshot({ metrics: { periodDays: 14, stages: [{ stageName: "prod", requests: cacheHits + cacheMisses, cacheHits, cacheMisses }], methods: [] } }), "prod", (settings) => ({
    ...settings,
    cacheCluster: { enabled: true, size: "0.5", status: "AVAILABLE" },
  }));

describe("caching.low-hit-ratio", () => {
  it("stays silent at a 20% hit ratio or above, and on too few lookups to judge", () => {
    expect(cacheLowHitRatioRule.evaluate(cached(2_000, 8_000))).toEqual([]);
    expect(cacheLowHitRatioRule.evaluate(cached(10, 900))).toEqual([]);
  });

  it("fires under 20% with the ratio, counts and the cache's monthly price", () => {
    const [finding, ...rest] = cacheLowHitRatioRule.evaluate(cached(1_250, 8_750));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "caching.low-hit-ratio:stage:prod", severity: "medium", fix: null });
    expect(finding!.evidence).toEqual(["Stage prod: cache hit ratio 12.5% (1,250 hits, 8,750 misses in 14 days)", "Cache cluster 0.5 GB costs $14.60 / month"]);
  });
});
