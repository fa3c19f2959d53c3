import { describe, expect, it } from "vitest";
import { ModelValidators, bodyValidationErrors, missingRequiredParameters } from "./request-validation";
import type { ApiSnapshot } from "../control-plane/apigateway/api-snapshot";
import type { Method } from "../control-plane/apigateway/types";

const method: Method = {
  httpMethod: "GET",
  authorizationType: "NONE",
  apiKeyRequired: false,
  requestParameters: { "method.request.querystring.name": true, "method.request.header.X-Team": true, "method.request.querystring.page": false },
};

const snapshot = (models: Record<string, unknown>[]): ApiSnapshot =>
  ({ restApi: { id: "api1" }, resources: [], models, requestValidators: [], authorizers: [], gatewayResponses: [] }) as unknown as ApiSnapshot;

const pet = {
  name: "Pet",
  schema: JSON.stringify({ $schema: "http://json-schema.org/draft-04/schema#", type: "object", required: ["name"], properties: { name: { type: "string" }, owner: { $ref: "https://apigateway.amazonaws.com/restapis/api1/models/Owner" } } }),
};
const owner = { name: "Owner", schema: JSON.stringify({ type: "object", required: ["id"], properties: { id: { type: "integer" } } }) };

describe("missingRequiredParameters", () => {
  it("lists the required parameters that are absent, in declaration order", () => {
    expect(missingRequiredParameters(method, { path: {}, query: {}, headers: {} })).toEqual(["name", "X-Team"]);
  });

  it("accepts headers whatever their case and ignores optional parameters", () => {
    expect(missingRequiredParameters(method, { path: {}, query: { name: ["a"] }, headers: { "x-team": ["t"] } })).toEqual([]);
  });
});

describe("bodyValidationErrors", () => {
  it("accepts a body that satisfies the model", () => {
    expect(bodyValidationErrors(new ModelValidators(snapshot([pet, owner])), "Pet", '{"name":"Rex","owner":{"id":1}}')).toBeUndefined();
  });

  it("reports a missing required property and a bad referenced model", () => {
    const models = new ModelValidators(snapshot([pet, owner]));
    expect(bodyValidationErrors(models, "Pet", "{}")).toContain("must have required property 'name'");
    expect(bodyValidationErrors(models, "Pet", '{"name":"Rex","owner":{"id":"x"}}')).toContain("/owner/id must be integer");
  });

  it("reports a body that is not JSON", () => {
    expect(bodyValidationErrors(new ModelValidators(snapshot([pet, owner])), "Pet", "{nope")).toBe("[Invalid JSON in request body]");
  });
});
