import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkOpenApiText } from "./openapi-check";
import { openApiEssentials } from "./openapi-essentials";

const corpusDir = join(import.meta.dirname, "openapi-corpus");

describe("openApiEssentials", () => {
  it("reads the same API from Swagger 2 and OpenAPI 3, whatever the API key and SigV4 schemes are called", () => {
    const swagger = {
      swagger: "2.0",
      securityDefinitions: { key: { type: "apiKey", name: "x-api-key", in: "header" } },
      definitions: { Pet: { type: "object", properties: { friend: { $ref: "#/definitions/Pet" } } } },
      paths: { "/pets": { post: { security: [{ key: [] }], consumes: ["application/json"], parameters: [{ in: "body", name: "b", schema: { $ref: "#/definitions/Pet" } }], responses: { "200": { description: "ok" } }, "x-amazon-apigateway-integration": { type: "MOCK" } } } },
    };
    const openapi = {
      openapi: "3.0.1",
      components: { securitySchemes: { api_key: { type: "apiKey", name: "x-api-key", in: "header" } }, schemas: { Pet: { type: "object", properties: { friend: { $ref: "#/components/schemas/Pet" } } } } },
      paths: { "/pets": { post: { security: [{ api_key: [] }], requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } }, responses: { "200": { description: "ok" } }, "x-amazon-apigateway-integration": { type: "mock" } } } },
    };
    expect(openApiEssentials(swagger)).toEqual(openApiEssentials(openapi));
  });

  it("tells apart two documents whose integrations differ", () => {
    const doc = (uri: string) => ({ openapi: "3.0.1", paths: { "/a": { get: { "x-amazon-apigateway-integration": { type: "http", uri } } } } });
    expect(openApiEssentials(doc("https://a.example"))).not.toEqual(openApiEssentials(doc("https://b.example")));
  });
});

describe("the round-trip corpus", () => {
  it.each(readdirSync(corpusDir).filter((file) => /\.(ya?ml|json)$/.test(file)))("passes the console's own check: %s", async (file) => {
    const { document, problems } = await checkOpenApiText(readFileSync(join(corpusDir, file), "utf8"));
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(document).not.toBeNull();
  });
});
