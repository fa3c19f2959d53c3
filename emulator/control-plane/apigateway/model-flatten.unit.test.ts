import { describe, expect, it } from "vitest";
import { canonicalModelUrl, flattenModelSchema } from "./model-flatten";

const API = "api123";
const ref = (name: string) => ({ $ref: canonicalModelUrl(API, name) });

function flatten(name: string, models: Record<string, unknown>) {
  return flattenModelSchema(models[name], name, API, (other) => models[other]);
}

describe("flattenModelSchema", () => {
  it("inlines a referenced model in place of its reference, without its $schema", () => {
    const models = {
      Owner: { $schema: "http://json-schema.org/draft-04/schema#", type: "object", properties: { pet: ref("Pet") } },
      Pet: { $schema: "http://json-schema.org/draft-04/schema#", type: "object", properties: { name: { type: "string" } } },
    };
    expect(flatten("Owner", models)).toEqual({
      $schema: "http://json-schema.org/draft-04/schema#",
      type: "object",
      properties: { pet: { type: "object", properties: { name: { type: "string" } } } },
    });
  });

  it("follows a chain of references through arrays", () => {
    const models = {
      A: { type: "array", items: ref("B") },
      B: { type: "object", properties: { c: ref("C") } },
      C: { type: "string" },
    };
    expect(flatten("A", models)).toEqual({ type: "array", items: { type: "object", properties: { c: { type: "string" } } } });
  });

  it("keeps a recursive reference as a canonical reference instead of looping", () => {
    const models = {
      Node: { type: "object", properties: { children: { type: "array", items: ref("Node") }, leaf: ref("Leaf") } },
      Leaf: { type: "object", properties: { parent: ref("Node") } },
    };
    expect(flatten("Node", models)).toEqual({
      type: "object",
      properties: {
        children: { type: "array", items: ref("Node") },
        leaf: { type: "object", properties: { parent: ref("Node") } },
      },
    });
  });

  it("resolves local references of an inlined model against that model and keeps the top model's own", () => {
    const models = {
      Order: { type: "object", properties: { line: ref("Line"), note: { $ref: "#/definitions/Note" } }, definitions: { Note: { type: "string" } } },
      Line: { type: "object", properties: { sku: { $ref: "#/definitions/Sku" } }, definitions: { Sku: { type: "integer" } } },
    };
    const flat = flatten("Order", models) as { properties: Record<string, unknown> };
    expect(flat.properties.note).toEqual({ $ref: "#/definitions/Note" });
    expect(flat.properties.line).toMatchObject({ properties: { sku: { type: "integer" } } });
  });

  it("leaves references to missing models and to other APIs' models untouched", () => {
    const foreign = { $ref: "https://apigateway.amazonaws.com/restapis/other/models/Pet" };
    const models = { Owner: { type: "object", properties: { gone: ref("Gone"), foreign } }, Pet: { type: "string" } };
    expect(flatten("Owner", models)).toEqual({ type: "object", properties: { gone: ref("Gone"), foreign } });
  });
});
