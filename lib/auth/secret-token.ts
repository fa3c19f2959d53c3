import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 32 random bytes, URL-safe: the only copy lives with the user (cookie or terminal). */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is stored instead of a token, so a database leak does not hand out sessions. */
export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function secretTokenMatches(token: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashSecretToken(token), "hex");
  const expected = Buffer.from(expectedHash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
