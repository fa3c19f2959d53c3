import { describe, expect, it } from "vitest";
import type { ApiSnapshot } from "./api-snapshot";
import { exportModelSchema, exportOpenApi, parseExtensions, type ExportOptions } from "./openapi-export";
import type { Method, Model, Resource, RestApi } from "./types";

/** A parsed document, walked by path in assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions index parsed JSON freely
type Json = any;

const restApi: RestApi = {
  id: "abc123defg",
  name: "pets",
  createdDate: 0,
  apiKeySource: "HEADER",
  endpointConfiguration: { types: ["REGIONAL"] },
  disableExecuteApiEndpoint: false,
  rootResourceId: "root",
};

const getPet: Method = {
  httpMethod: "GET",
  authorizationType: "CUSTOM",
  authorizerId: "auth01",
  apiKeyRequired: true,
  requestValidatorId: "val001",
  requestParameters: { "method.request.path.petId": true, "method.request.querystring.fields": false },
  methodResponses: { "200": { statusCode: "200", responseParameters: { "method.response.header.ETag": false }, responseModels: { "application/json": "Pet" } } },
  methodIntegration: {
    type: "HTTP",
    httpMethod: "GET",
    uri: "https://backend.example.com/pets/{petId}",
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: 29000,
    cacheKeyParameters: [],
    integrationResponses: { "200": { statusCode: "200" }, "404": { statusCode: "404", selectionPattern: "404" } },
  },
};

const resources: Resource[] = [
  { id: "root", path: "/" },
  { id: "pets", parentId: "root", pathPart: "pets", path: "/pets" },
  { id: "pet", parentId: "pets", pathPart: "{petId}", path: "/pets/{petId}", resourceMethods: { GET: getPet, ANY: { httpMethod: "ANY", authorizationType: "AWS_IAM", apiKeyRequired: false } } },
];

const snapshot: ApiSnapshot = {
  restApi,
  resources,
  models: [{ id: "m1", name: "Pet", contentType: "application/json", schema: JSON.stringify({ $schema: "http://json-schema.org/draft-04/schema#", type: "object", properties: { owner: { $ref: "https://apigateway.amazonaws.com/restapis/abc123defg/models/Owner" } } }) }],
  requestValidators: [{ id: "val001", name: "params", validateRequestBody: false, validateRequestParameters: true }],
  authorizers: [{ id: "auth01", name: "token", type: "TOKEN", identitySource: "method.request.header.X-Token", authorizerUri: "arn:fn", authorizerResultTtlInSeconds: 300 }],
  gatewayResponses: [],
};

const options = (overrides: Partial<ExportOptions> = {}): ExportOptions => ({
  dialect: "oas30",
  extensions: parseExtensions(null),
  stageName: "prod",
  region: "eu-west-1",
  fallbackVersion: "2026-01-01T00:00:00Z",
  ...overrides,
});

const exported = (overrides?: Partial<ExportOptions>) => exportOpenApi(snapshot, options(overrides)) as unknown as Json;

describe("OpenAPI export", () => {
  it("writes every resource with methods as a path (not the bare root) and ANY as x-amazon-apigateway-any-method", () => {
    const doc = exported();
    expect(Object.keys(doc.paths)).toEqual(["/pets/{petId}"]);
    expect(Object.keys(doc.paths["/pets/{petId}"])).toEqual(["get", "x-amazon-apigateway-any-method"]);
    expect(doc.info).toEqual({ title: "pets", version: "2026-01-01T00:00:00Z" });
  });

  it("maps request parameters, responses and security without extensions", () => {
    const get = exported().paths["/pets/{petId}"].get;
    expect(get.parameters).toEqual([
      { name: "petId", in: "path", required: true, schema: { type: "string" } },
      { name: "fields", in: "query", schema: { type: "string" } },
    ]);
    expect(get.responses["200"]).toEqual({
      description: "200 response",
      headers: { ETag: { schema: { type: "string" } } },
      content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } },
    });
    expect(get.security).toEqual([{ token: [], api_key: [] }]);
    expect(get["x-amazon-apigateway-integration"]).toBeUndefined();
    expect(get["x-amazon-apigateway-request-validator"]).toBeUndefined();
  });

  it("adds the integration with lower-case type and responses keyed by selection pattern", () => {
    const get = exported({ extensions: parseExtensions("integrations") }).paths["/pets/{petId}"].get;
    expect(get["x-amazon-apigateway-integration"]).toEqual({
      type: "http",
      httpMethod: "GET",
      uri: "https://backend.example.com/pets/{petId}",
      passthroughBehavior: "when_no_match",
      responses: { default: { statusCode: "200" }, "404": { statusCode: "404" } },
    });
  });

  it("keeps a timeout and cache namespace that are not AWS's defaults, and names only a non-default key source", () => {
    const custom: ApiSnapshot = {
      ...snapshot,
      restApi: { ...restApi, apiKeySource: "AUTHORIZER" },
      resources: resources.map((r) =>
        r.id === "pet" ? { ...r, resourceMethods: { GET: { ...getPet, methodIntegration: { ...getPet.methodIntegration!, timeoutInMillis: 5000, cacheNamespace: "shared" } } } } : r,
      ),
    };
    const doc = exportOpenApi(custom, options({ extensions: parseExtensions("apigateway") })) as unknown as Json;
    expect(doc.paths["/pets/{petId}"].get["x-amazon-apigateway-integration"]).toMatchObject({ timeoutInMillis: 5000, cacheNamespace: "shared" });
    expect(doc["x-amazon-apigateway-api-key-source"]).toBe("AUTHORIZER");
    expect(exported({ extensions: parseExtensions("apigateway") })["x-amazon-apigateway-api-key-source"]).toBeUndefined();
  });

  it("keeps an empty content map on an OpenAPI 3 response and an empty components object", () => {
    const bare: ApiSnapshot = { ...snapshot, models: [], authorizers: [], resources: [{ id: "root", path: "/", resourceMethods: { GET: { httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: false, methodResponses: { "200": { statusCode: "200" } } } } }] };
    const doc = exportOpenApi(bare, options()) as unknown as Json;
    expect(doc.paths["/"].get.responses["200"]).toEqual({ description: "200 response", content: {} });
    expect(doc.components).toEqual({});
  });

  it("describes authorizers, IAM and the API key as security schemes", () => {
    const doc = exported({ extensions: parseExtensions("apigateway") });
    expect(doc.components.securitySchemes).toEqual({
      api_key: { type: "apiKey", name: "x-api-key", in: "header" },
      sigv4: { type: "apiKey", name: "Authorization", in: "header", "x-amazon-apigateway-authtype": "awsSigv4" },
      token: {
        type: "apiKey",
        name: "X-Token",
        in: "header",
        "x-amazon-apigateway-authtype": "custom",
        "x-amazon-apigateway-authorizer": { type: "token", authorizerUri: "arn:fn", authorizerResultTtlInSeconds: 300 },
      },
    });
    expect(doc["x-amazon-apigateway-request-validators"]).toEqual({ params: { validateRequestBody: false, validateRequestParameters: true } });
    expect(doc.paths["/pets/{petId}"].get["x-amazon-apigateway-request-validator"]).toBe("params");
  });

  it("writes Swagger 2.0 with host, basePath, definitions and typed parameters", () => {
    const doc = exported({ dialect: "swagger" });
    expect(doc).toMatchObject({ swagger: "2.0", host: "abc123defg.execute-api.eu-west-1.amazonaws.com", basePath: "/prod", schemes: ["https"] });
    expect(doc.definitions.Pet.properties.owner).toEqual({ $ref: "#/definitions/Owner" });
    const get = doc.paths["/pets/{petId}"].get;
    expect(get.parameters[0]).toEqual({ name: "petId", in: "path", required: true, type: "string" });
    expect(get.produces).toEqual(["application/json"]);
    expect(get.responses["200"].schema).toEqual({ $ref: "#/definitions/Pet" });
  });

  it("turns canonical model URLs into local references and drops $schema", () => {
    expect(exportModelSchema(snapshot.models[0] as unknown as Model, "oas30")).toEqual({ type: "object", properties: { owner: { $ref: "#/components/schemas/Owner" } } });
  });

  it("gives a method without responses a default response, since OpenAPI requires one", () => {
    const any = exported().paths["/pets/{petId}"]["x-amazon-apigateway-any-method"];
    expect(any.responses).toEqual({ default: { description: "Default response" } });
    expect(any.security).toEqual([{ sigv4: [] }]);
  });
});
