import Ajv from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { modelFromSample, parseSample } from "./model-from-sample";

const validates = (schema: object, value: unknown) => new Ajv({ strict: false }).compile(schema)(value);

describe("modelFromSample", () => {
  it("describes an object's properties with their types and requires each one", () => {
    const schema = modelFromSample({ id: 7, name: "Rex", price: 9.5, tags: ["a"], owner: null, vaccinated: true }, "Pet");
    expect(schema).toEqual({
      $schema: "http://json-schema.org/draft-04/schema#",
      title: "Pet",
      type: "object",
      properties: {
        id: { type: "integer" },
        name: { type: "string" },
        price: { type: "number" },
        tags: { type: "array", items: { type: "string" } },
        owner: { type: "null" },
        vaccinated: { type: "boolean" },
      },
      required: ["id", "name", "price", "tags", "owner", "vaccinated"],
    });
  });

  it("merges array items: a property is required only when every item has it", () => {
    const sample = [{ id: 1, nick: "a" }, { id: 2.5 }];
    const schema = modelFromSample(sample);
    expect(schema.items).toEqual({ type: "object", properties: { id: { type: "integer" }, nick: { type: "string" } }, required: ["id"] });
  });

  it("produces a schema that accepts the sample and rejects a body missing a property", () => {
    const sample = { order: { id: "o-1", lines: [{ sku: "x", qty: 2 }] } };
    const schema = modelFromSample(sample);
    expect(validates(schema, sample)).toBe(true);
    expect(validates(schema, { order: { id: "o-1" } })).toBe(false);
    expect(validates(schema, { order: { id: 5, lines: [] } })).toBe(false);
  });

  it("reports where a sample is not JSON", () => {
    expect(parseSample("{ nope")).toMatchObject({ ok: false, message: expect.stringMatching(/^The sample is not valid JSON/) });
    expect(parseSample('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});
