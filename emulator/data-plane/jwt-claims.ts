import { executionLogTime } from "./time-formats";

/** A JWT's payload as decoded JSON; the signature is kept only as text (the sandbox never verifies it). */
export type JwtPayload = Readonly<Record<string, unknown>>;

const BASE64URL_PART = /^[A-Za-z0-9_-]+$/;

function decodeJsonPart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The payload of a compact JWS (header.payload.signature, three base64url parts whose first two are JSON
 * objects), or undefined when the token is not one. An unsigned token (empty third part) is refused: a user
 * pool always signs its tokens.
 */
export function decodeJwtPayload(token: string): JwtPayload | undefined {
  const parts = token.split(".");
  if (parts.length !== 3 || !parts.every((part) => BASE64URL_PART.test(part))) return undefined;
  const [header, payload] = [decodeJsonPart(parts[0]!), decodeJsonPart(parts[1]!)];
  return header && payload ? payload : undefined;
}

// Claims AWS rewrites as Java dates ("Sun Dec 17 07:28:12 UTC 2017", the execution log's clock format);
// auth_time stays epoch seconds, as in AWS's proxy events for Cognito.
const DATE_CLAIMS = new Set(["exp", "iat"]);

function claimString(name: string, value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && DATE_CLAIMS.has(name)) return executionLogTime(value * 1000);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // UNCONFIRMED: how AWS flattens list claims (cognito:groups) for REST APIs; a comma-joined list is assumed.
  if (Array.isArray(value)) return value.map((item) => (typeof item === "string" ? item : JSON.stringify(item))).join(",");
  return JSON.stringify(value);
}

/** The claims as API Gateway hands them on ($context.authorizer.claims, the proxy event): every value a string. */
export function claimStrings(payload: JwtPayload): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload)) {
    if (value !== null && value !== undefined) out[name] = claimString(name, value);
  }
  return out;
}
