import { describe, expect, it } from "vitest";
import { basePathPrefix, buildImportPreview, documentResources } from "./openapi-import-preview";

const oas = {
  openapi: "3.0.1",
  info: { title: "Shop", version: "1" },
  servers: [{ url: "https://shop.example.com/{base}/orders", variables: { base: { default: "v1" } } }],
  paths: {
    "/pets/{petId}": { get: {}, delete: {}, parameters: [] },
    "/pets": { get: {}, post: {}, options: {} },
    "/files/{proxy+}": { "x-amazon-apigateway-any-method": {} },
  },
  components: {
    schemas: { Pet: {}, Error: {} },
    securitySchemes: {
      tokenAuth: { type: "apiKey", "x-amazon-apigateway-authorizer": { type: "token" } },
      pool: { type: "apiKey", "x-amazon-apigateway-authorizer": { type: "cognito_user_pools" } },
      apiKey: { type: "apiKey", name: "x-api-key", in: "header" },
    },
  },
  "x-amazon-apigateway-request-validators": { all: {}, params: {} },
  "x-amazon-apigateway-binary-media-types": ["image/png", "application/octet-stream"],
  "x-amazon-apigateway-gateway-responses": { DEFAULT_4XX: {}, UNAUTHORIZED: {} },
};

describe("documentResources", () => {
  it("lists every resource API Gateway will create, ancestors included, with its methods", () => {
    expect(documentResources(oas)).toEqual([
      { path: "/", methods: [] },
      { path: "/files", methods: [] },
      { path: "/files/{proxy+}", methods: ["ANY"] },
      { path: "/pets", methods: ["GET", "OPTIONS", "POST"] },
      { path: "/pets/{petId}", methods: ["DELETE", "GET"] },
    ]);
  });
});

describe("basePathPrefix", () => {
  it("prepends the server URL's whole path, or all but its first segment when split, and nothing when ignored", () => {
    expect(basePathPrefix(oas, "prepend")).toBe("/v1/orders");
    expect(basePathPrefix(oas, "split")).toBe("/orders");
    expect(basePathPrefix(oas, "ignore")).toBe("");
    expect(basePathPrefix({ swagger: "2.0", basePath: "/api" }, "prepend")).toBe("/api");
  });
});

describe("buildImportPreview", () => {
  it("counts what a new API gets: resources, methods, models, authorizers, validators, binary types and gateway responses", () => {
    const preview = buildImportPreview(oas, { mode: "new", basePath: "ignore" });
    expect(preview).toMatchObject({
      specification: "OpenAPI 3",
      title: "Shop",
      methodCount: 6,
      models: ["Error", "Pet"],
      authorizers: [
        { name: "pool", type: "COGNITO_USER_POOLS" },
        { name: "tokenAuth", type: "TOKEN" },
      ],
      validators: ["all", "params"],
      binaryMediaTypes: ["image/png", "application/octet-stream"],
      gatewayResponses: ["DEFAULT_4XX", "UNAUTHORIZED"],
      removed: [],
    });
    expect(preview.resources.every((resource) => resource.change === "add")).toBe(true);
  });

  it("applies the base path to every resource", () => {
    const paths = buildImportPreview(oas, { mode: "new", basePath: "prepend" }).resources.map((resource) => resource.path);
    expect(paths).toContain("/v1/orders/pets/{petId}");
    expect(paths).toContain("/v1");
  });

  it("on overwrite, lists the current resources and methods the document does not have", () => {
    const current = [
      { path: "/", methods: ["GET"] },
      { path: "/pets", methods: ["GET", "PUT"] },
      { path: "/legacy", methods: ["GET"] },
      { path: "/legacy/{id}", methods: [] },
    ];
    const preview = buildImportPreview(oas, { mode: "overwrite", basePath: "ignore", current });
    expect(preview.removed).toEqual([
      { path: "/", methods: ["GET"], wholeResource: false },
      { path: "/pets", methods: ["PUT"], wholeResource: false },
      { path: "/legacy", methods: ["GET"], wholeResource: true },
      { path: "/legacy/{id}", methods: [], wholeResource: true },
    ]);
    expect(preview.resources.find((resource) => resource.path === "/pets")?.change).toBe("update");
    expect(preview.resources.find((resource) => resource.path === "/files")?.change).toBe("add");
  });

  it("on merge, removes nothing", () => {
    expect(buildImportPreview(oas, { mode: "merge", basePath: "ignore", current: [{ path: "/legacy", methods: ["GET"] }] }).removed).toEqual([]);
  });

  it("reads Swagger 2 definitions and security definitions", () => {
    const preview = buildImportPreview(
      { swagger: "2.0", info: { title: "Old" }, paths: { "/a": { get: {} } }, definitions: { A: {} }, securityDefinitions: { lambda: { "x-amazon-apigateway-authorizer": { type: "request" } } } },
      { mode: "new", basePath: "ignore" },
    );
    expect(preview).toMatchObject({ specification: "Swagger 2", models: ["A"], authorizers: [{ name: "lambda", type: "REQUEST" }], methodCount: 1 });
  });
});
