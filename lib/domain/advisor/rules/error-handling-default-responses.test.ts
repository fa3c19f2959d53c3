import { describe, expect, it } from "vitest";
import { safeErrorTemplate } from "../../gateway-response-preset";
import { advisorSnapshot, fixtureApiId } from "../snapshot-fixtures.test-support";
import { defaultResponsesRule } from "./error-handling-default-responses";

describe("error-handling.default-responses", () => {
  it("stays silent when DEFAULT_4XX and DEFAULT_5XX are customised", () => {
    expect(defaultResponsesRule.evaluate(advisorSnapshot())).toEqual([]);
  });

  it("fires when both are AWS's defaults and plans the safe error preset for both", () => {
    const base = advisorSnapshot();
    const [finding, ...rest] = defaultResponsesRule.evaluate({ ...base, api: { ...base.api, gatewayResponses: [] } });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "error-handling.default-responses:api", severity: "medium", category: "error-handling" });
    expect(finding!.evidence).toEqual(["DEFAULT_4XX: AWS's default response (not customised)", "DEFAULT_5XX: AWS's default response (not customised)"]);
    expect(finding!.fix!.plan.steps.map((step) => step.call)).toEqual(
      ["DEFAULT_4XX", "DEFAULT_5XX"].map((responseType) => ({
        operation: "PutGatewayResponse",
        input: { restApiId: fixtureApiId, responseType, responseParameters: {}, responseTemplates: { "application/json": safeErrorTemplate } },
      })),
    );
  });

  it("leaves a type someone customised out of the fix", () => {
    const base = advisorSnapshot();
    const custom = { responseType: "DEFAULT_4XX", statusCode: "400", responseParameters: {}, responseTemplates: { "application/json": '{"error": "bad"}' } };
    const [finding] = defaultResponsesRule.evaluate({ ...base, api: { ...base.api, gatewayResponses: [custom] } });
    expect(finding!.evidence).toEqual(["DEFAULT_5XX: AWS's default response (not customised)"]);
    expect(finding!.fix!.plan.steps.map((step) => step.call.input)).toEqual([
      { restApiId: fixtureApiId, responseType: "DEFAULT_5XX", responseParameters: {}, responseTemplates: { "application/json": safeErrorTemplate } },
    ]);
  });
});
