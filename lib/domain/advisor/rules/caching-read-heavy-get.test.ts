import { describe, expect, it } from "vitest";
import { advisorSnapshot, methodTraffic, withStageSettings } from "../snapshot-fixtures.test-support";
import { readHeavyGetRule } from "./caching-read-heavy-get";

const busy = (overrides: Parameters<typeof methodTraffic>[0] = {}) =>
  advisorSnapshot({ metrics: { periodDays: 14, stages: [], methods: [methodTraffic({ requests: 14 * 50_000, integrationLatencyP50Ms: 85, ...overrides })] } });

describe("caching.read-heavy-get-uncached", () => {
  it("stays silent on a quiet GET and on a busy POST", () => {
    expect(readHeavyGetRule.evaluate(advisorSnapshot())).toEqual([]);
    expect(readHeavyGetRule.evaluate(busy({ httpMethod: "POST" }))).toEqual([]);
  });

  it("fires on a busy uncached GET with the estimated backend calls saved and the cache's price", () => {
    const [finding, ...rest] = readHeavyGetRule.evaluate(busy());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "caching.read-heavy-get-uncached:method:res-pets:GET:prod", severity: "low", category: "caching", fix: null });
    expect(finding!.evidence).toEqual([
      "GET /pets on prod: 700,000 requests in 14 days (50,000 a day), not cached",
      "Estimated saving at a 50% hit ratio: 750,000 backend calls a month, each cached answer about 85 ms faster (integration p50)",
      "The smallest cache (0.5 GB) costs $14.60 / month",
    ]);
  });

  it("stays silent when the stage caches the method", () => {
    const snapshot = withStageSettings(busy(), "prod", (settings) => ({
      ...settings,
      cacheCluster: { enabled: true, size: "0.5", status: "AVAILABLE" },
      methodSettings: { ...settings.methodSettings, "~1pets/GET": { cachingEnabled: true } },
    }));
    expect(readHeavyGetRule.evaluate(snapshot)).toEqual([]);
  });
});
