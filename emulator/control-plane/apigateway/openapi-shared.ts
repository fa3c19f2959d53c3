// What OpenAPI export and import agree on: dialects, model reference forms, parameter locations, verbs.

export type OpenApiDialect = "oas30" | "swagger";
export type JsonObject = Record<string, unknown>;

/** Where a dialect keeps model schemas, as a local $ref prefix. */
export const localModelPrefix = (dialect: OpenApiDialect) => (dialect === "oas30" ? "#/components/schemas/" : "#/definitions/");

/** The form API Gateway stores model references in. */
export const canonicalModelUrl = (restApiId: string, name: string) => `https://apigateway.amazonaws.com/restapis/${restApiId}/models/${name}`;
export const canonicalModelPattern = /^https:\/\/apigateway\.amazonaws\.com\/restapis\/[^/]+\/models\/([^/]+)$/;

/** method.request.{location}.{name} <-> OpenAPI "in". */
export const parameterLocations: Record<string, string> = { path: "path", querystring: "query", header: "header" };

/** The ANY verb has no OpenAPI operation of its own. */
export const ANY_METHOD_KEY = "x-amazon-apigateway-any-method";
export const openApiVerbs = ["get", "put", "post", "delete", "options", "head", "patch"] as const;

export const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === "object" && !Array.isArray(value);

/** Rewrites every $ref string in a JSON value. */
export function mapRefs(node: unknown, rewrite: (ref: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => mapRefs(item, rewrite));
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, key === "$ref" && typeof value === "string" ? rewrite(value) : mapRefs(value, rewrite)]),
  );
}

/** Drops undefined members and empty maps/lists so documents carry only what was set. */
export function compact<T extends JsonObject>(object: T): T {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => {
      if (value === undefined) return false;
      if (Array.isArray(value)) return value.length > 0;
      return !(isObject(value) && Object.keys(value).length === 0);
    }),
  ) as T;
}
