import { AwsError } from "../aws-error";
import { inputShapes, operationInputs, type InputShape, type MemberRef } from "./input-shapes";

// AWS's front end checks every API Gateway request against the operation's model before the service sees it:
// a JSON value of the wrong type stops deserialisation (SerializationException, the first one found), then
// every enum, pattern and required-member failure is listed in one ValidationException, body members first
// (named '<operation>Input.<member>', list items '.N.member'), then URI and query members (named bare).

export interface RequestParts {
  readonly operation: string;
  /** URI labels by their wire name (restapi_id, status_code). */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: Readonly<Record<string, unknown>>;
}

/** Throws SerializationException or ValidationException when the request does not fit the operation's input shape. */
export function validateInput(request: RequestParts): void {
  const input = inputShapes[operationInputs[request.operation] ?? ""];
  if (!input?.members) return;
  const bodyMembers = input.payload ? [] : Object.entries(input.members).filter(([, ref]) => !ref.location);
  for (const [name, ref] of bodyMembers) {
    const problem = typeProblem(shapeOf(ref.shape), request.body[name]);
    if (problem) throw new AwsError("SerializationException", problem);
  }
  const errors: string[] = [];
  const prefix = `${request.operation.charAt(0).toLowerCase()}${request.operation.slice(1)}Input.`;
  for (const [name, ref] of bodyMembers) {
    const value = request.body[name];
    if (isAbsent(value)) {
      if (input.required?.includes(name)) errors.push(failure(null, `${prefix}${name}`, "Member must not be null"));
    } else {
      errors.push(...lengthFailures(ref, value, `${prefix}${name}`), ...constraintFailures(shapeOf(ref.shape), value, `${prefix}${name}`));
    }
  }
  for (const [name, ref] of Object.entries(input.members)) {
    const shape = shapeOf(ref.shape);
    const value = shape.type === "string" ? wireValue(ref, request) : undefined;
    if (value !== undefined) errors.push(...constraintFailures(shape, value, name));
  }
  if (errors.length > 0) {
    const count = errors.length === 1 ? "1 validation error" : `${errors.length} validation errors`;
    throw new AwsError("ValidationException", `${count} detected: ${errors.join("; ")}`);
  }
}

const shapeOf = (name: string): InputShape => inputShapes[name] ?? { type: "string" };
const isAbsent = (value: unknown) => value === undefined || value === null;

function wireValue(ref: MemberRef, request: RequestParts): string | undefined {
  if (ref.location === "uri") return request.params[ref.locationName ?? ""];
  if (ref.location === "querystring") return request.query.get(ref.locationName ?? "") ?? undefined;
  return undefined;
}

/** Coral's names for what it found, as its messages print them. */
function javaClass(value: unknown): string {
  if (typeof value === "boolean") return "java.lang.Boolean";
  if (typeof value === "number") return "com.amazon.coral.value.json.numbers.TruncatingBigNumber";
  return "java.lang.String";
}

const javaTarget: Record<InputShape["type"], string> = {
  string: "String", boolean: "Boolean", integer: "Integer", long: "Long", double: "Double", float: "Float",
  timestamp: "Date", blob: "ByteBuffer", structure: "Map", list: "List", map: "Map",
};

/**
 * The SerializationException text for a JSON value that cannot become the member's type. AWS's wording is
 * confirmed for a boolean or number where a string belongs; for other targets the same template is assumed (UNCONFIRMED).
 */
function typeProblem(shape: InputShape, value: unknown): string | undefined {
  if (isAbsent(value)) return undefined;
  const isObject = typeof value === "object" && !Array.isArray(value);
  const expectsObject = shape.type === "structure" || shape.type === "map";
  if (isObject && !expectsObject) return "Start of structure or map found where not expected.";
  if (Array.isArray(value) && shape.type !== "list") return "Start of list found where not expected.";
  if (shape.type === "structure") return isObject ? structureProblem(shape, value as Record<string, unknown>) : scalarMismatch(shape, value);
  if (shape.type === "map") return isObject ? firstProblem(Object.values(value as object), shapeOf(shape.value!)) : scalarMismatch(shape, value);
  if (shape.type === "list") return Array.isArray(value) ? firstProblem(value, shapeOf(shape.member!)) : scalarMismatch(shape, value);
  return scalarProblem(shape, value);
}

