// JSON building blocks shared by the OpenAPI export and the deploy diff.

export type JsonObject = Record<string, unknown>;

/** True for a plain JSON object (not null, not an array). */
export const isJsonObject = (value: unknown): value is JsonObject => value !== null && typeof value === "object" && !Array.isArray(value);

/** Drops undefined members and empty maps and lists, as API Gateway's export leaves out what was never set. */
export function compact<T extends JsonObject>(object: T): T {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => {
      if (value === undefined) return false;
      if (Array.isArray(value)) return value.length > 0;
      return !(isJsonObject(value) && Object.keys(value).length === 0);
    }),
  ) as T;
}

/** Rewrites every `$ref` string in a JSON value. */
export function mapRefs(node: unknown, rewrite: (ref: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => mapRefs(item, rewrite));
  if (!isJsonObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, key === "$ref" && typeof value === "string" ? rewrite(value) : mapRefs(value, rewrite)]),
  );
}

/** A shallow copy without the named members. */
export function withoutKeys(object: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}
