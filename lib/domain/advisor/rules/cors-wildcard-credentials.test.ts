import { describe, expect, it } from "vitest";
import type { SnapshotMethod } from "../../api-snapshot";
import { advisorSnapshot, customisedDefaults, fixtureApiId, httpIntegration, resource, securedMethod, withResources } from "../snapshot-fixtures.test-support";
import { corsWildcardCredentialsRule } from "./cors-wildcard-credentials";

const corsHeaders = (origin: string) => ({
  "method.response.header.Access-Control-Allow-Origin": origin,
  "method.response.header.Access-Control-Allow-Credentials": "'true'",
});

function corsGet(origin: string): SnapshotMethod {
  return securedMethod("GET", {
    methodResponses: { "200": { statusCode: "200", responseParameters: { "method.response.header.Access-Control-Allow-Origin": false, "method.response.header.Access-Control-Allow-Credentials": false } } },
    methodIntegration: httpIntegration({ integrationResponses: { "200": { statusCode: "200", selectionPattern: "", responseParameters: corsHeaders(origin) } } }),
  });
}

const withGet = (origin: string) => withResources(advisorSnapshot(), [resource("res-pets", "/pets", [corsGet(origin)])]);

describe("cors.wildcard-with-credentials", () => {
  it("stays silent when the origin is a listed one", () => {
    expect(corsWildcardCredentialsRule.evaluate(withGet("'https://app.example.com'"))).toEqual([]);
  });

  it("fires on a method and a gateway response sending * with credentials, and plans to drop only the credentials header", () => {
    const gatewayParameters = { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'", "gatewayresponse.header.Access-Control-Allow-Credentials": "'true'" };
    const base = withGet("'*'");
    const [fourxx, fivexx] = customisedDefaults();
    const snapshot = { ...base, api: { ...base.api, gatewayResponses: [{ ...fourxx!, responseParameters: gatewayParameters }, fivexx!] } };
    const [finding, ...rest] = corsWildcardCredentialsRule.evaluate(snapshot);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "cors.wildcard-with-credentials:api", severity: "medium", category: "cors", subject: { kind: "api" } });
    expect(finding!.evidence).toEqual([
      "GET /pets 200: Access-Control-Allow-Origin '*' with Access-Control-Allow-Credentials 'true'",
      "Gateway response DEFAULT_4XX: Access-Control-Allow-Origin '*' with Access-Control-Allow-Credentials 'true'",
    ]);
    const at = { restApiId: fixtureApiId, resourceId: "res-pets", httpMethod: "GET", statusCode: "200" };
    const remove = [{ op: "remove", path: "/responseParameters/method.response.header.Access-Control-Allow-Credentials" }];
    expect(finding!.fix!.plan.steps.map((step) => step.call)).toEqual([
      { operation: "UpdateIntegrationResponse", input: { ...at, patchOperations: remove } },
      { operation: "UpdateMethodResponse", input: { ...at, patchOperations: remove } },
      {
        operation: "PutGatewayResponse",
        input: { restApiId: fixtureApiId, responseType: "DEFAULT_4XX", responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" }, responseTemplates: fourxx!.responseTemplates },
      },
    ]);
  });

  it("does not fire on a wildcard origin without credentials", () => {
    const method = corsGet("'*'");
    method.methodIntegration!.integrationResponses!["200"]!.responseParameters = { "method.response.header.Access-Control-Allow-Origin": "'*'" };
    expect(corsWildcardCredentialsRule.evaluate(withResources(advisorSnapshot(), [resource("res-pets", "/pets", [method])]))).toEqual([]);
  });
});
