import { describe, expect, it } from "vitest";
import { advisorSnapshot, fixtureApiId, withStageSettings } from "../snapshot-fixtures.test-support";
import type { AdvisorSnapshot } from "../types";
import { cacheOversizedRule } from "./caching-oversized";

const day = 86_400;

function cached(size: string, lookupsPerSecond: number): AdvisorSnapshot {
  const metrics = { periodDays: 14, stages: [{ stageName: "prod", requests: lookupsPerSecond * 14 * day, cacheHits: lookupsPerSecond * 7 * day, cacheMisses: lookupsPerSecond * 7 * day }], methods: [] };
  return withStageSettings(advisorSnapshot({ metrics }), "prod", (settings) => ({ ...settings, cacheCluster: { enabled: true, size, status: "AVAILABLE" } }));
}

describe("caching.cache-oversized", () => {
  it("stays silent when the size fits the traffic, and without a cache", () => {
    expect(cacheOversizedRule.evaluate(cached("0.5", 1))).toEqual([]);
    expect(cacheOversizedRule.evaluate(cached("13.5", 100))).toEqual([]);
    expect(cacheOversizedRule.evaluate(advisorSnapshot())).toEqual([]);
  });

  it("fires on a 6.1 GB cache serving 1 lookup/s, with the saving and the heuristic's figures, and plans the resize", () => {
    const [finding, ...rest] = cacheOversizedRule.evaluate(cached("6.1", 1));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "caching.cache-oversized:stage:prod", severity: "medium", category: "caching", monthlySavingUsd: 131.4 });
    expect(finding!.evidence).toEqual([
      "Stage prod: 6.1 GB cache at $146.00 / month",
      "1,209,600 cache lookups in 14 days, TTL 300 s",
      "Sizing: at 10× the average lookup rate, every lookup within one TTL a distinct 16 KB entry (doubled for overhead): 3,000 entries, 0.098 GB",
      "0.5 GB holds that at $14.60 / month: $131.40 / month less",
    ]);
    expect(finding!.fix!.plan.steps.map((step) => step.call)).toEqual([
      { operation: "UpdateStage", input: { restApiId: fixtureApiId, stageName: "prod", patchOperations: [{ op: "replace", path: "/cacheClusterSize", value: "0.5" }] } },
    ]);
  });

  it("stays silent while the cluster is being created or resized", () => {
    const snapshot = withStageSettings(cached("6.1", 1), "prod", (settings) => ({ ...settings, cacheCluster: { ...settings.cacheCluster, status: "CREATE_IN_PROGRESS" } }));
    expect(cacheOversizedRule.evaluate(snapshot)).toEqual([]);
  });

  it("stays silent without metrics rather than guess", () => {
    expect(cacheOversizedRule.evaluate({ ...cached("6.1", 1), metrics: null })).toEqual([]);
  });
});
