/** A JSON Schema draft 4 document, as API Gateway models use. */
export type JsonSchema = { [key: string]: unknown };

const draft4 = "http://json-schema.org/draft-04/schema#";

/** A draft 4 schema that accepts the sample: types from its values, every present property required. */
export function modelFromSample(sample: unknown, title?: string): JsonSchema {
  return { $schema: draft4, ...(title ? { title } : {}), ...schemaOf(sample) };
}

function schemaOf(value: unknown): JsonSchema {
  if (value === null) return { type: "null" };
  if (Array.isArray(value)) return value.length === 0 ? { type: "array", items: {} } : { type: "array", items: mergeSchemas(value.map(schemaOf)) };
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    return { type: "object", properties: Object.fromEntries(entries.map(([key, item]) => [key, schemaOf(item)])), required: entries.map(([key]) => key) };
  }
  if (typeof value === "number") return { type: Number.isInteger(value) ? "integer" : "number" };
  return { type: typeof value };
}

/** Array items of several shapes: objects merge (a property is required only when every item has it); other types join. */
function mergeSchemas(schemas: JsonSchema[]): JsonSchema {
  const objects = schemas.filter((schema) => schema.type === "object");
  if (objects.length === schemas.length) {
    const properties: Record<string, JsonSchema> = {};
    for (const schema of objects) for (const [key, property] of Object.entries(schema.properties as Record<string, JsonSchema>)) properties[key] ??= property;
    const required = Object.keys(properties).filter((key) => objects.every((schema) => (schema.required as string[]).includes(key)));
    return { type: "object", properties, required };
  }
  const types = [...new Set(schemas.map((schema) => schema.type as string))];
  // An integer next to a number is a number; draft 4's "number" already accepts integers.
  const widened = types.includes("number") ? types.filter((type) => type !== "integer") : types;
  return widened.length === 1 ? schemas.find((schema) => schema.type === widened[0])! : { type: widened };
}

/** Parses a sample body, or says where it is not JSON. */
export function parseSample(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `The sample is not valid JSON: ${(error as Error).message}` };
  }
}
