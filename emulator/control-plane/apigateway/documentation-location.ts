// Where a documentation part applies (DocumentationPartLocation): which fields each entity type takes,
// their defaults, and the identity two parts may not share.
import { AwsError, badRequest } from "../../protocol/aws-error";

// The order AWS lists them in its enum validation message.
export const documentationPartTypes = [
  "RESPONSE_BODY", "RESPONSE", "METHOD", "MODEL", "AUTHORIZER", "RESPONSE_HEADER",
  "RESOURCE", "PATH_PARAMETER", "REQUEST_BODY", "QUERY_PARAMETER", "API", "REQUEST_HEADER",
] as const;

export type DocumentationPartType = (typeof documentationPartTypes)[number];

export interface DocumentationPartLocation {
  type: DocumentationPartType;
  path?: string;
  method?: string;
  statusCode?: string;
  name?: string;
}

/** A location as a caller sent it: any member may be missing or of the wrong kind. */
export type LocationInput = Partial<Record<keyof DocumentationPartLocation, unknown>>;

type Field = "path" | "method" | "statusCode" | "name";
type FieldRule = "default" | "optional" | "required";

const fieldDefaults: Readonly<Record<Exclude<Field, "name">, string>> = { path: "/", method: "*", statusCode: "*" };

// The API reference (DocumentationPartLocation) lists where each field is valid; fields left out are invalid.
// REQUEST_BODY's name is listed as required there, but the developer guide documents a REQUEST_BODY part
// created without one, so it is accepted as optional.
const underMethod = { path: "default", method: "default" } as const;
const locationRules: Readonly<Record<DocumentationPartType, Partial<Record<Field, FieldRule>>>> = {
  API: {},
  AUTHORIZER: { name: "required" },
  MODEL: { name: "required" },
  RESOURCE: { path: "default" },
  METHOD: underMethod,
  PATH_PARAMETER: { ...underMethod, name: "required" },
  QUERY_PARAMETER: { ...underMethod, name: "required" },
  REQUEST_HEADER: { ...underMethod, name: "required" },
  REQUEST_BODY: { ...underMethod, name: "optional" },
  RESPONSE: { ...underMethod, statusCode: "default" },
  RESPONSE_HEADER: { ...underMethod, statusCode: "default", name: "required" },
  RESPONSE_BODY: { ...underMethod, statusCode: "default" },
};

const fields: readonly Field[] = ["path", "method", "statusCode", "name"];
const statusCodePattern = /^([1-5]\d\d|\*|\s*)$/;

/** AWS's request-validation error (ValidationException), as it answers for documentation members. */
export function validationError(member: string, value: unknown, constraint: string): AwsError {
  const shown = value === undefined || value === null ? "null" : `'${String(value)}'`;
  return new AwsError("ValidationException", `1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${constraint}`);
}

/** The location.type member, checked as AWS's request validation checks it; `member` names it in the message. */
export function checkPartType(value: unknown, member: string): DocumentationPartType {
  if (value === undefined || value === null) throw validationError(member, value, "Member must not be null");
  if (!(documentationPartTypes as readonly unknown[]).includes(value)) {
    throw validationError(member, value, `Member must satisfy enum value set: [${documentationPartTypes.join(", ")}]`);
  }
  return value as DocumentationPartType;
}

function fieldValue(input: LocationInput, field: Field, prefix: string): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw badRequest(`Invalid location ${field}: expected a string`);
  if (field === "statusCode" && !statusCodePattern.test(value)) {
    throw validationError(`${prefix}.statusCode`, value, "Member must satisfy regular expression pattern: ^([1-5]\\d\\d|\\*|\\s*)$");
  }
  // A blank value is the same as no value: the field falls back to its default.
  return value.trim() === "" ? undefined : value;
}

/**
 * Checks a location against its type's rules and fills in the defaults (path "/", method "*", statusCode "*"),
 * so that two spellings of the same location compare equal. `prefix` names the location in validation messages.
 */
export function normalizeLocation(input: LocationInput, prefix: string): DocumentationPartLocation {
  const type = checkPartType(input.type, `${prefix}.type`);
  const rules = locationRules[type];
  const location: DocumentationPartLocation = { type };
  for (const field of fields) {
    const value = fieldValue(input, field, prefix);
    const rule = rules[field];
    if (rule === undefined) {
      if (value !== undefined) throw badRequest(`Invalid location: '${field}' is not a valid field for a documentation part of type '${type}'`);
      continue;
    }
    if (rule === "required" && value === undefined) throw badRequest(`Invalid location: '${field}' is required for a documentation part of type '${type}'`);
    const filled = value ?? (rule === "default" ? fieldDefaults[field as Exclude<Field, "name">] : undefined);
    if (filled !== undefined) location[field] = filled;
  }
  return location;
}

/** The words AWS uses for a location in its conflict message: "type 'METHOD', path '/pets', method 'GET'". */
export function describeLocation(location: DocumentationPartLocation): string {
  const parts = [`type '${location.type}'`];
  for (const field of fields) if (location[field] !== undefined) parts.push(`${field} '${location[field]}'`);
  return parts.join(", ");
}

/** One string per distinct location: two parts with the same key would document the same entity. */
export function locationKey(location: DocumentationPartLocation): string {
  return JSON.stringify([location.type, location.path ?? null, location.method ?? null, location.statusCode ?? null, location.name ?? null]);
}
