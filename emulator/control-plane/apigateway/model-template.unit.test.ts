import { describe, expect, it } from "vitest";
import { modelTemplate } from "./model-template";

describe("modelTemplate", () => {
  it("answers an empty object for a schema without properties", () => {
    expect(modelTemplate('{"type":"object"}')).toBe("#set($inputRoot = $input.path('$'))\n{ }");
  });

  it("follows local and external references", () => {
    const schema = JSON.stringify({
      type: "object",
      properties: { item: { $ref: "#/definitions/Item" }, owner: { $ref: "https://apigateway.amazonaws.com/restapis/a/models/Owner" } },
      definitions: { Item: { type: "object", properties: { sku: { type: "string" } } } },
    });
    const owner = JSON.stringify({ type: "object", properties: { age: { type: "integer" } } });
    expect(modelTemplate(schema, (ref) => (ref.endsWith("/Owner") ? owner : undefined))).toBe(
      [
        "#set($inputRoot = $input.path('$'))",
        "{",
        '  "item" : {',
        '    "sku" : "$inputRoot.item.sku"',
        "  },",
        '  "owner" : {',
        "    \"age\" : $inputRoot.owner.age",
        "  }",
        "}",
      ].join("\n"),
    );
  });

  it("stops following a model that refers to itself", () => {
    const schema = JSON.stringify({ type: "object", properties: { next: { $ref: "#" } } });
    expect(modelTemplate(schema)).toContain('"next" : {');
  });
});