function structureProblem(shape: InputShape, value: Record<string, unknown>): string | undefined {
  for (const [name, ref] of Object.entries(shape.members ?? {})) {
    const problem = typeProblem(shapeOf(ref.shape), value[name]);
    if (problem) return problem;
  }
  return undefined;
}

function firstProblem(values: readonly unknown[], shape: InputShape): string | undefined {
  for (const value of values) {
    const problem = typeProblem(shape, value);
    if (problem) return problem;
  }
  return undefined;
}

const scalarMismatch = (shape: InputShape, value: unknown) => `class ${javaClass(value)} can not be converted to an ${javaTarget[shape.type]}`;

// Strings where a boolean or number belongs pass here: the operation itself answers those with its own message
// (AWS: "Invalid minimum compression size, must be between 0 and 10485760").
function scalarProblem(shape: InputShape, value: unknown): string | undefined {
  switch (shape.type) {
    case "string":
      return typeof value === "string" ? undefined : scalarMismatch(shape, value);
    case "boolean":
      return typeof value === "number" ? scalarMismatch(shape, value) : undefined;
    case "integer":
    case "long":
    case "double":
    case "float":
      return typeof value === "boolean" ? scalarMismatch(shape, value) : undefined;
    default:
      return undefined;
  }
}

function failure(value: unknown, path: string, constraint: string): string {
  const shown = value === null ? "null" : `'${Array.isArray(value) ? `[${value.join(", ")}]` : String(value)}'`;
  return `Value ${shown} at '${path}' failed to satisfy constraint: ${constraint}`;
}

// Coral's wording for a length trait (other AWS services' recorded answers); the limits are AWS's documented ones.
function lengthFailures(ref: MemberRef, value: unknown, path: string): string[] {
  if (ref.maxLength === undefined || typeof value !== "string" || value.length <= ref.maxLength) return [];
  return [failure(value, path, `Member must have length less than or equal to ${ref.maxLength}`)];
}

function scalarConstraint(shape: InputShape, value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  if (shape.enum && !shape.enum.includes(value)) return `Member must satisfy enum value set: [${shape.enum.join(", ")}]`;
  if (shape.pattern && !new RegExp(`^(?:${shape.pattern})$`).test(value)) {
    return `Member must satisfy regular expression pattern: ${shape.pattern}`;
  }
  return undefined;
}

function constraintFailures(shape: InputShape, value: unknown, path: string): string[] {
  if (isAbsent(value)) return [];
  if (shape.type === "structure") {
    const object = value as Record<string, unknown>;
    return Object.entries(shape.members ?? {}).flatMap(([name, ref]) => {
      const member = object[name];
      if (isAbsent(member)) return shape.required?.includes(name) ? [failure(null, `${path}.${name}`, "Member must not be null")] : [];
      return constraintFailures(shapeOf(ref.shape), member, `${path}.${name}`);
    });
  }
  if (shape.type === "list") return listFailures(shapeOf(shape.member!), value as unknown[], path);
  const constraint = scalarConstraint(shape, value);
  return constraint ? [failure(value, path, constraint)] : [];
}

// A list of scalars fails as a whole ("Member must satisfy constraint: [...]"); a list of structures item by item.
function listFailures(item: InputShape, values: readonly unknown[], path: string): string[] {
  if (item.type === "structure" || item.type === "list") {
    return values.flatMap((value, i) => constraintFailures(item, value, `${path}.${i + 1}.member`));
  }
  const constraint = values.map((value) => scalarConstraint(item, value)).find(Boolean);
  return constraint ? [failure(values, path, `Member must satisfy constraint: [${constraint}]`)] : [];
}
