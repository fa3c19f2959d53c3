import { describe, expect, it } from "vitest";
import type { MethodSnapshot, ResourceSnapshot } from "./api-design";
import { describeMethods, methodsUsingModel, referencedModelNames } from "./model";

const method = (httpMethod: string, extra: Partial<MethodSnapshot>): MethodSnapshot => ({
  httpMethod, authorizationType: "NONE", authorizerId: null, requestValidatorId: null, requestModels: {}, integrationType: "MOCK", methodResponses: {}, integrationResponses: {}, responseModels: {}, ...extra,
});

describe("models", () => {
  it("finds the models a schema refers to", () => {
    const schema = JSON.stringify({ properties: { owner: { $ref: "https://apigateway.amazonaws.com/restapis/abc/models/Owner" }, tags: { items: { $ref: "https://apigateway.amazonaws.com/restapis/abc/models/Tag" } }, again: { $ref: "https://apigateway.amazonaws.com/restapis/abc/models/Owner" } } });
    expect(referencedModelNames(schema)).toEqual(["Owner", "Tag"]);
  });

  it("lists the methods whose request or response uses a model", () => {
    const resources: ResourceSnapshot[] = [
      { id: "r2", path: "/pets", methods: [method("POST", { requestModels: { "application/json": "Pet" } }), method("GET", { responseModels: { "200": { "application/json": "Pet" } } }), method("PUT", {})] },
      { id: "r1", path: "/owners", methods: [method("GET", { requestModels: { "application/json": "Owner" } })] },
    ];
    const users = methodsUsingModel(resources, "Pet");
    expect(users.map((m) => `${m.httpMethod} ${m.path}`)).toEqual(["GET /pets", "POST /pets"]);
    expect(describeMethods(users)).toBe("GET /pets and POST /pets");
    expect(describeMethods([...users, ...users], 3)).toBe("GET /pets, POST /pets, GET /pets and 1 more");
  });
});
