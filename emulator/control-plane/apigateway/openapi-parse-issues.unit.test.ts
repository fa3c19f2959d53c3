import { describe, expect, it } from "vitest";
import { attributeLocation, unexpectedAttributes } from "./openapi-parse-issues";

const oas = (paths: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  openapi: "3.0.1",
  info: { title: "t", version: "1" },
  paths,
  ...extra,
});

describe("unexpectedAttributes", () => {
  it("warns about a Swagger-style type on an OpenAPI 3 parameter in AWS's words and drops it", () => {
    const param = { name: "zipCode", in: "path", required: true, type: "string", schema: { type: "string" } };
    const doc = oas({ "/area/{zipCode}": { get: { parameters: [param], responses: { "200": { description: "ok" } } } } });
    const issues = unexpectedAttributes(doc);
    expect(issues.warnings).toEqual(["Parse issue: attribute paths.'/area/{zipCode}'(get).parameters.[zipCode].type is unexpected"]);
    const kept = (issues.doc.paths as Record<string, { get: { parameters: Record<string, unknown>[] } }>)["/area/{zipCode}"]!.get.parameters[0];
    expect(kept).toEqual({ name: "zipCode", in: "path", required: true, schema: { type: "string" } });
    expect(param.type).toBe("string");
  });

  it("warns about unknown members of components and of Swagger 2.0 operations, keeping x- extensions", () => {
    const doc = oas({}, { components: { invalid_key_will_warn: "a_value" }, "x-amazon-apigateway-binary-media-types": ["image/png"] });
    expect(unexpectedAttributes(doc).warnings).toEqual(["Parse issue: attribute components.invalid_key_will_warn is unexpected"]);
    const swagger = { swagger: "2.0", info: { title: "s", version: "1" }, paths: { "/a": { get: { bogus: 1, responses: { "200": { description: "ok" } } } } } };
    expect(unexpectedAttributes(swagger).warnings).toEqual(["Parse issue: attribute paths.'/a'(get).bogus is unexpected"]);
  });

  it("leaves a document with any other schema problem to the full validation, and a valid one untouched", () => {
    const missingSchema = oas({ "/a/{id}": { get: { parameters: [{ name: "id", in: "path", required: true, type: "string" }], responses: {} } } });
    expect(unexpectedAttributes(missingSchema)).toEqual({ doc: missingSchema, warnings: [] });
    const valid = oas({ "/a": { get: { responses: { "200": { description: "ok" } } } } });
    expect(unexpectedAttributes(valid)).toEqual({ doc: valid, warnings: [] });
  });
});

describe("attributeLocation", () => {
  it("quotes the path, brackets the verb and names a parameter by its name", () => {
    const doc = { paths: { "/p": { post: { parameters: [{ name: "q" }] } } } };
    expect(attributeLocation(doc, ["paths", "/p", "post", "parameters", "0", "style"])).toBe("paths.'/p'(post).parameters.[q].style");
    expect(attributeLocation(doc, ["info", "extra"])).toBe("info.extra");
  });
});
