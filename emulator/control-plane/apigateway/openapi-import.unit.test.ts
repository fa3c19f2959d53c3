import { describe, expect, it } from "vitest";
import { canonicalizeModelRefs, importOpenApi } from "./openapi-import";

const swagger = {
  swagger: "2.0",
  info: { title: "legacy", version: "3" },
  basePath: "/prod/v2",
  consumes: ["application/json"],
  paths: {
    "/pets/{petId}": {
      parameters: [{ name: "petId", in: "path", required: true, type: "string" }],
      put: {
        parameters: [
          { name: "body", in: "body", required: true, schema: { $ref: "#/definitions/Pet" } },
          { name: "X-Trace", in: "header", required: true, type: "string" },
        ],
        responses: { "200": { description: "ok", schema: { $ref: "#/definitions/Pet" }, headers: { ETag: { type: "string" } } }, default: { description: "other" } },
        security: [{ sigv4: [] }],
        "x-amazon-apigateway-integration": { type: "aws_proxy", httpMethod: "post", uri: "arn:fn", passthroughBehavior: "never" },
      },
    },
  },
  definitions: { Pet: { type: "object", properties: { tag: { $ref: "#/definitions/Tag" } } }, Tag: { type: "string" } },
  securityDefinitions: { sigv4: { type: "apiKey", name: "Authorization", in: "header", "x-amazon-apigateway-authtype": "awsSigv4" } },
  "x-amazon-apigateway-api-key-source": "AUTHORIZER",
};

describe("OpenAPI import", () => {
  it("creates every ancestor of each path, parents first", () => {
    const definition = importOpenApi(swagger, { basepath: "ignore" });
    expect(definition.resources.map((r) => r.path)).toEqual(["/", "/pets", "/pets/{petId}"]);
  });

  it("reads a Swagger 2.0 operation into a method: path-level parameters, body model, responses, IAM", () => {
    const put = importOpenApi(swagger, { basepath: "ignore" }).resources[2]!.methods.PUT!;
    expect(put).toMatchObject({
      httpMethod: "PUT",
      authorizationType: "AWS_IAM",
      apiKeyRequired: false,
      requestParameters: { "method.request.path.petId": true, "method.request.header.X-Trace": true },
      requestModels: { "application/json": "Pet" },
      methodResponses: { "200": { statusCode: "200", responseParameters: { "method.response.header.ETag": false }, responseModels: { "application/json": "Pet" } } },
      methodIntegration: { type: "AWS_PROXY", httpMethod: "POST", uri: "arn:fn", passthroughBehavior: "NEVER", timeoutInMillis: 29000 },
    });
  });

  it("prepends the whole base path, or all but its first segment with split", () => {
    expect(importOpenApi(swagger, { basepath: "prepend" }).resources.map((r) => r.path)).toContain("/prod/v2/pets/{petId}");
    expect(importOpenApi(swagger, { basepath: "split" }).resources.map((r) => r.path)).toContain("/v2/pets/{petId}");
  });

  it("reads API settings and models, and rewrites model references once the API id is known", () => {
    const definition = importOpenApi(swagger, { basepath: "ignore" });
    expect(definition.api).toEqual({ name: "legacy", version: "3", apiKeySource: "AUTHORIZER" });
    const pet = definition.models.find((m) => m.name === "Pet")!;
    const schema = JSON.parse(canonicalizeModelRefs(pet.schema!, "swagger", "api1234567"));
    expect(schema.properties.tag.$ref).toBe("https://apigateway.amazonaws.com/restapis/api1234567/models/Tag");
  });

  it("warns about what it cannot represent instead of failing", () => {
    const doc = {
      openapi: "3.0.1",
      info: { title: "w", version: "1" },
      paths: { "/a": { get: { parameters: [{ name: "c", in: "cookie" }], responses: {}, "x-amazon-apigateway-integration": { type: "ftp" } } } },
    };
    expect(importOpenApi(doc, { basepath: "ignore" }).warnings).toEqual([
      "Unable to put integration on 'GET' for resource at path '/a': Invalid integration type ftp",
      "Parameter type cookie for parameter c not supported. Ignoring.",
    ]);
  });

  it("drops references to models the document does not define, naming each once", () => {
    const doc = {
      swagger: "2.0",
      info: { title: "refs", version: "1" },
      paths: { "/a": { get: { responses: { "200": { description: "ok", schema: { $ref: "#/definitions/Gone" } } } } } },
      definitions: { Owner: { type: "object", properties: { pet: { $ref: "#/definitions/Pet" }, other: { $ref: "#/definitions/Gone" } } } },
    };
    const definition = importOpenApi(doc, { basepath: "ignore" });
    expect(definition.warnings).toEqual(["Reference to model 'Pet' not found. Ignoring.", "Reference to model 'Gone' not found. Ignoring."]);
    expect(definition.models.map((model) => [model.name, JSON.parse(model.schema!).properties])).toEqual([["Owner", { pet: {}, other: {} }]]);
    expect(definition.resources.find((resource) => resource.path === "/a")!.methods.GET!.methodResponses).toEqual({ "200": { statusCode: "200" } });
  });

  it("refuses the document when an integration cannot be read, as AWS does", () => {
    const doc = {
      openapi: "3.0.1",
      info: { title: "bad", version: "1" },
      paths: { "/": { get: { responses: {}, "x-amazon-apigateway-integration": { type: "http", httpMethod: "GET", uri: { "Fn::Sub": "https://${Host}/" } } } } },
    };
    expect(() => importOpenApi(doc, { basepath: "ignore" })).toThrow("Unable to parse API definition because of a malformed integration at path /.");
  });
});
