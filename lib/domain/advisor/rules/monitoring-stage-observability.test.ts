import { describe, expect, it } from "vitest";
import { advisorSnapshot, fixtureApiId, withStageSettings } from "../snapshot-fixtures.test-support";
import { stageObservabilityRule } from "./monitoring-stage-observability";

const dark = (stageName: string) =>
  withStageSettings(advisorSnapshot(), stageName, (settings) => ({
    ...settings,
    methodSettings: { "*/*": { throttlingRateLimit: 500, throttlingBurstLimit: 1_000, loggingLevel: "OFF" } },
    accessLog: null,
    tracingEnabled: false,
  }));

describe("monitoring.stage-observability", () => {
  it("stays silent on a protected stage with logs, metrics and tracing, and on unprotected stages", () => {
    expect(stageObservabilityRule.evaluate(advisorSnapshot())).toEqual([]);
    expect(stageObservabilityRule.evaluate(dark("dev"))).toEqual([]);
  });

  it("fires once per missing item with its own severity, evidence and fix", () => {
    const findings = stageObservabilityRule.evaluate(dark("prod"));
    expect(findings.map((finding) => [finding.key, finding.severity])).toEqual([
      ["monitoring.stage-observability:stage:prod:execution-logging", "medium"],
      ["monitoring.stage-observability:stage:prod:access-logs", "medium"],
      ["monitoring.stage-observability:stage:prod:detailed-metrics", "low"],
      ["monitoring.stage-observability:stage:prod:tracing", "low"],
    ]);
    expect(findings.map((finding) => finding.evidence[0])).toEqual([
      "Stage prod: execution logging OFF (stage defaults */*)",
      "Stage prod: access logging off",
      "Stage prod: detailed (per-method) metrics off; on, they cost about $3.00 / month for 2 methods",
      "Stage prod: X-Ray tracing off; on, traces cost $5.00 per million recorded (1 a second plus 5% of the rest)",
    ]);
    const calls = findings.map((finding) => finding.fix?.plan.steps.map((step) => step.call) ?? null);
    const update = (path: string, value: string) => [{ operation: "UpdateStage", input: { restApiId: fixtureApiId, stageName: "prod", patchOperations: [{ op: "replace", path, value }] } }];
    expect(calls).toEqual([update("/*/*/logging/loglevel", "ERROR"), null, update("/*/*/metrics/enabled", "true"), update("/tracingEnabled", "true")]);
  });
});

describe("monitoring.stage-observability without the account's CloudWatch role", () => {
  it("offers no automated logging fix and says to set the role first", () => {
    const snapshot = dark("prod");
    const findings = stageObservabilityRule.evaluate({ ...snapshot, account: { ...snapshot.account, cloudWatchRoleArn: null } });
    const logging = findings.find((finding) => finding.key.endsWith(":execution-logging"))!;
    expect(logging.fix).toBeNull();
    expect(logging.evidence).toEqual(["Stage prod: execution logging OFF (stage defaults */*); the account has no CloudWatch Logs role, which logging needs"]);
    expect(logging.remedy).toMatch(/^Set a CloudWatch Logs role ARN in the API Gateway account settings .*then set execution logging to ERROR on prod/);
  });
});
