import { randomBytes } from "node:crypto";

const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

/** An identifier shaped like AWS's: 10 lowercase alphanumeric characters by default. */
export function newId(length = 10): string {
  const bytes = randomBytes(length);
  let id = "";
  // 252 = 7 * 36: rejecting bytes above it keeps every character equally likely.
  for (let i = 0; i < length; i++) {
    let byte = bytes[i]!;
    while (byte >= 252) byte = randomBytes(1)[0]!;
    id += alphabet[byte % 36];
  }
  return id;
}

/** A key for API keys: 40 mixed-case alphanumerics, as AWS generates. */
export function newApiKeyValue(): string {
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = randomBytes(40);
  let value = "";
  for (const byte of bytes) value += chars[byte % chars.length];
  return value;
}
