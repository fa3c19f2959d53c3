import { describe, expect, it } from "vitest";
import { advisorSnapshot, fixtureApiId, withStageSettings } from "../snapshot-fixtures.test-support";
import type { MethodSettingValues } from "../../stage-settings";
import { stageUnthrottledRule, suggestedStageThrottle } from "./throttling-stage-unthrottled";

const withProdDefaults = (defaults: MethodSettingValues, snapshot = advisorSnapshot()) =>
  withStageSettings(snapshot, "prod", (settings) => ({ ...settings, methodSettings: { "*/*": defaults } }));

describe("throttling.stage-unthrottled", () => {
  it("stays silent when every stage has a rate limit below the account's", () => {
    expect(stageUnthrottledRule.evaluate(advisorSnapshot())).toEqual([]);
  });

  it("fires on a stage with no rate limit and plans a stage default of 1,000/s, burst 2,000", () => {
    const [finding, ...rest] = stageUnthrottledRule.evaluate(withProdDefaults({ loggingLevel: "ERROR" }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "throttling.stage-unthrottled:stage:prod", severity: "high", category: "throttling", subject: { kind: "stage", stageName: "prod" } });
    expect(finding!.evidence).toEqual([
      "Stage prod: no rate limit set in the stage defaults (*/*)",
      "Account limit: 10,000 requests/s, burst 5,000",
      "Proposed: 1,000 requests/s, burst 2,000: a tenth of the account rate (at most 1,000/s) or ten times the stage's average traffic, whichever is higher",
    ]);
    expect(finding!.fix!.plan.steps.map((step) => step.call)).toEqual([
      {
        operation: "UpdateStage",
        input: {
          restApiId: fixtureApiId,
          stageName: "prod",
          patchOperations: [
            { op: "replace", path: "/*/*/throttling/rateLimit", value: "1000" },
            { op: "replace", path: "/*/*/throttling/burstLimit", value: "2000" },
          ],
        },
      },
    ]);
  });

  it("treats -1 (AWS's unset) and a rate at the account limit as unthrottled", () => {
    expect(stageUnthrottledRule.evaluate(withProdDefaults({ throttlingRateLimit: -1, throttlingBurstLimit: -1 }))).toHaveLength(1);
    const atLimit = stageUnthrottledRule.evaluate(withProdDefaults({ throttlingRateLimit: 10_000, throttlingBurstLimit: 5_000 }));
    expect(atLimit[0]!.evidence[0]).toBe("Stage prod: rate limit 10,000 requests/s, not below the account's 10,000 requests/s in the stage defaults (*/*)");
  });

  it("sizes the proposal from traffic and never above the account's limits", () => {
    const busy = advisorSnapshot({ metrics: { periodDays: 1, stages: [{ stageName: "prod", requests: 86_400 * 250, cacheHits: 0, cacheMisses: 0 }], methods: [] } });
    const [finding] = stageUnthrottledRule.evaluate(withProdDefaults({}, busy));
    expect(finding!.fix!.plan.steps[0]!.call.input).toMatchObject({
      patchOperations: [
        { path: "/*/*/throttling/rateLimit", value: "2500" },
        { path: "/*/*/throttling/burstLimit", value: "5000" },
      ],
    });
    expect(suggestedStageThrottle({ rateLimit: 100, burstLimit: 50 }, 0)).toEqual({ rateLimit: 10, burstLimit: 20 });
    expect(suggestedStageThrottle({ rateLimit: 100, burstLimit: 50 }, 1_000)).toEqual({ rateLimit: 50, burstLimit: 50 });
  });

  it("falls back to AWS's default account limit when the account reports none, and says so", () => {
    const snapshot = withProdDefaults({}, advisorSnapshot({ account: { throttle: null } }));
    expect(stageUnthrottledRule.evaluate(snapshot)[0]!.evidence[1]).toBe("Account limit: 10,000 requests/s, burst 5,000 (AWS's default; the account did not report its own)");
  });
});
