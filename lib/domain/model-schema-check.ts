import Ajv from "ajv-draft-04";

export type SchemaCheck = { ok: true } | { ok: false; message: string };

let ajv: Ajv | undefined;

/** Whether the text is a JSON Schema draft 4 document, as API Gateway models must be; the message says where it is not. */
export function checkModelSchema(text: string): SchemaCheck {
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${(error as Error).message}` };
  }
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return { ok: false, message: "A model's schema is a JSON object." };
  ajv ??= new Ajv({ strict: false, validateSchema: true });
  // Only the schema itself is checked: $refs to other models are URLs API Gateway resolves, not this validator.
  if (ajv.validateSchema(schema as object)) return { ok: true };
  const first = ajv.errors?.[0];
  return { ok: false, message: `Not a valid draft 4 schema: ${first?.instancePath || "(root)"} ${first?.message ?? "is invalid"}.` };
}
