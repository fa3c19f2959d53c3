import { describe, expect, it } from "vitest";
import { deployDiff, rawOpenApiDiff } from "./deploy-diff";
import type { JsonObject } from "./openapi-json";

/** A small exported document; each test changes one thing in a copy. */
function document(): JsonObject {
  return {
    openapi: "3.0.1",
    info: { title: "pets", version: "2026-12-01T10:00:00Z" },
    servers: [{ url: "https://abc.execute-api.us-east-1.amazonaws.com/{basePath}", variables: { basePath: { default: "dev" } } }],
    paths: {
      "/pets": {
        get: {
          operationId: "listPets",
          parameters: [
            { name: "limit", in: "query", required: false, schema: { type: "string" } },
            { name: "x-trace", in: "header", required: false, schema: { type: "string" } },
          ],
          responses: { "200": { description: "200 response" } },
          "x-amazon-apigateway-integration": {
            type: "http",
            httpMethod: "GET",
            uri: "https://backend.example.com/pets",
            requestTemplates: { "application/json": '{\n  "limit": "$input.params(\'limit\')"\n}' },
            passthroughBehavior: "when_no_templates",
            timeoutInMillis: 29000,
            responses: { default: { statusCode: "200", responseTemplates: { "application/json": "#set($r = $input.path('$'))\n$r" } } },
          },
        },
      },
    },
    components: {
      schemas: { Pet: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" } } } },
      securitySchemes: { tok: { type: "apiKey", name: "Authorization", in: "header", "x-amazon-apigateway-authorizer": { type: "token", authorizerUri: "arn:a" } } },
    },
    "x-amazon-apigateway-request-validators": { all: { validateRequestBody: true, validateRequestParameters: true } },
    "x-amazon-apigateway-gateway-responses": { DEFAULT_4XX: { statusCode: "418" } },
    "x-amazon-apigateway-api-key-source": "HEADER",
  };
}

type Editable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests reach deep into a fixture
const edited = (edit: (doc: Editable) => void): JsonObject => {
  const copy = structuredClone(document()) as Editable;
  edit(copy);
  return copy;
};

describe("deployDiff: what is not a change", () => {
  it("finds nothing between a document and itself exported for another stage on another date", () => {
    const other = edited((doc) => {
      doc.info.version = "2026-12-03T08:00:00Z";
      doc.servers[0].variables.basePath.default = "prod";
    });
    expect(deployDiff(document(), other)).toEqual({ changes: [], count: 0 });
  });

  it("ignores key order, parameter order, whitespace in templates and JSON schemas, and default values", () => {
    const reordered = edited((doc) => {
      const get = doc.paths["/pets"].get;
      get.parameters.reverse();
      get["x-amazon-apigateway-integration"].requestTemplates["application/json"] = '{"limit":   "$input.params(\'limit\')"}';
      get["x-amazon-apigateway-integration"].responses.default.responseTemplates["application/json"] = "#set($r = $input.path('$'))   $r\n";
      delete get["x-amazon-apigateway-integration"].timeoutInMillis;
      doc.components.schemas = { Pet: { properties: { name: { type: "string" }, id: { type: "integer" } }, type: "object" } };
      delete doc["x-amazon-apigateway-api-key-source"];
    });
    expect(deployDiff(document(), reordered).count).toBe(0);
  });
});

describe("deployDiff: each kind of object", () => {
  it("lists an added resource and its method, without repeating the method's integration and templates", () => {
    const after = edited((doc) => {
      doc.paths["/owners"] = { post: { responses: { "201": { description: "201 response" } }, "x-amazon-apigateway-integration": { type: "mock", requestTemplates: { "application/json": "{}" } } } };
    });
    const diff = deployDiff(document(), after);
    expect(diff.changes.map((c) => [c.kind, c.action, c.label])).toEqual([
      ["resource", "added", "/owners"],
      ["method", "added", "POST /owners"],
    ]);
    expect(diff.count).toBe(2);
  });

  it("lists a removed method with its before value", () => {
    const after = edited((doc) => {
      doc.paths["/pets"] = {};
    });
    const diff = deployDiff(document(), after);
    expect(diff.changes).toEqual([expect.objectContaining({ kind: "method", action: "removed", label: "GET /pets", before: expect.stringContaining('"operationId": "listPets"') })]);
  });

  it("names a changed method setting once, not again as the API key scheme it implies", () => {
    const after = edited((doc) => {
      doc.paths["/pets"].get.security = [{ api_key: [] }];
      doc.components.securitySchemes.api_key = { type: "apiKey", name: "x-api-key", in: "header" };
    });
    expect(deployDiff(document(), after).count).toBe(1);
    const [change] = deployDiff(document(), after).changes;
    expect(change).toMatchObject({ kind: "method", action: "changed", label: "GET /pets" });
    expect(change!.before).not.toContain("api_key");
    expect(change!.after).toContain("api_key");
  });

  it("names a changed integration URI apart from its templates", () => {
    const after = edited((doc) => {
      doc.paths["/pets"].get["x-amazon-apigateway-integration"].uri = "https://other.example.com/pets";
    });
    expect(deployDiff(document(), after).changes).toEqual([
      expect.objectContaining({ kind: "integration", action: "changed", label: "GET /pets · integration", before: expect.stringContaining("backend.example.com"), after: expect.stringContaining("other.example.com") }),
    ]);
  });

  it("names a changed, added and removed mapping template", () => {
    const after = edited((doc) => {
      const integration = doc.paths["/pets"].get["x-amazon-apigateway-integration"];
      integration.requestTemplates["application/json"] = '{"limit": 10}';
      integration.requestTemplates["application/xml"] = "<limit/>";
      delete integration.responses.default.responseTemplates;
    });
    expect(deployDiff(document(), after).changes.map((c) => [c.kind, c.action, c.label])).toEqual([
      ["mapping-template", "changed", "GET /pets · request template application/json"],
      ["mapping-template", "added", "GET /pets · request template application/xml"],
      ["mapping-template", "removed", "GET /pets · response template default application/json"],
    ]);
  });

  it("names models, authorizers, gateway responses, validators and API settings", () => {
    const after = edited((doc) => {
      doc.components.schemas.Pet.properties.age = { type: "integer" };
      doc.components.schemas.Owner = { type: "object" };
      doc.components.securitySchemes.tok["x-amazon-apigateway-authorizer"].authorizerUri = "arn:b";
      doc["x-amazon-apigateway-gateway-responses"] = {};
      doc["x-amazon-apigateway-request-validators"].all.validateRequestBody = false;
      doc["x-amazon-apigateway-binary-media-types"] = ["image/png"];
    });
    expect(deployDiff(document(), after).changes.map((c) => [c.kind, c.action, c.label])).toEqual([
      ["model", "changed", "Model Pet"],
      ["model", "added", "Model Owner"],
      ["authorizer", "changed", "Authorizer tok"],
      ["validator", "changed", "Request validator all"],
      ["api-setting", "added", "Binary media types"],
      ["gateway-response", "removed", "Gateway response DEFAULT_4XX"],
    ]);
  });
});

describe("rawOpenApiDiff", () => {
  it("shows only the changed line, not the stage, date or key order", () => {
    const after = edited((doc) => {
      doc.info.version = "other";
      doc.paths["/pets"].get.operationId = "listAllPets";
    });
    const patch = rawOpenApiDiff(document(), after, { before: "stage dev", after: "working copy" });
    expect(patch).toContain('-        "operationId": "listPets",');
    expect(patch).toContain('+        "operationId": "listAllPets",');
    expect(patch).not.toContain("version");
    expect(patch.split("\n").filter((line) => /^[-+]\s/.test(line))).toHaveLength(2);
  });
});
