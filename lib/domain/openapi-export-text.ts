import { stringify } from "yaml";
import type { JsonObject } from "./openapi-json";

/** The document without API Gateway's `x-amazon-apigateway-*` extensions, at any depth: a plain OpenAPI document. */
export function withoutApiGatewayExtensions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutApiGatewayExtensions);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !key.startsWith("x-amazon-apigateway-"))
      .map(([key, child]) => [key, withoutApiGatewayExtensions(child)]),
  );
}

/** The document as GetExport writes it: two-space JSON, or YAML without anchors. */
export function openApiText(document: JsonObject, format: "json" | "yaml"): string {
  return format === "yaml" ? stringify(document, { aliasDuplicateObjects: false }) : JSON.stringify(document, null, 2);
}
