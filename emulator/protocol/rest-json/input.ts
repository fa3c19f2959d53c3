import { AwsError, badRequest } from "../aws-error";
import type { RestRequest } from "./rest-request";

// Shape checks at the protocol edge, worded as AWS's request validation words them.

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

function validationError(request: RestRequest, member: string, value: unknown, constraint: string): AwsError {
  const shown = value === undefined || value === null ? "null" : `'${String(value)}'`;
  return new AwsError(
    "ValidationException",
    `1 validation error detected: Value ${shown} at '${lowerFirst(request.operation)}Input.${member}' failed to satisfy constraint: ${constraint}`,
  );
}

export function requiredString(request: RestRequest, member: string): string {
  const value = request.body[member];
  if (typeof value !== "string") throw validationError(request, member, value, "Member must not be null");
  return value;
}

export function optionalString(request: RestRequest, member: string): string | undefined {
  const value = request.body[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw badRequest(`Invalid value for ${member}: expected a string`);
  return value;
}

export function optionalBoolean(request: RestRequest, member: string): boolean | undefined {
  const value = request.body[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") throw badRequest(`Invalid value for ${member}: expected a boolean`);
  return value;
}

export function optionalNumber(request: RestRequest, member: string): number | undefined {
  const value = request.body[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) throw badRequest(`Invalid value for ${member}: expected a number`);
  return value;
}

export function optionalStringMap(request: RestRequest, member: string): Record<string, string> | undefined {
  const value = request.body[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value) || Object.values(value).some((v) => typeof v !== "string")) {
    throw badRequest(`Invalid value for ${member}: expected a map of strings`);
  }
  return value as Record<string, string>;
}

export function optionalStringList(request: RestRequest, member: string): string[] | undefined {
  const value = request.body[member];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) throw badRequest(`Invalid value for ${member}: expected a list of strings`);
  return value as string[];
}

export function oneOf<T extends string>(request: RestRequest, member: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw validationError(request, member, value, `Member must satisfy enum value set: [${allowed.join(", ")}]`);
  }
  return value as T;
}

export interface PatchOperation {
  op: "add" | "remove" | "replace" | "move" | "copy" | "test";
  path: string;
  value?: string;
  from?: string;
}

/** The patchOperations list of an Update* call; values are always strings on the wire. */
export function patchOperations(request: RestRequest): PatchOperation[] {
  const list = request.body.patchOperations;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw badRequest("Invalid patch operations: expected a list");
  // Unknown ops were refused by the model check (input-validation.ts) before the operation ran.
  return list.map((entry) => {
    const op = entry?.op;
    if (typeof entry.path !== "string") throw badRequest("Invalid patch path null");
    if (entry.value !== undefined && entry.value !== null && typeof entry.value !== "string") {
      throw badRequest(`Invalid patch value for path ${entry.path}: values are strings`);
    }
    return { op, path: entry.path, value: entry.value ?? undefined, from: entry.from ?? undefined };
  });
}

/** Splits a JSON Pointer into unescaped segments ("~1" is "/", "~0" is "~"). */
export function pointerSegments(path: string): string[] {
  return path
    .split("/")
    .slice(1)
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export interface Page<T> {
  item: readonly T[];
  position?: string;
}

/** The one-page answer for each frozen list (a store group read whole), frozen so its wire text is kept. */
const wholePages = new WeakMap<readonly unknown[], Page<unknown>>();

function wholePage<T>(items: readonly T[]): Page<T> {
  if (!Object.isFrozen(items)) return { item: items };
  let page = wholePages.get(items);
  if (!page) {
    page = Object.freeze({ item: items });
    wholePages.set(items, page);
  }
  return page as Page<T>;
}

/** limit/position pagination as API Gateway does it: limit defaults to 25 and may not exceed 500. */
export function paginate<T>(request: RestRequest, items: readonly T[]): Page<T> {
  const rawLimit = request.query.get("limit");
  let limit = 25;
  if (rawLimit !== null) {
    limit = Number(rawLimit);
    if (!Number.isInteger(limit)) throw badRequest(`Invalid limit: ${rawLimit}`);
    if (limit > 500) {
      throw new AwsError("ValidationException", `1 validation error detected: Value '${rawLimit}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 500`);
    }
    if (limit < 1) limit = 25;
  }
  const position = request.query.get("position");
  let start = 0;
  if (position !== null) {
    start = decodePosition(position);
    if (start < 0) throw badRequest("Invalid position parameter");
  }
  if (start === 0 && limit >= items.length) return wholePage(items);
  const page: Page<T> = { item: items.slice(start, start + limit) };
  if (start + limit < items.length) page.position = encodePosition(start + limit);
  return page;
}

function encodePosition(index: number): string {
  return Buffer.from(`p:${index}`).toString("base64url");
}

function decodePosition(token: string): number {
  const text = Buffer.from(token, "base64url").toString();
  const match = /^p:(\d+)$/.exec(text);
  return match ? Number(match[1]) : -1;
}
