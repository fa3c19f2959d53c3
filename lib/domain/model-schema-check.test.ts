import { describe, expect, it } from "vitest";
import { checkModelSchema } from "./model-schema-check";

describe("checkModelSchema", () => {
  it("accepts a draft 4 schema that refers to another model", () => {
    const schema = { $schema: "http://json-schema.org/draft-04/schema#", type: "object", properties: { owner: { $ref: "https://apigateway.amazonaws.com/restapis/a1/models/Owner" } }, required: ["owner"] };
    expect(checkModelSchema(JSON.stringify(schema))).toEqual({ ok: true });
  });

  it("says where text is not JSON, or not a valid draft 4 schema", () => {
    expect(checkModelSchema("{ type: object }")).toMatchObject({ ok: false, message: expect.stringMatching(/^Not valid JSON/) });
    expect(checkModelSchema('{"type": "objekt"}')).toMatchObject({ ok: false, message: expect.stringMatching(/^Not a valid draft 4 schema: \/type/) });
    expect(checkModelSchema('{"required": []}')).toMatchObject({ ok: false, message: expect.stringMatching(/required/) });
    expect(checkModelSchema("[]")).toEqual({ ok: false, message: "A model's schema is a JSON object." });
  });
});
