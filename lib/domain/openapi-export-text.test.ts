import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { openApiText, withoutApiGatewayExtensions } from "./openapi-export-text";

const document = {
  openapi: "3.0.1",
  "x-amazon-apigateway-binary-media-types": ["image/png"],
  paths: { "/pets": { get: { "x-amazon-apigateway-integration": { type: "mock" }, "x-other": 1, responses: {} } } },
};

describe("withoutApiGatewayExtensions", () => {
  it("drops API Gateway's extensions at every depth and keeps everything else", () => {
    expect(withoutApiGatewayExtensions(document)).toEqual({ openapi: "3.0.1", paths: { "/pets": { get: { "x-other": 1, responses: {} } } } });
  });
});

describe("openApiText", () => {
  it("writes JSON or YAML that reads back as the same document", () => {
    expect(JSON.parse(openApiText(document, "json"))).toEqual(document);
    expect(parse(openApiText(document, "yaml"))).toEqual(document);
    expect(openApiText(document, "yaml")).not.toContain("&");
  });
});
