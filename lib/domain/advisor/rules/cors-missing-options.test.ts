import { describe, expect, it } from "vitest";
import { advisorSnapshot, corsMethod, fixtureApiId, resource, withResources } from "../snapshot-fixtures.test-support";
import { corsMissingOptionsRule } from "./cors-missing-options";

const origin = { "Access-Control-Allow-Origin": "'https://app.example.com'" };
const preflight = { ...origin, "Access-Control-Allow-Methods": "'OPTIONS,GET,POST'", "Access-Control-Allow-Headers": "'Content-Type'" };

describe("cors.missing-options", () => {
  it("stays silent when the resource has an OPTIONS method", () => {
    const snapshot = withResources(advisorSnapshot(), [resource("res-pets", "/pets", [corsMethod("GET", origin), corsMethod("OPTIONS", preflight)])]);
    expect(corsMissingOptionsRule.evaluate(snapshot)).toEqual([]);
  });

  it("fires on methods sending CORS headers without OPTIONS and plans the configurator's preflight for the same origin", () => {
    const snapshot = withResources(advisorSnapshot(), [resource("res-pets", "/pets", [corsMethod("GET", origin), corsMethod("POST", origin)])]);
    const [finding, ...rest] = corsMissingOptionsRule.evaluate(snapshot);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "cors.missing-options:method:res-pets:OPTIONS", severity: "medium", category: "cors" });
    expect(finding!.evidence).toEqual(["/pets: GET, POST send Access-Control-Allow-Origin 'https://app.example.com'", "/pets has no OPTIONS method to answer preflight requests"]);
    const at = { restApiId: fixtureApiId, resourceId: "res-pets", httpMethod: "OPTIONS" };
    const headers = {
      "method.response.header.Access-Control-Allow-Headers": "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'",
      "method.response.header.Access-Control-Allow-Methods": "'OPTIONS,GET,POST'",
      "method.response.header.Access-Control-Allow-Origin": "'https://app.example.com'",
    };
    expect(finding!.fix!.plan.steps.map((step) => step.call)).toEqual([
      { operation: "PutMethod", input: { ...at, authorizationType: "NONE" } },
      { operation: "PutIntegration", input: { ...at, type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } } },
      { operation: "PutMethodResponse", input: { ...at, statusCode: "200", responseParameters: Object.fromEntries(Object.keys(headers).map((key) => [key, false])) } },
      { operation: "PutIntegrationResponse", input: { ...at, statusCode: "200", responseParameters: headers, responseTemplates: { "application/json": "" } } },
    ]);
  });

  it("offers no automated fix when the origin is not a static value", () => {
    const snapshot = withResources(advisorSnapshot(), [resource("res-pets", "/pets", [corsMethod("GET", { "Access-Control-Allow-Origin": "method.request.header.Origin" })])]);
    expect(corsMissingOptionsRule.evaluate(snapshot)[0]!.fix).toBeNull();
  });
});
