import { AwsError } from "../aws-error";

// Shape checks at the protocol edge, the same for all three wire formats: awsQuery gives every scalar as a
// string, JSON gives numbers and epoch seconds, CBOR gives numbers and Dates (tag 1).

export type Members = Record<string, unknown>;

const missing = (path: string) => new AwsError("MissingRequiredParameterException", `The request must contain the parameter ${path}.`);
const invalid = (value: unknown, path: string) =>
  new AwsError("InvalidParameterValueException", `The value ${display(value)} for parameter ${path} is invalid.`);

function display(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

export function struct(value: unknown, path: string): Members {
  if (value === undefined || value === "") return {};
  if (value === null || typeof value !== "object" || Array.isArray(value) || value instanceof Date) throw invalid(value, path);
  return value as Members;
}

export function optionalString(members: Members, name: string, path = name): string | undefined {
  const value = members[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw invalid(value, path);
  return value;
}

export function requiredString(members: Members, name: string, path = name): string {
  const value = optionalString(members, name, path);
  if (value === undefined) throw missing(path);
  return value;
}

export function toNumber(value: unknown, path: string): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "") {
    // awsQuery spells the IEEE specials as words.
    const special: Record<string, number> = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity };
    const parsed = value in special ? special[value]! : Number(value);
    if (!Number.isNaN(parsed) || value === "NaN") return parsed;
  }
  throw invalid(value, path);
}

export function optionalNumber(members: Members, name: string, path = name): number | undefined {
  const value = members[name];
  return value === undefined || value === null ? undefined : toNumber(value, path);
}

export function requiredNumber(members: Members, name: string, path = name): number {
  const value = optionalNumber(members, name, path);
  if (value === undefined) throw missing(path);
  return value;
}

export function optionalInteger(members: Members, name: string, path = name): number | undefined {
  const value = optionalNumber(members, name, path);
  if (value !== undefined && !Number.isInteger(value)) throw invalid(value, path);
  return value;
}

export function requiredInteger(members: Members, name: string, path = name): number {
  const value = optionalInteger(members, name, path);
  if (value === undefined) throw missing(path);
  return value;
}

export function optionalBoolean(members: Members, name: string, path = name): boolean | undefined {
  const value = members[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  throw invalid(value, path);
}

/** A timestamp as ms since the epoch: epoch seconds (with or without a fraction), a Date, or ISO 8601. */
export function optionalTimestamp(members: Members, name: string, path = name): number | undefined {
  const value = members[name];
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number" && Number.isFinite(value)) return Math.round(value * 1000);
  if (typeof value === "string") {
    const parsed = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : Date.parse(value);
    if (Number.isFinite(parsed)) return Math.round(parsed);
  }
  throw invalid(value, path);
}

export function requiredTimestamp(members: Members, name: string, path = name): number {
  const value = optionalTimestamp(members, name, path);
  if (value === undefined) throw missing(path);
  return value;
}

/** A list member (`.member.N` in awsQuery), each item read by `read` with its 1-based path. */
export function optionalList<T>(members: Members, name: string, path: string, read: (item: unknown, itemPath: string) => T): T[] | undefined {
  const value = members[name];
  if (value === undefined || value === null) return undefined;
  if (value === "") return [];
  if (!Array.isArray(value)) throw invalid(value, path);
  return value.map((item, index) => read(item, `${path}.member.${index + 1}`));
}

export function stringItem(item: unknown, path: string): string {
  if (typeof item !== "string") throw invalid(item, path);
  return item;
}

export const numberItem = (item: unknown, path: string): number => toNumber(item, path);

export function requiredList<T>(members: Members, name: string, path: string, read: (item: unknown, itemPath: string) => T): T[] {
  const list = optionalList(members, name, path, read);
  if (list === undefined) throw missing(path);
  return list;
}

export function optionalStruct(members: Members, name: string, path = name): Members | undefined {
  const value = members[name];
  return value === undefined || value === null ? undefined : struct(value, path);
}

export function requiredStruct(members: Members, name: string, path = name): Members {
  const value = optionalStruct(members, name, path);
  if (value === undefined) throw missing(path);
  return value;
}
