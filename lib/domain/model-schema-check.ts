import { Validator, type Schema } from "@cfworker/json-schema";
import draft04MetaSchema from "ajv-draft-04/dist/refs/json-schema-draft-04.json";

export type SchemaCheck = { ok: true } | { ok: false; message: string };

// A validator that interprets rather than compiles: the console's Content-Security-Policy forbids eval in the browser.
let metaValidator: Validator | undefined;

/** Whether the text is a JSON Schema draft 4 document, as API Gateway models must be; the message says where it is not. */
export function checkModelSchema(text: string): SchemaCheck {
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${(error as Error).message}` };
  }
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return { ok: false, message: "A model's schema is a JSON object." };
  metaValidator ??= new Validator(draft04MetaSchema as unknown as Schema, "4", false);
  // Only the schema itself is checked: $refs to other models are URLs API Gateway resolves, not this validator.
  const result = metaValidator.validate(schema);
  if (result.valid) return { ok: true };
  // The deepest error names the member at fault; the others only repeat that its parents failed.
  const deepest = [...result.errors].sort((a, b) => b.instanceLocation.length - a.instanceLocation.length)[0];
  const where = deepest?.instanceLocation.replace(/^#/, "") || "(root)";
  return { ok: false, message: `Not a valid draft 4 schema: ${where} ${deepest?.error ?? "is invalid"}.` };
}
