import { describe, expect, it } from "vitest";
import { advisorSnapshot, resource, securedMethod, withResources } from "../snapshot-fixtures.test-support";
import type { AdvisorUsagePlan } from "../types";
import { apiKeyUncoveredRule } from "./throttling-api-key-uncovered";

const keyed = () => withResources(advisorSnapshot(), [resource("res-pets", "/pets", [securedMethod("GET", { apiKeyRequired: true }), securedMethod("POST")])]);
const plan = (stageNames: string[]): AdvisorUsagePlan => ({ id: "up1", name: "Gold", throttle: null, quota: { limit: 1000, period: "DAY" }, apiStages: stageNames.map((stageName) => ({ stageName, throttle: {} })) });

describe("throttling.api-key-without-usage-plan", () => {
  it("stays silent when no method requires a key, or every stage is covered", () => {
    expect(apiKeyUncoveredRule.evaluate(advisorSnapshot())).toEqual([]);
    expect(apiKeyUncoveredRule.evaluate({ ...keyed(), usagePlans: [plan(["dev", "prod"])] })).toEqual([]);
  });

  it("fires per stage no usage plan covers, naming the key-required methods", () => {
    const findings = apiKeyUncoveredRule.evaluate({ ...keyed(), usagePlans: [plan(["prod"])] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ key: "throttling.api-key-without-usage-plan:stage:dev", severity: "high", category: "throttling", fix: null });
    expect(findings[0]!.evidence).toEqual(["Stage dev: no usage plan covers it", "1 method requires an API key: GET /pets"]);
  });
});
