import { describe, expect, it } from "vitest";
import type { ApiSnapshot } from "./api-snapshot";
import { modelSchema, openApiFromSnapshot } from "./openapi-from-snapshot";

const options = { stageName: "dev", region: "eu-west-1", fallbackVersion: "2026-12-03T08:00:00Z" };

function snapshot(overrides: Partial<ApiSnapshot> = {}): ApiSnapshot {
  return {
    restApi: { id: "abc123", name: "pets", apiKeySource: "HEADER" },
    resources: [
      { id: "r1", path: "/pets", methods: { GET: { httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: false, methodIntegration: { type: "MOCK", passthroughBehavior: "WHEN_NO_MATCH", timeoutInMillis: 29000, cacheKeyParameters: [], integrationResponses: { "200": { statusCode: "200" } } } } } },
      { id: "r0", path: "/", methods: {} },
    ],
    models: [],
    requestValidators: [],
    authorizers: [],
    gatewayResponses: [],
    ...overrides,
  };
}

describe("openApiFromSnapshot", () => {
  it("writes the server with the stage as basePath and falls back to the deployment date for the version", () => {
    const document = openApiFromSnapshot(snapshot(), options);
    expect(document.servers).toEqual([{ url: "https://abc123.execute-api.eu-west-1.amazonaws.com/{basePath}", variables: { basePath: { default: "dev" } } }]);
    expect(document.info).toEqual({ title: "pets", version: "2026-12-03T08:00:00Z" });
  });

  it("lists resources with methods as sorted paths, lower-cases the integration type and leaves out AWS's defaults", () => {
    const document = openApiFromSnapshot(snapshot(), options) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    // The bare root has no methods, so it is not a path; the 29 s timeout is the default, so it is not written.
    expect(Object.keys(document.paths)).toEqual(["/pets"]);
    expect(document.paths["/pets"]!.get).toEqual({
      responses: { default: { description: "Default response" } },
      "x-amazon-apigateway-integration": { type: "mock", passthroughBehavior: "when_no_match", responses: { default: { statusCode: "200" } } },
    });
  });

  it("names the validator and the authorizer a method uses, and declares their schemes", () => {
    const document = openApiFromSnapshot(
      snapshot({
        resources: [{ id: "r1", path: "/a", methods: { ANY: { httpMethod: "ANY", authorizationType: "CUSTOM", authorizerId: "au", apiKeyRequired: true, requestValidatorId: "v1" } } }],
        authorizers: [{ id: "au", name: "tok", type: "TOKEN", identitySource: "method.request.header.Auth", authorizerUri: "arn:x" }],
        requestValidators: [{ id: "v1", name: "all", validateRequestBody: true, validateRequestParameters: true }],
      }),
      options,
    ) as { paths: Record<string, Record<string, Record<string, unknown>>>; components: { securitySchemes: Record<string, unknown> } } & Record<string, unknown>;
    const operation = document.paths["/a"]!["x-amazon-apigateway-any-method"]!;
    expect(operation.security).toEqual([{ tok: [], api_key: [] }]);
    expect(operation["x-amazon-apigateway-request-validator"]).toBe("all");
    expect(document.components.securitySchemes.tok).toEqual({ type: "apiKey", name: "Auth", in: "header", "x-amazon-apigateway-authtype": "custom", "x-amazon-apigateway-authorizer": { type: "token", authorizerUri: "arn:x" } });
    expect(document["x-amazon-apigateway-request-validators"]).toEqual({ all: { validateRequestBody: true, validateRequestParameters: true } });
  });

  it("writes only customised gateway responses and the API's settings", () => {
    const document = openApiFromSnapshot(
      snapshot({ gatewayResponses: [{ responseType: "DEFAULT_4XX", statusCode: "418" }], restApi: { id: "abc123", name: "pets", apiKeySource: "HEADER", binaryMediaTypes: ["image/png"], policy: '{"Version":"2012-10-17"}' } }),
      options,
    );
    expect(document["x-amazon-apigateway-gateway-responses"]).toEqual({ DEFAULT_4XX: { statusCode: "418" } });
    expect(document["x-amazon-apigateway-binary-media-types"]).toEqual(["image/png"]);
    expect(document["x-amazon-apigateway-policy"]).toEqual({ Version: "2012-10-17" });
  });
});

describe("modelSchema", () => {
  it("turns canonical model URLs into local references and drops $schema", () => {
    const schema = modelSchema({ id: "m", name: "Pets", schema: JSON.stringify({ $schema: "http://json-schema.org/draft-04/schema#", type: "array", items: { $ref: "https://apigateway.amazonaws.com/restapis/abc/models/Pet" } }) });
    expect(schema).toEqual({ type: "array", items: { $ref: "#/components/schemas/Pet" } });
  });

  it("treats a schema that is not JSON as empty", () => {
    expect(modelSchema({ id: "m", name: "Bad", schema: "{not json" })).toEqual({});
  });
});
