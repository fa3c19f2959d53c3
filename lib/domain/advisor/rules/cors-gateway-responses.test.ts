import { describe, expect, it } from "vitest";
import { advisorSnapshot, corsMethod, customisedDefaults, fixtureApiId, resource, withResources } from "../snapshot-fixtures.test-support";
import { corsGatewayResponsesRule } from "./cors-gateway-responses";
import type { AdvisorSnapshot } from "../types";

const preflight = { "Access-Control-Allow-Origin": "'https://app.example.com'", "Access-Control-Allow-Methods": "'OPTIONS,GET'", "Access-Control-Allow-Headers": "'Content-Type'" };

function corsApi(): AdvisorSnapshot {
  return withResources(advisorSnapshot(), [resource("res-pets", "/pets", [corsMethod("GET", { "Access-Control-Allow-Origin": "'https://app.example.com'" }), corsMethod("OPTIONS", preflight)])]);
}

describe("cors.gateway-responses-without-cors", () => {
  it("stays silent on an API without CORS", () => {
    expect(corsGatewayResponsesRule.evaluate(advisorSnapshot())).toEqual([]);
  });

  it("fires when DEFAULT_4XX/5XX lack CORS headers and plans the preflight's headers onto them, keeping their body", () => {
    const [finding, ...rest] = corsGatewayResponsesRule.evaluate(corsApi());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "cors.gateway-responses-without-cors:api", severity: "medium", category: "cors" });
    expect(finding!.evidence).toEqual(["DEFAULT_4XX: no Access-Control-Allow-Origin header", "DEFAULT_5XX: no Access-Control-Allow-Origin header", "The API's methods answer browsers with CORS headers"]);
    const responseParameters = {
      "gatewayresponse.header.Access-Control-Allow-Headers": "'Content-Type'",
      "gatewayresponse.header.Access-Control-Allow-Methods": "'OPTIONS,GET'",
      "gatewayresponse.header.Access-Control-Allow-Origin": "'https://app.example.com'",
    };
    expect(finding!.fix!.plan.steps.map((step) => step.call)).toEqual(
      customisedDefaults().map(({ responseType, responseTemplates }) => ({ operation: "PutGatewayResponse", input: { restApiId: fixtureApiId, responseType, responseParameters, responseTemplates } })),
    );
  });

  it("stays silent once both carry Access-Control-Allow-Origin", () => {
    const base = corsApi();
    const gatewayResponses = customisedDefaults().map((response) => ({ ...response, responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'https://app.example.com'" } }));
    expect(corsGatewayResponsesRule.evaluate({ ...base, api: { ...base.api, gatewayResponses } })).toEqual([]);
  });
});
