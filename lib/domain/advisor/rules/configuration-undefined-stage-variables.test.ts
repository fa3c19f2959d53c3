import { describe, expect, it } from "vitest";
import { advisorSnapshot, httpIntegration, resource, securedMethod, stage, withResources } from "../snapshot-fixtures.test-support";
import { undefinedStageVariablesRule } from "./configuration-undefined-stage-variables";

describe("configuration.undefined-stage-variable", () => {
  it("stays silent when every stage defines the variables the working copy uses", () => {
    expect(undefinedStageVariablesRule.evaluate(advisorSnapshot())).toEqual([]);
  });

  it("fires per stage missing a variable, naming where it is used", () => {
    const base = withResources(advisorSnapshot(), [
      resource("res-pets", "/pets", [securedMethod("GET"), securedMethod("POST", { methodIntegration: httpIntegration({ uri: "https://${stageVariables.backendHost}/${stageVariables.basePath}/pets" }) })]),
    ]);
    const snapshot = { ...base, stages: [stage("dev", undefined, { backendHost: "dev.example.com", basePath: "api" }), stage("prod", undefined, {})] };
    const findings = undefinedStageVariablesRule.evaluate(snapshot);
    expect(findings.map((finding) => finding.key)).toEqual(["configuration.undefined-stage-variable:stage:prod"]);
    expect(findings[0]).toMatchObject({ severity: "high", fix: null });
    expect(findings[0]!.evidence).toEqual([
      "Stage prod: backendHost is not defined; used in integration URI of GET /pets, integration URI of POST /pets",
      "Stage prod: basePath is not defined; used in integration URI of POST /pets",
    ]);
  });
});
