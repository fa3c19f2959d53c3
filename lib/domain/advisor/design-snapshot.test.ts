import { describe, expect, it } from "vitest";
import { designSnapshotOf } from "./design-snapshot";
import { advisorSnapshot, corsMethod, customisedDefaults, resource, withResources } from "./snapshot-fixtures.test-support";

describe("designSnapshotOf", () => {
  it("carries methods with their responses and marks every gateway response as customised", () => {
    const snapshot = withResources(advisorSnapshot(), [resource("res-pets", "/pets", [corsMethod("GET", { "Access-Control-Allow-Origin": "'*'" })])]);
    const design = designSnapshotOf(snapshot.api);
    expect(design.restApiId).toBe(snapshot.api.restApi.id);
    expect(design.resources).toEqual([
      {
        id: "res-pets",
        path: "/pets",
        methods: [
          {
            httpMethod: "GET",
            authorizationType: "AWS_IAM",
            authorizerId: null,
            requestValidatorId: null,
            requestModels: {},
            integrationType: "HTTP",
            methodResponses: { "200": { responseParameters: { "method.response.header.Access-Control-Allow-Origin": false } } },
            integrationResponses: { "200": { responseParameters: { "method.response.header.Access-Control-Allow-Origin": "'*'" }, responseTemplates: {} } },
            responseModels: { "200": {} },
          },
        ],
      },
    ]);
    expect(design.gatewayResponses).toEqual(customisedDefaults().map((response) => ({ ...response, statusCode: null, isDefault: false })));
  });
});
