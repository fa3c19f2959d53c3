// One spelling per JSON value, so ordering and formatting never count as a change.
import { isJsonObject } from "./openapi-json";

/** The value with object keys sorted at every depth (array order is kept: it can carry meaning). */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeysDeep(value[key])]),
  );
}

/** Pretty JSON with sorted keys: the text shown as before/after and fed to the raw diff. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value), null, 2);
}

/** A template or JSON text with insignificant whitespace removed; JSON text compares by value. */
export function normalizedText(text: string): string {
  try {
    return JSON.stringify(sortKeysDeep(JSON.parse(text)));
  } catch {
    // VTL is not JSON: whitespace runs carry no meaning in what API Gateway renders for JSON bodies.
    return text.replace(/\s+/g, " ").trim();
  }
}

/** True when two JSON values are the same once keys are sorted. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeysDeep(a)) === JSON.stringify(sortKeysDeep(b));
}
