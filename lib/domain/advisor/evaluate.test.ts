import { describe, expect, it } from "vitest";
import { evaluateAdvisor } from "./evaluate";
import { advisorSnapshot, withStageSettings } from "./snapshot-fixtures.test-support";
import type { AdvisorSnapshot } from "./types";

/** The journey's API: default error responses and an unthrottled prod stage. */
function neglected(): AdvisorSnapshot {
  const base = advisorSnapshot();
  return withStageSettings({ ...base, api: { ...base.api, gatewayResponses: [] } }, "prod", (settings) => ({ ...settings, methodSettings: { "*/*": { ...settings.methodSettings["*/*"], throttlingRateLimit: undefined, throttlingBurstLimit: undefined } } }));
}

describe("evaluateAdvisor", () => {
  it("finds nothing on the healthy fixture", () => {
    expect(evaluateAdvisor(advisorSnapshot())).toEqual({ findings: [], dismissed: [] });
  });

  it("sorts findings by severity, then category", () => {
    const { findings } = evaluateAdvisor(neglected());
    expect(findings.map((finding) => [finding.severity, finding.key])).toEqual([
      ["high", "throttling.stage-unthrottled:stage:prod"],
      ["medium", "error-handling.default-responses:api"],
    ]);
  });

  it("puts low findings last, after every medium one", () => {
    const snapshot = withStageSettings(neglected(), "prod", (settings) => ({ ...settings, tracingEnabled: false }));
    expect(evaluateAdvisor(snapshot).findings.map((finding) => [finding.severity, finding.key])).toEqual([
      ["high", "throttling.stage-unthrottled:stage:prod"],
      ["medium", "error-handling.default-responses:api"],
      ["low", "monitoring.stage-observability:stage:prod:tracing"],
    ]);
  });

  it("sets dismissed findings apart by key", () => {
    const result = evaluateAdvisor(neglected(), { dismissedKeys: ["throttling.stage-unthrottled:stage:prod"] });
    expect(result.findings.map((finding) => finding.key)).toEqual(["error-handling.default-responses:api"]);
    expect(result.dismissed.map((finding) => finding.key)).toEqual(["throttling.stage-unthrottled:stage:prod"]);
  });
});
